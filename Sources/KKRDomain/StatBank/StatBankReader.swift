import Foundation

/// Reads a StatBank CSV export in any of the shapes StatBank writes, recognising the shape from the content.
///
/// - An optional title line (`FOLK1A: Befolkningen den 1. i kvartalet …`), which names the table.
/// - A header row (the API: `OMRÅDE;KØN;ALDER;CIVILSTAND;TID;INDHOLD`) or none (the web download:
///   `"Læsø";"0 år";9`); without a header each column's role is read from its labels.
/// - `;` or `,` between fields, fields in double quotes or not, LF or CRLF line ends.
/// - UTF-8 with or without a byte-order mark, or Latin-1 (``StatBankDecoding``).
///
/// The count is always the last column. Every bad row is reported with its line and left out.
public enum StatBankReader {
    /// Reads the file at `url`; nil (with a diagnostic) when it is missing, unreadable or empty.
    ///
    /// - Parameters:
    ///   - url: the export.
    ///   - displayName: how messages name it.
    ///   - areas: the parties, to recognise the area column of a file without a header.
    ///   - diagnostics: where problems go.
    public static func read(
        _ url: URL,
        displayName: String,
        areas: StatBankAreas,
        diagnostics: inout DiagnosticCollector
    ) -> StatBankExport? {
        let isFile = InputFile.isFile(
            url,
            displayName: displayName,
            missingHint: "check the path of the StatBank file",
            folderHint: "give the path of the StatBank file (a CSV file), not of a folder",
            diagnostics: &diagnostics
        )
        guard isFile else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.error(
                "the file cannot be read",
                at: SourceLocation(file: displayName),
                hint: "check that it is readable"
            )
            return nil
        }
        return parse(
            [UInt8](data),
            displayName: displayName,
            fileName: url.lastPathComponent,
            areas: areas,
            diagnostics: &diagnostics
        )
    }

    /// Reads an export already in memory.
    public static func parse(
        _ bytes: [UInt8],
        displayName: String,
        fileName: String,
        areas: StatBankAreas,
        diagnostics: inout DiagnosticCollector
    ) -> StatBankExport? {
        guard let text = StatBankDecoding.decode(bytes, file: displayName, diagnostics: &diagnostics) else {
            return nil
        }
        let records = CSVParser.splitRecords(Substring(text), file: displayName, diagnostics: &diagnostics)
            .filter { !$0.isBlank }
        let separator = detectSeparator(records)
        var lines = records.map { record in
            (
                line: record.line,
                fields: CSVParser.splitFields(
                    record,
                    separator: separator,
                    file: displayName,
                    diagnostics: &diagnostics
                )
            )
        }
        lines.removeAll { $0.fields.allSatisfy(\.isEmpty) }
        // Title lines above the table and notes below it have a single field.
        var table: String?
        while let first = lines.first, first.fields.count == 1, NumberParser.parse(first.fields[0]) == nil {
            table = table ?? tableID(first.fields[0])
            lines.removeFirst()
        }
        while let last = lines.last, last.fields.count == 1, NumberParser.parse(last.fields[0]) == nil {
            lines.removeLast()
        }
        guard let first = lines.first else {
            diagnostics.error(
                "the file is empty: it has no rows of figures",
                at: SourceLocation(file: displayName, line: records.last.map(\.line) ?? 1),
                hint: "download the table again; a StatBank file has one row per area, age (and period) with a count"
            )
            return nil
        }
        let headerRoles = first.fields.map(StatBankLabels.role(ofHeader:))
        let hasHeader = headerRoles.contains { $0 != nil } && Int(first.fields.last ?? "") == nil
        let data = hasHeader ? Array(lines.dropFirst()) : lines
        guard let firstData = data.first else {
            diagnostics.error(
                "the file is empty: it has a header but no rows of figures",
                at: SourceLocation(file: displayName, line: first.line),
                hint: "download the table again with at least one area selected"
            )
            return nil
        }
        let width = first.fields.count
        let roles =
            hasHeader
            ? rolesFromHeader(headerRoles) : rolesFromLabels(data.map(\.fields), width: width, areas: areas)
        guard let areaColumn = roles.firstIndex(of: .area) else {
            diagnostics.error(
                "the file has no area (municipality) column",
                at: SourceLocation(file: displayName, line: first.line),
                hint: "select the variable OMRÅDE (area) with the municipalities when downloading from StatBank"
            )
            return nil
        }
        var export = StatBankExport(
            displayName: displayName,
            fileName: fileName,
            sha256: SHA256.hexDigest(of: bytes),
            table: table,
            hasAge: roles.contains(.age),
            hasPeriod: roles.contains(.period),
            summedColumns: roles.indices.filter { roles[$0] == .summed }
                .map {
                    hasHeader ? first.fields[$0] : "column \($0 + 1)"
                },
            rows: [],
            firstDataLine: firstData.line
        )
        for line in data {
            guard line.fields.count == width else {
                diagnostics.error(
                    "the row has \(line.fields.count) fields, but the file's rows have \(width)",
                    at: SourceLocation(file: displayName, line: line.line),
                    hint: "every row needs the same fields: \(describe(roles))"
                )
                continue
            }
            if let row = readRow(
                line,
                roles: roles,
                areaColumn: areaColumn,
                file: displayName,
                diagnostics: &diagnostics
            ) {
                export.rows.append(row)
            }
        }
        return export
    }

    // MARK: - Shape

    /// `;` unless most of the first records split at `,`.
    static func detectSeparator(_ records: [CSVParser.RawRecord]) -> Character {
        var votes = 0
        for record in records.prefix(20) {
            let separator = CSVParser.detectSeparator(record.raw)
            let count = record.raw.filter { $0 == separator }.count
            if count > 0 { votes += separator == "," ? 1 : -1 }
        }
        return votes > 0 ? "," : ";"
    }

    /// `FOLK1A` from `FOLK1A: Befolkningen den 1. i kvartalet …`.
    static func tableID(_ title: String) -> String? {
        let trimmed = title.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let id = trimmed[..<colon]
        guard !id.isEmpty, id.count <= 12, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
            id.first?.isLetter == true
        else { return nil }
        return id.uppercased()
    }

    /// The header's roles; the last column is the count unless another column is called so.
    static func rolesFromHeader(_ named: [StatBankLabels.Role?]) -> [StatBankLabels.Role] {
        var roles = named.map { $0 ?? .summed }
        if !roles.contains(.count), !roles.isEmpty { roles[roles.count - 1] = .count }
        return roles
    }

    /// The roles of a file without a header: the last column is the count; the column whose labels name the
    /// most parties is the area; a column of periods is the period, a column of ages the age.
    static func rolesFromLabels(_ rows: [[String]], width: Int, areas: StatBankAreas) -> [StatBankLabels.Role] {
        var roles = [StatBankLabels.Role](repeating: .summed, count: width)
        guard width > 0 else { return roles }
        roles[width - 1] = .count
        let sample = rows.filter { $0.count == width }.prefix(2000)
        func share(_ column: Int, _ test: (String) -> Bool) -> Double {
            sample.isEmpty ? 0 : Double(sample.count { test($0[column]) }) / Double(sample.count)
        }
        let candidates = Array(0..<(width - 1))
        let areaScores = candidates.map { share($0) { areas.party($0) != nil } }
        if let best = candidates.max(by: { areaScores[$0] < areaScores[$1] }), areaScores[best] > 0 {
            roles[best] = .area
        }
        for column in candidates where roles[column] == .summed {
            if share(column, { StatBankLabels.Period($0) != nil }) >= 0.5 {
                roles[column] = .period
            } else if !roles.contains(.age), share(column, { StatBankLabels.age($0) != nil }) >= 0.5 {
                roles[column] = .age
            }
        }
        return roles
    }

    static func describe(_ roles: [StatBankLabels.Role]) -> String {
        roles.map {
            switch $0 {
            case .area: "area"
            case .age: "age"
            case .period: "period"
            case .count: "count"
            case .summed: "category"
            }
        }
        .joined(separator: ";")
    }

    // MARK: - Rows

    /// The largest count accepted (a million times Denmark's population), so sums can never overflow.
    static let largestCount = 1_000_000_000_000

    static func readRow(
        _ line: (line: Int, fields: [String]),
        roles: [StatBankLabels.Role],
        areaColumn: Int,
        file: String,
        diagnostics: inout DiagnosticCollector
    ) -> StatBankExport.Row? {
        var row = StatBankExport.Row(line: line.line, area: line.fields[areaColumn], summed: [], count: 0)
        var valid = true
        for (column, role) in roles.enumerated() {
            let label = line.fields[column]
            let location = SourceLocation(file: file, line: line.line, column: column + 1)
            switch role {
            case .area:
                if label.isEmpty {
                    diagnostics.error("the area is empty", at: location, hint: "every row must name its area")
                    valid = false
                }
            case .age:
                if let age = StatBankLabels.age(label) {
                    row.age = age
                } else {
                    diagnostics.error(
                        "unknown label '\(label)' in the age column",
                        at: location,
                        hint: "ages are written '0', '0 år', '0 years', '1 year', '100 år og derover' or 'Alder i alt'"
                    )
                    valid = false
                }
            case .period:
                if let period = StatBankLabels.Period(label) {
                    row.period = period
                } else {
                    diagnostics.error(
                        "unknown label '\(label)' in the period column",
                        at: location,
                        hint: "periods are written '2024K1', '2024Q1', '2024M01' or '2024'"
                    )
                    valid = false
                }
            case .summed:
                if label.isEmpty {
                    diagnostics.error(
                        "unknown label '' (empty) in column \(column + 1)",
                        at: location,
                        hint: "every row must name its category (e.g. 'Mænd', 'Kvinder' or 'I alt')"
                    )
                    valid = false
                }
                row.summed.append(label)
            case .count:
                let digits = label.filter { $0 != " " && $0 != "\u{00A0}" }
                if let count = Int(digits), count >= 0, count <= largestCount {
                    row.count = count
                } else {
                    let value = Int(digits)
                    diagnostics.error(
                        value == nil
                            ? "the count '\(label)' is not a whole number"
                            : value ?? 0 < 0 ? "the count \(label) is negative" : "the count \(label) is too large",
                        at: location,
                        hint: "the last column must hold the number of persons, a whole number ≥ 0 "
                            + "(StatBank writes '..' for a figure it withholds: choose another table or area)"
                    )
                    valid = false
                }
            }
        }
        return valid ? row : nil
    }
}
