import Allocation
import Foundation
import KKRDomain

/// The machine-readable comparison: `{"base":…, "scenarios":[{"name", "programmes", "social", "delta"}], …}`.
///
/// `programmes` has the same shape as in `traineeships.json`; `delta` holds
/// scenario minus base per programme and municipality. `social` is `null`
/// while the Socialaftale part is not planned by scenarios. Keys are sorted,
/// so identical inputs give identical bytes.
public enum ComparisonJSON {
    /// The JSON text (pretty-printed, sorted keys, trailing newline).
    public static func render(_ set: ScenarioSet) throws -> String {
        try ReportJSON.render(ComparisonDocument(set: set))
    }
}

// MARK: - Documents

struct ComparisonDocument: Encodable {
    let set: ScenarioSet

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(set.base.inputs.year, forKey: StringKey("year"))
        let periods = ComparisonPeriodRows.programmes([set.base] + set.scenarios)
        try container.encode(
            VariantDocument(compared: set.base, periods: !periods.isEmpty),
            forKey: StringKey("base")
        )
        try container.encode(
            set.scenarios.map { VariantDocument(compared: $0, periods: !periods.isEmpty, base: set.base) },
            forKey: StringKey("scenarios")
        )
        if !periods.isEmpty {
            try container.encode(
                periods.map { PeriodDocument(period: $0.period, programme: $0.programme.id) },
                forKey: StringKey("periods")
            )
        }
        try container.encode(
            set.largestChanges(limit: 10).map(ChangeDocument.init),
            forKey: StringKey("largest_changes")
        )
        try encodeSources(ComparisonRows.files(set), illustrativeOf: set.base.inputs, into: &container)
    }
}

/// Writes `inputs` (each file with its SHA-256) and `illustrative` (the groups of both parts) into `container`.
func encodeSources(
    _ files: [InputFile],
    illustrativeOf inputs: ScenarioInputs,
    into container: inout KeyedEncodingContainer<StringKey>
) throws {
    try container.encode(files.map { ["file": $0.displayName, "sha256": $0.sha256] }, forKey: StringKey("inputs"))
    try container.encode(
        IllustrativeDocument.groups(inputs.traineeships, inputs.social),
        forKey: StringKey("illustrative")
    )
}

/// A programme planned over an agreement period: `{"programme", "from", "to"}`.
struct PeriodDocument: Encodable {
    let period: AgreementPeriod
    let programme: String

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(programme, forKey: StringKey("programme"))
        try container.encode(period.from, forKey: StringKey("from"))
        try container.encode(period.to, forKey: StringKey("to"))
    }
}

/// The base or one scenario: what it is, its outcome, its plan and its differences to the base.
struct VariantDocument: Encodable {
    let compared: ComparedScenario
    /// True when the comparison has agreement periods (`period_programmes` is written).
    var periods = false
    /// The base, for a scenario's period deltas.
    var base: ComparedScenario?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        let scenario = compared.scenario?.scenario
        try container.encode(compared.id, forKey: StringKey("id"))
        try container.encode(scenario?.name, forKey: StringKey("name"))
        try container.encode(scenario?.description, forKey: StringKey("description"))
        try container.encode(scenario?.base.scenarioID ?? ScenarioReader.defaultBase, forKey: StringKey("builds_on"))
        try container.encode(scenario?.file.displayName, forKey: StringKey("file"))
        try container.encode(
            (compared.scenario?.changes ?? []).map(ScenarioChangeDocument.init),
            forKey: StringKey("changes")
        )
        let (status, problems) = outcomeStatus(compared.outcome)
        try container.encode(status, forKey: StringKey("status"))
        try container.encode(problems, forKey: StringKey("problems"))
        try container.encode(
            compared.outcome.plan?.traineeships.programmes.map(ProgrammeDocument.init) ?? [],
            forKey: StringKey("programmes")
        )
        if let plan = compared.result.socialPlan {
            try container.encode(SocialDocument(plan: plan), forKey: StringKey("social"))
        } else {
            try container.encodeNil(forKey: StringKey("social"))
        }
        try container.encode(compared.social.map(socialStatus), forKey: StringKey("social_status"))
        if periods {
            let base = self.base
            try container.encode(
                compared.result.periodFigures.map { figures in
                    PeriodFiguresDocument(
                        figures,
                        base: base.flatMap { ComparisonPeriodRows.figures($0, figures.programme.id) },
                        hasDelta: base != nil
                    )
                },
                forKey: StringKey("period_programmes")
            )
        }
        if let comparison = compared.comparison {
            try container.encode(
                DeltaDocument(comparison: comparison, social: compared.socialComparison),
                forKey: StringKey("delta")
            )
        } else if compared.scenario != nil {
            try container.encodeNil(forKey: StringKey("delta"))
        }
    }
}

/// "planned", "infeasible" or "invalid", and the reasons as data (empty when planned): each conflict
/// (``ConflictDocument``) or each input problem (``DiagnosticDocument``).
func outcomeStatus(_ outcome: ScenarioOutcome) -> (status: String, problems: [ProblemDocument]) {
    switch outcome {
    case .planned: return ("planned", [])
    case .infeasible(let conflicts): return ("infeasible", conflicts.map { .conflict(ConflictDocument(conflict: $0)) })
    case .invalid(let diagnostics):
        return ("invalid", diagnostics.map { .diagnostic(DiagnosticDocument(diagnostic: $0)) })
    }
}

/// "planned" or "infeasible: <status>" for a Socialaftale outcome.
func socialStatus(_ outcome: SocialOutcome) -> String {
    switch outcome {
    case .planned: return "planned"
    case .infeasible(let termination): return "infeasible: \(termination.rawValue)"
    }
}

/// Scenario minus base.
struct DeltaDocument: Encodable {
    let comparison: ScenarioComparison
    let social: SocialComparison?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(comparison.programmes.map(ProgrammeDeltaDocument.init), forKey: StringKey("programmes"))
        try container.encode(social.map(SocialDeltaDocument.init), forKey: StringKey("social"))
    }
}

struct ProgrammeDeltaDocument: Encodable {
    let delta: ProgrammeDelta

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(delta.programme.id, forKey: StringKey("programme"))
        try container.encode(delta.targetDelta, forKey: StringKey("target"))
        try container.encode(delta.baseTotal, forKey: StringKey("base_total"))
        try container.encode(delta.scenarioTotal, forKey: StringKey("scenario_total"))
        try container.encode(delta.totalDelta, forKey: StringKey("total"))
        try container.encode(delta.changedParties, forKey: StringKey("changed_municipalities"))
        try container.encode(delta.keySwitch.map { ["from": $0.from, "to": $0.to] }, forKey: StringKey("key_switch"))
        try container.encode(delta.rows.map(PartyDeltaDocument.init), forKey: StringKey("allocations"))
    }
}

struct PartyDeltaDocument: Encodable {
    let row: PartyDelta

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(row.party.code, forKey: StringKey("code"))
        try container.encode(row.party.name, forKey: StringKey("municipality"))
        try container.encode(row.base, forKey: StringKey("base"))
        try container.encode(row.scenario, forKey: StringKey("scenario"))
        try container.encode(row.delta, forKey: StringKey("delta"))
    }
}

struct ChangeDocument: Encodable {
    let change: PartyChange

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(change.scenario.id, forKey: StringKey("scenario"))
        try container.encode(change.programme.id, forKey: StringKey("programme"))
        try PartyDeltaDocument(row: change.row).encode(to: encoder)
    }
}
