import KKRDomain
import LinearProgramming

/// Solves a ``RoundingProblem`` in stages with any ``LinearSolver``.
///
/// 1. Minimise the largest deviation |x − target| over all cells; with several
///    groups (programmes solved together), then keep it and minimise the sum
///    of the groups' own largest deviations.
/// 2. Keep stage 1's optimum (within ``tolerance``) and minimise the sum of deviations.
/// 3. Keep that too and minimise the distance to the references (last year).
/// 4. Keep that too and minimise Σ tieRank·(G − group)·x (G groups), which
///    hands places that are still interchangeable to the cells earliest in
///    the tie-break order. The group factor keeps a swap between two
///    programmes with the same order from being a tie again, so the result
///    does not depend on which optimal vertex a solver happens to return.
///
/// Deviations are absolute (whole places), not relative to the target.
/// Without binding bounds stages 1–2 give exactly the largest-remainder
/// rounding: every cell gets its target rounded down or up, and the rounded-up
/// cells are those with the largest remainders (a standard result; checked
/// against ``LargestRemainder`` by property tests).
public struct LexicographicRounding: Sendable {
    /// The solver used for every stage.
    public var solver: any LinearSolver
    /// The solver options for every stage.
    public var options: SolverOptions
    /// Slack allowed on an earlier stage's optimum when it becomes a constraint (relative, at least absolute).
    public static let tolerance = 1e-6
    /// The time limit of each stage in seconds when ``options`` sets none (issue 13, item 7).
    ///
    /// The shipped plans take milliseconds and 98 generated municipalities
    /// a fraction of a second (`make bench-traineeships`); a stage that
    /// needs a minute is a model far outside what the planner is built for,
    /// and it stops with a message instead of running for hours.
    public static let defaultTimeLimit = 60.0

    /// Creates a rounding with `solver`.
    public init(solver: any LinearSolver, options: SolverOptions = SolverOptions()) {
        self.solver = solver
        self.options = options
    }

    /// Solves `problem`.
    ///
    /// - Throws: what the solver throws for an invalid model (a programming error here).
    public func solve(_ problem: RoundingProblem) throws -> RoundingOutcome {
        var options = options
        options.timeLimit = options.timeLimit ?? Self.defaultTimeLimit
        let model = RoundingModel(problem)
        let stages = RoundingModel.Stage.allCases.compactMap { stage in
            model.objective(for: stage).map { LexicographicStages.Stage(name: stage.rawValue, objective: $0) }
        }
        let staged = LexicographicStages(solver: solver, options: options, tolerance: Self.tolerance)
        switch try staged.solve(model.linearModel, stages: stages) {
        case .solved(let solution, let lastModel, let objective, let stoppedStage):
            var result = model.solution(from: solution, model: lastModel, objective: objective)
            result.stoppedStage = stoppedStage
            return .solved(result)
        case .infeasible: return .infeasible
        case .failed(let status): return .failed(status)
        }
    }
}

/// The linear model behind ``LexicographicRounding``: columns x<index>_<cell name> (integer), d (deviation), t (group maxima), e (reference distance).
struct RoundingModel {
    enum Stage: String, CaseIterable {
        case overallDeviation = "overall_deviation"
        case largestDeviation = "largest_deviation"
        case totalDeviation = "total_deviation"
        case referenceDistance = "reference_distance"
        case tieBreak = "tie_break"
    }

    var linearModel = LinearModel(name: "rounding")
    var places: [Variable] = []
    var deviations: [Variable] = []
    var groupMaxima: [Variable] = []
    var overall: Variable?
    var distances: [Variable] = []
    let problem: RoundingProblem

