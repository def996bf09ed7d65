/// What a solver found for a ``LinearModel``.
///
/// Sign convention for duals: `rowDuals[i]` is ∂z*/∂bᵢ, the change of the
/// optimal objective value per unit increase of row i's active bound, and
/// `reducedCosts[j]` is ∂z*/∂(active bound of column j) — for minimisation
/// and maximisation alike. So on a maximisation a binding `≤` capacity row
/// has a dual ≥ 0 (more capacity, more profit), and on a minimisation a
/// binding `≥` demand row has a dual ≥ 0 (more demand, more cost).
public struct Solution: Sendable {
    /// Why the solver stopped.
    public var termination: TerminationStatus
    /// True when `values` holds a feasible point (optimal or not).
    public var hasSolution: Bool
    /// The objective at `values` (including the constant), when `hasSolution`.
    public var objectiveValue: Double?
    /// The column values, one per column, when `hasSolution`; otherwise empty.
    public var values: [Double]
    /// The row activities `Σ aᵢⱼ·xⱼ`, one per row, when `hasSolution`; otherwise empty.
    public var rowActivities: [Double]
    /// ∂z*/∂bᵢ per row, for an optimal LP (not for a MIP).
    public var rowDuals: [Double]?
    /// ∂z*/∂(bound) per column, for an optimal LP (not for a MIP).
    public var reducedCosts: [Double]?
    /// For a MIP: the best proven bound on the objective, when known.
    public var bestBound: Double?
    /// Wall-clock seconds spent in the solver call.
    public var seconds: Double
    /// Simplex iterations, where the solver reports them.
    public var iterations: Int?
    /// Objective and right-hand-side ranges of an optimal LP, when ``SolverOptions/sensitivity`` asked for them.
    public var sensitivity: SensitivityReport?
    /// The solver that produced this result (for a backend that routes LPs and MIPs to different
    /// libraries, the one that ran); nil for a result not made by a backend.
    public var solver: SolverIdentity?
    /// The algorithm that produced this result (and whether a presolver ran); nil for a result not made by
    /// a backend.
    public var method: SolveMethod?

    /// Creates a solution.
    public init(
        termination: TerminationStatus,
        hasSolution: Bool,
        objectiveValue: Double?,
        values: [Double] = [],
        rowActivities: [Double] = [],
        rowDuals: [Double]? = nil,
        reducedCosts: [Double]? = nil,
        bestBound: Double? = nil,
        seconds: Double = 0,
        iterations: Int? = nil,
        sensitivity: SensitivityReport? = nil
    ) {
        self.termination = termination
        self.hasSolution = hasSolution
        self.objectiveValue = objectiveValue
        self.values = values
        self.rowActivities = rowActivities
        self.rowDuals = rowDuals
        self.reducedCosts = reducedCosts
        self.bestBound = bestBound
        self.seconds = seconds
        self.iterations = iterations
        self.sensitivity = sensitivity
    }

    /// A result without a usable point: only why the solver stopped (and, for a MIP, the bound it proved).
    public static func noSolution(_ termination: TerminationStatus, bestBound: Double? = nil) -> Solution {
        Solution(termination: termination, hasSolution: false, objectiveValue: nil, bestBound: bestBound)
    }

    /// The value of `variable`; 0 when there is no solution.
    public subscript(variable: Variable) -> Double {
        variable.index < values.count ? values[variable.index] : 0
    }

    /// The value of `expression` at this solution.
    public func value(of expression: LinearExpression) -> Double {
        expression.terms.reduce(expression.constant) { $0 + $1.coefficient * self[$1.variable] }
    }

    /// The dual of `constraint` (∂z*/∂b), if duals are available.
    public func dual(_ constraint: ConstraintReference) -> Double? {
        rowDuals.map { $0[constraint.index] }
    }

    /// The relative gap |incumbent − bound| / max(1e-10, |incumbent|), for a MIP with both.
    public var relativeGap: Double? {
        guard let objective = objectiveValue, let bound = bestBound else { return nil }
        return abs(objective - bound) / Swift.max(1e-10, abs(objective))
    }
}
