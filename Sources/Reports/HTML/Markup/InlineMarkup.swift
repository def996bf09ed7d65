/// Turns the inline emphasis of a report sentence into page nodes: `**bold**` becomes `<strong>`, `` `code` `` becomes `<code>`.
///
/// Sentences shared with the Markdown report (recommendations name their
/// offer in bold) keep one wording for both formats. Anything else is text,
/// escaped as usual; an unpaired marker stays as written.
public enum InlineMarkup {
    /// The nodes of `sentence`.
    public static func nodes(_ sentence: String) -> [HTMLNode] {
        var nodes: [HTMLNode] = []
        var rest = Substring(sentence)
        while !rest.isEmpty {
            guard let (marker, start) = firstMarker(in: rest),
                let end = rest[rest.index(start, offsetBy: marker.count)...].range(of: marker)
            else {
                nodes.append(.text(String(rest)))
                break
            }
            if start > rest.startIndex { nodes.append(.text(String(rest[..<start]))) }
            let inner = String(rest[rest.index(start, offsetBy: marker.count)..<end.lowerBound])
            nodes.append(.element(marker == "**" ? "strong" : "code", text: inner))
            rest = rest[end.upperBound...]
        }
        return nodes
    }

    /// The first `**` or `` ` `` in `text` and where it starts.
    static func firstMarker(in text: Substring) -> (String, String.Index)? {
        let bold = text.range(of: "**")?.lowerBound
        let code = text.firstIndex(of: "`")
        switch (bold, code) {
        case (let bold?, let code?): return bold <= code ? ("**", bold) : ("`", code)
        case (let bold?, nil): return ("**", bold)
        case (nil, let code?): return ("`", code)
        case (nil, nil): return nil
        }
    }
}
