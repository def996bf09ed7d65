/// One token of a CPLEX-LP file, with where it starts.
struct CPLEXLPToken {
    enum Kind: Equatable {
        case name(String)
        case number(Double)
        case plus, minus, colon, lessOrEqual, greaterOrEqual, equal
        case keyword(CPLEXLPKeyword)
        case end
    }

    var kind: Kind
    var line: Int
    var column: Int
    /// The token's text as written, for messages.
    var text: String
}

/// The section keywords of CPLEX LP, recognised only at the very start of a line (as GLPK does).
enum CPLEXLPKeyword: Equatable {
    case minimize, maximize, subjectTo, bounds, general, integer, binary, end

    static let words: [String: CPLEXLPKeyword] = [
        "minimize": .minimize, "minimum": .minimize, "min": .minimize,
        "maximize": .maximize, "maximum": .maximize, "max": .maximize,
        "st": .subjectTo, "s.t.": .subjectTo, "st.": .subjectTo,
        "bounds": .bounds, "bound": .bounds,
        "general": .general, "generals": .general, "gen": .general,
        "integer": .integer, "integers": .integer, "int": .integer,
        "binary": .binary, "binaries": .binary, "bin": .binary,
        "end": .end,
    ]
}

/// Splits CPLEX-LP text into tokens: names of letters, digits and ``!"#$%&()/,.;?@_`'{}|~`` (not starting with a
/// digit or a period), decimal numbers, `+ - :`, the relations `< <= =< > >= => =`, and keywords; `\` starts a
/// comment that runs to the end of the line.
struct CPLEXLPTokenizer {
    let bytes: [UInt8]
    let path: String
    private var index = 0
    private var line = 1
    private var lineStart = 0

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    func error(_ message: String, line: Int, column: Int, hint: String) -> ModelReadError {
        ModelReadError(
            reason: .malformed,
            path: path,
            message: message,
            hint: hint,
            line: line,
            column: column,
            format: .cplexLP
        )
    }

    /// Every token of the file, the last one `.end`.
    mutating func tokens() throws(ModelReadError) -> [CPLEXLPToken] {
        var tokens: [CPLEXLPToken] = []
        while true {
            let token = try next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || ModelFileNumber.isDigit(byte) || nameSymbols.contains(byte) || byte >= 0x80
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    private static let nameSymbols: Set<UInt8> = Set("!\"#$%&()/,.;?@_`'{}|~".utf8)

    private mutating func next() throws(ModelReadError) -> CPLEXLPToken {
        // Blanks, line ends and comments.
        while let byte = peek() {
            if byte == UInt8(ascii: "\n") {
                index += 1
                line += 1
                lineStart = index
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                index += 1
            } else if byte == UInt8(ascii: "\\") {
                while let inner = peek(), inner != UInt8(ascii: "\n") { index += 1 }
            } else if byte < 0x20 || byte == 0x7F {
                throw error(
                    "control character 0x\(String(byte, radix: 16, uppercase: true)) in the file",
                    line: line,
                    column: index - lineStart + 1,
                    hint: "an LP file is plain text; remove the character"
                )
            } else {
                break
            }
        }
        let column = index - lineStart + 1
        let start = index
        guard let byte = peek() else { return CPLEXLPToken(kind: .end, line: line, column: column, text: "") }
        func token(_ kind: CPLEXLPToken.Kind) -> CPLEXLPToken {
            CPLEXLPToken(
                kind: kind,
                line: line,
                column: column,
                text: String(decoding: bytes[start..<index], as: UTF8.self)
            )
        }
        if ModelFileNumber.isDigit(byte) || byte == UInt8(ascii: ".") && peek(1).map(ModelFileNumber.isDigit) == true {
            return token(.number(try number(column: column)))
        }
        if Self.isNameByte(byte) && byte != UInt8(ascii: ".") {
            while let inner = peek(), Self.isNameByte(inner) { index += 1 }
            let name = String(decoding: bytes[start..<index], as: UTF8.self)
            if column == 1 && Self.isLetter(byte), let keyword = keyword(name) {
                return token(.keyword(keyword))
            }
            return token(.name(name))
        }
        index += 1
        switch byte {
        case UInt8(ascii: "+"): return token(.plus)
        case UInt8(ascii: "-"): return token(.minus)
        case UInt8(ascii: ":"): return token(.colon)
        case UInt8(ascii: "<"), UInt8(ascii: ">"):
            if peek() == UInt8(ascii: "=") { index += 1 }
            return token(byte == UInt8(ascii: "<") ? .lessOrEqual : .greaterOrEqual)
        case UInt8(ascii: "="):
            if peek() == UInt8(ascii: "<") || peek() == UInt8(ascii: ">") {
                let relation = peek()
                index += 1
                return token(relation == UInt8(ascii: "<") ? .lessOrEqual : .greaterOrEqual)
            }
            return token(.equal)
        default:
            throw error(
                "character '\(Unicode.Scalar(byte))' is not part of the LP format here",
                line: line,
                column: column,
                hint: "names use letters, digits and !\"#$%&()/,.;?@_`'{}|~; relations are <=, >= and ="
            )
        }
    }

    /// A keyword when `name`, at the start of a line, is one (`subject to` and `such that` take the next word).
    private mutating func keyword(_ name: String) -> CPLEXLPKeyword? {
        let lower = name.lowercased()
        if let keyword = CPLEXLPKeyword.words[lower] { return keyword }
        guard lower == "subject" || lower == "such" else { return nil }
        let second = lower == "subject" ? "to" : "that"
        var probe = index
        while probe < bytes.count && (bytes[probe] == UInt8(ascii: " ") || bytes[probe] == UInt8(ascii: "\t")) {
            probe += 1
        }
        let wordStart = probe
        while probe < bytes.count && Self.isNameByte(bytes[probe]) { probe += 1 }
        guard probe > wordStart, String(decoding: bytes[wordStart..<probe], as: UTF8.self).lowercased() == second else {
            return nil
        }
        index = probe
        return .subjectTo
    }

    private mutating func number(column: Int) throws(ModelReadError) -> Double {
        let start = index
        while let byte = peek(), ModelFileNumber.isDigit(byte) { index += 1 }
        if peek() == UInt8(ascii: ".") {
            index += 1
            while let byte = peek(), ModelFileNumber.isDigit(byte) { index += 1 }
        }
        if let e = peek(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            index += 1
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { index += 1 }
            guard peek().map(ModelFileNumber.isDigit) == true else {
                throw error(
                    "number '\(String(decoding: bytes[start..<index], as: UTF8.self))' is incomplete",
                    line: line,
                    column: column,
                    hint: "write the exponent as e.g. 1.5e3, and put a blank between a number and a name"
                )
            }
            while let byte = peek(), ModelFileNumber.isDigit(byte) { index += 1 }
        }
        switch ModelFileNumber.parse(bytes[start..<index]) {
        case .success(let value):
            return value
        case .failure(.overflow):
            throw error(
                "'\(String(decoding: bytes[start..<index], as: UTF8.self))' is beyond the largest number a double "
                    + "can hold (about 1.8e308)",
                line: line,
                column: column,
                hint: "rescale the model so that every number stays within the solver's range (see README, "
                    + "'Numeric range')"
            )
        case .failure(.syntax):
            throw error(
                "'\(String(decoding: bytes[start..<index], as: UTF8.self))' is not a number",
                line: line,
                column: column,
                hint: "write a decimal number such as 12, -0.5 or 1.5e3"
            )
        }
    }
}
