import LinearProgramming
import SolverBackends
import TestSupport
import Testing

/// One case on one backend.
struct ConformanceRun: Sendable, CustomStringConvertible {
    var backend: SolverBackend
    var conformanceCase: ConformanceCase

    var description: String { "\(backend.rawValue) \(conformanceCase.name)" }

    /// Every case on every backend that has the capabilities it needs.
    static let applicable: [ConformanceRun] = SolverBackend.allCases.flatMap { backend in
        let solver = backend.makeSolver()
        return ConformanceCase.all.filter { $0.missingCapabilities(of: solver).isEmpty }
            .map { ConformanceRun(backend: backend, conformanceCase: $0) }
    }

    /// The excluded runs, each with the capabilities the backend lacks.
    static let excluded: [(run: ConformanceRun, missing: SolverCapabilities)] = SolverBackend.allCases.flatMap {
        backend in
        let solver = backend.makeSolver()
        return ConformanceCase.all.compactMap { conformanceCase in
            let missing = conformanceCase.missingCapabilities(of: solver)
            return missing.isEmpty ? nil : (ConformanceRun(backend: backend, conformanceCase: conformanceCase), missing)
        }
    }
}

/// The conformance suite (Tests/TestSupport/Conformance.swift) for every backend: a case a backend lacks the
/// capability for is left out with that capability's name; any other difference is a failure.
@Suite("Conformance")
struct ConformanceTests {
    @Test(arguments: ConformanceRun.applicable)
    func conforms(_ run: ConformanceRun) throws {
        let failures = try run.conformanceCase.check(run.backend.makeSolver())
        #expect(failures.isEmpty, "\(run): \(failures.joined(separator: "; "))")
    }

    /// GLPK with its network algorithm wherever a model allows it (not only from the size where it is chosen
    /// automatically): the same suite, the same capabilities, so no case is left out.
    @Test(arguments: ConformanceCase.all)
    func networkPathConforms(_ conformanceCase: ConformanceCase) throws {
        let solver = SolverBackend.glpk.makeSolver(BackendSettings(networkAlgorithm: .outOfKilter))
        #expect(conformanceCase.missingCapabilities(of: solver).isEmpty)
        let failures = try conformanceCase.check(solver)
        let name = "glpk --network out_of_kilter \(conformanceCase.name)"
        #expect(failures.isEmpty, "\(name): \(failures.joined(separator: "; "))")
    }

    @Test("Exclusions come only from missing capabilities, and each names them")
    func exclusionsNameCapabilities() {
        for (run, missing) in ConformanceRun.excluded {
            #expect(!missing.description.isEmpty)
            #expect(!run.conformanceCase.requires.isEmpty)
        }
        // GLPK, the default, runs every case.
        #expect(!ConformanceRun.excluded.contains { $0.run.backend == .glpk })
    }

    @Test("Every case has a unique name; at least 30 canonical cases and 50 Netlib LPs")
    func catalogue() {
        let names = ConformanceCase.all.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(CanonicalProblem.all.count >= 30)
        if SharedData.isAvailable {
            #expect(ConformanceCase.netlibOptima.count >= 50)
        }
        #expect(
            ConformanceCase.alternativeOptima(in: "x (GANGES) [CPLEX in same readme: -1.0958573613E+05]")
                == [-109_585.736_13]
        )
    }
}
