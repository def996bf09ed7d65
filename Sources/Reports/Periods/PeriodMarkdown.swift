import Allocation
import KKRDomain

/// The period report for the KKR meeting: per programme the paragraph, places per year with the totals, and the
/// cumulative places against the cumulative share; then the method, illustrative figures and input files.
///
/// Built once as a ``ReportDocument`` (with its page share, `PeriodPage.swift`) and rendered by
/// ``MarkdownRenderer``; the words are in `ReportText+Period.swift`.
public struct PeriodMarkdown {
    let text: ReportText

    /// Creates a renderer for `language`.
    public init(language: Language) {
        text = ReportText(language)
    }

    /// The Markdown text.
    public func render(_ plan: PeriodPlan) -> String {
        MarkdownRenderer(language: text.language).render(document(plan))
    }

    /// The report as typed blocks.
    func document(_ plan: PeriodPlan) -> ReportDocument {
        var blocks: [ReportBlock] = [
            .heading(level: 1, text: text.periodTitle(plan.period)), .paragraph(text.periodIntro),
        ]
        for programme in plan.programmes {
            blocks += section(programme, period: plan.period)
        }
        blocks += [.heading(level: 2, text: text.methodHeading), .paragraph(text.periodMethod)]
        var seen: Set<String> = []
        let illustrative =
            plan.inputs.years
            .flatMap { inputs in
                inputs.illustrativeFigures.map { text.illustrative($0, inputs: inputs) }
            }
            .filter { seen.insert($0).inserted }
        blocks += MarkdownSections.illustrative(illustrative, text: text, sources: text.periodOfficialSource)
        blocks += MarkdownSections.inputFiles(
            plan.inputs.files,
            text: text,
            modelFiles: plan.models.map { PeriodReportSet.modelFileName($0.name) }
        )
        return ReportDocument(blocks, page: page(plan, illustrative: illustrative))
    }

    func section(_ plan: PeriodProgrammePlan, period: AgreementPeriod) -> [ReportBlock] {
        let years = plan.years.map { String($0.year) + ($0.isDecided ? " (\(text.decidedMark))" : "") }
        let totals = plan.years.map(\.total)
        let places = ReportTable(
            columns: [.text(text.municipalityWord)] + years.map { .number($0) } + [
                .number(text.totalWord), .number(text.shareOverPeriodWord), .number(text.largestDeviationWord),
            ],
            rows: plan.rows.map { row in
                let largest = row.cumulativeDeviations.map(abs).max() ?? 0
                return [.party(row.party)] + row.places.map { .count($0) } + [
                    .count(row.totalPlaces), .decimal(row.totalQuota, decimals: 2), .decimal(largest, decimals: 2),
                ]
            },
            total: [.text(text.totalWord)] + totals.map { .count($0) } + [.count(totals.reduce(0, +)), .blank, .blank]
        )
        let cumulative = ReportTable(
            columns: [.text(text.municipalityWord)] + plan.years.map { .number(String($0.year)) },
            rows: plan.rows.map { row in
                [.party(row.party)]
                    + row.places.indices.map {
                        .text(
                            "\(text.number(row.cumulativePlaces[$0])) / "
                                + text.number(row.cumulativeQuotas[$0], decimals: 2)
                        )
                    }
            }
        )
        return [
            .heading(level: 2, text: plan.programme.name(in: text.language)),
            .paragraph(text.periodParagraph(plan, period: period)), .table(places), .table(cumulative),
            .paragraph(text.lastTableNote),
        ]
    }
}
