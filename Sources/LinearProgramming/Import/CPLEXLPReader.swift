/// Reads CPLEX LP from memory into a ``LinearModel`` (see ``ModelFileReader`` for the conventions).
///
/// The grammar is GLPK's `glp_read_lp`: an objective (`minimize`/`maximize`,
/// an optional `name:`, a linear form), `subject to` with one constraint per
/// line end (`[name:] form <=|>=|= [sign] number`; an unnamed row is called
/// `r.LINE`), an optional `bounds` section (`l <= x <= u`, `x <= u`, `x >= l`,
/// `x = v`, `x free`, with `[+|-]inf`/`infinity`), `general`/`integer`/`binary`
/// sections and `end`. Columns are numbered in order of first appearance;
/// the default bounds are [0, +∞), and [0, 1] for a binary column.
struct CPLEXLPReader {
    let bytes: [UInt8]
    let path: String

    private var tokens: [CPLEXLPToken] = []
    private var position = 0
    private var columnNames: [String] = []
    private var columnIndex: [String: Int] = [:]
    private var lowerBounds: [Double?] = []
    private var upperBounds: [Double?] = []
    private var integer: [Bool] = []
    private var columnLines: [Int] = []

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    private var token: CPLEXLPToken { tokens[position] }

    private mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    private func error(_ message: String, at token: CPLEXLPToken? = nil, hint: String) -> ModelReadError {
        let at = token ?? self.token
        return ModelReadError(
            reason: .malformed,
            path: path,
            message: message,
            hint: hint,
            line: at.line,
            column: at.column,
            format: .cplexLP
        )
    }

    private var tokenDescription: String {
        token.kind == .end ? "the end of the file" : "'\(token.text)'"
    }

    /// Parses the whole file.
    mutating func read() throws(ModelReadError) -> ModelFile {
        var tokenizer = CPLEXLPTokenizer(bytes: bytes, path: path)
        tokens = try tokenizer.tokens()
        var model = LinearModel(name: path)
        let objectiveLine = token.line
        switch token.kind {
        case .keyword(.minimize): model.objectiveSense = .minimize
        case .keyword(.maximize): model.objectiveSense = .maximize
        default:
            throw error(
                "the file does not start with 'minimize' or 'maximize'",
                hint: "an LP file starts with the objective: 'Minimize' or 'Maximize' in column 1"
            )
        }
        advance()
        skipLabel()
        let objective = try linearForm(allowConstant: true, allowEmpty: true)
        guard token.kind == .keyword(.subjectTo) else {
            throw error(
                "expected 'subject to' but found \(tokenDescription)",
                hint: "after the objective comes 'Subject To' in column 1, then one constraint per line"
            )
        }
        advance()
        let rows = try constraints()
        if token.kind == .keyword(.bounds) {
            advance()
            try bounds()
        }
        while case .keyword(let keyword) = token.kind, [.general, .integer, .binary].contains(keyword) {
            advance()
            while case .name(let name) = token.kind {
                let column = self.column(named: name)
                integer[column] = true
                if keyword == .binary {
                    lowerBounds[column] = lowerBounds[column] ?? 0
                    upperBounds[column] = upperBounds[column] ?? 1
                }
                advance()
            }
        }
        if token.kind == .keyword(.end) { advance() }
        guard token.kind == .end else {
            throw error(
                "\(tokenDescription) is in the wrong place",
                hint: "the sections come in the order objective, Subject To, Bounds, General/Binary, End"
            )
        }
        return ModelFile(
            model: build(model, objective: objective, rows: rows),
            format: .cplexLP,
            path: path,
            rowLines: rows.map(\.line),
            columnLines: columnLines,
            objectiveLine: objectiveLine
        )
    }

    // MARK: - Pieces

    /// Skips `name :` (the objective's or a row's label) and returns the name.
    @discardableResult
    private mutating func skipLabel() -> String? {
        guard case .name(let name) = token.kind, position + 1 < tokens.count,
            tokens[position + 1].kind == .colon, tokens[position + 1].line == token.line
        else { return nil }
        advance()
        advance()
        return name
    }

    private mutating func column(named name: String) -> Int {
        if let index = columnIndex[name] { return index }
        columnIndex[name] = columnNames.count
        columnNames.append(name)
        columnLines.append(token.line)
        lowerBounds.append(nil)
        upperBounds.append(nil)
        integer.append(false)
        return columnNames.count - 1
    }

    private struct Form {
        var terms: [(column: Int, coefficient: Double)] = []
        var constant = 0.0
    }

    /// `[±] [number] name { ± [number] name }`; with `allowConstant`, a number without a name is a constant.
    private mutating func linearForm(allowConstant: Bool, allowEmpty: Bool) throws(ModelReadError) -> Form {
        var form = Form()
        if allowEmpty, case .keyword = token.kind { return form }
        repeat {
            var sign = 1.0
            if token.kind == .plus || token.kind == .minus {
                sign = token.kind == .minus ? -1 : 1
                advance()
            }
            var coefficient = 1.0
            var hasNumber = false
            if case .number(let value) = token.kind {
                coefficient = value
                hasNumber = true
                advance()
            }
            if case .name(let name) = token.kind {
                form.terms.append((column(named: name), sign * coefficient))
                advance()
            } else if hasNumber && allowConstant {
                form.constant += sign * coefficient
            } else {
                throw error(
                    "expected a variable name but found \(tokenDescription)",
                    hint: "a term is [+|-] [number] name, e.g. '- 2.5 x'"
                )
            }
        } while token.kind == .plus || token.kind == .minus
        return form
    }

    private struct Row {
        var name: String
        var form: Form
        var lower: Double
        var upper: Double
        var line: Int
    }

