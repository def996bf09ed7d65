import LinearProgramming
import SolverBackends
import TestSupport
import Testing

/// `--solver auto` (`AutoSolver`): which backend each model goes to, by the documented rule, and that the
/// answer is the one either backend gives.
@Suite("AutoSolver")
struct AutoSolverTests {
    private let auto = AutoSolver()

    /// The smallest square transportation LP at the threshold.
    private var largeLP: LinearModel {
        let size = Int(Double(AutoSolver.clpColumnThreshold).squareRoot().rounded(.up))
        return CanonicalProblem.transportation(size: size)
    }

    @Test("Large LPs go to CLP, small LPs and MIPs to GLPK, sensitivity ranges to GLPK")
    func rule() throws {
        #expect(largeLP.columnCount >= AutoSolver.clpColumnThreshold)
        #expect(auto.backend(for: largeLP, options: SolverOptions()) == .cbc)
        #expect(auto.backend(for: largeLP, options: SolverOptions(sensitivity: true)) == .glpk)
        let small = CanonicalProblem.transportation(size: 3)
        #expect(auto.backend(for: small, options: SolverOptions()) == .glpk)
        var mip = largeLP
        mip.setKind(of: Variable(index: 0), to: .integer)
        #expect(auto.backend(for: mip, options: SolverOptions()) == .glpk)
    }

    @Test("The result names the library that ran and has the optimum both backends find")
    func sameOptimum() throws {
        let model = largeLP
        let solution = try auto.solve(model)
        #expect(solution.solver?.name == "CLP")
        #expect(solution.method?.algorithm == .dualSimplex)
        let glpk = try SolverBackend.glpk.makeSolver().solve(model)
        let objective = try #require(solution.objectiveValue)
        let expected = try #require(glpk.objectiveValue)
        #expect(abs(objective - expected) <= 1e-9 * max(1, abs(expected)))
        let small = try auto.solve(NetworkModels.transportation())
        #expect(small.solver?.name == "GLPK")
        #expect(small.objectiveValue == NetworkModels.transportationAnswer().objective)
    }

    @Test("auto is one of the backends every command offers, and it declares what both can do")
    func backendCase() {
        #expect(SolverBackend(rawValue: "auto") == .auto)
        #expect(SolverBackend.default == .glpk)
        let capabilities = SolverBackend.auto.capabilities
        #expect(capabilities.contains([.mixedInteger, .timeLimit, .conflictRefinement, .sensitivityRanges]))
        #expect(!capabilities.contains(.progressLog))
    }
}
