import Allocation
import KKRDomain

/// Every file a `sweep` run writes under `Reports/`: `<year>/sweep_<parameter>.md`, `.json`, `.csv` and `.html`.
///
/// The parameter path names the files (characters other than letters,
/// digits, `.`, `_` and `-` become `_`), so sweeps of different parameters
/// do not overwrite each other.
public enum SweepReportSet {
    /// The path of the file with `suffix` (`md`, `json`, `csv`) for `parameter` and `year`.
    public static func path(_ parameter: SweepParameter, year: Int, suffix: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        let name = String(parameter.path.map { allowed.contains($0) ? $0 : "_" })
        return "\(year)/sweep_\(name).\(suffix)"
    }

    /// The files for `run`.
    public static func files(for run: SweepRun, language: Language) throws -> [OutputFile] {
        let year = run.inputs.year
        let report = SweepReport(text: SweepText(language), run: run)
        let document = report.build()
        return [
            OutputFile(
                relativePath: path(run.parameter, year: year, suffix: "md"),
                text: MarkdownRenderer(language: language).render(document)
            ),
            OutputFile(relativePath: path(run.parameter, year: year, suffix: "json"), text: try SweepJSON.render(run)),
            SpreadsheetRenderer.render(document.sheets[0]).outputFile(path(run.parameter, year: year, suffix: "csv")),
            pageFile(document, report: report, language: language),
        ]
    }

    /// The chart page for `run` in `language`, next to the sweep's Markdown: `<year>/sweep_<parameter>.html`.
    public static func pageFile(for run: SweepRun, language: Language) -> OutputFile {
        let report = SweepReport(text: SweepText(language), run: run)
        return pageFile(report.build(), report: report, language: language)
    }

    /// The chart page of `document`, the document of `report`.
    static func pageFile(_ document: ReportDocument, report: SweepReport, language: Language) -> OutputFile {
        let year = report.run.inputs.year
        let page = HTMLPage(
            year: year,
            parts: document.page.map { [$0] } ?? [],
            language: language,
            title: report.pageTitle()
        )
        return OutputFile(relativePath: path(report.run.parameter, year: year, suffix: "html"), text: page.render())
    }
}
