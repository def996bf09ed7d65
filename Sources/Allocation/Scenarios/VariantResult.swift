import KKRDomain

/// What planning one variant (a scenario, the base, or a sweep step) gave, part by part.
public struct VariantResult: Sendable {
    /// The training places; `.invalid` when the variant's changed inputs fail validation (then nothing is planned).
    public var outcome: ScenarioOutcome
    /// The Socialaftale balance, when the variant has Socialaftale inputs and the part was planned.
    public var social: SocialOutcome?
    /// Each agreement period planned for the variant (empty when the inputs declare none or it was not planned).
    public var periods: [ScenarioPeriod]

    /// Creates a result.
    public init(outcome: ScenarioOutcome, social: SocialOutcome? = nil, periods: [ScenarioPeriod] = []) {
        self.outcome = outcome
        self.social = social
        self.periods = periods
    }

    /// Every programme planned over a period, with its period total and largest cumulative deviation.
    public var periodFigures: [PeriodFigures] {
        periods.flatMap { period in
            period.programmes.map { programme in
                switch period.outcome {
                case .planned(let plan):
                    PeriodFigures(
                        programme: programme,
                        period: period.period,
                        plan: plan.programmes.first { $0.programme.id == programme.id }
                    )
                case .infeasible(let conflicts):
                    PeriodFigures(programme: programme, period: period.period, plan: nil, conflicts: conflicts)
                }
            }
        }
    }

    /// The Socialaftale plan, when there is one.
    public var socialPlan: SocialPlan? {
        social?.plan
    }

    /// True when every part that was planned has a plan (every agreement period too).
    public var isPlanned: Bool {
        guard outcome.plan != nil else { return false }
        if case .infeasible = social { return false }
        return periodFigures.allSatisfy { $0.plan != nil }
    }
}

/// The parts of the plan a run computes.
public struct ScenarioParts: OptionSet, Sendable, Hashable {
    /// The raw bits.
    public let rawValue: Int

    /// Creates parts from bits.
    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// The training places.
    public static let traineeships = ScenarioParts(rawValue: 1)
    /// The Socialaftale (planned only when the inputs have it).
    public static let social = ScenarioParts(rawValue: 2)
    /// Both.
    public static let all: ScenarioParts = [.traineeships, .social]
}

/// One agreement period of a scenario or sweep step: the period plan, or why there is none.
public struct ScenarioPeriod: Sendable {
    /// The period.
    public var period: AgreementPeriod
    /// The programmes planned over it, in settings order.
    public var programmes: [Programme]
    /// What planning it gave.
    public var outcome: PeriodOutcome

    /// Creates a period result.
    public init(period: AgreementPeriod, programmes: [Programme], outcome: PeriodOutcome) {
        self.period = period
        self.programmes = programmes
        self.outcome = outcome
    }
}

/// One programme's agreement period in one variant: the places over the whole period and the largest cumulative
/// deviation, or why the period has no plan.
public struct PeriodFigures: Sendable {
    /// The programme.
    public var programme: Programme
    /// Its period.
    public var period: AgreementPeriod
    /// The programme's period plan (nil: no plan).
    public var plan: PeriodProgrammePlan?
    /// Why the period has no plan (empty when it has one).
    public var conflicts: [PeriodConflict]

    /// Creates figures.
    public init(
        programme: Programme,
        period: AgreementPeriod,
        plan: PeriodProgrammePlan?,
        conflicts: [PeriodConflict] = []
    ) {
        self.programme = programme
        self.period = period
        self.plan = plan
        self.conflicts = conflicts
    }

    /// The places over every year of the period (nil without a plan).
    public var total: Int? { plan.map { $0.rows.reduce(0) { $0 + $1.totalPlaces } } }

    /// The largest |cumulative places − cumulative quota| over every party and year (nil without a plan).
    public var maxCumulativeDeviation: Double? { plan?.maxCumulativeDeviation }
}
