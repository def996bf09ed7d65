/// A table of the page: a caption, a header row, body rows and optional total rows.
///
/// The first cell of each row is a row header (`<th scope="row">`). Number
/// cells are right-aligned and carry their unformatted value in `data-value`,
/// so tests (and anyone copying the page) can read the exact numbers.
public struct HTMLTable: Sendable, Hashable {
    /// One cell.
    public struct Cell: Sendable, Hashable {
        /// The text shown.
        public var text: String
        /// The number behind the text, if the cell is a number.
        public var value: Double?
        /// Extra classes (for example `warn`).
        public var classes: [String]

        /// A text cell.
        public init(_ text: String, classes: [String] = []) {
            self.text = text
            self.value = nil
            self.classes = classes
        }

        /// A number cell: `text` is `value` formatted for the reader.
        public init(_ text: String, value: Double?, classes: [String] = []) {
            self.text = text
            self.value = value
            self.classes = classes
        }
    }

    /// The caption (what the table shows).
    public var caption: String?
    /// The column headings.
    public var header: [String]
    /// The body rows.
    public var rows: [[Cell]]
    /// Total rows, shown in bold under the body.
    public var totals: [[Cell]]

    /// Creates a table.
    public init(caption: String? = nil, header: [String], rows: [[Cell]], totals: [[Cell]] = []) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.totals = totals
    }

    /// The `<table>` element.
    public var node: HTMLNode {
        var children: [HTMLNode] = []
        if let caption { children.append(.element("caption", text: caption)) }
        children.append(
            .element(
                "thead",
                [],
                [
                    .element(
                        "tr",
                        [],
                        header.enumerated()
                            .map { index, title in
                                .element("th", index == 0 ? ["scope=col"] : ["scope=col", .class("num")], text: title)
                            }
                    )
                ]
            )
        )
        children.append(.element("tbody", [], rows.map(row)))
        if !totals.isEmpty { children.append(.element("tfoot", [], totals.map(row))) }
        return .element("table", [], children)
    }

    func row(_ cells: [Cell]) -> HTMLNode {
        .element(
            "tr",
            [],
            cells.enumerated()
                .map { index, cell in
                    var attributes: [HTMLAttribute] = index == 0 ? ["scope=row"] : []
                    let classes = (cell.value == nil ? [] : ["num"]) + cell.classes
                    if !classes.isEmpty { attributes.append(.class(classes.joined(separator: " "))) }
                    if let value = cell.value { attributes.append(HTMLAttribute("data-value", SVG.dataValue(value))) }
                    return .element(index == 0 ? "th" : "td", attributes, text: cell.text)
                }
        )
    }
}
