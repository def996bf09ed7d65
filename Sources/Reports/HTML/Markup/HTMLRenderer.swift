/// Serialises ``HTMLNode`` values as XHTML-compatible HTML.
///
/// Every element is closed (`<meta … />` for void elements), attribute values
/// are double-quoted, and `&`, `<`, `>`, `"` and `'` are escaped as numeric or
/// XML entities only, so the output parses both as HTML5 and as XML. Block
/// elements put their children on separate lines; inline content is written
/// as is, so no whitespace changes what a reader sees.
public enum HTMLRenderer {
    /// Elements that never have content (written as `<name … />`).
    static let voidElements: Set<String> = ["meta", "br", "hr", "img", "link", "col"]

    /// Elements whose children go on separate lines.
    static let blockElements: Set<String> = [
        "html", "head", "body", "header", "footer", "main", "nav", "section", "article", "div", "figure",
        "table", "thead", "tbody", "tfoot", "tr", "ul", "ol", "dl", "svg", "g", "defs", "pattern", "aside",
    ]

    /// The node as text.
    public static func render(_ node: HTMLNode) -> String {
        var output = ""
        write(node, to: &output)
        return output
    }

    /// Escapes text content.
    public static func escapeText(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Escapes an attribute value (for double quotes).
    public static func escapeAttribute(_ text: String) -> String {
        var result = ""
        for character in escapeText(text) {
            switch character {
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n": result += "&#10;"
            default: result.append(character)
            }
        }
        return result
    }

    // MARK: - Writing

    static func write(_ node: HTMLNode, to output: inout String) {
        switch node {
        case .text(let text):
            output += escapeText(text)
        case .element(let name, let attributes, let children):
            output += "<" + name
            for attribute in attributes {
                output += " \(attribute.name)=\"\(escapeAttribute(attribute.value))\""
            }
            if voidElements.contains(name) {
                output += " />"
                return
            }
            output += ">"
            if name == "style" {
                // CSS is written raw: it never holds `<` or `&` (checked in tests), and `>` is legal XML text.
                output += children.map(\.textContent).joined()
            } else if blockElements.contains(name) && !children.isEmpty {
                output += "\n"
                for child in children {
                    write(child, to: &output)
                    output += "\n"
                }
            } else {
                for child in children { write(child, to: &output) }
            }
            output += "</\(name)>"
        }
    }
}

extension HTMLNode {
    /// The node serialised by ``HTMLRenderer``.
    public func render() -> String {
        HTMLRenderer.render(self)
    }
}
