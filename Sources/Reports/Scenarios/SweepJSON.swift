import Allocation
import Foundation
import KKRDomain

/// The machine-readable sweep: the values, each step's status, every municipality's places per step and change points.
///
/// `{"parameter", "values":[…], "steps":[{"value", "status", "problems"}], "thresholds":[…],
/// "series":[{"programme", "code", "places":[…], "first_change", "change_points"}], …}`.
public enum SweepJSON {
    /// The JSON text (pretty-printed, sorted keys, trailing newline).
    public static func render(_ run: SweepRun) throws -> String {
        try ReportJSON.render(SweepDocument(run: run))
    }

    /// The base's input files (both parts, each once), then the base scenario's files.
    static func files(_ run: SweepRun) -> [InputFile] {
        var files = run.inputs.traineeships.files
        for file in run.inputs.social?.files ?? [] where !files.contains(where: { $0.displayName == file.displayName })
        {
            files.append(file)
        }
        return files + (run.base?.files ?? [])
    }
}

// MARK: - Documents

struct SweepDocument: Encodable {
    let run: SweepRun

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        let analysis = run.analysis
        try container.encode(run.inputs.year, forKey: StringKey("year"))
        try container.encode(run.parameter.path, forKey: StringKey("parameter"))
        try container.encode(run.parameter.isCount, forKey: StringKey("whole_numbers"))
        try container.encode(
            run.parameter.isCount ? "nearest_half_away_from_zero" : "none",
            forKey: StringKey("rounding")
        )
        try container.encode(run.from, forKey: StringKey("from"))
        try container.encode(run.to, forKey: StringKey("to"))
        try container.encode(analysis.values.count, forKey: StringKey("step_count"))
        try container.encode(
            run.base?.scenario.id ?? ScenarioReader.defaultBase,
            forKey: StringKey("builds_on")
        )
        try container.encode(analysis.values, forKey: StringKey("values"))
        let periods = run.periodSeries
        try container.encode(
            analysis.outcomes.indices.map { step in
                StepDocument(
                    value: analysis.values[step],
                    outcome: analysis.outcomes[step],
                    social: analysis.socialOutcomes[step],
                    period: periods.map { $0.steps[step] }
                )
            },
            forKey: StringKey("steps")
        )
        if let periods {
            try container.encode(
                PeriodDocument(period: periods.period, programme: periods.programme.id),
                forKey: StringKey("period")
            )
        }
        try container.encode(
            analysis.changeSteps.map { ["previous_value": analysis.values[$0 - 1], "value": analysis.values[$0]] },
            forKey: StringKey("thresholds")
        )
        try container.encode(analysis.series.map(SeriesDocument.init), forKey: StringKey("series"))
        try container.encode(analysis.socialSeries.map(SocialSeriesDocument.init), forKey: StringKey("social_series"))
        try encodeSources(SweepJSON.files(run), illustrativeOf: run.inputs, into: &container)
    }
}

struct StepDocument: Encodable {
    let value: Double
    let outcome: ScenarioOutcome
    let social: SocialOutcome?
    /// The swept programme's period at this step: outer nil when it has no period, inner nil when not planned.
    var period: PeriodFigures??

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        if let period {
            try container.encode(period?.total, forKey: StringKey("period_total"))
            try container.encode(
                period?.maxCumulativeDeviation.map(PeriodJSON.rounded),
                forKey: StringKey("max_cumulative_deviation")
            )
            try container.encode(
                (period?.plan?.bindingLimits ?? []).map(PeriodJSON.Limit.init),
                forKey: StringKey("period_binding_limits")
            )
        }
        let (status, problems) = outcomeStatus(outcome)
        try container.encode(value, forKey: StringKey("value"))
        try container.encode(status, forKey: StringKey("status"))
        try container.encode(problems, forKey: StringKey("problems"))
        try container.encode(social.map(socialStatus), forKey: StringKey("social_status"))
    }
}

struct SocialSeriesDocument: Encodable {
    let series: SocialSweepSeries

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(series.buyer.code, forKey: StringKey("code"))
        try container.encode(series.buyer.name, forKey: StringKey("municipality"))
        try container.encode(series.payments.map { $0.map { SocialJSON.rounded($0) } }, forKey: StringKey("payments"))
        try container.encode(series.unmet, forKey: StringKey("unmet"))
        try container.encode(series.firstChange, forKey: StringKey("first_change"))
        try container.encode(
            series.changes.map { ["previous_value": $0.previousValue, "value": $0.value] },
            forKey: StringKey("change_points")
        )
    }
}

struct SeriesDocument: Encodable {
    let series: SweepSeries

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(series.programme.id, forKey: StringKey("programme"))
        try container.encode(series.party.code, forKey: StringKey("code"))
        try container.encode(series.party.name, forKey: StringKey("municipality"))
        try container.encode(series.places, forKey: StringKey("places"))
        try container.encode(series.firstChange.map(ChangePointDocument.init), forKey: StringKey("first_change"))
        try container.encode(series.changes.map(ChangePointDocument.init), forKey: StringKey("change_points"))
        try container.encode(series.changesDirection, forKey: StringKey("changes_direction"))
    }
}

struct ChangePointDocument: Encodable {
    let point: SweepChangePoint

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(point.previousValue, forKey: StringKey("previous_value"))
        try container.encode(point.value, forKey: StringKey("value"))
        try container.encode(point.from, forKey: StringKey("from"))
        try container.encode(point.to, forKey: StringKey("to"))
    }
}
