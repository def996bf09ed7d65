import Allocation
import KKRDomain

/// A plain-text summary for the terminal: places per municipality (rows) and programme (columns).
public enum TraineeshipSummary {
    /// The table, with a header line and a total line: the terminal summary of the plan's document.
    public static func render(_ plan: TraineeshipPlan, language: Language) -> String {
        TextRenderer(language: language).render(TraineeshipReportSet.document(for: plan, language: language).terminal)
    }
}

extension TraineeshipReport {
    /// The terminal summary: the title, places per municipality and programme (each programme's total from its
    /// ``ProgrammeTotals``), and whether every check passed.
    func terminal(totals: [ProgrammeTotals]) -> [ReportBlock] {
        let parties = plan.programmes.flatMap { $0.rows.map(\.party) }
            .reduce(into: [Party]()) { list, party in
                if !list.contains(party) { list.append(party) }
            }
        var table = ReportTable(
            columns: [.text(text.municipality)] + plan.programmes.map { .number(common.programmeName($0.programme)) }
        )
        table.rows = parties.map { party in
            [.party(party)]
                + plan.programmes.map { programme in .count(programme.rows.first { $0.party == party }?.places) }
        }
        table.total = [.text(text.total)] + totals.map { .count($0.places) }
        return [
            .paragraph(text.summaryTitle(year: plan.year, method: common.method(plan.method))), .table(table),
            .paragraph(text.summaryStatus(allPass: plan.allChecksPass)),
        ]
    }
}
