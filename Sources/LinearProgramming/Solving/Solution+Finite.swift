extension Solution {
    /// The solution, or `numerical_error` without a point when the solver handed back a non-finite number.
    ///
    /// A solver that overflows may still report "optimal" with an objective of
    /// ±∞ or NaN (issue 13: GLPK on `max 2x` with `x <= 1e308` said "optimal,
    /// inf"). That is a numerical failure, never an answer: backends pass their
    /// result through this before returning it. A non-finite best bound is
    /// dropped (nil: not known).
    public func rejectingNonFiniteNumbers() -> Solution {
        var checked = self
        if let bound = bestBound, !bound.isFinite { checked.bestBound = nil }
        let isFinite =
            (objectiveValue?.isFinite ?? true) && values.allSatisfy(\.isFinite)
            && rowActivities.allSatisfy(\.isFinite)
        guard !isFinite else { return checked }
        var failed = Solution.noSolution(.numericalError, bestBound: checked.bestBound)
        failed.seconds = seconds
        failed.iterations = iterations
        failed.solver = solver
        failed.method = method
        return failed
    }
}
