import GLPKSolver
import LinearProgramming
import TestSupport
import Testing

/// GLPK's out-of-kilter path (`GLPKNetworkAlgorithm.outOfKilter`): the hand-derived optimum and duals, the same
/// optimum as the simplex (the second method), optimality certificates, and every way out to the simplex.
@Suite("GLPK network algorithm")
struct NetworkAlgorithmTests {
    private let network = GLPKSolver(parameters: GLPKParameters(networkAlgorithm: .outOfKilter))
    private let simplex = GLPKSolver(parameters: GLPKParameters(networkAlgorithm: .simplex))

    static let variants: [(maximize: Bool, negatedDemand: Bool)] = [
        (false, false), (true, false), (false, true), (true, true),
    ]

    @Test("The hand-solved transportation problem: optimum, point and duals by hand", arguments: variants)
    func handSolved(_ variant: (maximize: Bool, negatedDemand: Bool)) throws {
        let model = NetworkModels.transportation(maximize: variant.maximize, negatedDemand: variant.negatedDemand)
        let answer = NetworkModels.transportationAnswer(
            maximize: variant.maximize,
            negatedDemand: variant.negatedDemand
        )
        let solution = try network.solve(model)
        #expect(solution.method == SolveMethod(.outOfKilter, presolve: false, modelClass: .network))
        #expect(solution.termination == .optimal)
        #expect(solution.objectiveValue == answer.objective)
        #expect(solution.values == answer.values)
        let duals = try #require(solution.rowDuals)
        for (dual, expected) in zip(duals, answer.rowDuals) { #expect(abs(dual - expected) < 1e-9, "\(duals)") }
        #expect(NetworkModels.certificateFailures(of: solution, for: model).isEmpty)
        // The simplex, the second method, agrees (the problem is non-degenerate: the same duals too).
        let second = try simplex.solve(model)
        #expect(second.method?.algorithm == .dualSimplex)
        #expect(second.objectiveValue == answer.objective)
        for (dual, expected) in zip(second.rowDuals ?? [], answer.rowDuals) { #expect(abs(dual - expected) < 1e-9) }
    }

    static let instances: [(String, LinearModel)] = [
        ("Socialaftale-shaped", NetworkModels.socialShaped()),
        ("Socialaftale-shaped, first offer small", NetworkModels.socialShaped(placesOfFirstOffer: 2)),
        ("canonical 4×4 transportation", CanonicalProblem.transportation(size: 4)),
        ("canonical 9×9 transportation", CanonicalProblem.transportation(size: 9)),
    ]

    @Test("Min-cost flows: the simplex's optimum, with an optimality certificate for the duals", arguments: instances)
    func sameOptimumAsSimplex(_ name: String, _ model: LinearModel) throws {
        let solution = try network.solve(model)
        #expect(solution.method?.algorithm == .outOfKilter, "\(name)")
        let second = try simplex.solve(model)
        #expect(second.termination == .optimal && solution.termination == .optimal)
        let objective = try #require(solution.objectiveValue)
        let expected = try #require(second.objectiveValue)
        #expect(abs(objective - expected) <= 1e-9 * max(1, abs(expected)), "\(name): \(objective) vs \(expected)")
        let failures = NetworkModels.certificateFailures(of: solution, for: model)
        #expect(failures.isEmpty, "\(name): \(failures)")
        #expect(solution.values.allSatisfy { $0 == $0.rounded() }, "a network vertex with whole data is whole")
    }

    @Test("A MIP whose LP is a network: the integral optimum, no duals")
    func integerNetwork() throws {
        var model = NetworkModels.socialShaped()
        for index in 0..<model.columnCount { model.setKind(of: Variable(index: index), to: .integer) }
        let solution = try network.solve(model)
        #expect(solution.method?.algorithm == .outOfKilter)
        #expect(solution.rowDuals == nil && solution.reducedCosts == nil)
        let second = try simplex.solve(model)
        #expect(second.method?.algorithm == .branchAndCut)
        #expect(solution.objectiveValue == second.objectiveValue)
    }

    @Test("The simplex decides what the network path cannot vouch for")
    func fallBackToSimplex() throws {
        // Fractional costs (beyond 10⁶ scaling): the simplex.
        var fractional = NetworkModels.transportation()
        fractional.setObjectiveCoefficient(1.0 / 3.0, for: Variable(index: 0))
        #expect(try network.solve(fractional).method?.algorithm == .dualSimplex)
        // Costs in tenths are scaled: still the network path, the same optimum as the simplex.
        var tenths = NetworkModels.transportation()
        tenths.setObjectiveCoefficient(7.5, for: Variable(index: 0))
        let scaled = try network.solve(tenths)
        #expect(scaled.method?.algorithm == .outOfKilter)
        #expect(scaled.objectiveValue == (try simplex.solve(tenths)).objectiveValue)
        #expect(NetworkModels.certificateFailures(of: scaled, for: tenths).isEmpty)
        // Infeasible (demand 50 > capacity 20 + 25): the simplex confirms.
        var infeasible = NetworkModels.transportation()
        infeasible.setBounds(of: ConstraintReference(index: 1), lower: -.infinity, upper: 25)
        let none = try network.solve(infeasible)
        #expect(none.termination == .infeasible)
        #expect(none.method?.algorithm == .dualSimplex)
        // Unbounded (a negative-cost column without upper bound into a free direction): the simplex says so.
        var unbounded = NetworkModels.transportation()
        let spill = unbounded.addVariable("spill", lowerBound: -.infinity, objective: 1)
        unbounded.addConstraint(spill <= 0, name: "spill_cap")
        let open = try network.solve(unbounded)
        #expect(open.termination == .unbounded)
        // Sensitivity ranges and iteration limits need the simplex.
        let ranged = try network.solve(NetworkModels.transportation(), options: SolverOptions(sensitivity: true))
        #expect(ranged.method?.algorithm == .dualSimplex && ranged.sensitivity != nil)
    }

    @Test("Left to GLPK: networks from the threshold on get the network class's settings, the rest keep theirs")
    func automaticChoice() throws {
        let automatic = GLPKSolver()
        let small = try automatic.solve(NetworkModels.transportation())
        #expect(small.method == SolveMethod(.dualSimplex, presolve: true, modelClass: .general))
        let size = Int(Double(GLPKParameters.networkColumnThreshold).squareRoot().rounded(.up))
        let large = CanonicalProblem.transportation(size: size)
        #expect(large.columnCount >= GLPKParameters.networkColumnThreshold)
        #expect(GLPKParameters.modelClass(of: large, hint: .general) == .network)
        let solution = try automatic.solve(large)
        #expect(solution.method == SolveMethod(.dualSimplex, presolve: false, modelClass: .network))
        #expect(solution.objectiveValue == (try network.solve(large)).objectiveValue)
        // A large model that is no network keeps the general settings.
        var general = large
        general.addConstraint(2 * Variable(index: 0) + Variable(index: 1) <= 15, name: "not_a_network")
        #expect(GLPKParameters.modelClass(of: general, hint: .general) == .general)
        // The caller's hint decides for small models.
        #expect(GLPKParameters.modelClass(of: NetworkModels.transportation(), hint: .network) == .network)
        // With the out-of-kilter algorithm asked for, a time limit of 0 leaves the run to the simplex, which stops.
        #expect(try network.solve(large, options: SolverOptions(timeLimit: 0)).termination == .timeLimit)
    }
}
