/// Reads fixed or free MPS from memory into a ``LinearModel`` (see ``ModelFileReader`` for the conventions).
///
/// Section by section as GLPK's `glp_read_mps`: NAME, ROWS, COLUMNS (with
/// `'MARKER'` `'INTORG'`/`'INTEND'` integer blocks, whose columns get the
/// bounds [0, 1] unless BOUNDS says otherwise), RHS, RANGES, BOUNDS (LO, UP,
/// FX, FR, MI, PL, BV, LI, UI), ENDATA. The first N row is the objective; the
/// other N rows constrain nothing and are dropped, as GLPK drops them.
struct MPSReader {
    let bytes: [UInt8]
    let path: String
    let fixed: Bool

    enum Section: Int {
        case start, name, rows, columns, rhs, ranges, bounds
    }

    enum RowType {
        case free, greater, less, equal
    }

    struct Row {
        var name: String
        var type: RowType
        var lower: Double
        var upper: Double
        var line: Int
    }

    struct Column {
        var name: String
        var integer: Bool
        var lower: Double
        var upper: Double
        var line: Int
        var rows: [Int32] = []
        var values: [Double] = []
    }

    var modelName = ""
    var sense = ObjectiveSense.minimize
    var rows: [Row] = []
    var rowIndex: [String: Int] = [:]
    var objectiveRow: Int?
    var objectiveConstant = 0.0
    var columns: [Column] = []
    var columnIndex: [String: Int] = [:]
    var integerMarker = false
    /// The column each row last got an entry from (to find a repeated entry).
    var lastColumnOfRow: [Int] = []
    /// Set names of the RHS, RANGES and BOUNDS vectors (only one of each is allowed).
    var vectorNames: [Section: String] = [:]
    /// Rows given a right-hand side (under `.rhs`) or a range (under `.ranges`).
    var rowsWithValue: [Section: Set<Int>] = [:]
    /// Columns given a lower / an upper bound.
    var columnsWithLower: Set<Int> = []
    var columnsWithUpper: Set<Int> = []

    init(bytes: [UInt8], path: String, fixed: Bool) {
        self.bytes = bytes
        self.path = path
        self.fixed = fixed
    }

    var format: ModelFileFormat { fixed ? .fixedMPS : .freeMPS }

    func error(_ message: String, line: Int, column: Int? = nil, hint: String) -> ModelReadError {
        ModelReadError(
            reason: .malformed,
            path: path,
            message: message,
            hint: hint,
            line: line,
            column: column,
            format: format
        )
    }

    // MARK: - Records

