/// Whether the objective is minimised or maximised.
public enum ObjectiveSense: String, Sendable, Codable {
    /// Smaller is better.
    case minimize
    /// Larger is better.
    case maximize
}

/// A row of a ``LinearModel``: its name and bounds. Its coefficients live in the model's sparse store.
public struct ConstraintDefinition: Hashable, Sendable {
    /// The row's name; unique within the model, 1–255 bytes, no control characters.
    public var name: String
    /// The lower bound, or `-.infinity`.
    public var lowerBound: Double
    /// The upper bound, or `.infinity`.
    public var upperBound: Double

    /// Creates a row definition.
    public init(name: String, lowerBound: Double, upperBound: Double) {
        self.name = name
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }

    /// The row's sense.
    public var sense: ConstraintSense {
        ConstraintSense(lowerBound: lowerBound, upperBound: upperBound)
    }
}

/// A handle to a row of a ``LinearModel``.
public struct ConstraintReference: Hashable, Sendable, Comparable {
    /// The zero-based row index in the model.
    public let index: Int

    /// Creates a handle for the row at `index`.
    public init(index: Int) {
        self.index = index
    }

    public static func < (lhs: ConstraintReference, rhs: ConstraintReference) -> Bool {
        lhs.index < rhs.index
    }
}

/// A linear or mixed-integer programme as a value.
///
/// Columns and rows are appended; the coefficient matrix is one sparse
/// triplet store in row order (compressed sparse rows), so building a model
/// of 100,000 columns costs a few array appends per entry. Repeated entries
/// of one row are kept as written and merged once, by the solver backend
/// (or by ``rowTerms(_:)``).
///
/// The model holds no solver state and is `Sendable`: build it on one task,
/// solve it on another.
public struct LinearModel: Sendable {
    /// A name for the whole problem (used in exported files).
    public var name: String

    /// The columns, in index order.
    public private(set) var variables: [VariableDefinition] = []
    /// The rows, in index order.
    public private(set) var constraints: [ConstraintDefinition] = []

    /// Row `i`'s entries are `entryColumns[rowStarts[i] ..< rowStarts[i + 1]]` (and the same range of `entryValues`).
    public private(set) var rowStarts: [Int] = [0]
    /// The column index of each stored entry.
    public private(set) var entryColumns: [Int32] = []
    /// The coefficient of each stored entry.
    public private(set) var entryValues: [Double] = []

    /// Minimise or maximise.
    public var objectiveSense: ObjectiveSense = .minimize
    /// The objective coefficient of each column (dense, one per column).
    public private(set) var objectiveCoefficients: [Double] = []
    /// The objective's constant term.
    public var objectiveConstant: Double = 0

    /// Creates an empty model.
    public init(name: String = "model") {
        self.name = name
    }

    /// The number of columns.
    public var columnCount: Int { variables.count }
    /// The number of rows.
    public var rowCount: Int { constraints.count }
    /// The number of stored matrix entries (before merging repeats).
    public var entryCount: Int { entryValues.count }
    /// The number of integer or binary columns.
    public var integerColumnCount: Int { variables.count { $0.kind.isInteger } }
    /// True when at least one column is integer or binary.
    public var isMixedInteger: Bool { variables.contains { $0.kind.isInteger } }

    // MARK: - Building

    /// Adds a column and returns its handle.
    ///
    /// A binary column gets the bounds [0, 1] intersected with the given ones.
    @discardableResult
    public mutating func addVariable(
        _ name: String,
        kind: VariableKind = .continuous,
        lowerBound: Double = 0,
        upperBound: Double = .infinity,
        objective: Double = 0
    ) -> Variable {
        var lower = lowerBound
        var upper = upperBound
        if kind == .binary {
            lower = Swift.max(lower, 0)
            upper = Swift.min(upper, 1)
        }
        variables.append(VariableDefinition(name: name, kind: kind, lowerBound: lower, upperBound: upper))
        objectiveCoefficients.append(objective)
        return Variable(index: variables.count - 1)
    }

    /// Adds a row and returns its handle.
    @discardableResult
    public mutating func addConstraint(_ constraint: LinearConstraint, name: String) -> ConstraintReference {
        for term in constraint.terms {
            entryColumns.append(Int32(truncatingIfNeeded: term.variable.index))
            entryValues.append(term.coefficient)
        }
        return appendRow(name: name, lowerBound: constraint.lowerBound, upperBound: constraint.upperBound)
    }

