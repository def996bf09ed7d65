import Allocation
import KKRDomain

extension ComparisonMarkdown {
    /// Per programme: the regional numbers, then places per municipality in the base and each scenario, with Δ.
    func programmeTables(_ set: ScenarioSet) -> [String] {
        let columns = [set.base] + set.scenarios
        let plans = columns.map { $0.outcome.plan?.traineeships }
        var lines = [text.pick("## Praktikpladser pr. uddannelse", "## Training places by programme"), ""]
        for programme in ComparisonRows.programmes(plans) {
            lines += ["### \(programme.name(in: text.language))", ""]
            let targets = zip(columns, plans)
                .map { column, plan in
                    let target = plan?.programmes.first { $0.programme.id == programme.id }?.target
                    let value = target.map { "\(text.number($0.places)) (\(text.targetKind($0.kind)))" } ?? "–"
                    return "\(name(column)) \(value)"
                }
            lines.append(text.pick("Regionalt tal: ", "Regional number: ") + targets.joined(separator: " · ") + ".")
            let keys = plans.map { $0?.programmes.first { $0.programme.id == programme.id }?.key }
            if Set(keys.compactMap { $0?.id }).count > 1 {
                let named = zip(columns, keys)
                    .map { column, key in "\(name(column)) »\(key?.name(in: text.language) ?? "–")«" }
                lines.append(
                    text.pick("Fordelingsnøgle: ", "Distribution key: ") + named.joined(separator: " · ") + "."
                )
            }
            lines.append("")
            let header =
                [text.pick("Kommune", "Municipality"), name(set.base)] + set.scenarios.flatMap { [name($0), "Δ"] }
            lines.append("| " + header.joined(separator: " | ") + " |")
            lines.append("|---|--:|" + String(repeating: "--:|--:|", count: set.scenarios.count))
            let rows = ComparisonRows(programmeID: programme.id, plans: plans)
            for (party, places) in rows.rows {
                lines.append(row(text.party(party), places))
            }
            lines.append(row(text.pick("**I alt**", "**Total**"), rows.totals))
            lines.append("")
        }
        return lines
    }

    /// One table row: the base's places, then each scenario's places and Δ (bold when not 0).
    func row(_ label: String, _ places: [Int?]) -> String {
        var cells = [label, cell(places.first ?? nil)]
        for value in places.dropFirst() {
            cells.append(cell(value))
            if let value, let base = places.first ?? nil {
                cells.append(text.highlightedChange(value - base))
            } else {
                cells.append("–")
            }
        }
        return "| " + cells.joined(separator: " | ") + " |"
    }

    func withoutPlan(_ set: ScenarioSet) -> [String] {
        let missing = set.withoutPlan
        guard !missing.isEmpty else { return [] }
        var lines = [
            text.pick("## Scenarier uden mulig fordeling", "## Scenarios without a possible distribution"), "",
        ]
        for compared in missing {
            lines.append("**\(name(compared))**:")
            lines.append("")
            switch compared.outcome {
            case .infeasible(let conflicts):
                lines += conflicts.map { "- " + text.conflict($0) }
            case .invalid(let diagnostics):
                lines += diagnostics.map { "- `\($0.description)`" }
            case .planned:
                break
            }
            if case .infeasible(let termination) = compared.social {
                lines.append(
                    text.pick(
                        "- Socialaftalen: løseren fandt ingen placering (status \(termination.rawValue)).",
                        "- Socialaftale: the solver found no placement (status \(termination.rawValue))."
                    )
                )
            }
            lines.append("")
        }
        return lines
    }

    func illustrative(_ set: ScenarioSet) -> [String] {
        let baseLines = illustrativeLines(set.base.inputs)
        var lines = [text.pick("## Illustrative tal", "## Illustrative figures"), ""]
        lines.append(
            text.pick(
                "Disse inputtal i basis er antagelser, ikke offentliggjorte tal. Kontrollér dem mod den officielle kilde før en beslutning:",
                "These input figures of the base are assumptions, not published numbers. Check them against the official source before a decision:"
            )
        )
        lines.append("")
        lines += baseLines.isEmpty ? [text.pick("- Ingen.", "- None.")] : baseLines.map { "- " + $0 }
        lines.append("")
        lines.append(
            text.pick(
                "Tal, som et scenarie ændrer, er altid antagelser. Derudover i hvert scenarie:",
                "Figures a scenario changes are always assumptions. In addition, in each scenario:"
            )
        )
        lines.append("")
        for compared in set.scenarios {
            let own = illustrativeLines(compared.inputs).filter { !baseLines.contains($0) }
            let listed =
                own.isEmpty ? text.pick("ingen ændrede tal.", "no changed figures.") : own.joined(separator: " ")
            lines.append("- **\(name(compared))**: \(listed)")
        }
        return lines + [""]
    }

    /// The illustrative figures of both parts, as report lines.
    func illustrativeLines(_ inputs: ScenarioInputs) -> [String] {
        let training = inputs.traineeships
        return training.illustrativeFigures.map { text.illustrative($0, inputs: training) }
            + (inputs.social?.illustrativeFigures ?? []).map(text.illustrative)
    }

    func inputFiles(_ set: ScenarioSet) -> [String] {
        MarkdownSections.inputFiles(ComparisonRows.files(set), text: text)
    }
}
