import GLPKSolver
import LinearProgramming
import TestSupport
import Testing

/// Every canonical case, solved by GLPK, against its hand-checked answer.
@Suite("Canonical problems")
struct CanonicalProblemTests {
    @Test(arguments: CanonicalProblem.all)
    func solvesToTheHandCheckedAnswer(_ problem: CanonicalProblem) throws {
        let solution = try GLPKSolver().solve(problem.model, options: problem.options)
        #expect(solution.termination == problem.termination)
        if let objective = problem.objective {
            let found = try #require(solution.objectiveValue)
            #expect(abs(found - objective) <= 1e-7 * max(1, abs(objective)))
            #expect(solution.hasSolution)
        }
        if [.infeasible, .unbounded, .infeasibleOrUnbounded].contains(problem.termination) {
            #expect(!solution.hasSolution)
            #expect(solution.objectiveValue == nil)
        }
        for (name, expected) in problem.values {
            let variable = try #require(problem.model.variable(named: name))
            #expect(abs(solution[variable] - expected) <= 1e-7, "\(name)")
        }
        for (name, expected) in problem.rowDuals {
            let row = try #require(problem.model.constraint(named: name))
            let dual = try #require(solution.dual(row))
            #expect(abs(dual - expected) <= 1e-7, "dual of \(name)")
        }
        for (name, expected) in problem.reducedCosts {
            let variable = try #require(problem.model.variable(named: name))
            let reduced = try #require(solution.reducedCosts)
            #expect(abs(reduced[variable.index] - expected) <= 1e-7, "reduced cost of \(name)")
        }
    }

    @Test("A feasible point is feasible: bounds, rows and objective agree with the model")
    func reportedPointsAreFeasible() throws {
        for problem in CanonicalProblem.all where problem.termination == .optimal {
            let solution = try GLPKSolver().solve(problem.model, options: problem.options)
            let model = problem.model
            for (index, column) in model.variables.enumerated() {
                #expect(solution.values[index] >= column.lowerBound - 1e-9, "\(problem.name) \(column.name)")
                #expect(solution.values[index] <= column.upperBound + 1e-9, "\(problem.name) \(column.name)")
                if column.kind.isInteger {
                    #expect(abs(solution.values[index] - solution.values[index].rounded()) <= 1e-9)
                }
            }
            let activities = model.rowActivities(at: solution.values)
            for (index, row) in model.constraints.enumerated() {
                #expect(activities[index] >= row.lowerBound - 1e-7, "\(problem.name) \(row.name)")
                #expect(activities[index] <= row.upperBound + 1e-7, "\(problem.name) \(row.name)")
                #expect(abs(activities[index] - solution.rowActivities[index]) <= 1e-7)
            }
            let objective = try #require(solution.objectiveValue)
            #expect(abs(model.objectiveValue(at: solution.values) - objective) <= 1e-7 * max(1, abs(objective)))
        }
    }

    @Test("There are at least 30 canonical cases")
    func catalogueIsLargeEnough() {
        #expect(CanonicalProblem.all.count >= 30)
        #expect(Set(CanonicalProblem.all.map(\.name)).count == CanonicalProblem.all.count)
    }

    @Test("Duals are ∂z/∂b: re-solving with the right-hand side moved by 0.01 changes z by 0.01·dual")
    func dualsMatchFiniteDifferences() throws {
        for problem in CanonicalProblem.linear where !problem.rowDuals.isEmpty {
            let base = try GLPKSolver().solve(problem.model)
            for (name, dual) in problem.rowDuals {
                let row = try #require(problem.model.constraint(named: name))
                var moved = problem.model
                let definition = moved.constraints[row.index]
                let step = 0.01
                // Move the active side: for a two-sided row, the side the activity sits on.
                let activity = base.rowActivities[row.index]
                let onUpper = definition.upperBound.isFinite && abs(activity - definition.upperBound) < 1e-9
                moved.setBounds(
                    of: row,
                    lower: definition.lowerBound + (onUpper && definition.sense != .equal ? 0 : step),
                    upper: definition.upperBound + (onUpper || definition.sense == .equal ? step : 0)
                )
                let shifted = try GLPKSolver().solve(moved)
                let change = try #require(shifted.objectiveValue) - #require(base.objectiveValue)
                #expect(abs(change - step * dual) <= 1e-7, "\(problem.name) row \(name)")
            }
        }
    }
}
