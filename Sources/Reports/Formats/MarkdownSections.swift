import KKRDomain

/// Markdown sections every report ends with, worded the same way in every report.
public enum MarkdownSections {
    /// `## Inputfiler` with a table of the files read and their SHA-256, then the sentence naming the model files written (if any).
    public static func inputFiles(_ files: [InputFile], text: ReportText, modelFiles: [String] = []) -> [String] {
        var lines = [
            text.pick("## Inputfiler", "## Input files"), "", text.pick("| Fil | SHA-256 |", "| File | SHA-256 |"),
            "|---|---|",
        ]
        lines += files.map { "| `\($0.displayName)` | `\($0.sha256)` |" }
        if let sentence = text.modelFiles(modelFiles) {
            lines += ["", sentence]
        }
        return lines
    }

    /// `## Illustrative tal` with one line per group of assumed figures (or a sentence saying there are none).
    public static func illustrative(_ lines: [String], text: ReportText, sources: String) -> [String] {
        var section = [text.pick("## Illustrative tal", "## Illustrative figures"), ""]
        if lines.isEmpty {
            section.append(
                text.pick(
                    "Ingen af de anvendte tal er markeret som illustrative.",
                    "None of the figures used is marked illustrative."
                )
            )
        } else {
            section.append(
                text.pick(
                    "Disse inputtal er antagelser, ikke offentliggjorte tal. Kontrollér dem mod \(sources) før en beslutning:",
                    "These input figures are assumptions, not published numbers. Check them against \(sources) before a decision:"
                )
            )
            section.append("")
            section += lines.map { "- " + $0 }
        }
        return section + [""]
    }
}
