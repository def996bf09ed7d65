/// One party in an apportionment: a weight and optional bounds on its seats.
public struct Claimant: Hashable, Sendable {
    /// A name for output (a municipality name, a party name).
    public var name: String
    /// The weight (votes, population, key value), ≥ 0.
    public var weight: Double
    /// At least this many seats (0 when nil).
    public var floor: Int?
    /// At most this many seats (unlimited when nil).
    public var cap: Int?
    /// The final tie-break: among otherwise equal claimants, the one with the lower rank wins.
    ///
    /// Training places use the DST code order; `kkr-plan apportion` uses name order.
    public var tieRank: Int

    /// Creates a claimant.
    public init(name: String, weight: Double, floor: Int? = nil, cap: Int? = nil, tieRank: Int = 0) {
        self.name = name
        self.weight = weight
        self.floor = floor
        self.cap = cap
        self.tieRank = tieRank
    }

    /// The lower bound as a number (0 when unset).
    public var lowerBound: Int { max(0, floor ?? 0) }
    /// The upper bound as a number (`Int.max` when unset).
    public var upperBound: Int { cap ?? Int.max }
}

/// The outcome of an apportionment: each claimant's exact quota and seats, in input order.
public struct Apportionment: Hashable, Sendable {
    /// The method used.
    public var method: ApportionmentMethod
    /// The number of seats handed out.
    public var seats: Int
    /// `seats · weight / Σ weight` per claimant (before bounds).
    public var quotas: [Double]
    /// The seats per claimant.
    public var allocation: [Int]

    /// Creates an outcome.
    public init(method: ApportionmentMethod, seats: Int, quotas: [Double], allocation: [Int]) {
        self.method = method
        self.seats = seats
        self.quotas = quotas
        self.allocation = allocation
    }
}

/// Why an apportionment cannot be made.
public enum ApportionmentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The floors add up to more than the seats.
    case floorsExceedSeats(floors: Int, seats: Int)
    /// The caps add up to fewer than the seats.
    case capsBelowSeats(caps: Int, seats: Int)
    /// No claimant has a positive weight (and bounds do not settle the seats).
    case noPositiveWeight
    /// A weight is negative, NaN or infinite.
    case invalidWeight(name: String)
    /// A floor is above the claimant's cap.
    case floorAboveCap(name: String)
    /// The optimiser did not finish (solver status).
    case solverFailed(String)

    /// A one-line description for messages.
    public var description: String {
        switch self {
        case .floorsExceedSeats(let floors, let seats):
            return "the floors add up to \(floors), more than the \(seats) seats"
        case .capsBelowSeats(let caps, let seats): return "the caps add up to \(caps), fewer than the \(seats) seats"
        case .noPositiveWeight: return "no claimant has a positive weight"
        case .invalidWeight(let name): return "the weight of '\(name)' is negative or not a finite number"
        case .floorAboveCap(let name): return "the floor of '\(name)' is above its cap"
        case .solverFailed(let status): return "the optimiser did not finish: \(status)"
        }
    }
}
