import Allocation
import KKRDomain

/// The comparison report for a KKR meeting: the scenarios, what changes most, and per programme the places side by side.
///
/// Differences are scenario minus base, signed and in bold when not 0.
/// Byte-identical for identical inputs: no dates, no machine locale, rows in
/// DST code order, scenarios in command-line order.
public struct ComparisonMarkdown: Sendable {
    /// The texts.
    public var text: ReportText

    /// Creates a renderer for `language`.
    public init(language: Language) {
        text = ReportText(language)
    }

    /// The whole report.
    public func render(_ set: ScenarioSet) -> String {
        var lines = [
            text.pick(
                "# Scenarier \(set.base.inputs.year): sammenligning med basis",
                "# Scenarios \(set.base.inputs.year): comparison with the base"
            ), "",
        ]
        lines.append(intro(set))
        lines.append("")
        lines += scenarioList(set)
        lines += summary(set)
        lines += programmeTables(set)
        lines += socialSection(set)
        lines += withoutPlan(set)
        lines += illustrative(set)
        lines += inputFiles(set)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    func intro(_ set: ScenarioSet) -> String {
        let base =
            set.base.scenario.map {
                text.pick(
                    "scenariet »\($0.scenario.name)« (`\($0.scenario.id)`)",
                    "the scenario “\($0.scenario.name)” (`\($0.scenario.id)`)"
                )
            } ?? text.pick("inputtene uden ændringer", "the inputs without changes")
        return text.pick(
            "Beregnet af `kkr-plan compare`. Basis er \(base). Hvert scenarie er beregnet helt forfra med samme metode (optimal fordeling); forskellen (Δ) er scenarie minus basis og står **med fed og fortegn**, når den ikke er 0. Tal markeret *\(text.illustrativeMark)* er antagelser, ikke officielle tal; se »Illustrative tal«.",
            "Computed by `kkr-plan compare`. The base is \(base). Every scenario is computed from scratch with the same method (optimal distribution); the difference (Δ) is scenario minus base and is shown **in bold with its sign** when it is not 0. Figures marked *\(text.illustrativeMark)* are assumptions, not official numbers; see “Illustrative figures”."
        )
    }

    func scenarioList(_ set: ScenarioSet) -> [String] {
        var lines = [text.pick("## Scenarierne", "## The scenarios"), ""]
        for compared in set.scenarios {
            guard let resolved = compared.scenario else { continue }
            let scenario = resolved.scenario
            lines += ["### \(scenario.name) (`\(scenario.id)`)", "", scenario.description, ""]
            if !resolved.bases.isEmpty {
                let names = resolved.bases.map { text.pick("»\($0.name)«", "“\($0.name)”") }
                lines.append(
                    text.pick(
                        "Bygger på \(text.list(names)), hvis ændringer kommer først.",
                        "Builds on \(text.list(names)), whose changes come first."
                    )
                )
                lines.append("")
            }
            let changes = resolved.changes
            if changes.isEmpty {
                lines.append(text.pick("- Ingen ændringer.", "- No changes."))
            }
            lines += changes.map { "- " + text.scenarioChange($0, inputs: set.base.inputs) }
            lines.append("")
        }
        return lines
    }

    func summary(_ set: ScenarioSet) -> [String] {
        var lines = [text.pick("## Hvad ændrer sig mest", "## What changes most"), ""]
        for compared in set.scenarios {
            lines.append("- " + scenarioSummary(compared, base: set.base))
        }
        let largest = set.largestChanges(limit: 10)
        if !largest.isEmpty {
            lines += [
                "",
                text.pick(
                    "De største ændringer for en enkelt kommune:",
                    "The largest changes for a single municipality:"
                ),
                "",
                text.pick(
                    "| Scenarie | Uddannelse | Kommune | Basis | Scenarie | Δ |",
                    "| Scenario | Programme | Municipality | Base | Scenario | Δ |"
                ),
                "|---|---|---|--:|--:|--:|",
            ]
            lines += largest.map { change in
                "| \(name(change.scenario)) | \(text.programmeName(change.programme)) | \(text.party(change.row.party)) | "
                    + "\(cell(change.row.base)) | \(cell(change.row.scenario)) | \(text.highlightedChange(change.row.delta)) |"
            }
        }
        return lines + [""]
    }

    /// One sentence per scenario: totals that change, how many municipalities move, the largest move.
    func scenarioSummary(_ compared: ComparedScenario, base: ComparedScenario) -> String {
        let title = "**\(name(compared))**: "
        guard let comparison = compared.comparison else {
            return title
                + text.pick(
                    "ingen mulig fordeling (se »Scenarier uden mulig fordeling«).",
                    "no possible distribution (see “Scenarios without a possible distribution”)."
                )
        }
        var parts: [String] = []
        if comparison.isUnchanged {
            parts.append(
                text.pick("praktikpladserne fordeles som i basis", "the training places are distributed as in the base")
            )
        }
        for programme in comparison.programmes where programme.changedParties > 0 || programme.totalDelta != 0 {
            let largest = programme.rows.enumerated()
                .max { lhs, rhs in
                    abs(lhs.element.delta) != abs(rhs.element.delta)
                        ? abs(lhs.element.delta) < abs(rhs.element.delta) : lhs.offset > rhs.offset
                }?
                .element
            let most = largest.map { "\($0.party.name) \(text.change($0.delta))" } ?? ""
            parts.append(
                text.pick(
                    "\(text.programmeName(programme.programme)) \(text.change(programme.totalDelta)) i alt, \(text.number(programme.changedParties)) kommuner ændres (mest: \(most))",
                    "\(text.programmeName(programme.programme)) \(text.change(programme.totalDelta)) in total, \(text.number(programme.changedParties)) municipalities change (most: \(most))"
                )
            )
        }
        if let social = compared.socialComparison {
            parts.append(socialSummary(social))
        }
        return title + parts.joined(separator: "; ") + "."
    }

    /// "Socialaftalen: betalt +4,7 mio. kr. om året, borgere uden plads +4, …".
    func socialSummary(_ social: SocialComparison) -> String {
        let millions = text.millionsChange
        let payments = social.scenario.payments - social.base.payments
        let unmet = social.scenario.unmet - social.base.unmet
        let under = social.scenario.offersUnderBound - social.base.offersUnderBound
        if (payments / 100_000).rounded() == 0 && unmet == 0 && under == 0 && social.offers.isEmpty {
            return text.pick("Socialaftalen som i basis", "the Socialaftale as in the base")
        }
        var summary = text.pick(
            "Socialaftalen: betalt \(millions(payments)) mio. kr. om året, borgere uden plads \(text.change(unmet)), tilbud under belægningsgrænsen \(text.change(under))",
            "Socialaftale: paid \(millions(payments)) million kr a year, citizens without a place \(text.change(unmet)), offers under the occupancy bound \(text.change(under))"
        )
        let largest = social.buyers.enumerated()
            .max { lhs, rhs in
                abs(lhs.element.paymentsDelta) != abs(rhs.element.paymentsDelta)
                    ? abs(lhs.element.paymentsDelta) < abs(rhs.element.paymentsDelta) : lhs.offset > rhs.offset
            }?
            .element
        if let largest, (largest.paymentsDelta / 100_000).rounded() != 0 {
            summary +=
                text.pick(" (mest: ", " (most: ") + "\(largest.buyer.name) \(millions(largest.paymentsDelta))"
                + text.pick(" mio. kr.)", " million kr)")
        }
        return summary
    }

    // MARK: - Helpers

    /// The scenario's name (or "Basis").
    func name(_ compared: ComparedScenario) -> String {
        text.scenarioName(compared)
    }

    func cell(_ value: Int?) -> String {
        value.map { text.number($0) } ?? "–"
    }
}
