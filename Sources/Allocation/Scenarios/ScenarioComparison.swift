import KKRDomain

/// The differences between a scenario's plan and the base plan: per programme and party, scenario minus base.
public struct ScenarioComparison: Sendable {
    /// One entry per programme of the base, in the base's order (then programmes only the scenario has).
    public var programmes: [ProgrammeDelta]

    /// Compares `scenario` with `base`.
    public init(base: TraineeshipPlan, scenario: TraineeshipPlan) {
        var ids = base.programmes.map(\.programme.id)
        for plan in scenario.programmes where !ids.contains(plan.programme.id) { ids.append(plan.programme.id) }
        programmes = ids.compactMap { id in
            let before = base.programmes.first { $0.programme.id == id }
            let after = scenario.programmes.first { $0.programme.id == id }
            return ProgrammeDelta(base: before, scenario: after)
        }
    }

    /// True when no place moves.
    public var isUnchanged: Bool {
        programmes.allSatisfy { $0.rows.allSatisfy { $0.delta == 0 } && $0.targetDelta == 0 }
    }
}

/// One programme's places per party in the base and the scenario.
public struct ProgrammeDelta: Sendable {
    /// The programme (as the scenario has it, else the base).
    public var programme: Programme
    /// The base's regional number (with kind), if the base plans the programme.
    public var baseTarget: Target?
    /// The scenario's regional number, if the scenario plans the programme.
    public var scenarioTarget: Target?
    /// The base's key id and the scenario's, when they differ.
    public var keySwitch: (from: String, to: String)?
    /// One row per party, in the base's order, then parties only the scenario has.
    public var rows: [PartyDelta]

    init?(base: ProgrammePlan?, scenario: ProgrammePlan?) {
        guard let programme = scenario?.programme ?? base?.programme else { return nil }
        self.programme = programme
        baseTarget = base?.target
        scenarioTarget = scenario?.target
        if let from = base?.key.id, let to = scenario?.key.id, from != to { keySwitch = (from, to) }
        var parties = base?.rows.map(\.party) ?? []
        for row in scenario?.rows ?? [] where !parties.contains(row.party) { parties.append(row.party) }
        rows = parties.map { party in
            PartyDelta(
                party: party,
                base: base?.rows.first { $0.party == party }?.places,
                scenario: scenario?.rows.first { $0.party == party }?.places
            )
        }
    }

    /// Σ places in the base.
    public var baseTotal: Int { rows.reduce(0) { $0 + ($1.base ?? 0) } }

    /// Σ places in the scenario.
    public var scenarioTotal: Int { rows.reduce(0) { $0 + ($1.scenario ?? 0) } }

    /// scenario total − base total.
    public var totalDelta: Int { scenarioTotal - baseTotal }

    /// The change of the regional number (scenario − base), 0 when either is missing.
    public var targetDelta: Int {
        guard let baseTarget, let scenarioTarget else { return 0 }
        return scenarioTarget.places - baseTarget.places
    }

    /// The number of parties whose places change.
    public var changedParties: Int { rows.filter { $0.delta != 0 }.count }
}

/// One party's places in the base and in the scenario.
public struct PartyDelta: Sendable, Hashable {
    /// The party.
    public var party: Party
    /// Places in the base (nil when it does not take part there).
    public var base: Int?
    /// Places in the scenario (nil when it does not take part there).
    public var scenario: Int?

    /// Creates a row.
    public init(party: Party, base: Int?, scenario: Int?) {
        self.party = party
        self.base = base
        self.scenario = scenario
    }

    /// scenario − base (a missing side counts as 0).
    public var delta: Int { (scenario ?? 0) - (base ?? 0) }
}
