import KKRDomain

/// A part's share of the HTML meeting page, built with its ``ReportDocument`` from the same values.
///
/// The page (`HTMLPage`) gathers every part's decision lines and key figures first, then each part's
/// sections, then the method, the checks, the illustrative figures and the input files of all parts; the
/// sections are ``ReportBlock``s (paragraphs, notes, lists, tables, charts) laid out by `HTMLDocumentRenderer`.
public struct ReportPage: Sendable, Hashable {
    /// The plan year.
    public var year: Int
    /// The part's name for headings ("Praktikpladser" / "Training places").
    public var title: String
    /// The decision asked of the meeting, one paragraph each.
    public var decision: [String]
    /// The figures a reader must see first.
    public var keyFigures: [KeyFigure]
    /// The sections with charts and tables, each starting a new printed page.
    public var sections: [ReportSection]
    /// The method in plain words (inline markup), one paragraph each.
    public var method: [String]
    /// The checks and their results.
    public var checks: [CheckItem]
    /// One sentence (inline markup) per group of illustrative input figures.
    public var illustrative: [String]
    /// The input files the part read, with their SHA-256.
    public var inputFiles: [InputFile]

    /// Creates a page share.
    public init(
        year: Int,
        title: String,
        decision: [String] = [],
        keyFigures: [KeyFigure] = [],
        sections: [ReportSection] = [],
        method: [String] = [],
        checks: [CheckItem] = [],
        illustrative: [String] = [],
        inputFiles: [InputFile] = []
    ) {
        self.year = year
        self.title = title
        self.decision = decision
        self.keyFigures = keyFigures
        self.sections = sections
        self.method = method
        self.checks = checks
        self.illustrative = illustrative
        self.inputFiles = inputFiles
    }
}

/// A section of the page: a page-unique id (used in links and by tests), its heading and its blocks.
public struct ReportSection: Sendable, Hashable {
    /// The id (`traineeships-ssa`).
    public var id: String
    /// The heading.
    public var heading: String
    /// The blocks under the heading.
    public var blocks: [ReportBlock]

    /// Creates a section.
    public init(id: String, heading: String, blocks: [ReportBlock]) {
        self.id = id
        self.heading = heading
        self.blocks = blocks
    }
}
