import KKRDomain
import LinearProgramming

/// The distribution of the places of every programme of an agreement period, year by year.
public struct PeriodPlan: Sendable {
    /// The period.
    public var period: AgreementPeriod
    /// One entry per programme of the period, in settings order.
    public var programmes: [PeriodProgrammePlan]
    /// The inputs the plan was built from.
    public var inputs: PeriodInputs
    /// Per programme id: the optimisation stage that stopped early and its status (empty when every stage was optimal).
    public var solverNotes: [String: String] = [:]
    /// The last-stage model per programme or joint-capacity group, with its optimum, in solve order.
    public var models: [(name: String, model: LinearModel, objective: Double)] = []

    /// Creates a plan.
    public init(period: AgreementPeriod, programmes: [PeriodProgrammePlan], inputs: PeriodInputs) {
        self.period = period
        self.programmes = programmes
        self.inputs = inputs
    }

    /// The places of `programmeID` in `year` by party code, if the plan has them.
    public func places(of programmeID: String, year: Int) -> [String: Int]? {
        guard let plan = programmes.first(where: { $0.programme.id == programmeID }),
            let index = period.years.firstIndex(of: year)
        else { return nil }
        return Dictionary(uniqueKeysWithValues: plan.rows.map { ($0.party.code, $0.places[index]) })
    }
}

/// One programme over the period.
public struct PeriodProgrammePlan: Sendable {
    /// The programme.
    public var programme: Programme
    /// The years, in order.
    public var years: [PeriodYear]
    /// One row per party, in code order.
    public var rows: [PeriodRow]
    /// The largest |cumulative places − cumulative quota| over every party and planned year.
    public var maxCumulativeDeviation: Double
    /// The limits that keep a cumulative deviation at one place or more (empty when every deviation is below one).
    public var bindingLimits: [PeriodBindingLimit]

    /// Creates a programme plan.
    public init(
        programme: Programme,
        years: [PeriodYear],
        rows: [PeriodRow],
        maxCumulativeDeviation: Double,
        bindingLimits: [PeriodBindingLimit]
    ) {
        self.programme = programme
        self.years = years
        self.rows = rows
        self.maxCumulativeDeviation = maxCumulativeDeviation
        self.bindingLimits = bindingLimits
    }
}

/// One year of a programme in the period.
public struct PeriodYear: Sendable, Hashable {
    /// The year.
    public var year: Int
    /// The regional number.
    public var target: Target
    /// The carried-over shortfall of the year before, summed.
    public var carryOver: Int
    /// The places distributed (the target plus carry-over, or the decided places of a decided year).
    public var total: Int
    /// True when the year was decided before (`history.csv`) and kept as it was.
    public var isDecided: Bool

    /// Creates a year.
    public init(year: Int, target: Target, carryOver: Int, total: Int, isDecided: Bool) {
        self.year = year
        self.target = target
        self.carryOver = carryOver
        self.total = total
        self.isDecided = isDecided
    }
}

/// One party's places and quotas over the period.
public struct PeriodRow: Sendable, Hashable {
    /// The party.
    public var party: Party
    /// Places per year.
    public var places: [Int]
    /// The quota planned against per year: T·w/Σw plus carry-over, adjusted where a floor or cap binds.
    public var quotas: [Double]
    /// The quota before any adjustment for floors and caps, per year.
    public var unadjustedQuotas: [Double]

    /// Creates a row.
    public init(party: Party, places: [Int], quotas: [Double], unadjustedQuotas: [Double]) {
        self.party = party
        self.places = places
        self.quotas = quotas
        self.unadjustedQuotas = unadjustedQuotas
    }

    /// Cumulative places at the end of each year.
    public var cumulativePlaces: [Int] {
        var sum = 0
        return places.map {
            sum += $0
            return sum
        }
    }

    /// Cumulative quota at the end of each year.
    public var cumulativeQuotas: [Double] {
        var sum = 0.0
        return quotas.map {
            sum += $0
            return sum
        }
    }

    /// Cumulative places − cumulative quota at the end of each year.
    public var cumulativeDeviations: [Double] {
        zip(cumulativePlaces, cumulativeQuotas).map { Double($0) - $1 }
    }

    /// The places over the whole period.
    public var totalPlaces: Int { places.reduce(0, +) }

    /// The quota over the whole period.
    public var totalQuota: Double { quotas.reduce(0, +) }

    /// The first year index with at least one place, if any.
    public var firstYearWithPlace: Int? { places.firstIndex { $0 > 0 } }
}

/// A limit that keeps a party's cumulative places a whole place or more from its cumulative quota.
public struct PeriodBindingLimit: Sendable, Hashable {
    /// What kind of limit.
    public enum Kind: String, Sendable, Hashable {
        /// The party's cap (or its change limit from the year before the period) holds its places down.
        case cap
        /// The party's floor (or its change limit from the year before the period) holds its places up.
        case floor
        /// The largest change from one year to the next (`max_change`).
        case changeLimit = "change_limit"
        /// A joint capacity across programmes.
        case jointCapacity = "joint_capacity"
        /// The places of a decided year (`history.csv`).
        case decidedYear = "decided_year"
    }

    /// The party.
    public var party: Party
    /// The year at whose end the deviation is one place or more.
    public var year: Int
    /// Cumulative places − cumulative quota then.
    public var deviation: Double
    /// The limit.
    public var kind: Kind
    /// The year the limit holds the places (≤ ``year``).
    public var limitYear: Int
    /// The limit's value in places (the cap, floor or allowance), if it has one.
    public var value: Int?

    /// Creates a limit note.
    public init(party: Party, year: Int, deviation: Double, kind: Kind, limitYear: Int, value: Int?) {
        self.party = party
        self.year = year
        self.deviation = deviation
        self.kind = kind
        self.limitYear = limitYear
        self.value = value
    }
}

/// Why no plan exists for the period.
public enum PeriodConflict: Sendable, Hashable {
    /// A year cannot be planned on its own (the single-year reasons).
    case year(Int, PlanConflict)
    /// Every year can be planned on its own, but the change limits between the years cannot all be kept.
    case changeLimitsAcrossYears(programmes: [Programme], years: [Int])
}

extension PeriodProgrammePlan {
    /// Whether a cumulative deviation of `places` stays within one place (Tijdeman's bound), up to the rounding of
    /// sums of quotas: below 1 − 10⁻⁹.
    public static func isWithinOnePlace(_ places: Double) -> Bool {
        abs(places) < 1 - 1e-9
    }

    /// Whether every municipality stays within one place of its cumulative share in every year.
    public var isWithinOnePlace: Bool {
        Self.isWithinOnePlace(maxCumulativeDeviation)
    }
}
