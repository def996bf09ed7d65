import Allocation
import KKRDomain

/// A plain-text summary for the terminal: per target group demand, placed, outside and unmet, and the first recommendations.
public enum SocialSummary {
    /// How many recommendations the summary prints.
    public static let recommendations = 3

    /// The summary table and lines.
    public static func render(_ plan: SocialPlan, language: Language) -> String {
        let text = SocialText(language)
        let common = text.common
        var table = [text.summaryColumns]
        for group in plan.inputs.targetGroups {
            let cells = plan.demand.filter { $0.demand.targetGroupID == group.id }
            guard !cells.isEmpty else { continue }
            table.append(
                [group.name(in: language)]
                    + [
                        cells.reduce(0) { $0 + $1.demand.citizens }, cells.reduce(0) { $0 + $1.placed },
                        cells.reduce(0) { $0 + $1.outside }, cells.reduce(0) { $0 + $1.unmet },
                    ]
                    .map(common.number)
            )
        }
        let totals = plan.totals
        table.append([text.total] + [totals.citizens, totals.placed, totals.outside, totals.unmet].map(common.number))
        var output = [text.summaryTitle(year: plan.year), ""]
        output += TextTable.render(table)
        output += ["", text.paidInAll(plan.costs.payments, underBound: plan.offersUnderBound.count)]
        output += plan.recommendations.prefix(recommendations)
            .map { "- " + text.recommendation($0, inputs: plan.inputs).replacingOccurrences(of: "**", with: "") }
        output.append(text.summaryStatus(allHold: plan.checks.allHold))
        return output.joined(separator: "\n") + "\n"
    }
}
