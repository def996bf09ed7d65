import Allocation
import LinearProgramming
import Synchronization
import TestSupport
import Testing

/// What the staged rounding reports when the solver stops early: never a silent "optimal".
@Suite struct StageFailureTests {
    /// Solves the first `optimalCalls` calls with GLPK, then answers "time limit" with no point.
    final class StoppingSolver: LinearSolver {
        let optimalCalls: Int
        let calls = Mutex(0)

        init(optimalCalls: Int) {
            self.optimalCalls = optimalCalls
        }

        func solve(_ model: LinearModel, options: SolverOptions) throws -> Solution {
            let call = calls.withLock { count in
                count += 1
                return count
            }
            guard call <= optimalCalls else {
                return Solution(termination: .timeLimit, hasSolution: false, objectiveValue: nil)
            }
            return try TestSolver.make().solve(model, options: options)
        }
    }

    static let problem = RoundingProblem.single(
        claimants: [Claimant(name: "A", weight: 1, tieRank: 0), Claimant(name: "B", weight: 1, tieRank: 1)],
        targets: [1.5, 1.5],
        seats: 3
    )

    @Test func laterStageStopKeepsTheEarlierResultAndSaysSo() throws {
        let outcome = try LexicographicRounding(solver: StoppingSolver(optimalCalls: 1)).solve(Self.problem)
        guard case .solved(let solution) = outcome else {
            Issue.record("expected the stage-1 result, got \(outcome)")
            return
        }
        #expect(solution.values.reduce(0, +) == 3)
        #expect(solution.stoppedStage == "total_deviation: time_limit")
    }

    @Test func firstStageStopIsAFailure() throws {
        let outcome = try LexicographicRounding(solver: StoppingSolver(optimalCalls: 0)).solve(Self.problem)
        guard case .failed(let status) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(status == "stage largest_deviation reached the time limit of 60 s without a plan")
    }

    /// Issue 13, item 7: every stage gets a time limit, the default one when the options set none.
    @Test func everyStageHasATimeLimit() throws {
        final class RecordingSolver: LinearSolver {
            let limits = Mutex<[Double?]>([])
            func solve(_ model: LinearModel, options: SolverOptions) throws -> Solution {
                limits.withLock { $0.append(options.timeLimit) }
                return try TestSolver.make().solve(model, options: options)
            }
        }
        let solver = RecordingSolver()
        _ = try LexicographicRounding(solver: solver).solve(Self.problem)
        _ = try LexicographicRounding(solver: solver, options: SolverOptions(timeLimit: 5)).solve(Self.problem)
        #expect(solver.limits.withLock { $0 } == [60, 60, 60, 5, 5, 5])
    }

    @Test func allStagesOptimal() throws {
        guard case .solved(let solution) = try LexicographicRounding(solver: TestSolver.make()).solve(Self.problem)
        else {
            Issue.record("expected a solution")
            return
        }
        #expect(solution.stoppedStage == nil)
        // Tie (remainders .5 and .5, equal weights): the lower tie rank, A, gets the spare place.
        #expect(solution.values == [2, 1])
    }
}
