/// The model-file formats ``ModelFileReader`` understands.
public enum ModelFileFormat: String, Sendable, CaseIterable {
    /// Fixed-column MPS (the original card layout: fields at columns 2, 5, 15, 25, 40 and 50).
    case fixedMPS = "fixed-mps"
    /// Free MPS (fields separated by blanks).
    case freeMPS = "free-mps"
    /// CPLEX LP.
    case cplexLP = "lp"

    /// The name a person reads, e.g. "free MPS".
    public var displayName: String {
        switch self {
        case .fixedMPS: "fixed MPS"
        case .freeMPS: "free MPS"
        case .cplexLP: "CPLEX LP"
        }
    }
}

/// A model file that could not be read.
///
/// Its description has the project's one error form,
/// `file:line:column: error: message — hint: what to do`.
public struct ModelReadError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// There is no file at the path (or it cannot be opened).
        case missing
        /// The file exists but is not a valid model in any tried format.
        case malformed
    }

    /// Missing or malformed.
    public var reason: Reason
    /// The path as given.
    public var path: String
    /// What is wrong, without the location.
    public var message: String
    /// What would be right.
    public var hint: String
    /// The 1-based line of the problem, when it is in the file's text.
    public var line: Int?
    /// The 1-based byte column of the problem on its line.
    public var column: Int?
    /// The format the file was read as when the problem was found.
    public var format: ModelFileFormat?

    /// Creates an error.
    public init(
        reason: Reason,
        path: String,
        message: String,
        hint: String,
        line: Int? = nil,
        column: Int? = nil,
        format: ModelFileFormat? = nil
    ) {
        self.reason = reason
        self.path = path
        self.message = message
        self.hint = hint
        self.line = line
        self.column = column
        self.format = format
    }

    public var description: String {
        var location = path
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        let reading = format.map { " (read as \($0.displayName))" } ?? ""
        return "\(location): error: \(message)\(reading) — hint: \(hint)"
    }
}
