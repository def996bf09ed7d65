import Foundation
import KKRDomain
import Reports

/// The HTML meeting page (`<year>/rapport.html`, or `report.html` in English) from the plan's parts.
///
/// The default run collects each part's ``ReportPage`` (its share of the page, from its document) and
/// adds the page to the run's report set, written with every other file.
public struct HTMLReportJob: Sendable {
    /// The output folder (`Reports`).
    public var output: URL
    /// The page's language.
    public var language: Language

    /// Creates a job.
    public init(output: URL, language: Language) {
        self.output = output
        self.language = language
    }

    /// The page as a file, in the folder of the first part's year; nil without parts.
    public func file(_ parts: [ReportPage]) -> OutputFile? {
        guard let year = parts.first?.year else { return nil }
        let page = HTMLPage(year: year, parts: parts, language: language)
        return OutputFile(relativePath: HTMLPage.relativePath(year: year, language: language), text: page.render())
    }
}
