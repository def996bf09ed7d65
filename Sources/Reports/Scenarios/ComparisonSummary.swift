import Allocation
import KKRDomain

/// A plain-text summary of a comparison for the terminal: per programme with changes, Δ per municipality and scenario.
public enum ComparisonSummary {
    /// The summary: a title, one table per programme where any place moves, and the scenarios without a plan.
    public static func render(_ set: ScenarioSet, language: Language) -> String {
        let text = ReportText(language)
        let markdown = ComparisonMarkdown(language: language)
        let baseColumn = set.base.scenario == nil ? text.pick("basis", "base") : set.base.id
        var lines = [
            text.pick(
                "Scenarier \(set.base.inputs.year) – pladser i \(baseColumn) og forskel (scenarie − basis)",
                "Scenarios \(set.base.inputs.year) – places in \(baseColumn) and difference (scenario − base)"
            ), "",
        ]
        lines += set.scenarios.map { "  \($0.id): \(markdown.name($0))" }
        lines.append("")
        let plans = ([set.base] + set.scenarios).map { $0.outcome.plan?.traineeships }
        var unchanged: [String] = []
        for programme in ComparisonRows.programmes(plans) {
            let rows = ComparisonRows(programmeID: programme.id, plans: plans)
            let moves = rows.rows.contains { row in
                row.places.dropFirst().contains { $0 != nil && $0 != row.places.first ?? nil }
            }
            guard moves else {
                unchanged.append(text.programmeName(programme))
                continue
            }
            var table = [
                [text.programmeName(programme), baseColumn] + set.scenarios.map(\.id)
            ]
            for (party, places) in rows.rows + [(Party(code: "", name: text.pick("I alt", "Total")), rows.totals)] {
                let base = places.first ?? nil
                table.append(
                    [party.code.isEmpty ? party.name : text.party(party), base.map { text.number($0) } ?? "–"]
                        + places.dropFirst()
                        .map { value in
                            guard let value, let base else { return "–" }
                            return text.change(value - base)
                        }
                )
            }
            lines += TextTable.render(table) + [""]
        }
        lines += social(set, baseColumn: baseColumn, text: text)
        if !unchanged.isEmpty {
            lines.append(
                text.pick("Uændret i alle scenarier: ", "Unchanged in every scenario: ") + text.list(unchanged) + "."
            )
        }
        for compared in set.withoutPlan {
            lines.append(
                text.pick(
                    "Ingen mulig fordeling: \(markdown.name(compared)) (se rapporten).",
                    "No possible distribution: \(markdown.name(compared)) (see the report)."
                )
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The Socialaftale totals: the base's figures, then each scenario's difference.
    static func social(_ set: ScenarioSet, baseColumn: String, text: ReportText) -> [String] {
        guard set.base.inputs.social != nil else { return [] }
        let figures = ([set.base] + set.scenarios).map { $0.result.socialPlan.map(SocialFigures.init) }
        let millions = text.millionsNumber
        let amountDelta = text.millionsChange
        func row(_ label: String, _ value: (SocialFigures) -> Double, amount: Bool) -> [String] {
            guard let base = figures.first ?? nil else { return [label] + figures.map { _ in "–" } }
            let first = amount ? millions(value(base)) : text.number(value(base))
            return [label, first]
                + figures.dropFirst()
                .map { figure in
                    guard let figure else { return "–" }
                    let delta = value(figure) - value(base)
                    return amount ? amountDelta(delta) : text.change(Int(delta))
                }
        }
        let table = [
            [text.pick("Socialaftalen", "Socialaftale"), baseColumn] + set.scenarios.map(\.id),
            row(text.pick("Betalt, mio. kr./år", "Paid, million kr/year"), { $0.payments }, amount: true),
            row(text.pick("Borgere uden plads", "Without a place"), { Double($0.unmet) }, amount: false),
            row(
                text.pick("Tilbud under grænsen", "Offers under bound"),
                { Double($0.offersUnderBound) },
                amount: false
            ),
        ]
        return TextTable.render(table) + [""]
    }
}
