import GLPKSolver
import LinearProgramming
import TestSupport
import Testing

/// The bound GLPK's branch-and-cut reports when the clock stops it (read from the open nodes, at most every
/// 20 ms: Sources/GLPKSolver/GLPKRun+MIP.swift).
@Suite("The best bound of a stopped MIP search")
struct SearchBoundTests {
    @Test("A search stopped by the clock reports a bound between the LP relaxation and the incumbent")
    func boundLiesBetweenRelaxationAndIncumbent() throws {
        // A market-split instance is far too hard to finish in 0.3 s (Cornuéjols & Dawande).
        let model = CanonicalProblem.marketSplit(rows: 6, columns: 50, seed: 7)
        let stopped = try GLPKSolver().solve(model, options: SolverOptions(timeLimit: 0.3))
        #expect(stopped.termination == .timeLimit)
        let bound = try #require(stopped.bestBound, "a stopped search must report the bound of its open nodes")

        let relaxed = try #require(try GLPKSolver().solve(model.linearRelaxation).objectiveValue)
        #expect(bound >= relaxed - 1e-6, "bound \(bound) below the LP relaxation \(relaxed)")
        if let incumbent = stopped.objectiveValue {
            #expect(bound <= incumbent + 1e-6, "bound \(bound) above the incumbent \(incumbent)")
        }
    }
}
