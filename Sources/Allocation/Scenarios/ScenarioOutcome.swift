import KKRDomain

/// What planning one scenario (or one sweep step) gave.
public enum ScenarioOutcome: Sendable {
    /// Every part was planned.
    case planned(ScenarioPlan)
    /// The inputs are valid, but no plan satisfies them; the conflicts say why.
    case infeasible([PlanConflict])
    /// The changed inputs fail validation (only in sweeps: a scenario file with such changes is rejected up front).
    case invalid([Diagnostic])

    /// The plan, when there is one.
    public var plan: ScenarioPlan? {
        if case .planned(let plan) = self { return plan }
        return nil
    }
}

/// The plans of one scenario: the training places (and, when planned, the Socialaftale).
public struct ScenarioPlan: Sendable {
    /// The training places.
    public var traineeships: TraineeshipPlan

    /// Creates a plan.
    public init(traineeships: TraineeshipPlan) {
        self.traineeships = traineeships
    }

    /// The places of `party` in the programme `programmeID`, or nil when it does not take part.
    public func places(programmeID: String, partyCode: String) -> Int? {
        traineeships.programmes.first { $0.programme.id == programmeID }?
            .rows.first { $0.party.code == partyCode }?
            .places
    }
}
