import Allocation
import KKRDomain

/// A plain-text summary of a sweep for the terminal: per changing programme, each municipality's first and last places and first change.
public enum SweepSummary {
    /// The summary.
    public static func render(_ run: SweepRun, language: Language) -> String {
        let text = ReportText(language)
        let analysis = run.analysis
        let values = analysis.values
        var lines = [
            text.pick(
                "Følsomhed \(run.inputs.year): \(run.parameter.path) – \(text.number(values.count)) trin, fordelingen ændrer sig ved \(text.number(analysis.changeSteps.count)) overgange",
                "Sensitivity \(run.inputs.year): \(run.parameter.path) – \(text.number(values.count)) steps, the distribution changes at \(text.number(analysis.changeSteps.count)) transitions"
            ), "",
        ]
        let first = values.first.map { text.sweepValue($0, run.parameter) } ?? "–"
        let last = values.last.map { text.sweepValue($0, run.parameter) } ?? "–"
        for id in analysis.changingProgrammeIDs {
            let series = analysis.series.filter { $0.programme.id == id }
            guard let programme = series.first?.programme else { continue }
            var table = [
                [
                    text.programmeName(programme), text.pick("ved ", "at ") + first, text.pick("ved ", "at ") + last,
                    text.pick("første ændring", "first change"), text.pick("ændringer", "changes"),
                ]
            ]
            for item in series {
                table.append([
                    text.party(item.party), item.places.first.flatMap { $0 }.map { text.number($0) } ?? "–",
                    item.places.last.flatMap { $0 }.map { text.number($0) } ?? "–",
                    item.firstChange.map { text.sweepValue($0.value, run.parameter) } ?? "–",
                    text.number(item.changes.count),
                ])
            }
            lines += TextTable.render(table) + [""]
        }
        if !analysis.socialSeries.isEmpty {
            func millions(_ value: Double?) -> String { value.map(text.millionsNumber) ?? "–" }
            var table = [
                [
                    text.pick("Socialaftalen, mio. kr./år", "Socialaftale, million kr/year"),
                    text.pick("ved ", "at ") + first, text.pick("ved ", "at ") + last,
                    text.pick("første ændring", "first change"), text.pick("ændringer", "changes"),
                ]
            ]
            for series in analysis.socialSeries {
                table.append([
                    text.party(series.buyer), millions(series.payments.first ?? nil),
                    millions(series.payments.last ?? nil),
                    series.firstChange.map { text.sweepValue($0, run.parameter) } ?? "–",
                    text.number(series.changes.count),
                ])
            }
            lines += TextTable.render(table) + [""]
        }
        if analysis.changingProgrammeIDs.isEmpty && analysis.socialSeries.isEmpty {
            lines.append(
                text.pick("Fordelingen er den samme ved alle værdier.", "The distribution is the same at every value.")
            )
        }
        let turning = analysis.series.filter(\.changesDirection)
            .map { "\($0.party.name) (\(text.programmeName($0.programme)))" }
        if !turning.isEmpty {
            lines.append(
                text.pick(
                    "Både flere og færre pladser undervejs: \(text.list(turning)).",
                    "Both more and fewer places along the way: \(text.list(turning))."
                )
            )
        }
        let missing = analysis.stepsWithoutPlan
        if !missing.isEmpty {
            lines.append(
                text.pick(
                    "\(text.number(missing.count)) trin har ingen mulig fordeling (se rapporten).",
                    "\(text.number(missing.count)) steps have no possible distribution (see the report)."
                )
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
