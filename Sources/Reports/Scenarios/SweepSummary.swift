import Allocation
import KKRDomain

/// A plain-text summary of a sweep for the terminal: per changing programme, each municipality's first and last places and first change.
public enum SweepSummary {
    /// The summary.
    public static func render(_ run: SweepRun, language: Language) -> String {
        let text = SweepText(language)
        let common = text.common
        let analysis = run.analysis
        let values = analysis.values
        var lines = [
            text.summaryTitle(
                year: run.inputs.year,
                path: run.parameter.path,
                steps: values.count,
                changes: analysis.changeSteps.count
            ), "",
        ]
        let first = values.first.map { text.sweepValue($0, run.parameter) } ?? "–"
        let last = values.last.map { text.sweepValue($0, run.parameter) } ?? "–"
        for id in analysis.changingProgrammeIDs {
            let series = analysis.series.filter { $0.programme.id == id }
            guard let programme = series.first?.programme else { continue }
            var table = [
                [common.programmeName(programme), text.at(first), text.at(last), text.firstChange, text.changes]
            ]
            for item in series {
                table.append([
                    common.party(item.party), item.places.first.flatMap { $0 }.map { common.number($0) } ?? "–",
                    item.places.last.flatMap { $0 }.map { common.number($0) } ?? "–",
                    item.firstChange.map { text.sweepValue($0.value, run.parameter) } ?? "–",
                    common.number(item.changes.count),
                ])
            }
            lines += TextTable.render(table) + [""]
        }
        if !analysis.socialSeries.isEmpty {
            func millions(_ value: Double?) -> String { value.map(common.numbers.millions) ?? "–" }
            var table = [[text.socialMillions, text.at(first), text.at(last), text.firstChange, text.changes]]
            for series in analysis.socialSeries {
                table.append([
                    common.party(series.buyer), millions(series.payments.first ?? nil),
                    millions(series.payments.last ?? nil),
                    series.firstChange.map { text.sweepValue($0, run.parameter) } ?? "–",
                    common.number(series.changes.count),
                ])
            }
            lines += TextTable.render(table) + [""]
        }
        if analysis.changingProgrammeIDs.isEmpty && analysis.socialSeries.isEmpty {
            lines.append(text.sameEverywhere)
        }
        let turning = analysis.series.filter(\.changesDirection)
            .map { "\($0.party.name) (\(common.programmeName($0.programme)))" }
        if !turning.isEmpty {
            lines.append(text.moreAndFewer(turning))
        }
        let missing = analysis.stepsWithoutPlan
        if !missing.isEmpty {
            lines.append(text.stepsWithoutPlanCount(missing.count))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
