import KKRDomain
import LinearProgramming

/// The distribution of every programme's places for one year, ready for the report renderers.
public struct TraineeshipPlan: Sendable {
    /// The plan year.
    public var year: Int
    /// The method used.
    public var method: ApportionmentMethod
    /// One entry per programme, in settings order.
    public var programmes: [ProgrammePlan]
    /// How each joint capacity is used.
    public var jointCapacities: [JointCapacityUse]
    /// The inputs the plan was built from (files, illustrative figures).
    public var inputs: TraineeshipInputs
    /// Per programme id: the optimisation stage that stopped early and its status (empty when every stage was optimal).
    public var solverNotes: [String: String] = [:]
    /// The optimiser's last-stage model per programme, or per group of programmes solved together
    /// (named by the joint capacities' ids), with the optimum it reached, in solve order; empty for the classic methods.
    public var models: [(name: String, model: LinearModel, objective: Double)] = []
    /// The solver library that solved the optimiser's models (nil for the classic methods), as the backend reported it.
    public var solver: SolverIdentity?
    /// Every distinct library and method that solved the optimiser's models, in ``SolverRun``'s order (empty for
    /// the classic methods).
    public var solverRuns: [SolverRun] = []
    /// The agreement period whose plan gave this year's places, by programme id (any year of the period).
    public var fromPeriod: [String: AgreementPeriod] = [:]
    /// Per programme id in ``fromPeriod``: the years of the period already decided in `history.csv` (fixed).
    public var fromPeriodDecidedYears: [String: [Int]] = [:]

    /// Creates a plan.
    public init(
        year: Int,
        method: ApportionmentMethod,
        programmes: [ProgrammePlan],
        jointCapacities: [JointCapacityUse],
        inputs: TraineeshipInputs
    ) {
        self.year = year
        self.method = method
        self.programmes = programmes
        self.jointCapacities = jointCapacities
        self.inputs = inputs
    }

    /// True when every programme passed every check.
    public var allChecksPass: Bool {
        programmes.allSatisfy { $0.checks.sumHolds && $0.checks.boundsHold }
            && jointCapacities.allSatisfy(\.holds)
    }
}

/// One programme's distribution.
public struct ProgrammePlan: Sendable {
    /// The programme.
    public var programme: Programme
    /// Its key.
    public var key: DistributionKey
    /// Its target for the plan year.
    public var target: Target
    /// The carried-over shortfall, summed.
    public var carryOver: Int
    /// The number of places distributed.
    public var total: Int
    /// One row per party, in code order.
    public var rows: [AllocationRow]
    /// Second-stage splits (pædagog: specialisation, start).
    public var splits: [SplitPlan]
    /// The checks.
    public var checks: PlanChecks
    /// Other programmes solved in the same model (through a joint capacity).
    public var solvedWith: [String]

    /// Creates a programme plan.
    public init(
        programme: Programme,
        key: DistributionKey,
        target: Target,
        carryOver: Int,
        total: Int,
        rows: [AllocationRow],
        splits: [SplitPlan],
        checks: PlanChecks,
        solvedWith: [String]
    ) {
        self.programme = programme
        self.key = key
        self.target = target
        self.carryOver = carryOver
        self.total = total
        self.rows = rows
        self.splits = splits
        self.checks = checks
        self.solvedWith = solvedWith
    }
}

/// One party's line in a programme's distribution.
public struct AllocationRow: Sendable, Hashable {
    /// The party.
    public var party: Party
    /// Its key weight.
    public var weight: Double
    /// Its share of the key (weight / Σ weights).
    public var share: Double
    /// The exact quota: target · share, plus carried-over shortfall.
    public var quota: Double
    /// The carried-over shortfall included in ``quota``.
    public var carryOver: Int
    /// The quota after floors, caps and change limits (equal to ``quota`` when none binds).
    public var boundedQuota: Double
    /// The places allocated.
    public var places: Int
    /// The floor from the bounds file.
    public var floor: Int?
    /// The cap from the bounds file.
    public var cap: Int?
    /// The effective lower limit (floor and change limit).
    public var lowerLimit: Int
    /// The effective upper limit (cap and change limit), nil for none.
    public var upperLimit: Int?
    /// Last year's allocation.
    public var lastYear: Int?
    /// Last year's realised agreements.
    public var realised: Int?

    /// places − last year, when last year is known.
    public var change: Int? { lastYear.map { places - $0 } }

    /// True when places are the quota rounded down or up.
    public var withinQuota: Bool {
        Double(places) >= (quota - 1e-9).rounded(.down) && Double(places) <= (quota + 1e-9).rounded(.up)
    }

    /// True when this party's own limit holds its quota back: the bounded quota sits on a limit and differs from the quota.
    public var limitBinds: Bool {
        quotaAdjusted
            && (abs(boundedQuota - Double(lowerLimit)) < 1e-9
                || upperLimit.map { abs(boundedQuota - Double($0)) < 1e-9 } == true)
    }

    /// True when the bounded quota differs from the quota (own limit, or others' limits shifting places here).
    public var quotaAdjusted: Bool { abs(boundedQuota - quota) > 1e-9 }
}

/// How a joint capacity is used by the plan.
public struct JointCapacityUse: Sendable {
    /// The capacity.
    public var capacity: JointCapacity
    /// Per party with a cap: (party, places across the programmes, cap).
    public var uses: [(party: Party, places: Int, cap: Int)]

    /// True when no party exceeds its cap.
    public var holds: Bool { uses.allSatisfy { $0.places <= $0.cap } }

    /// Creates a use.
    public init(capacity: JointCapacity, uses: [(party: Party, places: Int, cap: Int)]) {
        self.capacity = capacity
        self.uses = uses
    }
}
