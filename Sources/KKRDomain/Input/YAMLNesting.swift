/// A scan of a YAML text for nesting too deep to parse, before the parser sees it.
///
/// Yams (libyaml underneath) composes nested collections recursively, so a
/// few thousand `[` overflow the stack and kill the process (issue 13,
/// item 5). The scan counts the two ways YAML nests: flow collections
/// (`[`, `{` outside quotes and comments) and block indentation (the column
/// where a line's content starts after its spaces and `- `, `? `, `: `
/// indicators). Real inputs nest 3–6 levels deep; the limits are far above
/// that and far below what the parser survives.
enum YAMLNesting {
    /// The deepest flow nesting accepted.
    static let maximumFlowDepth = 100
    /// The largest column accepted for the start of a line's content.
    static let maximumIndentation = 400

    /// The 1-based line and column where `text` first nests too deep, or nil.
    static func firstTooDeep(_ text: String) -> (line: Int, column: Int, flow: Bool)? {
        var flowDepth = 0
        var quote: Unicode.Scalar?
        var line = 1
        var column = 0
        var atLineStart = true
        var inComment = false
        var previous: Unicode.Scalar = "\n"
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 0
                atLineStart = true
                inComment = false
                previous = scalar
                continue
            }
            column += 1
            if inComment { continue }
            if let open = quote {
                // A double-quoted scalar escapes with a backslash; a single-quoted one doubles the quote ('').
                if scalar == open && !(open == "\"" && previous == "\\") { quote = nil }
                previous = scalar == "\\" && previous == "\\" ? " " : scalar
                continue
            }
            if atLineStart && flowDepth == 0 {
                if scalar == " " || scalar == "-" || scalar == "?" || scalar == ":" {
                    if column > maximumIndentation { return (line, column, false) }
                    previous = scalar
                    continue
                }
                atLineStart = false
            }
            switch scalar {
            case "#" where previous == " " || previous == "\t" || previous == "\n": inComment = true
            case "\"",
                "'" where "[{,:-? \t\n".unicodeScalars.contains(previous):
                quote = scalar
            case "[", "{":
                flowDepth += 1
                if flowDepth > maximumFlowDepth { return (line, column, true) }
            case "]", "}": flowDepth = max(0, flowDepth - 1)
            default: break
            }
            previous = scalar
        }
        return nil
    }
}
