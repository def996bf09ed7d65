import KKRDomain
import LinearProgramming

/// The single-year plan of a period's first year takes its places from the period plan (one truth).
public enum PeriodFirstYear {
    /// The period places for `year` of every period starting in `year`, by programme id and party code, with the periods.
    ///
    /// Periods that cannot be planned give nothing here (the period run explains them).
    public static func places(
        _ periods: [PeriodInputs],
        year: Int,
        solver: any LinearSolver
    ) throws -> (places: [String: [String: Int]], periods: [String: AgreementPeriod]) {
        var places: [String: [String: Int]] = [:]
        var from: [String: AgreementPeriod] = [:]
        for inputs in periods where inputs.period.from == year {
            guard case .planned(let plan) = try PeriodPlanner(solver: solver).plan(inputs) else { continue }
            for programme in plan.programmes {
                places[programme.programme.id] = plan.places(of: programme.programme.id, year: year)
                from[programme.programme.id] = plan.period
            }
        }
        return (places, from)
    }
}
