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
    public var header: [String]
    /// The line of the header (1, or more after leading blank lines).
    public var headerLine: Int
    /// The data rows, blank lines left out.
    public var rows: [CSVRow]

    /// Creates a table.
    public init(file: String, separator: Character, header: [String], headerLine: Int, rows: [CSVRow]) {
        self.file = file
        self.separator = separator
        self.header = header
        self.headerLine = headerLine
        self.rows = rows
    }

    /// The 0-based index of the column called `name` (case-insensitive), if present.
    public func columnIndex(_ name: String) -> Int? {
        let wanted = Self.normalisedName(name)
        return header.firstIndex { Self.normalisedName($0) == wanted }
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
                    + "(found: \(header.map { "'\($0)'" }.joined(separator: ", ")))"
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
                    "the column '\(name)' appears twice in the header",
                    at: SourceLocation(file: file, line: headerLine, column: index + 1, field: name),
                    hint: "remove or rename one of the two columns"
                )
            }
        }
        return unique
    }

    static func normalisedName(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
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
