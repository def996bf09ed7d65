import Foundation
import LinearProgramming

/// The conformance suite every backend runs, modelled on MathOptInterface's `Test.runtests(model, config; exclude)`.
///
/// Each ``ConformanceCase`` states the capabilities it needs; a backend
/// without one of them skips the case with the capability's name
/// (``ConformanceCase/missingCapabilities(of:)``). There is no other way to
/// exclude a case: a wrong answer is a failure, never an exclusion.
///
/// Cases return their failures as sentences (an empty list: passed), so the
/// suite is plain code that any test target can drive
/// (Tests/ConformanceTests runs it for every `SolverBackend`).
public struct ConformanceCase: Sendable, CustomStringConvertible {
    /// A unique name, e.g. `canonical/lp_max_wyndor` or `netlib/afiro`.
    public var name: String
    /// What the backend must be able to do for the case to apply.
    public var requires: SolverCapabilities
    /// Runs the case and returns what was wrong.
    public var check: @Sendable (any LinearSolver) throws -> [String]

    /// Creates a case.
    public init(
        _ name: String,
        requires: SolverCapabilities = [],
        check: @escaping @Sendable (any LinearSolver) throws -> [String]
    ) {
        self.name = name
        self.requires = requires
        self.check = check
    }

    public var description: String { name }

    /// The capabilities the case needs and `solver` lacks (empty: the case applies).
    public func missingCapabilities(of solver: any LinearSolver) -> SolverCapabilities {
        requires.subtracting(solver.capabilities)
    }
}

/// The tolerances the suite compares with.
public enum ConformanceTolerance {
    /// Objective values, relative (to max(1, |expected|)).
    public static let objective = 1e-7
    /// Column values, duals and reduced costs of the hand-derived cases, absolute.
    public static let value = 1e-7
    /// Published optima of Netlib and MIPLIB, relative.
    public static let published = 1e-6
    /// How far from a whole number an integer column may be (GLPK's `tol_int`; CBC's is 1e-6).
    public static let integrality = 1e-5
}

extension ConformanceCase {
    /// Every case: canonical problems, their duals by finite differences, generic behaviour, and
    /// (when `../shared` is present) the Netlib LPs, the quick MIPLIB 3 set and the status-only instances.
    public static let all: [ConformanceCase] =
        canonical + finiteDifferenceDuals + behaviour
        + (SharedData.isAvailable ? netlib + miplib + statusOnly : [])
}

// MARK: - Canonical problems

extension ConformanceCase {
    /// One case per ``CanonicalProblem``, against its hand-checked answer.
    public static let canonical: [ConformanceCase] = CanonicalProblem.all.map { problem in
        var requires: SolverCapabilities = []
        if problem.model.isMixedInteger { requires.insert(.mixedInteger) }
        if problem.options.timeLimit != nil { requires.insert(.timeLimit) }
        if problem.options.iterationLimit != nil { requires.insert(.iterationLimit) }
        if problem.options.relativeMIPGap != nil { requires.insert(.relativeMIPGap) }
        return ConformanceCase("canonical/\(problem.name)", requires: requires) { solver in
            let solution = try solver.solve(problem.model, options: problem.options)
            return problem.failures(of: solution)
        }
    }

    /// Duals are ∂z/∂b: re-solving with the active side of a row moved by 0.01 changes z by 0.01·dual.
    public static let finiteDifferenceDuals: [ConformanceCase] = CanonicalProblem.linear
        .filter { !$0.rowDuals.isEmpty }
        .map { problem in
            ConformanceCase("duals/\(problem.name)") { solver in
                let base = try solver.solve(problem.model)
                guard let baseObjective = base.objectiveValue else { return ["no optimum"] }
                var failures: [String] = []
                for (name, dual) in problem.rowDuals.sorted(by: { $0.key < $1.key }) {
                    guard let row = problem.model.constraint(named: name) else { return ["no row \(name)"] }
                    var moved = problem.model
                    let definition = moved.constraints[row.index]
                    let step = 0.01
                    let activity = base.rowActivities[row.index]
                    let onUpper = definition.upperBound.isFinite && abs(activity - definition.upperBound) < 1e-9
                    moved.setBounds(
                        of: row,
                        lower: definition.lowerBound + (onUpper && definition.sense != .equal ? 0 : step),
                        upper: definition.upperBound + (onUpper || definition.sense == .equal ? step : 0)
                    )
                    guard let shifted = try solver.solve(moved).objectiveValue else {
                        failures.append("row \(name): no optimum after the move")
                        continue
                    }
                    if abs(shifted - baseObjective - step * dual) > 1e-7 {
                        failures.append("row \(name): z moved by \(shifted - baseObjective), expected \(step * dual)")
                    }
                }
                return failures
            }
        }
}