    /// Reads the whole file and builds the model.
    mutating func read() throws(ModelReadError) -> ModelFile {
        var section = Section.start
        var inObjectiveSense = false
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            lineNumber += 1
            var line = bytes[start..<end]
            start = end + 1
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            line = try clean(line, lineNumber: lineNumber)
            guard let first = line.first, line.contains(where: { $0 != UInt8(ascii: " ") }), first != UInt8(ascii: "*")
            else { continue }
            if first != UInt8(ascii: " ") {
                let word = String(decoding: line.prefix { $0 != UInt8(ascii: " ") }, as: UTF8.self)
                if word == "ENDATA" {
                    guard section.rawValue >= Section.columns.rawValue else {
                        throw error(
                            "ENDATA before the COLUMNS section",
                            line: lineNumber,
                            column: 1,
                            hint: "an MPS file needs ROWS and COLUMNS before ENDATA"
                        )
                    }
                    return try buildModel()
                }
                inObjectiveSense = false
                if word == "OBJSENSE" || word == "OBJSENCE" {
                    inObjectiveSense = true
                    let rest = line.dropFirst(word.utf8.count)
                    if rest.contains(where: { $0 != UInt8(ascii: " ") }) {
                        try readObjectiveSense(rest, lineNumber: lineNumber, offset: word.utf8.count)
                        inObjectiveSense = false
                    }
                    continue
                }
                section = try enter(word, after: section, line: line, lineNumber: lineNumber)
                continue
            }
            if inObjectiveSense {
                try readObjectiveSense(line, lineNumber: lineNumber, offset: 0)
                inObjectiveSense = false
                continue
            }
            var record = MPSRecord(bytes: line, line: lineNumber, fixed: fixed, path: path)
            switch section {
            case .start, .name:
                throw error(
                    "a data line before the ROWS section",
                    line: lineNumber,
                    column: 1,
                    hint: "section names (NAME, ROWS, COLUMNS, RHS, RANGES, BOUNDS, ENDATA) start in column 1, "
                        + "data lines with a blank"
                )
            case .rows: try readRow(&record)
            case .columns: try readColumnEntry(&record)
            case .rhs: try readRightHandSide(&record)
            case .ranges: try readRange(&record)
            case .bounds: try readBound(&record)
            }
        }
        throw error(
            "the file ends without ENDATA",
            line: max(lineNumber, 1),
            hint: "is the file complete? An MPS file ends with the line ENDATA"
        )
    }

    /// Tabs and control characters: a tab is a blank in free MPS and an error in fixed MPS.
    private func clean(_ line: ArraySlice<UInt8>, lineNumber: Int) throws(ModelReadError) -> ArraySlice<UInt8> {
        var hasTab = false
        for (offset, byte) in line.enumerated() {
            if byte == UInt8(ascii: "\t") {
                guard !fixed else {
                    throw error(
                        "a tab in fixed MPS",
                        line: lineNumber,
                        column: offset + 1,
                        hint: "fixed MPS places fields by column, so use blanks (a file with tabs is free MPS)"
                    )
                }
                hasTab = true
            } else if byte < 0x20 || byte == 0x7F {
                throw error(
                    "control character 0x\(String(byte, radix: 16, uppercase: true)) in the file",
                    line: lineNumber,
                    column: offset + 1,
                    hint: "an MPS file is plain text; remove the character"
                )
            }
        }
        guard hasTab else { return line }
        return ArraySlice(line.map { $0 == UInt8(ascii: "\t") ? UInt8(ascii: " ") : $0 })
    }

    /// A section line: checks the order and returns the new section.
    private mutating func enter(_ word: String, after section: Section, line: ArraySlice<UInt8>, lineNumber: Int)
        throws(ModelReadError) -> Section
    {
        let order = "the sections come in the order NAME, ROWS, COLUMNS, RHS, RANGES, BOUNDS, ENDATA"
        let next: Section
        let allowed: Bool
        switch word {
        case "NAME":
            (next, allowed) = (.name, section == .start)
            if allowed { try readName(line, lineNumber: lineNumber) }
        case "ROWS": (next, allowed) = (.rows, section == .start || section == .name)
        case "COLUMNS": (next, allowed) = (.columns, section == .rows)
        case "RHS": (next, allowed) = (.rhs, section == .columns)
        case "RANGES": (next, allowed) = (.ranges, section == .columns || section == .rhs)
        case "BOUNDS": (next, allowed) = (.bounds, [.columns, .rhs, .ranges].contains(section))
        default:
            throw error(
                "unknown section '\(word)'",
                line: lineNumber,
                column: 1,
                hint: "the sections are NAME, ROWS, COLUMNS, RHS, RANGES, BOUNDS, OBJSENSE and ENDATA "
                    + "(quadratic and SOS sections are not supported); data lines start with a blank"
            )
        }
        guard allowed else {
            throw error("section \(word) in the wrong place", line: lineNumber, column: 1, hint: order)
        }
        if next == .columns { lastColumnOfRow = Array(repeating: -1, count: rows.count) }
        return next
    }

    private mutating func readName(_ line: ArraySlice<UInt8>, lineNumber: Int) throws(ModelReadError) {
        var record = MPSRecord(bytes: line, line: lineNumber, fixed: fixed, path: path)
        // The NAME line looks like a data line whose fields 1 and 2 were read: the name is field 3.
        if fixed {
            for offset in 4..<14 where offset < line.count && line[line.startIndex + offset] != UInt8(ascii: " ") {
                throw error(
                    "in fixed MPS the model name starts in column 15",
                    line: lineNumber,
                    column: offset + 1,
                    hint: "put the name in columns 15–22, or read the file as free MPS"
                )
            }
            modelName = String(decoding: line.dropFirst(14).prefix(8).filter { $0 != UInt8(ascii: " ") }, as: UTF8.self)
        } else {
            _ = try record.next()
            modelName = try record.next().text
        }
    }

    private mutating func readObjectiveSense(_ text: ArraySlice<UInt8>, lineNumber: Int, offset: Int)
        throws(ModelReadError)
    {
        let word = String(decoding: text.split(separator: UInt8(ascii: " ")).first ?? [], as: UTF8.self)
        switch word.uppercased() {
        case "MAX", "MAXIMIZE", "MAXIMISE": sense = .maximize
        case "MIN", "MINIMIZE", "MINIMISE": sense = .minimize
        default:
            let column = offset + (text.firstIndex { $0 != UInt8(ascii: " ") }.map { $0 - text.startIndex } ?? 0) + 1
            throw error(
                "objective sense '\(word)' is neither MAX nor MIN",
                line: lineNumber,
                column: column,
                hint: "write MAX or MIN under OBJSENSE"
            )
        }
    }

    // MARK: - ROWS and COLUMNS

    private mutating func readRow(_ record: inout MPSRecord) throws(ModelReadError) {
        let typeField = try record.next()
        let type: RowType
        switch typeField.text {
        case "N": type = .free
        case "G": type = .greater
        case "L": type = .less
        case "E": type = .equal
        case "":
            throw record.error("missing row type in field 1", column: typeField.column, hint: "write N, G, L or E")
        default:
            throw record.error(
                "row type '\(typeField.text)' is not N, G, L or E",
                column: typeField.column,
                hint: "N: objective or free row; G: ≥; L: ≤; E: ="
            )
        }
        let nameField = try record.next()
        guard !nameField.isBlank else {
            throw record.error("missing row name in field 2", column: nameField.column, hint: "give every row a name")
        }
        guard rowIndex[nameField.text] == nil else {
            throw record.error(
                "row '\(nameField.text)' is defined twice",
                column: nameField.column,
                hint: "row names must be unique"
            )
        }
        for _ in 3...6 {
            try record.expectBlank(hint: "a ROWS line holds a type and a name only")
        }
        rowIndex[nameField.text] = rows.count
        let (lower, upper): (Double, Double)
        switch type {
        case .free:
            if objectiveRow == nil { objectiveRow = rows.count }
            (lower, upper) = (-.infinity, .infinity)
        case .greater: (lower, upper) = (0, .infinity)
        case .less: (lower, upper) = (-.infinity, 0)
        case .equal: (lower, upper) = (0, 0)
        }
        rows.append(Row(name: nameField.text, type: type, lower: lower, upper: upper, line: record.line))
    }

    private mutating func readColumnEntry(_ record: inout MPSRecord) throws(ModelReadError) {
        try record.skipIndicatorField()
        let nameField = try record.next()
        let rowField = try record.next()
        if rowField.text == "'MARKER'" {
            try record.skipFieldAbsentInFree(hint: "a marker line holds a name, 'MARKER' and 'INTORG' or 'INTEND'")
            let keyword = try record.next()
            switch keyword.text {
            case "'INTORG'": integerMarker = true
            case "'INTEND'": integerMarker = false
            default:
                throw record.error(
                    keyword.isBlank ? "missing 'INTORG' or 'INTEND' in field 5" : "unknown marker '\(keyword.text)'",
                    column: keyword.column,
                    hint: "integer columns stand between a 'MARKER' 'INTORG' line and a 'MARKER' 'INTEND' line"
                )
            }
            try record.expectBlank(hint: "a marker line holds a name, 'MARKER' and 'INTORG' or 'INTEND'")
            return
        }
        let column = try currentColumn(named: nameField, record: record)
        var field = rowField
        for pair in 0..<2 {
            if pair == 1 {
                field = try record.next()
                if field.isBlank {
                    try record.expectBlank(hint: "when field 5 is blank, field 6 is blank too")
                    continue
                }
            }
            let row = try rowNumber(named: field, record: record, missing: "missing row name in field \(pair * 2 + 3)")
            guard lastColumnOfRow[row] != column else {
                throw record.error(
                    "a second coefficient of column '\(columns[column].name)' in row '\(field.text)'",
                    column: field.column,
                    hint: "give each column at most one coefficient per row"
                )
            }
            lastColumnOfRow[row] = column
            let value = try record.nextNumber(what: "coefficient")
            columns[column].rows.append(Int32(row))
            columns[column].values.append(value)
        }
    }

    /// The column a COLUMNS line is about: the previous one, or a new one.
    private mutating func currentColumn(named field: MPSField, record: MPSRecord) throws(ModelReadError) -> Int {
        if field.isBlank || field.text == columns.last?.name {
            guard !columns.isEmpty else {
                throw record.error("missing column name in field 2", column: field.column, hint: "name the column")
            }
            return columns.count - 1
        }
        guard columnIndex[field.text] == nil else {
            throw record.error(
                "the lines of column '\(field.text)' are not together",
                column: field.column,
                hint: "MPS lists all coefficients of a column on consecutive lines"
            )
        }
        columnIndex[field.text] = columns.count
        columns.append(
            Column(
                name: field.text,
                integer: integerMarker,
                lower: 0,
                upper: integerMarker ? 1 : .infinity,
                line: record.line
            )
        )
        return columns.count - 1
    }

    func rowNumber(named field: MPSField, record: MPSRecord, missing: String) throws(ModelReadError) -> Int {
        guard !field.isBlank else {
            throw record.error(missing, column: field.column, hint: "name a row of the ROWS section")
        }
        guard let row = rowIndex[field.text] else {
            throw record.error(
                "row '\(field.text)' is not in the ROWS section",
                column: field.column,
                hint: "declare the row under ROWS or correct its name"
            )
        }
        return row
    }

    // MARK: - The model

    private func buildModel() throws(ModelReadError) -> ModelFile {
        var model = LinearModel(name: modelName.isEmpty ? path : modelName)
        model.objectiveSense = sense
        model.objectiveConstant = objectiveConstant
        var rowColumns = [[Int]](repeating: [], count: rows.count)
        var rowValues = [[Double]](repeating: [], count: rows.count)
        for (index, column) in columns.enumerated() {
            var objective = 0.0
            for (row, value) in zip(column.rows, column.values) where value != 0 {
                let row = Int(row)
                if row == objectiveRow {
                    objective = value
                } else if rows[row].type != .free {
                    rowColumns[row].append(index)
                    rowValues[row].append(value)
                }
            }
            model.addVariable(
                column.name,
                kind: column.integer ? .integer : .continuous,
                lowerBound: column.lower,
                upperBound: column.upper,
                objective: objective
            )
        }
        var rowLines: [Int] = []
        for (index, row) in rows.enumerated() where row.type != .free {
            model.addConstraint(
                name: row.name,
                columns: rowColumns[index],
                coefficients: rowValues[index],
                lowerBound: row.lower,
                upperBound: row.upper
            )
            rowLines.append(row.line)
        }
        return ModelFile(
            model: model,
            format: format,
            path: path,
            rowLines: rowLines,
            columnLines: columns.map(\.line),
            objectiveLine: objectiveRow.map { rows[$0].line }
        )
    }
}
