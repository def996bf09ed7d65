import Allocation
import KKRDomain

/// Every file a `compare` run writes under `Reports/`, by path relative to it.
///
/// `<year>/scenarios.md` (the meeting report, Danish unless `--language en`),
/// `<year>/scenarios.json`, `<year>/scenarios.csv`, `<year>/scenarios_social.csv`
/// (when the inputs have the Socialaftale), `<year>/scenarios_periods.csv` (when they declare an agreement
/// period) and the HTML page with the
/// charts, `<year>/scenarier.html` (`scenarios.html` in English, like
/// `rapport.html`/`report.html`). The other file names do not change with the
/// language.
public enum ComparisonReportSet {
    /// The Markdown report's path for `year`.
    public static func markdownPath(year: Int) -> String { "\(year)/scenarios.md" }

    /// The JSON's path for `year`.
    public static func jsonPath(year: Int) -> String { "\(year)/scenarios.json" }

    /// The CSV's path for `year`.
    public static func csvPath(year: Int) -> String { "\(year)/scenarios.csv" }

    /// The Socialaftale CSV's path for `year` (written when the inputs have the Socialaftale).
    public static func socialCSVPath(year: Int) -> String { "\(year)/scenarios_social.csv" }

    /// The agreement periods' CSV path for `year` (written when the inputs declare a period).
    public static func periodsCSVPath(year: Int) -> String { "\(year)/scenarios_periods.csv" }

    /// The files for `set`.
    public static func files(for set: ScenarioSet, language: Language) throws -> [OutputFile] {
        let year = set.base.inputs.year
        let document = ComparisonReport(text: ComparisonText(language), set: set).build()
        var files = [
            OutputFile(
                relativePath: markdownPath(year: year),
                text: MarkdownRenderer(language: language).render(document)
            ),
            OutputFile(relativePath: jsonPath(year: year), text: try ComparisonJSON.render(set)),
            ComparisonCSV.sheet("places", of: document).outputFile(csvPath(year: year)),
        ]
        if set.base.inputs.social != nil {
            files.append(ComparisonCSV.sheet("social", of: document).outputFile(socialCSVPath(year: year)))
        }
        if document.sheet("periods") != nil {
            files.append(ComparisonCSV.sheet("periods", of: document).outputFile(periodsCSVPath(year: year)))
        }
        return files + [pageFile(document, year: year, language: language)]
    }

    /// The chart page for `set` in `language`: `<year>/scenarier.html` (Danish) or `scenarios.html` (English).
    public static func pageFile(for set: ScenarioSet, language: Language) -> OutputFile {
        let document = ComparisonReport(text: ComparisonText(language), set: set).build()
        return pageFile(document, year: set.base.inputs.year, language: language)
    }

    /// The chart page of `document`, the comparison's document.
    static func pageFile(_ document: ReportDocument, year: Int, language: Language) -> OutputFile {
        let text = ComparisonText(language)
        let page = HTMLPage(
            year: year,
            parts: document.page.map { [$0] } ?? [],
            language: language,
            title: text.comparisonPageTitle(year: year)
        )
        return OutputFile(relativePath: "\(year)/\(text.pageFileName)", text: page.render())
    }
}
