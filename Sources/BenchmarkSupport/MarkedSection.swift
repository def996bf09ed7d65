/// One section of a Markdown file that several writers share, kept between HTML-comment markers.
///
/// `Reports/benchmarks.md` has sections written by different benchmark
/// programs; each replaces only the text between its own markers
/// (`<!-- begin: socialaftale -->` … `<!-- end: socialaftale -->`) and keeps
/// everything else as it was.
public enum MarkedSection {
    /// The opening marker of section `id`.
    public static func begin(_ id: String) -> String { "<!-- begin: \(id) -->" }

    /// The closing marker of section `id`.
    public static func end(_ id: String) -> String { "<!-- end: \(id) -->" }

    /// `document` with section `id` set to `body`: replaced between its markers, or appended when it has none.
    ///
    /// - Parameters:
    ///   - id: the section's id.
    ///   - body: the new text of the section (without markers).
    ///   - document: the file's current text, or nil when the file does not exist yet.
    ///   - title: the first line of a new file.
    public static func replace(_ id: String, with body: String, in document: String?, title: String) -> String {
        let section = begin(id) + "\n" + body.trimmingTrailingNewlines + "\n" + end(id) + "\n"
        guard let document, !document.isEmpty else { return title + "\n\n" + section }
        if let start = document.range(of: begin(id)), let stop = document.range(of: end(id)),
            start.lowerBound < stop.lowerBound
        {
            var after = document[stop.upperBound...]
            if after.first == "\n" { after = after.dropFirst() }
            return String(document[..<start.lowerBound]) + section + after
        }
        return document.trimmingTrailingNewlines + "\n\n" + section
    }
}

extension String {
    fileprivate var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