    init(_ problem: RoundingProblem) {
        self.problem = problem
        for (index, cell) in problem.cells.enumerated() {
            let upper = cell.upper == Int.max ? Double.infinity : Double(cell.upper)
            let x = linearModel.addVariable(
                "x\(index)_\(Self.columnSuffix(cell.name))",
                kind: .integer,
                lowerBound: Double(cell.lower),
                upperBound: upper
            )
            let d = linearModel.addVariable("d\(index)")
            linearModel.addConstraint(LinearExpression(d) - LinearExpression(x) >= -cell.target, name: "above\(index)")
            linearModel.addConstraint(LinearExpression(d) + LinearExpression(x) >= cell.target, name: "below\(index)")
            places.append(x)
            deviations.append(d)
            if let reference = cell.reference {
                let e = linearModel.addVariable("e\(index)")
                linearModel.addConstraint(
                    LinearExpression(e) - LinearExpression(x) >= -Double(reference),
                    name: "up\(index)"
                )
                linearModel.addConstraint(
                    LinearExpression(e) + LinearExpression(x) >= Double(reference),
                    name: "down\(index)"
                )
                distances.append(e)
            }
        }
        for group in 0..<problem.groupCount {
            let t = linearModel.addVariable("t\(group)")
            groupMaxima.append(t)
            for (index, cell) in problem.cells.enumerated() where cell.group == group {
                linearModel.addConstraint(
                    LinearExpression(t) - LinearExpression(deviations[index]) >= 0,
                    name: "max\(group)_\(index)"
                )
            }
        }
        if groupMaxima.count > 1 {
            let top = linearModel.addVariable("overall")
            for (group, maximum) in groupMaxima.enumerated() {
                linearModel.addConstraint(
                    LinearExpression(top) - LinearExpression(maximum) >= 0,
                    name: "overall\(group)"
                )
            }
            overall = top
        }
        for row in problem.rows {
            let terms = row.cells.map { LinearTerm(1, places[$0]) }
            let lower = row.lower.map(Double.init) ?? -.infinity
            let upper = row.upper.map(Double.init) ?? .infinity
            linearModel.addConstraint(
                LinearConstraint(terms: terms, lowerBound: lower, upperBound: upper),
                name: row.name
            )
        }
    }

    /// The cell's name reduced to ASCII letters, digits and `_` (at most 64), so column names stay valid and readable.
    ///
    /// The index before it keeps columns unique whatever the names are.
    static func columnSuffix(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                name.unicodeScalars
                    .filter { $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)) }
                    .prefix(64)
            )
        )
    }

    /// The stage's objective, or nil when the stage has nothing to do.
    func objective(for stage: Stage) -> LinearExpression? {
        switch stage {
        case .overallDeviation: return overall.map { LinearExpression($0) }
        case .largestDeviation: return LinearExpression.sum(groupMaxima)
        case .totalDeviation: return LinearExpression.sum(deviations)
        case .referenceDistance: return distances.isEmpty ? nil : LinearExpression.sum(distances)
        case .tieBreak:
            let groups = Double(problem.groupCount)
            return LinearExpression.sum(
                problem.cells.indices.map { index in
                    let cell = problem.cells[index]
                    return (Double(cell.tieRank) * (groups - Double(cell.group)), places[index])
                }
            )
        }
    }

    /// The integer values of `solution` and the stage measures recomputed from them.
    ///
    /// `model` is the stage's model as solved and `objective` the optimum it reached.
    func solution(from solution: Solution, model: LinearModel, objective: Double) -> RoundingSolution {
        let cells = problem.cells
        let values = places.map { Int(solution[$0].rounded()) }
        let deviations = cells.indices.map { abs(Double(values[$0]) - cells[$0].target) }
        var largest = [Double](repeating: 0, count: problem.groupCount)
        var distance = 0.0
        for index in cells.indices {
            largest[cells[index].group] = max(largest[cells[index].group], deviations[index])
            if let reference = cells[index].reference { distance += abs(Double(values[index] - reference)) }
        }
        return RoundingSolution(
            values: values,
            largestDeviation: largest.reduce(0, +),
            totalDeviation: deviations.reduce(0, +),
            referenceDistance: distance,
            lastStageModel: model,
            lastStageObjective: objective,
            solver: solution.solver,
            method: solution.method
        )
    }
}
