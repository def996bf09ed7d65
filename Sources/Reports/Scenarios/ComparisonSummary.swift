import Allocation
import KKRDomain

/// A plain-text summary of a comparison for the terminal: per programme with changes, Δ per municipality and scenario.
public enum ComparisonSummary {
    /// The summary: a title, one table per programme where any place moves, and the scenarios without a plan.
    public static func render(_ set: ScenarioSet, language: Language) -> String {
        let text = ComparisonText(language)
        let common = text.common
        let baseColumn = set.base.scenario == nil ? text.baseLower : set.base.id
        var lines = [text.summaryTitle(year: set.base.inputs.year, base: baseColumn), ""]
        lines += set.scenarios.map { "  \($0.id): \(common.scenarioName($0))" }
        lines.append("")
        let plans = ([set.base] + set.scenarios).map { $0.outcome.plan?.traineeships }
        var unchanged: [String] = []
        for programme in ComparisonRows.programmes(plans) {
            let rows = ComparisonRows(programmeID: programme.id, plans: plans)
            let moves = rows.rows.contains { row in
                row.places.dropFirst().contains { $0 != nil && $0 != row.places.first ?? nil }
            }
            guard moves else {
                unchanged.append(common.programmeName(programme))
                continue
            }
            var table = [
                [common.programmeName(programme), baseColumn] + set.scenarios.map(\.id)
            ]
            for (party, places) in rows.rows + [(Party(code: "", name: text.common.totalWord), rows.totals)] {
                let base = places.first ?? nil
                table.append(
                    [party.code.isEmpty ? party.name : common.party(party), base.map { common.number($0) } ?? "–"]
                        + places.dropFirst()
                        .map { value in
                            guard let value, let base else { return "–" }
                            return common.change(value - base)
                        }
                )
            }
            lines += TextTable.render(table) + [""]
        }
        lines += social(set, baseColumn: baseColumn, text: text)
        if !unchanged.isEmpty {
            lines.append(text.unchangedProgrammes(unchanged))
        }
        for compared in set.withoutPlan {
            lines.append(text.noPossibleDistribution(common.scenarioName(compared)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The Socialaftale totals: the base's figures, then each scenario's difference.
    static func social(_ set: ScenarioSet, baseColumn: String, text: ComparisonText) -> [String] {
        guard set.base.inputs.social != nil else { return [] }
        let figures = ([set.base] + set.scenarios).map { $0.result.socialPlan.map(SocialFigures.init) }
        let numbers = text.common.numbers
        func row(_ label: String, _ value: (SocialFigures) -> Double, amount: Bool) -> [String] {
            guard let base = figures.first ?? nil else { return [label] + figures.map { _ in "–" } }
            let first = amount ? numbers.millions(value(base)) : numbers.number(value(base))
            return [label, first]
                + figures.dropFirst()
                .map { figure in
                    guard let figure else { return "–" }
                    let delta = value(figure) - value(base)
                    return amount ? numbers.millionsChange(delta) : numbers.change(Int(delta))
                }
        }
        let table = [
            [text.socialShort, baseColumn] + set.scenarios.map(\.id),
            row(text.paidShort, { $0.payments }, amount: true),
            row(text.unmetShort, { Double($0.unmet) }, amount: false),
            row(text.underShort, { Double($0.offersUnderBound) }, amount: false),
        ]
        return TextTable.render(table) + [""]
    }
}
