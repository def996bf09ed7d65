/// Why the solver stopped.
///
/// One axis of the two-axis status: whether a usable point exists is the
/// other (``Solution/hasSolution``). A time limit with an incumbent is
/// `.timeLimit` with `hasSolution == true`, never `.optimal`.
public enum TerminationStatus: String, Sendable, Codable, CaseIterable {
    /// Proven optimal (for a MIP: within the solver's default tolerance).
    case optimal
    /// Proven to have no feasible point.
    case infeasible
    /// Feasible, with an objective that improves without end.
    case unbounded
    /// No finite optimum, and the solver could not tell which of the two.
    case infeasibleOrUnbounded = "infeasible_or_unbounded"
    /// Stopped by the time limit.
    case timeLimit = "time_limit"
    /// Stopped by the iteration limit.
    case iterationLimit = "iteration_limit"
    /// Stopped because the relative MIP gap fell below the requested value.
    case gapLimit = "gap_limit"
    /// Stopped by numerical difficulty (singular or ill-conditioned basis).
    case numericalError = "numerical_error"
    /// Stopped from outside (an interrupt or a callback) before it could finish.
    case interrupted
    /// Stopped because it ran out of memory.
    case memoryLimit = "memory_limit"
    /// Stopped by an error of the solver that fits none of the other cases.
    case otherError = "other_error"
}
