import KKRDomain

/// A key figure: what a reader must see first (the page's boxes, a Markdown list).
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
