import Allocation
import KKRDomain

/// A plain-text summary for the terminal: places per municipality (rows) and programme (columns).
public enum TraineeshipSummary {
    /// The table, with a header line and a total line.
    public static func render(_ plan: TraineeshipPlan, language: Language) -> String {
        let text = ReportText(language)
        let parties = plan.programmes.flatMap { $0.rows.map(\.party) }
            .reduce(into: [Party]()) { list, party in
                if !list.contains(party) { list.append(party) }
            }
        let header = [text.pick("Kommune", "Municipality")] + plan.programmes.map { text.programmeName($0.programme) }
        var table = [header]
        for party in parties {
            table.append(
                [text.party(party)]
                    + plan.programmes.map { programme in
                        programme.rows.first { $0.party == party }.map { text.number($0.places) } ?? "–"
                    }
            )
        }
        table.append(
            [text.pick("I alt", "Total")] + plan.programmes.map { text.number($0.rows.reduce(0) { $0 + $1.places }) }
        )
        let lines = TextTable.render(table)
        let title = text.pick(
            "Praktikpladser \(plan.year) – \(text.method(plan.method))",
            "Training places \(plan.year) – \(text.method(plan.method))"
        )
        let status =
            plan.allChecksPass
            ? text.pick("Kontrol: alle summer og grænser passer.", "Checks: every sum and limit holds.")
            : text.pick(
                "Kontrol: se rapporten, ikke alle kontroller bestået.",
                "Checks: see the report, not every check passed."
            )
        return ([title, ""] + lines + ["", status]).joined(separator: "\n") + "\n"
    }
}
