/// A piece of an HTML page: an element with ordered attributes and children, or text.
///
/// Pages and charts are built as values and serialised once by
/// ``HTMLNode/render()``, so escaping happens in one place and identical
/// values give identical bytes. The markup is XHTML-compatible (every element
/// closed, attributes quoted), so tests can parse a page as XML.
public indirect enum HTMLNode: Sendable, Hashable {
    /// An element: name, attributes in the order written, children.
    case element(String, attributes: [HTMLAttribute], children: [HTMLNode])
    /// Text, escaped when rendered.
    case text(String)

    /// An element; `attributes` are written in order, empty values included.
    public static func element(
        _ name: String,
        _ attributes: [HTMLAttribute] = [],
        _ children: [HTMLNode] = []
    ) -> HTMLNode {
        .element(name, attributes: attributes, children: children)
    }

    /// An element holding only `text`.
    public static func element(_ name: String, _ attributes: [HTMLAttribute] = [], text: String) -> HTMLNode {
        .element(name, attributes: attributes, children: [.text(text)])
    }

    /// The element's name, nil for text.
    public var name: String? {
        if case .element(let name, _, _) = self { return name }
        return nil
    }

    /// The value of attribute `name`, if this is an element that has it.
    public func attribute(_ name: String) -> String? {
        guard case .element(_, let attributes, _) = self else { return nil }
        return attributes.first { $0.name == name }?.value
    }

    /// The text of this node and its descendants, in order.
    public var textContent: String {
        switch self {
        case .text(let text): return text
        case .element(_, _, let children): return children.map(\.textContent).joined()
        }
    }

    /// This node and every descendant element, depth first.
    public var descendants: [HTMLNode] {
        guard case .element(_, _, let children) = self else { return [] }
        return [self] + children.flatMap(\.descendants)
    }
}

/// One attribute of an ``HTMLNode`` element.
public struct HTMLAttribute: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The attribute's name.
    public var name: String
    /// The value, escaped when rendered.
    public var value: String

    /// Creates an attribute.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// A `class` attribute.
    public static func `class`(_ value: String) -> HTMLAttribute { HTMLAttribute("class", value) }

    /// An `id` attribute.
    public static func id(_ value: String) -> HTMLAttribute { HTMLAttribute("id", value) }

    /// `"name=value"` (split at the first `=`); a bare name gets an empty value.
    public init(stringLiteral value: String) {
        let parts = value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        self.init(String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
    }
}
