import Foundation

/// An input file read from disk: its text and its SHA-256, ready for a parser.
///
/// Reading decodes UTF-8 with or without a byte-order mark. A file in another
/// encoding (UTF-16 from "Unicode text", Windows-1252 from an old "CSV"
/// export) is reported with the line of the first bad byte and a hint on how
/// to save it as UTF-8.
public struct InputFile: Sendable, Hashable {
    /// The path as the user would write it (for example `Inputs/bounds.csv`).
    public var displayName: String
    /// The text, without a byte-order mark.
    public var text: String
    /// Lowercase hexadecimal SHA-256 of the bytes on disk.
    public var sha256: String

    /// Creates a file value (used by tests and by in-memory inputs).
    public init(displayName: String, text: String, sha256: String) {
        self.displayName = displayName
        self.text = text
        self.sha256 = sha256
    }

    /// Reads `url`; records a diagnostic and returns nil when it is missing or not UTF-8.
    ///
    /// - Parameters:
    ///   - url: the file.
    ///   - displayName: how messages name it.
    ///   - diagnostics: where problems go.
    /// - Returns: the file, or nil when it cannot be used.
    public static func read(_ url: URL, displayName: String, diagnostics: inout DiagnosticCollector) -> InputFile? {
        guard isFile(url, displayName: displayName, diagnostics: &diagnostics) else { return nil }
        guard let data = try? Data(contentsOf: url) else {
            diagnostics.error(
                "the file cannot be read",
                at: SourceLocation(file: displayName),
                hint: "check that it is readable"
            )
            return nil
        }
        return decode(data, displayName: displayName, diagnostics: &diagnostics)
    }

    /// True when `url` is there and not a folder; otherwise records "the file is missing" or "this is a folder,
    /// not a file" (the same message for every input file of every command; a folder is exit 65, missing 66).
    public static func isFile(
        _ url: URL,
        displayName: String,
        missingHint: String = "create it (see Inputs/README.md for its columns) or point --inputs at the right folder",
        folderHint: String = "move the folder away and put the file in its place (see Inputs/README.md)",
        diagnostics: inout DiagnosticCollector
    ) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            diagnostics.error("the file is missing", at: SourceLocation(file: displayName), hint: missingHint)
            return false
        }
        // There but unusable is bad input (exit 65), like an unreadable file; only a path that is not there is 66.
        guard !isDirectory.boolValue else {
            diagnostics.error("this is a folder, not a file", at: SourceLocation(file: displayName), hint: folderHint)
            return false
        }
        return true
    }

    /// Decodes bytes already in memory; records a diagnostic and returns nil when they are not UTF-8.
    public static func decode(_ data: Data, displayName: String, diagnostics: inout DiagnosticCollector) -> InputFile? {
        let bytes = [UInt8](data)
        let digest = SHA256.hexDigest(of: bytes)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            diagnostics.error(
                "the file is UTF-16 (\"Unicode text\"), not UTF-8",
                at: SourceLocation(file: displayName, line: 1),
                hint: saveAsUTF8Hint(displayName)
            )
            return nil
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard let text = String(validating: body, as: UTF8.self) else {
            let line = firstInvalidLine(body)
            diagnostics.error(
                "the file is not valid UTF-8 (first bad byte on this line)",
                at: SourceLocation(file: displayName, line: line),
                hint: saveAsUTF8Hint(displayName) + "; æ, ø and å must be UTF-8"
            )
            return nil
        }
        return InputFile(displayName: displayName, text: text, sha256: digest)
    }

    /// How to save the file as UTF-8: from Excel for a CSV file, from a text editor for the others (YAML).
    static func saveAsUTF8Hint(_ displayName: String) -> String {
        displayName.lowercased().hasSuffix(".csv")
            ? "save it again as \"CSV UTF-8 (comma delimited)\""
            : "save it again as UTF-8 text (in the editor's \"Save as\", encoding UTF-8)"
    }

    /// The 1-based line holding the first byte that does not decode as UTF-8.
    static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput, .error: return line
            }
        }
    }
}
