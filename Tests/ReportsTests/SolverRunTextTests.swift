import Foundation
import KKRDomain
import LinearProgramming
import Reports
import Testing

/// Issue 14, item 2: the reports name each library and method that ran once, in a fixed order.
@Suite struct SolverRunTextTests {
    static let glpk = SolverIdentity(name: "GLPK", version: "5.0")
    static let clp = SolverIdentity(name: "CLP", version: "1.17.6")

    static func solution(_ solver: SolverIdentity?, _ method: SolveMethod?) -> Solution {
        var solution = Solution(termination: .optimal, hasSolution: true, objectiveValue: 0)
        solution.solver = solver
        solution.method = method
        return solution
    }

    /// Four solves, two of them the same GLPK run and one without a method: two runs, CLP before GLPK whatever
    /// the solve order.
    @Test func distinctRunsInFixedOrder() {
        let network = SolveMethod(.dualSimplex, presolve: false, modelClass: .network)
        let clp = SolveMethod(.dualSimplex, presolve: true)
        let solves = [
            Self.solution(Self.glpk, network), Self.solution(Self.clp, clp), Self.solution(Self.glpk, network),
            Self.solution(Self.glpk, nil),
        ]
        let expected = [
            SolverRun(solver: Self.clp, method: clp), SolverRun(solver: Self.glpk, method: network),
        ]
        #expect(SolverRun.distinct(solves) == expected)
        #expect(SolverRun.distinct(solves.reversed()) == expected)
        #expect(SolverRun.distinct([Self.solution(nil, network)]).isEmpty)
    }

    @Test func wordsInBothLanguages() {
        let runs: [ReportText.SolverRunWords] = [
            ("CLP 1.17.6", "dual_simplex", true, nil), ("GLPK 5.0", "dual_simplex", false, "network"),
        ]
        #expect(
            ReportText(.danish).solverRuns(runs)
                == "CLP 1.17.6 (dual simplex med presolve) og GLPK 5.0 (dual simplex uden presolve, "
                + "indstillinger for netværksmodeller)"
        )
        #expect(
            ReportText(.english).solverRuns(runs)
                == "CLP 1.17.6 (dual simplex, with presolve) and GLPK 5.0 (dual simplex, no presolve, "
                + "settings for network models)"
        )
        #expect(ReportText(.english).solverRuns([]) == nil)
    }

    /// The JSON shape of `solver_runs`: flat, with the values of `kkr-plan solve --json`, and read back the same.
    @Test func jsonShape() throws {
        let run = SolverRun(solver: Self.glpk, method: SolveMethod(.branchAndCut, presolve: true, modelClass: .general))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(run), as: UTF8.self)
        #expect(
            text
                == #"{"algorithm":"branch_and_cut","model_class":"general","name":"GLPK","presolve":true,"version":"5.0"}"#
        )
        #expect(try JSONDecoder().decode(SolverRun.self, from: Data(text.utf8)) == run)
        let clp = SolverRun(solver: Self.clp, method: SolveMethod(.dualSimplex, presolve: true))
        #expect(String(decoding: try encoder.encode(clp), as: UTF8.self).contains(#""model_class":null"#))
    }
}
