/// One thing wrong with a ``LinearModel`` that a solver must not be given.
public struct ModelIssue: Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: String, Sendable, Codable {
        case emptyName = "empty_name"
        case nameTooLong = "name_too_long"
        case invalidNameCharacter = "invalid_name_character"
        case duplicateName = "duplicate_name"
        case notANumber = "not_a_number"
        case infiniteCoefficient = "infinite_coefficient"
        case invalidBound = "invalid_bound"
        case lowerAboveUpper = "lower_above_upper"
        case unknownVariable = "unknown_variable"
        case tooLarge = "too_large"
        case outOfRange = "out_of_range"
    }

    /// What kind of problem it is.
    public var kind: Kind
    /// Where: "column 'x'", "row 'cap'", "objective", ….
    public var location: String
    /// A sentence saying what is wrong and what would be right.
    public var message: String
    /// The 0-based row the issue is about, if any.
    public var row: Int?
    /// The 0-based column the issue is about, if any (for a coefficient: its column).
    public var column: Int?
    /// What would be right, when the message does not say it.
    public var hint: String?

    /// Creates an issue.
    public init(
        kind: Kind,
        location: String,
        message: String,
        row: Int? = nil,
        column: Int? = nil,
        hint: String? = nil
    ) {
        self.kind = kind
        self.location = location
        self.message = message
        self.row = row
        self.column = column
        self.hint = hint
    }

    public var description: String { "\(location): \(message)" + (hint.map { " — hint: \($0)" } ?? "") }
}

/// Thrown by a solver when the model is invalid; lists every issue found.
public struct InvalidModelError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in model order.
    public var issues: [ModelIssue]

    /// Creates the error.
    public init(issues: [ModelIssue]) {
        self.issues = issues
    }

    public var description: String {
        let shown = issues.prefix(20).map { "  - \($0)" }.joined(separator: "\n")
        let more = issues.count > 20 ? "\n  … and \(issues.count - 20) more" : ""
        return "the model is invalid (\(issues.count) problem\(issues.count == 1 ? "" : "s")):\n\(shown)\(more)"
    }
}

/// The numbers the solver layer accepts (README, "Numeric range").
///
/// Outside them GLPK's scaling and factorisation overflow or stop on an
/// internal assertion (issue 13: `x + 1e200 y <= 0`, `1e308 y <= 0`, a pair
/// 1e200/1e-200). The limits leave room around every Netlib and MIPLIB 3
/// instance the tests solve (their coefficients lie in [1e-9, 2.5e10], their
/// finite bounds and right-hand sides below 1e12).
public enum NumericRange {
    /// The smallest magnitude of a nonzero coefficient (constraint matrix and objective).
    public static let smallestCoefficient = 1e-12
    /// The largest magnitude of a coefficient (constraint matrix and objective).
    public static let largestCoefficient = 1e12
    /// The largest magnitude of a finite bound, right-hand side or objective constant.
    public static let largestValue = 1e15

    /// True for 0 and for finite coefficients within the range.
    public static func isCoefficient(_ value: Double) -> Bool {
        value == 0 || (abs(value) >= smallestCoefficient && abs(value) <= largestCoefficient)
    }

    /// True for ±∞ and for finite values of magnitude at most ``largestValue``.
    public static func isBoundValue(_ value: Double) -> Bool {
        value.isInfinite || abs(value) <= largestValue
    }

    /// Why `value` (finite, outside the range) is not a coefficient.
    static func coefficientProblem(_ value: Double) -> String {
        abs(value) > largestCoefficient
            ? "is \(value), above the largest coefficient the solver layer accepts (|a| ≤ 1e12)"
            : "is \(value), below the smallest nonzero coefficient the solver layer accepts (|a| ≥ 1e-12)"
    }

    /// What to do about a coefficient outside the range.
    static let coefficientHint =
        "rescale the row or column (e.g. thousands instead of units), or write 0 for a negligible coefficient; "
        + "README, 'Numeric range'"

    /// Why `value` (finite, outside the range) is not a bound.
    static func valueProblem(_ value: Double, what: String) -> String {
        "\(what) \(value) is beyond ±1e15, the largest finite value the solver layer accepts"
    }

    /// What to do about a bound outside the range.
    static let valueHint =
        "rescale the model, or leave the bound out (infinite) if no bound is meant; README, 'Numeric range'"
}

extension LinearModel {
    /// The longest name, in UTF-8 bytes, that solvers and the LP format accept.
    public static let maximumNameLength = 255

