import LinearProgramming

/// A small model with an answer worked out by hand, for every solver backend to pass.
///
/// In the spirit of MathOptInterface's `src/Test`: each case states the
/// termination it must reach and, where it has one, the optimum, the point
/// (when unique) and the duals under ``Solution``'s convention (∂z*/∂b).
public struct CanonicalProblem: Sendable, CustomStringConvertible {
    /// A short unique name.
    public var name: String
    /// The model.
    public var model: LinearModel
    /// Options for the solve (most cases use the defaults).
    public var options: SolverOptions = SolverOptions()
    /// The termination the solver must report.
    public var termination: TerminationStatus
    /// The optimal objective value, when there is one.
    public var objective: Double?
    /// The unique optimal point, by column name, when the optimum is unique.
    public var values: [String: Double] = [:]
    /// Expected row duals by row name (LPs only).
    public var rowDuals: [String: Double] = [:]
    /// Expected reduced costs by column name (LPs only).
    public var reducedCosts: [String: Double] = [:]

    public var description: String { name }
}
