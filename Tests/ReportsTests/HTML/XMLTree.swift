import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A page parsed as XML by Foundation's parser (libxml2), independent of the code that wrote it.
///
/// Parsing fails on any well-formedness error (an unclosed element, a bare
/// `&`, an undefined entity such as `&nbsp;`), which is what the tests check.
final class XMLTree: NSObject, XMLParserDelegate {
    /// One element with its attributes, children and own text.
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""
        weak var parent: Element?

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// This element and every descendant, depth first.
        var all: [Element] { [self] + children.flatMap(\.all) }

        /// The text of this element and its descendants.
        var fullText: String { text + children.map(\.fullText).joined() }

        /// Descendants named `name`.
        func elements(_ name: String) -> [Element] { all.filter { $0.name == name } }

        /// The value of `data-value` as a number.
        var dataValue: Double? { attributes["data-value"].flatMap(Double.init) }

        /// True when the `class` attribute lists `name`.
        func hasClass(_ name: String) -> Bool {
            (attributes["class"] ?? "").split(separator: " ").contains { $0 == name }
        }
    }

    private(set) var stack: [Element] = []
    private(set) var root: Element?
    private var failure: String?

    /// Parses `text`; throws with the parser's message and line when it is not well-formed.
    static func parse(_ text: String) throws -> Element {
        let tree = XMLTree()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = tree
        let parsed = parser.parse()
        guard parsed, tree.failure == nil, tree.stack.isEmpty, let root = tree.root else {
            let reason = tree.failure ?? parser.parserError.map { "\($0)" } ?? "unclosed or missing root element"
            throw ParseFailure(reason: "\(reason) at line \(parser.lineNumber), column \(parser.columnNumber)")
        }
        return root
    }

    struct ParseFailure: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }

    func parser(
        _ parser: XMLParser,
        didStartElement elementName: String,
        namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let element = Element(name: elementName, attributes: attributes)
        element.parent = stack.last
        stack.last?.children.append(element)
        if stack.isEmpty { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        // Checked here too: the parser's own report of a mismatched end tag differs between platforms.
        if stack.last?.name != elementName && failure == nil {
            failure = "</\(elementName)> closes <\(stack.last?.name ?? "nothing")>"
        }
        if !stack.isEmpty { stack.removeLast() }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if failure == nil { failure = "\(parseError)" }
    }
}