    /// Every reason this model must not be handed to a solver, in model order; empty when it is valid.
    ///
    /// Checks names (non-empty, at most 255 bytes, no control characters, unique
    /// among columns and among rows), numbers (no NaN, no infinite coefficient,
    /// no bound of +∞ below or −∞ above, everything within ``NumericRange``),
    /// bound order, and that every entry names a column of this model.
    public func validate() -> [ModelIssue] {
        var issues: [ModelIssue] = []
        if variables.count >= Int(Int32.max) || constraints.count >= Int(Int32.max) {
            issues.append(ModelIssue(kind: .tooLarge, location: "model", message: "more than 2³¹ − 2 rows or columns"))
            return issues
        }
        var seenColumns: [String: Int] = [:]
        seenColumns.reserveCapacity(variables.count)
        for (index, column) in variables.enumerated() {
            // Fast path for the usual case (no issue): no location string, one dictionary lookup.
            if Self.isPlainName(column.name), Self.arePlainBounds(column.lowerBound, column.upperBound),
                NumericRange.isCoefficient(objectiveCoefficients[index])
            {
                guard let first = seenColumns.updateValue(index, forKey: column.name) else { continue }
                seenColumns[column.name] = first  // a duplicate: keep the first, report it below
            }
            let location = "column \(index + 1) '\(column.name)'"
            var columnIssues = Self.nameIssues(
                column.name,
                location: location,
                seen: &seenColumns,
                index: index,
                what: "column"
            )
            columnIssues += Self.boundIssues(lower: column.lowerBound, upper: column.upperBound, location: location)
            let cost = objectiveCoefficients[index]
            if cost.isFinite && !NumericRange.isCoefficient(cost) {
                columnIssues.append(
                    ModelIssue(
                        kind: .outOfRange,
                        location: location,
                        message: "objective coefficient \(NumericRange.coefficientProblem(cost))",
                        hint: NumericRange.coefficientHint
                    )
                )
            }
            if cost.isNaN {
                columnIssues.append(
                    ModelIssue(kind: .notANumber, location: location, message: "objective coefficient is NaN")
                )
            } else if cost.isInfinite {
                columnIssues.append(
                    ModelIssue(
                        kind: .infiniteCoefficient,
                        location: location,
                        message: "objective coefficient is infinite"
                    )
                )
            }
            for var issue in columnIssues {
                issue.column = index
                issues.append(issue)
            }
        }
        if !objectiveConstant.isFinite {
            issues.append(
                ModelIssue(
                    kind: .notANumber,
                    location: "objective",
                    message: "objective constant is \(objectiveConstant)"
                )
            )
        } else if !NumericRange.isBoundValue(objectiveConstant) {
            issues.append(
                ModelIssue(
                    kind: .outOfRange,
                    location: "objective",
                    message: NumericRange.valueProblem(objectiveConstant, what: "the objective constant"),
                    hint: NumericRange.valueHint
                )
            )
        }
        var seenRows: [String: Int] = [:]
        seenRows.reserveCapacity(constraints.count)
        for (index, row) in constraints.enumerated() {
            if Self.isPlainName(row.name), Self.arePlainBounds(row.lowerBound, row.upperBound),
                arePlainEntries(of: index)
            {
                guard let first = seenRows.updateValue(index, forKey: row.name) else { continue }
                seenRows[row.name] = first  // a duplicate: keep the first, report it below
            }
            let location = "row \(index + 1) '\(row.name)'"
            var rowIssues = Self.nameIssues(row.name, location: location, seen: &seenRows, index: index, what: "row")
            rowIssues += Self.boundIssues(lower: row.lowerBound, upper: row.upperBound, location: location)
            for entry in rowStarts[index]..<rowStarts[index + 1] {
                let column = Int(entryColumns[entry])
                let value = entryValues[entry]
                if column < 0 || column >= variables.count {
                    rowIssues.append(
                        ModelIssue(
                            kind: .unknownVariable,
                            location: location,
                            message: "refers to column index \(column), but the model has \(variables.count) columns"
                        )
                    )
                } else if value.isNaN {
                    rowIssues.append(
                        ModelIssue(
                            kind: .notANumber,
                            location: location,
                            message: "coefficient of '\(variables[column].name)' is NaN",
                            column: column
                        )
                    )
                } else if value.isInfinite {
                    rowIssues.append(
                        ModelIssue(
                            kind: .infiniteCoefficient,
                            location: location,
                            message: "coefficient of '\(variables[column].name)' is \(value); use a finite number",
                            column: column
                        )
                    )
                } else if !NumericRange.isCoefficient(value) {
                    rowIssues.append(
                        ModelIssue(
                            kind: .outOfRange,
                            location: location,
                            message: "coefficient of '\(variables[column].name)' "
                                + NumericRange.coefficientProblem(value),
                            column: column,
                            hint: NumericRange.coefficientHint
                        )
                    )
                }
            }
            for var issue in rowIssues {
                issue.row = index
                issues.append(issue)
            }
        }
        return issues
    }

