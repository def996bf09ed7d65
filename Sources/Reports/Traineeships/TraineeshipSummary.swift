import Allocation
import KKRDomain

/// A plain-text summary for the terminal: places per municipality (rows) and programme (columns).
public enum TraineeshipSummary {
    /// The table, with a header line and a total line.
    public static func render(_ plan: TraineeshipPlan, language: Language) -> String {
        let text = TraineeshipText(language)
        let common = text.common
        let parties = plan.programmes.flatMap { $0.rows.map(\.party) }
            .reduce(into: [Party]()) { list, party in
                if !list.contains(party) { list.append(party) }
            }
        let header = [text.municipality] + plan.programmes.map { common.programmeName($0.programme) }
        var table = [header]
        for party in parties {
            table.append(
                [common.party(party)]
                    + plan.programmes.map { programme in
                        programme.rows.first { $0.party == party }.map { common.number($0.places) } ?? "–"
                    }
            )
        }
        table.append([text.total] + plan.programmes.map { common.number(ProgrammeTotals($0).places) })
        let lines = TextTable.render(table)
        let title = text.summaryTitle(year: plan.year, method: common.method(plan.method))
        return ([title, ""] + lines + ["", text.summaryStatus(allPass: plan.allChecksPass)]).joined(separator: "\n")
            + "\n"
    }
}
