/// Gathers every problem found in a set of inputs, so all of them can be reported at once.
///
/// Readers never stop at the first problem: they record it here and go on
/// with the next row, so a consultant fixes a file in one round. A reader
/// returns its best-effort values together with the collector; the caller
/// decides, through ``hasErrors``, whether anything may be computed.
public struct DiagnosticCollector: Sendable {
    /// Everything recorded so far, in the order it was found.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates an empty collector.
    public init() {}

    /// True when at least one error (not only warnings) was recorded.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The errors only.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The diagnostics sorted by file, line and column (stable for equal places).
    public var sorted: [Diagnostic] {
        diagnostics.enumerated()
            .sorted { lhs, rhs in
                lhs.element.location == rhs.element.location
                    ? lhs.offset < rhs.offset : lhs.element.location < rhs.element.location
            }
            .map(\.element)
    }

    /// Records an error.
    public mutating func error(_ message: String, at location: SourceLocation, hint: String = "") {
        diagnostics.append(Diagnostic(.error, at: location, message, hint: hint))
    }

    /// Records a warning.
    public mutating func warning(_ message: String, at location: SourceLocation, hint: String = "") {
        diagnostics.append(Diagnostic(.warning, at: location, message, hint: hint))
    }

    /// Records a diagnostic as it is.
    public mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records everything another collector found.
    public mutating func merge(_ other: DiagnosticCollector) {
        diagnostics.append(contentsOf: other.diagnostics)
    }
}

/// Thrown when inputs cannot be used; carries every problem found.
///
/// `isMissingInput` distinguishes "a file or folder is not there" (exit code
/// 66) from "a file is there but wrong" (exit code 65).
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// Every diagnostic, sorted by place.
    public var diagnostics: [Diagnostic]
    /// True when the only errors are missing files or folders.
    public var isMissingInput: Bool

    /// Creates the error.
    public init(diagnostics: [Diagnostic], isMissingInput: Bool = false) {
        self.diagnostics = diagnostics
        self.isMissingInput = isMissingInput
    }

    /// One diagnostic per line, then a count.
    public var description: String { description(in: .english) }

    /// One diagnostic per line, then a count, in `language`.
    public func description(in language: Language) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let lines = diagnostics.map { $0.description(in: language) }
        return (lines + [ValidationCatalogue.summary(errors: errors, in: language)]).joined(separator: "\n")
    }
}