    /// Throws ``InvalidModelError`` listing every issue, if there is any.
    public func validated() throws(InvalidModelError) -> LinearModel {
        let issues = validate()
        guard issues.isEmpty else { throw InvalidModelError(issues: issues) }
        return self
    }

    /// True for a name that certainly has no issue apart from being a duplicate: 1–255 printable ASCII bytes.
    private static func isPlainName(_ name: String) -> Bool {
        var count = 0
        for byte in name.utf8 {
            guard byte >= 0x20 && byte < 0x7F else { return false }
            count += 1
        }
        return count > 0 && count <= maximumNameLength
    }

    /// True for bounds that certainly have no issue.
    private static func arePlainBounds(_ lower: Double, _ upper: Double) -> Bool {
        lower <= upper && lower != .infinity && upper != -.infinity && NumericRange.isBoundValue(lower)
            && NumericRange.isBoundValue(upper)
    }

    /// True when every entry of row `row` names a column of this model with a finite coefficient.
    private func arePlainEntries(of row: Int) -> Bool {
        let columns = Int32(truncatingIfNeeded: variables.count)
        for entry in rowStarts[row]..<rowStarts[row + 1] {
            guard entryColumns[entry] >= 0, entryColumns[entry] < columns,
                NumericRange.isCoefficient(entryValues[entry])
            else {
                return false
            }
        }
        return true
    }

    private static func nameIssues(
        _ name: String,
        location: String,
        seen: inout [String: Int],
        index: Int,
        what: String
    ) -> [ModelIssue] {
        var issues: [ModelIssue] = []
        if name.isEmpty {
            issues.append(
                ModelIssue(
                    kind: .emptyName,
                    location: location,
                    message: "the \(what) has no name; give every \(what) a name"
                )
            )
            return issues
        }
        if name.utf8.count > maximumNameLength {
            issues.append(
                ModelIssue(
                    kind: .nameTooLong,
                    location: location,
                    message: "name is \(name.utf8.count) bytes long; at most \(maximumNameLength) are allowed"
                )
            )
        }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            issues.append(
                ModelIssue(
                    kind: .invalidNameCharacter,
                    location: location,
                    message: "name contains a control character (tab, newline, …); use printable characters only"
                )
            )
        }
        if let first = seen[name] {
            issues.append(
                ModelIssue(
                    kind: .duplicateName,
                    location: location,
                    message: "name '\(name)' is already used by \(what) \(first + 1); names must be unique"
                )
            )
        } else {
            seen[name] = index
        }
        return issues
    }

    private static func boundIssues(lower: Double, upper: Double, location: String) -> [ModelIssue] {
        var issues: [ModelIssue] = []
        if lower.isNaN || upper.isNaN {
            issues.append(ModelIssue(kind: .notANumber, location: location, message: "a bound is NaN"))
            return issues
        }
        if lower == .infinity {
            issues.append(
                ModelIssue(
                    kind: .invalidBound,
                    location: location,
                    message: "lower bound is +∞; use a finite number or −∞"
                )
            )
        }
        if upper == -.infinity {
            issues.append(
                ModelIssue(
                    kind: .invalidBound,
                    location: location,
                    message: "upper bound is −∞; use a finite number or +∞"
                )
            )
        }
        for (value, what) in [(lower, "lower bound"), (upper, "upper bound")]
        where value.isFinite && !NumericRange.isBoundValue(value) {
            issues.append(
                ModelIssue(
                    kind: .outOfRange,
                    location: location,
                    message: NumericRange.valueProblem(value, what: what),
                    hint: NumericRange.valueHint
                )
            )
        }
        if lower > upper && lower != .infinity && upper != -.infinity {
            issues.append(
                ModelIssue(
                    kind: .lowerAboveUpper,
                    location: location,
                    message: "lower bound \(lower) is above upper bound \(upper)"
                )
            )
        }
        return issues
    }
}
