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
    }

    /// What kind of problem it is.
    public var kind: Kind
    /// Where: "column 'x'", "row 'cap'", "objective", ….
    public var location: String
    /// A sentence saying what is wrong and what would be right.
    public var message: String

    /// Creates an issue.
    public init(kind: Kind, location: String, message: String) {
        self.kind = kind
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
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

extension LinearModel {
    /// The longest name, in UTF-8 bytes, that solvers and the LP format accept.
    public static let maximumNameLength = 255

    /// Every reason this model must not be handed to a solver, in model order; empty when it is valid.
    ///
    /// Checks names (non-empty, at most 255 bytes, no control characters, unique
    /// among columns and among rows), numbers (no NaN, no infinite coefficient,
    /// no bound of +∞ below or −∞ above), bound order, and that every entry
    /// names a column of this model.
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
                objectiveCoefficients[index].isFinite
            {
                guard let first = seenColumns.updateValue(index, forKey: column.name) else { continue }
                seenColumns[column.name] = first  // a duplicate: keep the first, report it below
            }
            let location = "column \(index + 1) '\(column.name)'"
            issues += Self.nameIssues(column.name, location: location, seen: &seenColumns, index: index, what: "column")
            issues += Self.boundIssues(lower: column.lowerBound, upper: column.upperBound, location: location)
            let cost = objectiveCoefficients[index]
            if cost.isNaN {
                issues.append(
                    ModelIssue(kind: .notANumber, location: location, message: "objective coefficient is NaN")
                )
            } else if cost.isInfinite {
                issues.append(
                    ModelIssue(
                        kind: .infiniteCoefficient,
                        location: location,
                        message: "objective coefficient is infinite"
                    )
                )
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
            issues += Self.nameIssues(row.name, location: location, seen: &seenRows, index: index, what: "row")
            issues += Self.boundIssues(lower: row.lowerBound, upper: row.upperBound, location: location)
            for entry in rowStarts[index]..<rowStarts[index + 1] {
                let column = Int(entryColumns[entry])
                let value = entryValues[entry]
                if column < 0 || column >= variables.count {
                    issues.append(
                        ModelIssue(
                            kind: .unknownVariable,
                            location: location,
                            message: "refers to column index \(column), but the model has \(variables.count) columns"
                        )
                    )
                } else if value.isNaN {
                    issues.append(
                        ModelIssue(
                            kind: .notANumber,
                            location: location,
                            message: "coefficient of '\(variables[column].name)' is NaN"
                        )
                    )
                } else if value.isInfinite {
                    issues.append(
                        ModelIssue(
                            kind: .infiniteCoefficient,
                            location: location,
                            message: "coefficient of '\(variables[column].name)' is \(value); use a finite number"
                        )
                    )
                }
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
        lower <= upper && lower != .infinity && upper != -.infinity
    }

    /// True when every entry of row `row` names a column of this model with a finite coefficient.
    private func arePlainEntries(of row: Int) -> Bool {
        let columns = Int32(truncatingIfNeeded: variables.count)
        for entry in rowStarts[row]..<rowStarts[row + 1] {
            guard entryColumns[entry] >= 0, entryColumns[entry] < columns, entryValues[entry].isFinite else {
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