    /// Adds a row from parallel arrays of columns and coefficients (the fast path for generated models).
    @discardableResult
    public mutating func addConstraint(
        name: String,
        columns: [Int],
        coefficients: [Double],
        lowerBound: Double,
        upperBound: Double
    ) -> ConstraintReference {
        precondition(columns.count == coefficients.count, "columns and coefficients differ in length")
        // No reserveCapacity(count + columns.count) here: reserving exactly that much on every row defeats the
        // arrays' geometric growth and copies the whole store once per row (measured: 11 % of `kkr-plan solve`
        // on a 7,460-row model).
        entryColumns.append(contentsOf: columns.lazy.map { Int32(truncatingIfNeeded: $0) })
        entryValues.append(contentsOf: coefficients)
        return appendRow(name: name, lowerBound: lowerBound, upperBound: upperBound)
    }

    private mutating func appendRow(name: String, lowerBound: Double, upperBound: Double) -> ConstraintReference {
        constraints.append(ConstraintDefinition(name: name, lowerBound: lowerBound, upperBound: upperBound))
        rowStarts.append(entryValues.count)
        return ConstraintReference(index: constraints.count - 1)
    }

    /// Replaces the objective: `sense` of `expression` (its constant becomes the objective constant).
    public mutating func setObjective(_ sense: ObjectiveSense, _ expression: LinearExpression) {
        objectiveSense = sense
        objectiveCoefficients = Array(repeating: 0, count: variables.count)
        objectiveConstant = expression.constant
        for term in expression.terms where term.variable.index >= 0 && term.variable.index < variables.count {
            objectiveCoefficients[term.variable.index] += term.coefficient
        }
    }

    /// Sets one column's objective coefficient.
    public mutating func setObjectiveCoefficient(_ coefficient: Double, for variable: Variable) {
        objectiveCoefficients[variable.index] = coefficient
    }

    // MARK: - Editing (used by scenario runs and infeasibility analysis)

    /// Changes a column's bounds.
    public mutating func setBounds(of variable: Variable, lower: Double, upper: Double) {
        variables[variable.index].lowerBound = lower
        variables[variable.index].upperBound = upper
    }

    /// Changes a column's kind (integer columns keep their bounds).
    public mutating func setKind(of variable: Variable, to kind: VariableKind) {
        variables[variable.index].kind = kind
    }

    /// Changes a row's bounds.
    public mutating func setBounds(of constraint: ConstraintReference, lower: Double, upper: Double) {
        constraints[constraint.index].lowerBound = lower
        constraints[constraint.index].upperBound = upper
    }

    /// The LP relaxation: the same rows, bounds and objective with every column continuous.
    ///
    /// MIPs have no duals; solve this for the shadow prices of the relaxation.
    public var linearRelaxation: LinearModel {
        var relaxed = self
        for index in relaxed.variables.indices {
            relaxed.variables[index].kind = .continuous
        }
        return relaxed
    }

    // MARK: - Reading

    /// The stored entries of row `row`, repeats merged, sorted by column, zeros dropped.
    public func rowTerms(_ row: ConstraintReference) -> [LinearTerm] {
        let range = rowStarts[row.index]..<rowStarts[row.index + 1]
        let raw = range.map { LinearTerm(entryValues[$0], Variable(index: Int(entryColumns[$0]))) }
        return LinearExpression(terms: raw).mergedTerms()
    }

    /// The objective as an expression (including its constant).
    public var objectiveExpression: LinearExpression {
        var terms: [LinearTerm] = []
        for (index, coefficient) in objectiveCoefficients.enumerated() where coefficient != 0 {
            terms.append(LinearTerm(coefficient, Variable(index: index)))
        }
        return LinearExpression(terms: terms, constant: objectiveConstant)
    }

    /// The handle of the column called `name`, if any (linear search).
    public func variable(named name: String) -> Variable? {
        variables.firstIndex { $0.name == name }.map(Variable.init(index:))
    }

    /// The handle of the row called `name`, if any (linear search).
    public func constraint(named name: String) -> ConstraintReference? {
        constraints.firstIndex { $0.name == name }.map(ConstraintReference.init(index:))
    }

    /// The objective value at the given column values (including the constant).
    public func objectiveValue(at values: [Double]) -> Double {
        zip(objectiveCoefficients, values).reduce(objectiveConstant) { $0 + $1.0 * $1.1 }
    }

    /// The activity `Σ aᵢⱼ·xⱼ` of every row at the given column values.
    public func rowActivities(at values: [Double]) -> [Double] {
        (0..<rowCount)
            .map { row in
                (rowStarts[row]..<rowStarts[row + 1])
                    .reduce(0.0) { sum, entry in
                        sum + entryValues[entry] * values[Int(entryColumns[entry])]
                    }
            }
    }
}
