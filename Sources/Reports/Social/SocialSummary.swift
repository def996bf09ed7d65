import Allocation
import KKRDomain

/// A plain-text summary for the terminal: per target group demand, placed, outside and unmet, and the first recommendations.
public enum SocialSummary {
    /// How many recommendations the summary prints.
    public static let recommendations = 3

    /// The summary table and lines.
    public static func render(_ plan: SocialPlan, language: Language) -> String {
        let text = ReportText(language)
        let header = [
            text.pick("Målgruppe", "Target group"), text.pick("Efterspørgsel", "Demand"),
            text.pick("Placeret", "Placed"),
            text.pick("Udenfor", "Outside"), text.pick("Uden plads", "Unmet"),
        ]
        var table = [header]
        for group in plan.inputs.targetGroups {
            let cells = plan.demand.filter { $0.demand.targetGroupID == group.id }
            guard !cells.isEmpty else { continue }
            table.append(
                [group.name(in: language)]
                    + [
                        cells.reduce(0) { $0 + $1.demand.citizens }, cells.reduce(0) { $0 + $1.placed },
                        cells.reduce(0) { $0 + $1.outside }, cells.reduce(0) { $0 + $1.unmet },
                    ]
                    .map(text.number)
            )
        }
        let totals = plan.totals
        table.append(
            [text.pick("I alt", "Total")]
                + [totals.citizens, totals.placed, totals.outside, totals.unmet].map(text.number)
        )
        let lines = TextTable.render(table)
        var output = [
            text.pick(
                "Socialaftale \(plan.year) – placering af borgere i specialiserede tilbud",
                "Socialaftale \(plan.year) – placement of citizens in specialised offers"
            ),
            "",
        ]
        output += lines
        output += [
            "",
            text.pick(
                "Betalt i alt: \(text.millions(plan.costs.payments)) om året; \(text.number(plan.offersUnderBound.count)) tilbud under belægningsgrænsen.",
                "Paid in all: \(text.millions(plan.costs.payments)) a year; \(text.number(plan.offersUnderBound.count)) offers below the occupancy bound."
            ),
        ]
        output += plan.recommendations.prefix(recommendations)
            .map { "- " + text.recommendation($0, inputs: plan.inputs).replacingOccurrences(of: "**", with: "") }
        output.append(
            plan.checks.allHold
                ? text.pick("Kontrol: alle summer og grænser passer.", "Checks: every sum and limit holds.")
                : text.pick(
                    "Kontrol: se rapporten, ikke alle kontroller bestået.",
                    "Checks: see the report, not every check passed."
                )
        )
        return output.joined(separator: "\n") + "\n"
    }
}
