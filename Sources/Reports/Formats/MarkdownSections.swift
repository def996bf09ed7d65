import KKRDomain

/// Sections every report ends with, worded the same way in every report.
public enum MarkdownSections {
    /// `## Inputfiler` with a table of the files read and their SHA-256, then the sentence naming the model files written (if any).
    public static func inputFiles(_ files: [InputFile], text: ReportText, modelFiles: [String] = []) -> [ReportBlock] {
        let table = ReportTable(
            columns: [.text(text.fileColumn), .text("SHA-256")],
            rows: files.map { [.code($0.displayName), .code($0.sha256)] }
        )
        return [.heading(level: 2, text: text.inputFilesSection), .table(table)]
            + (text.modelFiles(modelFiles).map { [.paragraph($0)] } ?? [])
    }

    /// `## Illustrative tal` with one line per group of assumed figures (or a sentence saying there are none).
    public static func illustrative(_ lines: [String], text: ReportText, sources: String) -> [ReportBlock] {
        let heading = ReportBlock.heading(level: 2, text: text.illustrativeHeading)
        guard !lines.isEmpty else { return [heading, .paragraph(text.noneIllustrative)] }
        return [heading, .paragraph(text.checkIllustrative(against: sources)), .list(lines)]
    }

    /// The Markdown lines of `blocks`, as the reports not yet built as a ``ReportDocument`` paste them.
    static func lines(_ blocks: [ReportBlock], text: ReportText) -> [String] {
        MarkdownRenderer(language: text.language).render(blocks).components(separatedBy: "\n")
    }
}
