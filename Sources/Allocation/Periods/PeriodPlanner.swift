import KKRDomain
import LinearProgramming

/// What planning a period gave: a plan, or the reasons there is none.
public enum PeriodOutcome: Sendable {
    /// Every programme of the period was distributed over every year.
    case planned(PeriodPlan)
    /// No plan satisfies the inputs.
    case infeasible([PeriodConflict])
}

/// Distributes the places of an agreement period: one model per programme (or joint-capacity group) over all years.
///
/// Each year is set up as in the single-year plan (``ProgrammeSetup``: that
/// year's target, key, floors, caps and carry-over); the years are then
/// rounded together by ``PeriodRounding`` so that every party's cumulative
/// places stay close to its cumulative quota. Decided years (`history.csv`)
/// are fixed. A change limit (`max_change`) holds between consecutive years;
/// for a year after a planned year its allowance is computed from the
/// previous year's quota rounded down (the places themselves are unknowns).
public struct PeriodPlanner: Sendable {
    /// The solver.
    public var solver: any LinearSolver
    /// The options for every solver call.
    public var options: SolverOptions

    /// Creates a planner that solves with `solver`.
    public init(solver: any LinearSolver, options: SolverOptions = SolverOptions()) {
        self.solver = solver
        self.options = options
    }

    /// Plans `inputs`.
    ///
    /// - Throws: ``PlanningError`` when a solver call fails unexpectedly.
    public func plan(_ inputs: PeriodInputs) throws -> PeriodOutcome {
        let programmes = inputs.programmes
        let setups = inputs.years.map { year in programmes.map { ProgrammeSetup(programme: $0, inputs: year) } }
        var conflicts: [PeriodConflict] = []
        for (index, yearInputs) in inputs.years.enumerated() {
            let planned = setups[index].compactMap { $0 }
                .filter { inputs.decided($0.programme.id, year: yearInputs.year) == nil }
            conflicts += FeasibilityCheck.conflicts(setups: planned, inputs: yearInputs)
                .map { .year(yearInputs.year, $0) }
        }
        guard conflicts.isEmpty else { return .infeasible(conflicts) }
        let firstSetups = setups.first?.compactMap { $0 } ?? []
        guard firstSetups.count == programmes.count else {
            throw PlanningError(reason: "a programme of the period has no target or key (validation should have said)")
        }
        let capacities = inputs.years.first?.jointCapacities ?? []
        var result: [String: PeriodProgrammePlan] = [:]
        var plan = PeriodPlan(period: inputs.period, programmes: [], inputs: inputs)
        for component in TraineeshipPlanner(solver: solver).components(firstSetups, capacities) {
            let group = component.map { programmes[$0] }
            let model = PeriodModel(programmes: group, setups: setups, inputs: inputs)
            switch try PeriodRounding(solver: solver, options: options).solve(model.problem) {
            case .solved(let solution):
                let ids = group.map(\.id)
                let capacityIDs = capacities.filter { $0.programmeIDs.contains(where: ids.contains) }.map(\.id)
                let name = ids.count == 1 ? ids.joined() : capacityIDs.joined(separator: "_")
                plan.models.append((name, solution.lastStageModel, solution.lastStageObjective))
                for programmePlan in model.programmePlans(solution) {
                    result[programmePlan.programme.id] = programmePlan
                    plan.solverNotes[programmePlan.programme.id] = solution.stoppedStage
                }
            case .infeasible:
                return .infeasible([.changeLimitsAcrossYears(programmes: group, years: inputs.period.years)])
            case .failed(let status):
                throw PlanningError(
                    reason: "solver stopped for \(group.map(\.id).joined(separator: ", ")) over "
                        + "\(inputs.period.from)–\(inputs.period.to): \(status)"
                )
            }
        }
        plan.programmes = programmes.compactMap { result[$0.id] }
        return .planned(plan)
    }
}