    private mutating func constraints() throws(ModelReadError) -> [Row] {
        var rows: [Row] = []
        var seen: Set<String> = []
        while [.plus, .minus].contains(token.kind) || token.isNameOrNumber {
            let first = token
            let name = skipLabel() ?? "r.\(first.line)"
            guard seen.insert(name).inserted else {
                throw error("constraint '\(name)' is defined twice", at: first, hint: "row names must be unique")
            }
            let form = try linearForm(allowConstant: false, allowEmpty: false)
            let relation = token.kind
            guard [.lessOrEqual, .greaterOrEqual, .equal].contains(relation) else {
                throw error(
                    "expected <=, >= or = but found \(tokenDescription)",
                    hint: "a constraint is [name:] linear form, a relation and a number, e.g. 'cap: x + y <= 4'"
                )
            }
            advance()
            var sign = 1.0
            if token.kind == .plus || token.kind == .minus {
                sign = token.kind == .minus ? -1 : 1
                advance()
            }
            guard case .number(let value) = token.kind else {
                throw error(
                    "expected the right-hand side (a number) but found \(tokenDescription)",
                    hint: "variables stay on the left: write 'x - y >= 0', not 'x >= y'"
                )
            }
            let line = token.line
            advance()
            guard token.kind == .end || token.line > line else {
                throw error(
                    "\(tokenDescription) after the right-hand side",
                    hint: "end each constraint with its right-hand side and a line break"
                )
            }
            let rhs = sign * value
            let (lower, upper): (Double, Double)
            switch relation {
            case .lessOrEqual: (lower, upper) = (-.infinity, rhs)
            case .greaterOrEqual: (lower, upper) = (rhs, .infinity)
            default: (lower, upper) = (rhs, rhs)
            }
            rows.append(Row(name: name, form: form, lower: lower, upper: upper, line: first.line))
        }
        return rows
    }

    /// `[+|-] number` or `[+|-] inf`; `infinitySign` is the sign ∞ may have here (nil: not allowed).
    private mutating func boundValue(what: String, infinitySign: Double) throws(ModelReadError) -> Double {
        var sign = 1.0
        var signed = false
        if token.kind == .plus || token.kind == .minus {
            sign = token.kind == .minus ? -1 : 1
            signed = true
            advance()
        }
        switch token.kind {
        case .number(let value):
            advance()
            return sign * value
        case .name(let name) where ["inf", "infinity"].contains(name.lowercased()):
            guard sign == infinitySign || (!signed && infinitySign > 0) else {
                throw error(
                    "\(sign > 0 ? "+" : "-")inf cannot be \(what)",
                    hint: "a lower bound may be -inf, an upper bound +inf"
                )
            }
            advance()
            return sign * .infinity
        default:
            throw error("expected \(what) but found \(tokenDescription)", hint: "write a number or [+|-]inf")
        }
    }

    private mutating func bounds() throws(ModelReadError) {
        while [.plus, .minus].contains(token.kind) || token.isNameOrNumber {
            var lower: Double?
            if !token.isName {
                lower = try boundValue(what: "a lower bound", infinitySign: -1)
                guard token.kind == .lessOrEqual else {
                    throw error("expected <= after the lower bound", hint: "write 'lower <= x <= upper'")
                }
                advance()
            }
            guard case .name(let name) = token.kind else {
                throw error("expected a variable name but found \(tokenDescription)", hint: "bound a variable")
            }
            let column = self.column(named: name)
            if let lower { lowerBounds[column] = lower }
            let definition = token
            advance()
            switch token.kind {
            case .lessOrEqual:
                advance()
                upperBounds[column] = try boundValue(what: "an upper bound", infinitySign: 1)
            case .greaterOrEqual where lower == nil:
                advance()
                lowerBounds[column] = try boundValue(what: "a lower bound", infinitySign: -1)
            case .equal where lower == nil:
                advance()
                let value = try boundValue(what: "a fixed value", infinitySign: 0)
                (lowerBounds[column], upperBounds[column]) = (value, value)
            case .name(let word) where word.lowercased() == "free" && lower == nil:
                advance()
                (lowerBounds[column], upperBounds[column]) = (-.infinity, .infinity)
            default:
                guard lower != nil else {
                    throw error(
                        "'\(name)' is not followed by a bound",
                        at: definition,
                        hint: "write 'x <= u', 'x >= l', 'x = v', 'l <= x <= u' or 'x free'"
                    )
                }
            }
        }
    }

    private func build(_ start: LinearModel, objective: Form, rows: [Row]) -> LinearModel {
        var model = start
        var costs = [Double](repeating: 0, count: columnNames.count)
        for term in objective.terms { costs[term.column] += term.coefficient }
        model.objectiveConstant = objective.constant
        for (index, name) in columnNames.enumerated() {
            model.addVariable(
                name,
                kind: integer[index] ? .integer : .continuous,
                lowerBound: lowerBounds[index] ?? 0,
                upperBound: upperBounds[index] ?? .infinity,
                objective: costs[index]
            )
        }
        for row in rows {
            // Repeated variables are summed; zero coefficients dropped (GLPK drops them too).
            var sums: [Int: Double] = [:]
            var order: [Int] = []
            for term in row.form.terms {
                if sums[term.column] == nil { order.append(term.column) }
                sums[term.column, default: 0] += term.coefficient
            }
            let kept = order.filter { sums[$0] != 0 }.sorted()
            model.addConstraint(
                name: row.name,
                columns: kept,
                coefficients: kept.map { sums[$0] ?? 0 },
                lowerBound: row.lower,
                upperBound: row.upper
            )
        }
        return model
    }
}

extension CPLEXLPToken {
    var isName: Bool {
        if case .name = kind { return true }
        return false
    }

    var isNameOrNumber: Bool {
        switch kind {
        case .name, .number: true
        default: false
        }
    }
}
