/// One field of an MPS data record: its text (empty when blank) and the 1-based byte column it starts at.
struct MPSField {
    var text: String
    var column: Int

    var isBlank: Bool { text.isEmpty }
}

/// Reads the fields of one MPS data record in order, as GLPK's `read_field` does.
///
/// Fixed MPS takes fields 1–6 from columns 2–3, 5–12, 15–22, 25–36, 40–47
/// and 50–61; the columns between them (and 62–72) must be blank, blanks
/// inside a name are dropped, and a `$` at the start of field 3 or 5 begins
/// a comment. Free MPS takes the blank-separated words in turn; a word that
/// starts with `$` begins a comment, and words past field 6 are ignored.
struct MPSRecord {
    let bytes: ArraySlice<UInt8>
    let line: Int
    let fixed: Bool
    let path: String
    /// The number of the field read last (0 before the first).
    private(set) var fieldNumber = 0
    /// Free MPS: the next byte to look at. Fixed MPS: the last column checked.
    private var position: Int
    /// A comment began: every further field is blank.
    private var ended = false

    /// Numbers smaller than this in magnitude are read as 0 (GLPK's `tol_mps`).
    static let zeroTolerance = 1e-12

    private static let fixedColumns = [(2, 3), (5, 12), (15, 22), (25, 36), (40, 47), (50, 61)]

    init(bytes: ArraySlice<UInt8>, line: Int, fixed: Bool, path: String) {
        self.bytes = bytes
        self.line = line
        self.fixed = fixed
        self.path = path
        self.position = fixed ? 1 : bytes.startIndex
    }

    /// The byte at 1-based column `column`, or a blank past the end of the line.
    private func byte(atColumn column: Int) -> UInt8 {
        let index = bytes.startIndex + column - 1
        return index < bytes.endIndex ? bytes[index] : UInt8(ascii: " ")
    }

    /// Reads the next field.
    mutating func next() throws(ModelReadError) -> MPSField {
        fieldNumber += 1
        return fixed ? try nextFixed() : nextFree()
    }

    /// Field 1 of a COLUMNS, RHS or RANGES record: blank in fixed MPS, absent in free MPS.
    mutating func skipIndicatorField() throws(ModelReadError) {
        if fixed {
            try expectBlank(hint: "in fixed MPS, columns 2–3 of this section are blank")
        } else {
            fieldNumber += 1
        }
    }

    /// A field that the free format leaves out and the fixed format keeps blank (field 4 of a marker).
    mutating func skipFieldAbsentInFree(hint: String) throws(ModelReadError) {
        if fixed {
            try expectBlank(hint: hint)
        } else {
            fieldNumber += 1
        }
    }

    /// Moves past field 2 without reading a word (free MPS with the set name left out).
    mutating func skipMissingName() {
        fieldNumber += 1
    }

    /// Reads the next field, which must be blank.
    mutating func expectBlank(hint: String) throws(ModelReadError) {
        let field = try next()
        guard field.isBlank else {
            throw error(
                "field \(fieldNumber) must be blank here, but holds '\(field.text)'",
                column: field.column,
                hint: hint
            )
        }
    }

    /// The number of words left on the record (free MPS; 0 in fixed MPS), comments excluded.
    func remainingWords() -> Int {
        guard !fixed else { return 0 }
        var count = 0
        var index = position
        while index < bytes.endIndex {
            while index < bytes.endIndex && bytes[index] == UInt8(ascii: " ") { index += 1 }
            guard index < bytes.endIndex, bytes[index] != UInt8(ascii: "$") else { break }
            count += 1
            while index < bytes.endIndex && bytes[index] != UInt8(ascii: " ") { index += 1 }
        }
        return count
    }

    /// Reads the next field as a number.
    mutating func nextNumber(what: String) throws(ModelReadError) -> Double {
        let field = try next()
        guard !field.isBlank else {
            throw error(
                "missing \(what) in field \(fieldNumber)",
                column: field.column,
                hint: "write a number such as 12, -0.5 or 1.5e3"
            )
        }
        switch ModelFileNumber.parse(Array(field.text.utf8)) {
        case .success(let value):
            // As GLPK's `glp_read_mps` (its default `tol_mps`): a number below 1e-12 in magnitude is 0.
            return abs(value) < Self.zeroTolerance ? 0 : value
        case .failure(.overflow):
            throw error(
                "'\(field.text)' is beyond the largest number a double can hold (about 1.8e308)",
                column: field.column,
                hint: "rescale the model so that every number stays within the solver's range (see README, "
                    + "'Numeric range')"
            )
        case .failure(.syntax):
            throw error(
                "'\(field.text)' is not a number",
                column: field.column,
                hint: "write a decimal number such as 12, -0.5 or 1.5e3 (no 'inf', no commas)"
            )
        }
    }

    func error(_ message: String, column: Int?, hint: String) -> ModelReadError {
        ModelReadError(
            reason: .malformed,
            path: path,
            message: message,
            hint: hint,
            line: line,
            column: column,
            format: fixed ? .fixedMPS : .freeMPS
        )
    }

    // MARK: - The two layouts

    private mutating func nextFixed() throws(ModelReadError) -> MPSField {
        guard fieldNumber <= 6 else { return MPSField(text: "", column: bytes.count + 1) }
        let (begin, end) = Self.fixedColumns[fieldNumber - 1]
        guard !ended else { return MPSField(text: "", column: begin) }
        for column in (position + 1)..<begin where byte(atColumn: column) != UInt8(ascii: " ") {
            throw error(
                "in fixed MPS, columns \(position + 1)–\(begin - 1) must be blank",
                column: column,
                hint: "fixed MPS fields start at columns 2, 5, 15, 25, 40 and 50; a file whose fields are "
                    + "only separated by blanks is free MPS"
            )
        }
        if (fieldNumber == 3 || fieldNumber == 5) && byte(atColumn: begin) == UInt8(ascii: "$") {
            ended = true
            return MPSField(text: "", column: begin)
        }
        var text: [UInt8] = []
        for column in begin...end where byte(atColumn: column) != UInt8(ascii: " ") {
            text.append(byte(atColumn: column))
        }
        position = end
        if fieldNumber == 6 {
            for column in 62...72 where byte(atColumn: column) != UInt8(ascii: " ") {
                throw error(
                    "in fixed MPS, columns 62–72 must be blank",
                    column: column,
                    hint: "fixed MPS has six fields, the last in columns 50–61"
                )
            }
        }
        return MPSField(text: String(decoding: text, as: UTF8.self), column: begin)
    }

    private mutating func nextFree() -> MPSField {
        while position < bytes.endIndex && bytes[position] == UInt8(ascii: " ") { position += 1 }
        let column = position - bytes.startIndex + 1
        guard !ended, fieldNumber <= 6, position < bytes.endIndex else { return MPSField(text: "", column: column) }
        if bytes[position] == UInt8(ascii: "$") {
            ended = true
            return MPSField(text: "", column: column)
        }
        let start = position
        while position < bytes.endIndex && bytes[position] != UInt8(ascii: " ") { position += 1 }
        return MPSField(text: String(decoding: bytes[start..<position], as: UTF8.self), column: column)
    }
}
