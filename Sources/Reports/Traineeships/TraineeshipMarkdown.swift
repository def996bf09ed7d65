import Allocation
import KKRDomain

/// The Markdown report for the KKR meeting: per programme a table, the method, the checks, illustrative figures and input files.
///
/// Byte-identical for identical inputs: no dates, no machine locale, fixed
/// decimals, rows in DST code order.
public struct TraineeshipMarkdown: Sendable {
    /// The texts.
    public var text: ReportText

    /// Creates a renderer for `language`.
    public init(language: Language) {
        text = ReportText(language)
    }

    /// The whole report.
    public func render(_ plan: TraineeshipPlan, firstDivisor: Double? = nil) -> String {
        var lines: [String] = []
        lines.append(
            text.pick(
                "# Praktikpladser \(plan.year): fordeling mellem kommunerne i KKR Nordjylland",
                "# Training places \(plan.year): distribution across the KKR Nordjylland municipalities"
            )
        )
        lines.append("")
        lines.append(
            text.pick(
                "Beregnet af `kkr-plan` med \(text.method(plan.method, firstDivisor: firstDivisor)). Tal markeret *\(text.illustrativeMark)* er antagelser, ikke officielle tal; se afsnittet »Illustrative tal«.",
                "Computed by `kkr-plan` with the \(text.method(plan.method, firstDivisor: firstDivisor)). Figures marked *\(text.illustrativeMark)* are assumptions, not official numbers; see “Illustrative figures”."
            )
        )
        lines += [
            "", text.pick("## Metode", "## Method"), "", text.methodExplanation(plan.method), "", text.tieRule, "",
        ]
        lines += overview(plan)
        for programme in plan.programmes {
            lines += section(programme, plan: plan)
        }
        lines += jointCapacities(plan)
        lines += checks(plan)
        lines += illustrative(plan)
        lines += inputFiles(plan)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    func overview(_ plan: TraineeshipPlan) -> [String] {
        var lines = [
            text.pick("## Oversigt", "## Overview"), "",
            text.pick(
                "| Uddannelse | Regionalt tal | Type | Overført | Fordelt | Fordelingsnøgle |",
                "| Programme | Regional number | Kind | Carried over | Distributed | Distribution key |"
            ),
            "|---|--:|---|--:|--:|---|",
        ]
        for programme in plan.programmes {
            let mark = programme.target.provenance.illustrative ? " *" : ""
            lines.append(
                "| \(programme.programme.name(in: text.language)) | \(text.number(programme.target.places))\(mark) | "
                    + "\(text.targetKind(programme.target.kind)) | \(text.number(programme.carryOver)) | "
                    + "\(text.number(programme.total)) | \(programme.key.name(in: text.language)) |"
            )
        }
        lines += ["", text.pick("\\* \(text.illustrativeMark)", "\\* \(text.illustrativeMark)"), ""]
        return lines
    }

    func section(_ programme: ProgrammePlan, plan: TraineeshipPlan) -> [String] {
        let name = programme.programme.name(in: text.language)
        var lines = ["## \(name)", ""]
        let mark = programme.target.provenance.illustrative ? ", \(text.illustrativeMark)" : ""
        var intro = text.pick(
            "Regionalt tal \(plan.year): \(text.number(programme.target.places)) pladser (\(text.targetKind(programme.target.kind))\(mark))",
            "Regional number \(plan.year): \(text.number(programme.target.places)) places (\(text.targetKind(programme.target.kind))\(mark))"
        )
        if programme.carryOver > 0 {
            intro += text.pick(
                " plus \(text.number(programme.carryOver)) overførte pladser fra sidste år = \(text.number(programme.total)) pladser",
                " plus \(text.number(programme.carryOver)) places carried over from last year = \(text.number(programme.total)) places"
            )
        } else if programme.total != programme.target.places {
            intro += text.pick(
                "; bundene kræver \(text.number(programme.total)) pladser",
                "; the floors require \(text.number(programme.total)) places"
            )
        }
        intro += text.pick(". Fordelingsnøgle: ", ". Distribution key: ") + programme.key.name(in: text.language)
        if programme.key.weights.values.contains(where: \.provenance.illustrative) {
            intro += " (\(text.illustrativeMark))"
        }
        intro += "."
        if !programme.solvedWith.isEmpty {
            let others = programme.solvedWith.compactMap { id in plan.programmes.first { $0.programme.id == id } }
            intro +=
                text.pick(" Løst sammen med ", " Solved together with ")
                + text.list(others.map { text.programmeName($0.programme) })
                + text.pick(" (fælles kapacitet).", " (joint capacity).")
        }
        lines += [intro, ""]
        lines += TraineeshipMarkdownTables(text: text).allocationTable(programme)
        lines += ["", TraineeshipMarkdownTables(text: text).checkLine(programme), ""]
        for split in programme.splits {
            lines += TraineeshipMarkdownTables(text: text).splitTable(split, rows: programme.rows)
        }
        return lines
    }

    func jointCapacities(_ plan: TraineeshipPlan) -> [String] {
        guard !plan.jointCapacities.isEmpty else { return [] }
        var lines = [text.pick("## Fælles kapacitet", "## Joint capacity"), ""]
        for use in plan.jointCapacities {
            let used = use.uses.map { "\($0.party.name) \(text.number($0.places))/\(text.number($0.cap))" }
            lines.append(
                "- \(use.capacity.name(in: text.language)): " + (use.holds ? "✓ " : "✗ ")
                    + text.pick("pladser/kapacitet: ", "places/capacity: ") + used.joined(separator: ", ") + "."
            )
        }
        return lines + [""]
    }

    func checks(_ plan: TraineeshipPlan) -> [String] {
        let allQuota = plan.programmes.allSatisfy(\.checks.quotaPropertyHolds)
        let allSplits = plan.programmes.allSatisfy(\.checks.splitsAddUp)
        return [
            text.pick("## Kontrol", "## Checks"), "",
            "- " + (plan.programmes.allSatisfy(\.checks.sumHolds) ? "✓ " : "✗ ")
                + text.pick("Summerne passer for alle uddannelser.", "The sums are right for every programme."),
            "- " + (plan.programmes.allSatisfy(\.checks.boundsHold) ? "✓ " : "✗ ")
                + text.pick(
                    "Alle bunde, lofter og ændringsgrænser er overholdt.",
                    "Every floor, cap and change limit is respected."
                ),
            "- " + (allQuota ? "✓ " : "– ")
                + (allQuota
                    ? text.pick(
                        "Kvoteegenskaben: hver kommune fik sin kvote rundet ned eller op.",
                        "Quota property: every municipality got its quota rounded down or up."
                    )
                    : text.pick(
                        "Kvoteegenskaben gælder ikke overalt, fordi grænser binder (se de enkelte uddannelser).",
                        "The quota property does not hold everywhere because limits bind (see each programme)."
                    )),
            "- " + (allSplits ? "✓ " : "✗ ")
                + text.pick(
                    "Opdelingerne (specialisering, praktikstart) summer præcist pr. kommune og pr. kategori.",
                    "The splits (specialisation, start) add up exactly per municipality and per category."
                ),
            "- " + solverLine(plan),
            "",
        ]
    }

    func solverLine(_ plan: TraineeshipPlan) -> String {
        guard plan.method == .optimal else {
            return "✓ "
                + text.pick(
                    "Klassisk metode; løseren er kun brugt til opdelingerne, som blev løst til optimum.",
                    "Classic method; the solver was used only for the splits, which were solved to optimality."
                )
        }
        guard !plan.solverNotes.isEmpty else {
            return "✓ "
                + text.pick(
                    "Løseren fandt optimum i alle trin (største afvigelse, sum af afvigelser, sidste år, lige stillinger).",
                    "The solver reached the optimum in every stage (largest deviation, sum of deviations, last year, ties)."
                )
        }
        let notes = plan.solverNotes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        return "– "
            + text.pick(
                "Løseren stoppede før sidste trin (\(notes.joined(separator: "; "))); fordelingen er den bedste fra de foregående trin.",
                "The solver stopped before the last stage (\(notes.joined(separator: "; "))); the distribution is the best of the earlier stages."
            )
    }

    func illustrative(_ plan: TraineeshipPlan) -> [String] {
        let figures = plan.inputs.illustrativeFigures
        var lines = [text.pick("## Illustrative tal", "## Illustrative figures"), ""]
        if figures.isEmpty {
            lines.append(
                text.pick(
                    "Ingen af de anvendte tal er markeret som illustrative.",
                    "None of the figures used is marked illustrative."
                )
            )
        } else {
            lines.append(
                text.pick(
                    "Disse inputtal er antagelser, ikke offentliggjorte tal. Kontrollér dem mod den officielle kilde før en beslutning:",
                    "These input figures are assumptions, not published numbers. Check them against the official source before a decision:"
                )
            )
            lines.append("")
            lines += figures.map { "- " + text.illustrative($0, inputs: plan.inputs) }
        }
        return lines + [""]
    }

    func inputFiles(_ plan: TraineeshipPlan) -> [String] {
        var lines = [
            text.pick("## Inputfiler", "## Input files"), "", text.pick("| Fil | SHA-256 |", "| File | SHA-256 |"),
            "|---|---|",
        ]
        lines += plan.inputs.files.map { "| `\($0.displayName)` | `\($0.sha256)` |" }
        return lines
    }
}