extension CanonicalProblem {
    /// What is wrong with `solution` as an answer to this problem (empty: nothing).
    public func failures(of solution: Solution) -> [String] {
        var failures: [String] = []
        func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
            if !condition { failures.append(message()) }
        }
        expect(solution.termination == termination, "termination \(solution.termination), expected \(termination)")
        if let objective {
            if let found = solution.objectiveValue {
                expect(
                    abs(found - objective) <= ConformanceTolerance.objective * max(1, abs(objective)),
                    "objective \(found), expected \(objective)"
                )
            } else {
                failures.append("no objective, expected \(objective)")
            }
            expect(solution.hasSolution, "no solution")
        }
        if [.infeasible, .unbounded, .infeasibleOrUnbounded].contains(termination) {
            expect(!solution.hasSolution, "a solution for a model without one")
            expect(solution.objectiveValue == nil, "an objective for a model without one")
        }
        for (name, expected) in values.sorted(by: { $0.key < $1.key }) {
            guard let variable = model.variable(named: name) else { continue }
            expect(abs(solution[variable] - expected) <= ConformanceTolerance.value, "\(name) = \(solution[variable])")
        }
        for (name, expected) in rowDuals.sorted(by: { $0.key < $1.key }) {
            guard let row = model.constraint(named: name), let dual = solution.dual(row) else {
                failures.append("no dual of \(name)")
                continue
            }
            expect(
                abs(dual - expected) <= ConformanceTolerance.value,
                "dual of \(name) = \(dual), expected \(expected)"
            )
        }
        for (name, expected) in reducedCosts.sorted(by: { $0.key < $1.key }) {
            guard let variable = model.variable(named: name), let reduced = solution.reducedCosts else {
                failures.append("no reduced cost of \(name)")
                continue
            }
            expect(
                abs(reduced[variable.index] - expected) <= ConformanceTolerance.value,
                "reduced cost of \(name) = \(reduced[variable.index]), expected \(expected)"
            )
        }
        if termination == .optimal, solution.hasSolution {
            failures += feasibilityFailures(of: solution)
        }
        return failures
    }

    /// Bounds, integrality, rows and objective checked at the reported point.
    func feasibilityFailures(of solution: Solution) -> [String] {
        ConformanceCase.feasibilityFailures(of: solution, in: model)
    }
}

extension ConformanceCase {
    /// The reported point against the model: bounds, integrality, row activities and the objective.
    public static func feasibilityFailures(of solution: Solution, in model: LinearModel) -> [String] {
        let integrality = ConformanceTolerance.integrality
        var failures: [String] = []
        guard solution.values.count == model.columnCount, solution.rowActivities.count == model.rowCount else {
            return ["\(solution.values.count) values and \(solution.rowActivities.count) activities for the model"]
        }
        for (index, column) in model.variables.enumerated() {
            let value = solution.values[index]
            let scale = max(1, abs(value))
            if value < column.lowerBound - 1e-9 * scale || value > column.upperBound + 1e-9 * scale {
                failures.append("\(column.name) = \(value) outside its bounds")
            }
            if column.kind.isInteger && abs(value - value.rounded()) > integrality {
                failures.append("\(column.name) = \(value) is not integral")
            }
        }
        let activities = model.rowActivities(at: solution.values)
        // Rows are compared relative to the size of their terms (Σ|aᵢⱼxⱼ|), as solvers' feasibility tolerances
        // are, plus what an integer column may be off by (integrality) times its coefficient.
        let tolerances = (0..<model.rowCount)
            .map { row in
                (model.rowStarts[row]..<model.rowStarts[row + 1])
                    .reduce(1e-6) { sum, entry in
                        let column = Int(model.entryColumns[entry])
                        let coefficient = abs(model.entryValues[entry])
                        let slack = model.variables[column].kind.isInteger ? integrality * coefficient : 0
                        return sum + 1e-6 * coefficient * abs(solution.values[column]) + slack
                    }
            }
        for (index, row) in model.constraints.enumerated() {
            let scale = tolerances[index]
            if activities[index] < row.lowerBound - scale || activities[index] > row.upperBound + scale {
                failures.append("row \(row.name) = \(activities[index]) outside its bounds")
            }
            if abs(activities[index] - solution.rowActivities[index]) > scale {
                failures.append(
                    "row \(row.name): reported activity \(solution.rowActivities[index]) ≠ \(activities[index])"
                )
            }
        }
        if let objective = solution.objectiveValue,
            abs(model.objectiveValue(at: solution.values) - objective) > 1e-7 * max(1, abs(objective))
        {
            failures.append("objective \(objective) ≠ value at the point \(model.objectiveValue(at: solution.values))")
        }
        return failures
    }
}
