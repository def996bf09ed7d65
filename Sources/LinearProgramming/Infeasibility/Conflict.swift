/// Which bound of a column.
public enum BoundSide: String, Sendable, Codable, CaseIterable {
    /// The lower bound (`x ≥ l`).
    case lower
    /// The upper bound (`x ≤ u`).
    case upper
}

/// One finite column bound, as a member of a ``Conflict``.
public struct ConflictBound: Hashable, Sendable, Comparable {
    /// The column.
    public var variable: Variable
    /// Which of its bounds.
    public var side: BoundSide

    /// Creates a bound member.
    public init(_ variable: Variable, _ side: BoundSide) {
        self.variable = variable
        self.side = side
    }

    public static func < (lhs: ConflictBound, rhs: ConflictBound) -> Bool {
        (lhs.variable.index, lhs.side == .lower ? 0 : 1) < (rhs.variable.index, rhs.side == .lower ? 0 : 1)
    }
}

/// An infeasible set of rows and column bounds: together they cannot hold.
///
/// When ``isIrreducible`` is true it is an irreducible infeasible subset
/// (IIS): the members alone are infeasible (every other row and bound
/// dropped; integrality kept), and dropping any one member makes the rest
/// feasible. A planner reads it as "these requirements contradict each
/// other; relax one of them".
public struct Conflict: Sendable, Equatable {
    /// The rows in the conflict, in model order. A row counts whole: both sides of a ranged or equality row.
    public var rows: [ConstraintReference]
    /// The column bounds in the conflict, in column order.
    public var bounds: [ConflictBound]
    /// False when the time budget ran out (or a solve was inconclusive) before every member was
    /// tested: the set is still infeasible, but may not be minimal.
    public var isIrreducible: Bool
    /// How many solves the explanation took.
    public var solves: Int

    /// Creates a conflict.
    public init(rows: [ConstraintReference], bounds: [ConflictBound], isIrreducible: Bool, solves: Int) {
        self.rows = rows
        self.bounds = bounds
        self.isIrreducible = isIrreducible
        self.solves = solves
    }

    /// The number of members (rows plus bounds).
    public var memberCount: Int { rows.count + bounds.count }

    /// The rows' names in `model`.
    public func rowNames(in model: LinearModel) -> [String] {
        rows.map { model.constraints[$0.index].name }
    }

    /// The bounds as (column name, side) in `model`.
    public func boundNames(in model: LinearModel) -> [(column: String, side: BoundSide)] {
        bounds.map { (model.variables[$0.variable.index].name, $0.side) }
    }
}
