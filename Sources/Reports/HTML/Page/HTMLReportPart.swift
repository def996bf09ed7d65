import KKRDomain

/// What one part of the plan (training places, Socialaftale, scenarios) contributes to the meeting page.
///
/// ``HTMLPage`` asks every part for each kind of content and lays them out in
/// the order a decision-maker reads: the decisions asked for, the key
/// figures, each part's charts and tables, then the method, the checks, the
/// illustrative inputs and the input files. A new part of the plan plugs in
/// by conforming to this protocol; it never edits the page.
public protocol HTMLReportPart: Sendable {
    /// The plan year the part is for.
    var year: Int { get }
    /// The part's name for headings ("Praktikpladser" / "Training places").
    func title(_ text: ReportText) -> String
    /// The decision asked of the meeting, one paragraph each.
    func decision(_ text: ReportText) -> [String]
    /// The figures a reader must see first.
    func keyFigures(_ text: ReportText) -> [KeyFigure]
    /// The sections with charts and tables, each starting a new printed page.
    func sections(_ text: ReportText) -> [HTMLSection]
    /// The method in plain words, one paragraph each.
    func method(_ text: ReportText) -> [String]
    /// The checks and their results.
    func checks(_ text: ReportText) -> [CheckItem]
    /// One sentence per group of illustrative input figures.
    func illustrative(_ text: ReportText) -> [String]
    /// The input files the part read, with their SHA-256.
    var inputFiles: [InputFile] { get }
}

/// A figure in the page's key-figure boxes.
public struct KeyFigure: Sendable, Hashable {
    /// What the figure is ("SSA-pladser").
    public var label: String
    /// The figure, formatted ("625").
    public var value: String
    /// A short note under it ("minimum 618 + 7 overførte").
    public var note: String?
    /// True when the figure rests on illustrative inputs (marked on the page).
    public var illustrative: Bool

    /// Creates a key figure.
    public init(label: String, value: String, note: String? = nil, illustrative: Bool = false) {
        self.label = label
        self.value = value
        self.note = note
        self.illustrative = illustrative
    }
}

/// One check and its result.
public struct CheckItem: Sendable, Hashable {
    /// The result.
    public enum Status: String, Sendable, Hashable {
        /// The check holds.
        case passed
        /// The check fails.
        case failed
        /// Not a failure, but the reader should know (e.g. a limit binds).
        case note
    }

    /// The result.
    public var status: Status
    /// The check in plain words.
    public var text: String

    /// Creates a check.
    public init(_ status: Status, _ text: String) {
        self.status = status
        self.text = text
    }
}

/// A section of the page with its own heading (`<section id=…><h2>…`).
public struct HTMLSection: Sendable, Hashable {
    /// A page-unique id (used in links and by tests).
    public var id: String
    /// The heading.
    public var heading: String
    /// The content under the heading.
    public var content: [HTMLNode]

    /// Creates a section.
    public init(id: String, heading: String, content: [HTMLNode]) {
        self.id = id
        self.heading = heading
        self.content = content
    }
}
