import Allocation
import KKRDomain

/// A plain-text summary for the terminal: per target group demand, placed, outside and unmet, and the first recommendations.
public enum SocialSummary {
    /// How many recommendations the summary prints.
    public static let recommendations = 3

    /// The summary table and lines: the terminal summary of the plan's document.
    public static func render(_ plan: SocialPlan, language: Language) -> String {
        TextRenderer(language: language).render(SocialReportSet.document(for: plan, language: language).terminal)
    }
}

/// One target group's demand and where it went, summed once for the terminal summary and the page's chart.
struct TargetGroupDemand {
    /// The target group.
    var group: TargetGroup
    /// Σ citizens in need, placed in the region, bought outside, without a place.
    var citizens: Int, placed: Int, outside: Int, unmet: Int

    /// Every target group with demand cells, in the inputs' order.
    static func all(_ plan: SocialPlan) -> [TargetGroupDemand] {
        plan.inputs.targetGroups.compactMap { group in
            let cells = plan.demand.filter { $0.demand.targetGroupID == group.id }
            guard !cells.isEmpty else { return nil }
            return TargetGroupDemand(
                group: group,
                citizens: cells.reduce(0) { $0 + $1.demand.citizens },
                placed: cells.reduce(0) { $0 + $1.placed },
                outside: cells.reduce(0) { $0 + $1.outside },
                unmet: cells.reduce(0) { $0 + $1.unmet }
            )
        }
    }
}

extension SocialReport {
    /// The terminal summary: the title, demand per target group (totals from the plan's totals), what is paid,
    /// the first recommendations and whether every check holds.
    func terminal(_ groups: [TargetGroupDemand]) -> [ReportBlock] {
        let totals = plan.totals
        let table = ReportTable(
            columns: text.summaryColumns.enumerated().map { $0 == 0 ? .text($1) : .number($1) },
            rows: groups.map { row in
                [.text(row.group.name(in: text.language))]
                    + [row.citizens, row.placed, row.outside, row.unmet].map { .count($0) }
            },
            total: [.text(text.total)]
                + [totals.citizens, totals.placed, totals.outside, totals.unmet].map { .count($0) }
        )
        let recommendations = plan.recommendations.prefix(SocialSummary.recommendations)
            .map { "- " + text.recommendation($0, inputs: plan.inputs).replacingOccurrences(of: "**", with: "") }
        return [
            .paragraph(text.summaryTitle(year: plan.year)), .table(table),
            .paragraph(
                [text.paidInAll(plan.costs.payments, underBound: plan.offersUnderBound.count)] + recommendations
                    + [text.summaryStatus(allHold: plan.checks.allHold)]
            ),
        ]
    }
}
