import LinearProgramming

/// Runs any ``ApportionmentMethod`` on a list of claimants.
///
/// The entry point of `kkr-plan apportion`. The optimiser needs a solver;
/// the classic methods do not and ignore it.
public struct Apportioner: Sendable {
    /// The solver for ``ApportionmentMethod/optimal``.
    public var solver: any LinearSolver

    /// Creates an apportioner that solves with `solver`.
    public init(solver: any LinearSolver) {
        self.solver = solver
    }

    /// Hands out `seats` seats to `claimants` by `method`.
    ///
    /// - Parameters:
    ///   - claimants: the parties, with weights and optional bounds.
    ///   - seats: the number of seats.
    ///   - method: the method.
    ///   - firstDivisor: for the divisor methods, replaces the divisor for 0 seats.
    /// - Returns: each claimant's quota and seats, in input order.
    /// - Throws: ``ApportionmentError``.
    public func apportion(
        _ claimants: [Claimant],
        seats: Int,
        method: ApportionmentMethod,
        firstDivisor: Double? = nil
    ) throws(ApportionmentError) -> Apportionment {
        switch method {
        case .hamilton:
            return try LargestRemainder.apportion(claimants, seats: seats)
        case .dhondt, .sainteLague, .huntingtonHill:
            return try HighestAverages.apportion(claimants, seats: seats, method: method, firstDivisor: firstDivisor)
        case .optimal:
            let quotas = try Self.quotas(claimants, seats: seats)
            let targets = try LargestRemainder.boundedQuotas(claimants, quotas: quotas, seats: seats)
            let problem = RoundingProblem.single(claimants: claimants, targets: targets, seats: seats)
            switch try? LexicographicRounding(solver: solver).solve(problem) {
            case .solved(let solution)?:
                return Apportionment(method: .optimal, seats: seats, quotas: quotas, allocation: solution.values)
            case .infeasible?:
                throw Self.boundsError(
                    lower: claimants.map(\.lowerBound),
                    upper: claimants.map(\.upperBound),
                    seats: seats
                )
            case .failed(let status)?:
                throw .solverFailed(status)
            case nil:
                throw .solverFailed("the solver rejected the model")
            }
        }
    }

    // MARK: - Shared checks

    /// `seats · wᵢ / Σ w`, after checking weights and bounds.
    static func quotas(_ claimants: [Claimant], seats: Int) throws(ApportionmentError) -> [Double] {
        for claimant in claimants {
            guard claimant.weight.isFinite, claimant.weight >= 0 else { throw .invalidWeight(name: claimant.name) }
            if let floor = claimant.floor, let cap = claimant.cap, floor > cap {
                throw .floorAboveCap(name: claimant.name)
            }
        }
        let total = claimants.reduce(0.0) { $0 + $1.weight }
        guard total.isFinite else { throw .invalidWeight(name: claimants.first?.name ?? "") }
        guard total > 0 else {
            let floors = claimants.reduce(0) { $0 + $1.lowerBound }
            if floors == seats || seats == 0 { return claimants.map { _ in 0 } }
            throw .noPositiveWeight
        }
        return claimants.map { Double(seats) * $0.weight / total }
    }

    /// The error for bounds that cannot hold `seats`.
    static func boundsError(lower: [Int], upper: [Int], seats: Int) -> ApportionmentError {
        let floors = lower.reduce(0, +)
        if floors > seats { return .floorsExceedSeats(floors: floors, seats: seats) }
        return .capsBelowSeats(caps: upper.reduce(0) { $0 >= Int.max - $1 ? Int.max : $0 + $1 }, seats: seats)
    }
}
