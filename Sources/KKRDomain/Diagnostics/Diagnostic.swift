/// Where in an input file a problem was found.
///
/// Lines and columns are 1-based, as an editor or Excel shows them. For a
/// CSV file `column` is the field number (1 = first column) and `field` its
/// header name; for a YAML file `column` is the character column and `field`
/// the key path (`programmes[2].target`).
public struct SourceLocation: Hashable, Sendable, Comparable {
    /// The file as the user named it (for example `Inputs/bounds.csv`).
    public var file: String
    /// The line, or nil for the file as a whole.
    public var line: Int?
    /// The column (CSV field number or YAML character column), or nil.
    public var column: Int?
    /// The column's header name or the YAML key path, or nil.
    public var field: String?

    /// Creates a location.
    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
    }

    /// `file:line:column`, leaving out the parts that are unknown.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    /// Orders by file, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0) < (rhs.file, rhs.line ?? 0, rhs.column ?? 0)
    }
}

/// One problem (or remark) about the inputs, in the user's terms.
///
/// Rendered as `file:line:column: error: message — hint`, the shape compilers
/// use, so editors can jump to it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Comparable {
        /// Informational: the inputs are used as they are.
        case warning
        /// The inputs cannot be used; nothing is written.
        case error

        /// Warnings sort before errors.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// Error or warning.
    public var severity: Severity
    /// Where.
    public var location: SourceLocation
    /// What is wrong, in one sentence.
    public var message: String
    /// What would be right, in one sentence; empty when nothing useful can be said.
    public var hint: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String, hint: String = "") {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: error: message — hint: …`.
    public var description: String { description(in: .english) }

    /// The same line with the message and the hint in `language` (``ValidationCatalogue``); the markers stay.
    public func description(in language: Language) -> String {
        var text = "\(location.description): \(severity.rawValue): \(ValidationCatalogue.text(message, in: language))"
        if !hint.isEmpty { text += " — hint: \(ValidationCatalogue.text(hint, in: language))" }
        return text
    }
}
