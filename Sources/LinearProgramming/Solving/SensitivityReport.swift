/// Where a row or column stands in an optimal basis.
public enum BasisStatus: String, Sendable, Codable, CaseIterable {
    /// Basic: its value is determined by the others.
    case basic
    /// Non-basic at its lower bound.
    case atLower = "at_lower"
    /// Non-basic at its upper bound.
    case atUpper = "at_upper"
    /// Non-basic and free (value 0).
    case free
    /// Non-basic and fixed (lower = upper).
    case fixed
}

/// A closed interval whose ends may be infinite.
public struct ValueRange: Sendable, Equatable, CustomStringConvertible {
    /// The lower end, or `-.infinity`.
    public var lower: Double
    /// The upper end, or `.infinity`.
    public var upper: Double

    /// Creates `[lower, upper]`.
    public init(_ lower: Double, _ upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// True when `value` lies in the range.
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    public var description: String { "[\(lower), \(upper)]" }
}

/// Sensitivity of one column at an optimal basis.
public struct ColumnSensitivity: Sendable, Equatable {
    /// The column's status in the basis.
    public var status: BasisStatus
    /// Its value.
    public var value: Double
    /// Its objective coefficient.
    public var cost: Double
    /// Its reduced cost, ∂z*/∂(active bound) as in ``Solution/reducedCosts``.
    public var reducedCost: Double
    /// The objective coefficients for which the basis stays optimal (all else unchanged).
    public var costRange: ValueRange
    /// For a non-basic column: the values of its active bound for which the basis stays optimal
    /// (primal feasible); nil for a basic column.
    public var boundRange: ValueRange?

    /// Creates a column entry.
    public init(
        status: BasisStatus,
        value: Double,
        cost: Double,
        reducedCost: Double,
        costRange: ValueRange,
        boundRange: ValueRange?
    ) {
        self.status = status
        self.value = value
        self.cost = cost
        self.reducedCost = reducedCost
        self.costRange = costRange
        self.boundRange = boundRange
    }
}

/// Sensitivity of one row at an optimal basis.
public struct RowSensitivity: Sendable, Equatable {
    /// The row's status in the basis (`basic`: the row is not binding).
    public var status: BasisStatus
    /// Its activity `Σ aᵢⱼ·xⱼ`.
    public var activity: Double
    /// Its dual, ∂z*/∂b as in ``Solution/rowDuals``.
    public var dual: Double
    /// The right-hand sides for which the basis stays optimal (all else unchanged): for a binding row the
    /// range of its active bound; for a slack `≤` row `[activity, ∞)`, for a slack `≥` row `(−∞, activity]`;
    /// for a basic equality row `[activity, activity]`; nil for a slack ranged row and a free row.
    public var rightHandSideRange: ValueRange?

    /// Creates a row entry.
    public init(status: BasisStatus, activity: Double, dual: Double, rightHandSideRange: ValueRange?) {
        self.status = status
        self.activity = activity
        self.dual = dual
        self.rightHandSideRange = rightHandSideRange
    }
}

/// Ranges over which an optimal LP basis stays optimal: objective coefficients and right-hand sides.
///
/// Each range varies one number with every other held fixed. Within it the
/// basis — and so the duals and reduced costs — stay the same; the optimal
/// objective changes linearly (by the dual, or the column value, per unit).
public struct SensitivityReport: Sendable, Equatable {
    /// One entry per row, in row order.
    public var rows: [RowSensitivity]
    /// One entry per column, in column order.
    public var columns: [ColumnSensitivity]

    /// Creates a report.
    public init(rows: [RowSensitivity], columns: [ColumnSensitivity]) {
        self.rows = rows
        self.columns = columns
    }
}
