import Allocation
import KKRDomain

/// The period report for the KKR meeting: per programme the paragraph, places per year with the totals, and the
/// cumulative places against the cumulative share; then the method, illustrative figures and input files.
public struct PeriodMarkdown {
    let text: ReportText

    /// Creates a renderer for `language`.
    public init(language: Language) {
        text = ReportText(language)
    }

    /// The Markdown text.
    public func render(_ plan: PeriodPlan) -> String {
        var lines = [
            "# " + text.periodTitle(plan.period), "",
            text.pick(
                "Beregnet af `kkr-plan` med den optimale fordeling over aftaleperioden. Tal markeret *\(text.illustrativeMark)* er antagelser, ikke officielle tal; se afsnittet »Illustrative tal«.",
                "Computed by `kkr-plan` with the optimal distribution over the agreement period. Figures marked *\(text.illustrativeMark)* are assumptions, not official numbers; see “Illustrative figures”."
            ), "",
        ]
        for programme in plan.programmes {
            lines += section(programme, period: plan.period)
        }
        lines += [text.pick("## Metode", "## Method"), "", text.periodMethod, ""]
        let years = plan.inputs.years
        var seen: Set<String> = []
        let illustrative =
            years.flatMap { inputs in
                inputs.illustrativeFigures.map { text.illustrative($0, inputs: inputs) }
            }
            .filter { seen.insert($0).inserted }
        lines += MarkdownSections.illustrative(
            illustrative,
            text: text,
            sources: text.pick("den officielle kilde", "the official source")
        )
        lines += [""]
        lines += MarkdownSections.inputFiles(
            plan.inputs.files,
            text: text,
            modelFiles: plan.models.map { PeriodReportSet.modelFileName($0.name) }
        )
        return lines.joined(separator: "\n") + "\n"
    }

    func section(_ plan: PeriodProgrammePlan, period: AgreementPeriod) -> [String] {
        var lines = [text.periodTableHeading(plan.programme), "", text.periodParagraph(plan, period: period), ""]
        let years = plan.years.map { String($0.year) + ($0.isDecided ? " (\(text.decidedMark))" : "") }
        lines.append(
            "| "
                + ([text.municipalityWord] + years + [
                    text.totalWord, text.shareOverPeriodWord, text.largestDeviationWord,
                ])
                .joined(separator: " | ") + " |"
        )
        lines.append("|---|" + String(repeating: "--:|", count: years.count + 3))
        for row in plan.rows {
            let largest = row.cumulativeDeviations.map(abs).max() ?? 0
            let cells =
                [text.party(row.party)] + row.places.map(text.number)
                + [
                    text.number(row.totalPlaces), text.number(row.totalQuota, decimals: 2),
                    text.number(largest, decimals: 2),
                ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        let totals = plan.years.map(\.total)
        lines.append(
            "| "
                + ([text.totalWord] + totals.map(text.number) + [text.number(totals.reduce(0, +)), "", ""])
                .joined(separator: " | ") + " |"
        )
        lines += [
            "", "| " + ([text.municipalityWord] + plan.years.map { String($0.year) }).joined(separator: " | ") + " |",
        ]
        lines.append("|---|" + String(repeating: "--:|", count: years.count))
        for row in plan.rows {
            let cells = row.places.indices.map {
                "\(text.number(row.cumulativePlaces[$0])) / \(text.number(row.cumulativeQuotas[$0], decimals: 2))"
            }
            lines.append("| " + ([text.party(row.party)] + cells).joined(separator: " | ") + " |")
        }
        lines += ["", text.pick("Sidste tabel: ", "Last table: ") + text.cumulativeWord + ".", ""]
        return lines
    }
}
