import Allocation
import KKRDomain

/// The short text `kkr-plan` prints on stdout for a period: places per year and programme, then the paragraph.
public enum PeriodSummary {
    /// The summary.
    public static func render(_ plan: PeriodPlan, language: Language) -> String {
        let text = ReportText(language)
        var lines = [text.periodTitle(plan.period), ""]
        for programme in plan.programmes {
            var rows = [[text.municipalityWord] + programme.years.map { String($0.year) } + [text.totalWord]]
            for row in programme.rows {
                rows.append([text.party(row.party)] + row.places.map(text.number) + [text.number(row.totalPlaces)])
            }
            let totals = programme.years.map(\.total)
            rows.append([text.totalWord] + totals.map(text.number) + [text.number(totals.reduce(0, +))])
            lines += [programme.programme.name(in: language)] + TextTable.render(rows)
            lines += ["", text.periodParagraph(programme, period: plan.period), ""]
        }
        return lines.joined(separator: "\n")
    }
}
