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
        let intro = text.programmeIntro(programme, plan: plan)
        lines += [intro, ""]
        if let period = plan.fromPeriod[programme.programme.id] {
            lines += [text.fromPeriodPlan(period, programmes: [programme.programme.name(in: text.language)]), ""]
        }
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
        let items = TraineeshipCheckItems(text: text).items(plan).map { "- " + bullet($0) }
        return [text.pick("## Kontrol", "## Checks"), ""] + items + [""]
    }

    /// "✓ text", "✗ text" or "– text".
    func bullet(_ item: CheckItem) -> String {
        text.checkStatus(item.status).symbol + " " + item.text
    }

    func illustrative(_ plan: TraineeshipPlan) -> [String] {
        MarkdownSections.illustrative(
            plan.inputs.illustrativeFigures.map { text.illustrative($0, inputs: plan.inputs) },
            text: text,
            sources: text.pick("den officielle kilde", "the official source")
        )
    }

    func inputFiles(_ plan: TraineeshipPlan) -> [String] {
        MarkdownSections.inputFiles(
            plan.inputs.files,
            text: text,
            modelFiles: plan.models.map { TraineeshipReportSet.modelFileName($0.name) }
        )
    }
}
