// MARK: - RHS, RANGES, BOUNDS

extension MPSReader {
    /// Field 2, the name of the RHS, RANGES or BOUNDS vector: one vector per section.
    private mutating func readVectorName(_ record: inout MPSRecord, section: Section, missingInFree: Bool)
        throws(ModelReadError)
    {
        let name: MPSField
        if !fixed && missingInFree {
            record.skipMissingName()
            name = MPSField(text: "", column: 1)
        } else {
            name = try record.next()
        }
        guard let current = vectorNames[section] else {
            vectorNames[section] = name.text
            return
        }
        guard name.isBlank || name.text == current else {
            throw record.error(
                "a second vector '\(name.text)' in this section (the first is '\(current)')",
                column: name.column,
                hint: "only one RHS, one RANGES and one BOUNDS vector per file are supported"
            )
        }
    }

    /// Reads the (row, value) pairs in fields 3–6 and hands each to `apply`.
    private mutating func readRowValues(
        _ record: inout MPSRecord,
        section: Section,
        what: String,
        apply: (inout MPSReader, Int, Double) -> Void
    ) throws(ModelReadError) {
        for pair in 0..<2 {
            let field = try record.next()
            if pair == 1 && field.isBlank {
                try record.expectBlank(hint: "when field 5 is blank, field 6 is blank too")
                continue
            }
            let row = try rowNumber(named: field, record: record, missing: "missing row name in field \(pair * 2 + 3)")
            guard rowsWithValue[section, default: []].insert(row).inserted else {
                throw record.error(
                    "a second \(what) for row '\(field.text)'",
                    column: field.column,
                    hint: "give each row at most one \(what)"
                )
            }
            apply(&self, row, try record.nextNumber(what: what))
        }
    }

    mutating func readRightHandSide(_ record: inout MPSRecord) throws(ModelReadError) {
        try record.skipIndicatorField()
        try readVectorName(&record, section: .rhs, missingInFree: record.remainingWords() % 2 == 0)
        try readRowValues(&record, section: .rhs, what: "right-hand side") { reader, row, value in
            switch reader.rows[row].type {
            case .free:
                // The objective row's RHS is its negated constant; other free rows are dropped.
                if row == reader.objectiveRow { reader.objectiveConstant = -value }
            case .greater: reader.rows[row].lower = value
            case .less: reader.rows[row].upper = value
            case .equal: (reader.rows[row].lower, reader.rows[row].upper) = (value, value)
            }
        }
    }

    mutating func readRange(_ record: inout MPSRecord) throws(ModelReadError) {
        try record.skipIndicatorField()
        try readVectorName(&record, section: .ranges, missingInFree: record.remainingWords() % 2 == 0)
        try readRowValues(&record, section: .ranges, what: "range") { reader, row, range in
            var definition = reader.rows[row]
            switch definition.type {
            case .free: break  // GLPK ignores it too
            case .greater: definition.upper = definition.lower + abs(range)
            case .less: definition.lower = definition.upper - abs(range)
            case .equal:
                if range > 0 { definition.upper = definition.lower + range }
                if range < 0 { definition.lower = definition.upper + range }
            }
            reader.rows[row] = definition
        }
    }

    mutating func readBound(_ record: inout MPSRecord) throws(ModelReadError) {
        let typeField = try record.next()
        let type = typeField.text
        let valued = ["LO", "UP", "FX", "LI", "UI"].contains(type)
        guard valued || ["FR", "MI", "PL", "BV"].contains(type) else {
            throw record.error(
                typeField.isBlank ? "missing bound type in field 1" : "bound type '\(type)' is not known",
                column: typeField.column,
                hint: "the bound types are LO, UP, FX, FR, MI, PL, BV, LI and UI"
            )
        }
        let words = record.remainingWords()
        try readVectorName(&record, section: .bounds, missingInFree: words == (valued ? 2 : 1))
        let columnField = try record.next()
        guard !columnField.isBlank else {
            throw record.error("missing column name in field 3", column: columnField.column, hint: "name a column")
        }
        guard let column = columnIndex[columnField.text] else {
            throw record.error(
                "column '\(columnField.text)' is not in the COLUMNS section",
                column: columnField.column,
                hint: "bound a column that has coefficients, or correct its name"
            )
        }
        let setsLower = ["LO", "FX", "FR", "MI", "LI", "BV"].contains(type)
        let setsUpper = ["UP", "FX", "FR", "PL", "UI", "BV"].contains(type)
        if setsLower && columnsWithLower.contains(column) || setsUpper && columnsWithUpper.contains(column) {
            throw record.error(
                "a second \(setsLower && columnsWithLower.contains(column) ? "lower" : "upper") bound for column "
                    + "'\(columnField.text)'",
                column: columnField.column,
                hint: "give each column at most one lower and one upper bound"
            )
        }
        var value = 0.0
        if valued {
            value = try record.nextNumber(what: "bound")
        } else {
            _ = try record.next()  // ignored, as GLPK does
        }
        var definition = columns[column]
        switch type {
        case "LO": definition.lower = value
        case "UP": definition.upper = value
        case "FX": (definition.lower, definition.upper) = (value, value)
        case "FR": (definition.lower, definition.upper) = (-.infinity, .infinity)
        case "MI": definition.lower = -.infinity
        case "PL": definition.upper = .infinity
        case "LI":
            definition.integer = true
            definition.lower = value.rounded(.up)
            if !columnsWithUpper.contains(column) { definition.upper = .infinity }
        case "UI":
            definition.integer = true
            definition.upper = value.rounded(.down)
        default:  // BV
            definition.integer = true
            (definition.lower, definition.upper) = (0, 1)
        }
        columns[column] = definition
        if setsLower { columnsWithLower.insert(column) }
        if setsUpper { columnsWithUpper.insert(column) }
        try record.expectBlank(hint: "a BOUNDS line holds a type, a set name, a column and a value")
        try record.expectBlank(hint: "a BOUNDS line holds a type, a set name, a column and a value")
    }
}
