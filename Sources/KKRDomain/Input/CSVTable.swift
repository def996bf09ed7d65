import Foundation

/// A parsed CSV file: a header and rows, each field with its line number.
///
/// Produced by ``CSVParser``. Header names are matched case-insensitively
/// and without surrounding spaces, so `Code`, ` code ` and `CODE` are one
/// column. Columns the reader does not know are kept (consultants add note
/// columns) and ignored by the readers.
public struct CSVTable: Sendable {
    /// The file as the user named it.
    public var file: String
    /// The separator found in the header line (`;` or `,`).
    public var separator: Character
    /// The header names as written (trimmed).
    public var header: [String] {
        didSet { indexByName = Self.indexByName(header) }
    }
    /// The line of the header (1, or more after leading blank lines).
    public var headerLine: Int
    /// The data rows, blank lines left out.
    public var rows: [CSVRow]
    /// The first index of each normalised header name: one lookup per column, however long the names are.
    private var indexByName: [String: Int]

    /// Creates a table.
    public init(file: String, separator: Character, header: [String], headerLine: Int, rows: [CSVRow]) {
        self.file = file
        self.separator = separator
        self.header = header
        self.headerLine = headerLine
        self.rows = rows
        indexByName = Self.indexByName(header)
    }

    /// The 0-based index of the column called `name` (case-insensitive), if present.
    public func columnIndex(_ name: String) -> Int? {
        indexByName[Self.normalisedName(name)]
    }

    private static func indexByName(_ header: [String]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (index, name) in header.enumerated() where result[normalisedName(name)] == nil {
            result[normalisedName(name)] = index
        }
        return result
    }

    /// True when the table has a column called `name`.
    public func hasColumn(_ name: String) -> Bool {
        columnIndex(name) != nil
    }

    /// Records an error for each required column that is missing; returns true when all are there.
    @discardableResult
    public func requireColumns(_ names: [String], diagnostics: inout DiagnosticCollector) -> Bool {
        var complete = true
        for name in names where !hasColumn(name) {
            complete = false
            diagnostics.error(
                "the header has no column '\(name)'",
                at: SourceLocation(file: file, line: headerLine, field: name),
                hint: "the header must name the columns \(names.map { "'\($0)'" }.joined(separator: ", ")) "
                    + "(found: \(header.map { "'\(Self.shortened($0))'" }.joined(separator: ", ")))"
            )
        }
        return complete
    }

    /// Records an error for each header name used twice; returns true when none is.
    @discardableResult
    public func requireUniqueColumns(diagnostics: inout DiagnosticCollector) -> Bool {
        var seen: Set<String> = []
        var unique = true
        for (index, name) in header.enumerated() where !name.isEmpty {
            if !seen.insert(Self.normalisedName(name)).inserted {
                unique = false
                diagnostics.error(
                    "the column '\(Self.shortened(name))' appears twice in the header",
                    at: SourceLocation(file: file, line: headerLine, column: index + 1, field: name),
                    hint: "remove or rename one of the two columns"
                )
            }
        }
        return unique
    }

    /// `name` cut to 40 characters with "…", so a pasted-in cell does not flood the messages.
    static func shortened(_ name: String) -> String {
        name.count <= 40 ? name : name.prefix(39) + "…"
    }

    /// The name compared: trimmed, lowercase, without byte-order marks (reported by ``CSVParser`` already).
    static func normalisedName(_ name: String) -> String {
        name.replacingOccurrences(of: "\u{FEFF}", with: "").trimmingCharacters(in: .whitespaces).lowercased()
    }
}

/// One data row of a ``CSVTable``.
public struct CSVRow: Sendable, Hashable {
    /// The line on which the row starts.
    public var line: Int
    /// The fields, trimmed unless quoted.
    public var fields: [String]

    /// Creates a row.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}
