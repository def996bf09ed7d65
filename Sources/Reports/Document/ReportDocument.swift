import KKRDomain

/// One report, built once from a plan part's outcome: typed blocks that every format renders.
///
/// A part (training places, Socialaftale, comparison, sweep) builds its
/// document once, with the words of its catalogue and the figures and totals
/// of its plan; ``MarkdownRenderer`` (the blocks), ``SpreadsheetRenderer``
/// (the sheets), `HTMLDocumentRenderer` (the page share, on the meeting
/// page) and ``TextRenderer`` (the terminal summary) only lay them out. No renderer computes a figure or chooses a word.
public struct ReportDocument: Sendable {
    /// The blocks, in reading order.
    public var blocks: [ReportBlock]
    /// The tables for Excel (one CSV file each), built from the same rows and totals as the tables read on screen.
    public var sheets: [ReportSheet]
    /// The part's share of the HTML meeting page, when the part has one.
    public var page: ReportPage?
    /// The summary printed on the terminal (``TextRenderer``), when the part has one.
    public var terminal: [ReportBlock] = []

    /// Creates a document.
    public init(_ blocks: [ReportBlock] = [], sheets: [ReportSheet] = [], page: ReportPage? = nil) {
        self.blocks = blocks
        self.sheets = sheets
        self.page = page
    }

    /// Appends `blocks`.
    public static func += (document: inout ReportDocument, blocks: [ReportBlock]) {
        document.blocks += blocks
    }

    /// The sheet named `name`, if the document has one.
    public func sheet(_ name: String) -> ReportSheet? {
        sheets.first { $0.name == name }
    }
}

/// One block of a report.
///
/// Text in headings, paragraphs, list items and footnotes is inline markup from a catalogue:
/// `**bold**`, `` `code` `` and `*emphasis*`. Table cells are typed (``ReportCell``).
public enum ReportBlock: Sendable, Hashable {
    /// A heading of `level` (1 is the title).
    case heading(level: Int, text: String)
    /// A paragraph; each line is written on its own line.
    case paragraph([String])
    /// A bulleted list, one item each.
    case list([String])
    /// A table.
    case table(ReportTable)
    /// Key figures: a label and its value each (with a note, and marked when illustrative).
    case keyFigures([KeyFigure])
    /// Checks that passed or failed (or are notes), with what was checked.
    case checks([CheckItem])
    /// A footnote under the block before it.
    case footnote(String)
    /// The conflicts between limits that leave no plan, one sentence each (a list).
    case conflicts([String])
    /// A chart with its table of numbers: drawn on the page; Markdown leaves it out (its tables hold the numbers).
    case chart(ReportChart)

    /// A paragraph of one line.
    public static func paragraph(_ line: String) -> ReportBlock { .paragraph([line]) }
}

/// A table: columns, rows of typed cells, and an optional total row.
public struct ReportTable: Sendable, Hashable {
    /// One column: its title and how its cells are aligned.
    public struct Column: Sendable, Hashable {
        /// The title.
        public var title: String
        /// Whether the cells are right-aligned (numbers).
        public var numeric: Bool

        /// A left-aligned column.
        public static func text(_ title: String) -> Column { Column(title: title, numeric: false) }

        /// A right-aligned column.
        public static func number(_ title: String) -> Column { Column(title: title, numeric: true) }
    }

    /// The columns.
    public var columns: [Column]
    /// The rows; each has one cell per column.
    public var rows: [[ReportCell]]
    /// The total row, written last (its first cell is the label), or nil.
    public var total: [ReportCell]?

    /// Creates a table.
    public init(columns: [Column], rows: [[ReportCell]] = [], total: [ReportCell]? = nil) {
        self.columns = columns
        self.rows = rows
        self.total = total
    }
}

/// A table written as a CSV file for Excel.
public struct ReportSheet: Sendable, Hashable {
    /// The sheet's name within its document (`places`, `social`).
    public var name: String
    /// The header.
    public var header: [String]
    /// The rows; each has one cell per header column.
    public var rows: [[ReportCell]]

    /// Creates a sheet.
    public init(name: String, header: [String], rows: [[ReportCell]] = []) {
        self.name = name
        self.header = header
        self.rows = rows
    }
}

/// One typed table cell; each format writes it its own way.
public enum ReportCell: Sendable, Hashable {
    /// Plain text (a name, a label): escaped where a format needs it.
    case text(String)
    /// An empty cell with nothing in it (`| |` in Markdown, where an empty text is `|  |`).
    case blank
    /// A cell in bold.
    indirect case bold(ReportCell)
    /// A cell followed by a mark that points to a footnote (` *`, ` ¹`); a spreadsheet leaves the mark out.
    indirect case marked(ReportCell, String)
    /// A name followed by its id as code: `Kompasset (`rn-kompasset`)`.
    case withID(String, id: String)
    /// A flag before a cell (`⚠ 71,4 %`); a spreadsheet leaves the flag out.
    indirect case flagged(String, ReportCell)
    /// Code or a file name (`` `Inputs/x.csv` `` in Markdown).
    case code(String)
    /// A party: `Aalborg (851)`.
    case party(Party)
    /// A whole number with grouping, or missing (nil).
    case count(Int?)
    /// A signed change of a whole number, in bold when not 0, or missing (nil).
    case change(Int?)
    /// A signed change of a whole number, not highlighted, or missing (nil).
    case signed(Int?)
    /// A share as a percentage with `decimals` decimals (`4,37 %`), or missing (nil).
    case percent(Double?, decimals: Int)
    /// An amount in kr, or missing (nil): read in million kr with one decimal, in a spreadsheet in whole kr.
    case kroner(Double?)
    /// A change of an amount in kr, or missing (nil): read as signed million kr with one decimal (bold when not 0),
    /// in a spreadsheet in whole kr.
    case kronerChange(Double?)
    /// A number with `decimals` decimals, or missing (nil).
    case decimal(Double?, decimals: Int)
    /// A signed change of a number with `decimals` decimals (`+1,5`, `−0,3`), not highlighted, or missing (nil).
    case signedDecimal(Double?, decimals: Int)
}

extension CheckItem.Status {
    /// `✓` passed, `✗` failed, `–` a note: the same in every language.
    public var symbol: String {
        switch self {
        case .passed: return "✓"
        case .failed: return "✗"
        case .note: return "–"
        }
    }
}
