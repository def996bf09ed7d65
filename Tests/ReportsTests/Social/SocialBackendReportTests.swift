import Allocation
import BenchmarkSupport
import KKRDomain
import Reports
import SolverBackends
import TestSupport
import Testing

/// Issue 10, item 4: `socialaftale.json` is the same, byte for byte, whichever backend planned, apart from the
/// `solver` and `solver_runs` it names: the placements (the tie-break), the place and citizen values (exact one-unit changes, not the
/// backend's duals, which differ on this dual-degenerate LP) and the recommendations.
@Suite struct SocialBackendReportTests {
    /// The JSON of `inputs` planned by `backend`, with the solver's name and methods left out.
    static func json(_ inputs: SocialInputs, _ backend: SolverBackend) throws -> String {
        guard case .planned(var plan) = try SocialPlanner(solver: backend.makeSolver()).plan(inputs) else {
            throw PlanningError(reason: "\(backend) found the Socialaftale infeasible")
        }
        #expect(plan.summary.solver != nil)
        #expect(plan.summary.solverRuns.map(\.solver.name).contains(plan.summary.solver?.name ?? ""))
        plan.summary.solver = nil
        plan.summary.solverRuns = []
        return try SocialJSON.render(plan)
    }

    @Test(arguments: ["fixtures", "generated"])
    func sameJSONFromEveryBackend(_ instance: String) throws {
        let inputs =
            instance == "fixtures"
            ? try SocialInputReader.read(folder: GoldenFile.inputs, displayName: "Inputs")
            : SocialInstanceGenerator(municipalities: 24, offers: 500, targetGroups: 12, seed: 2027).generate()
        let documents = try SolverBackend.allCases.map { try Self.json(inputs, $0) }
        #expect(documents.count >= 2)
        #expect(documents[0].contains("\"place_value\" : "))
        for (backend, document) in zip(SolverBackend.allCases, documents).dropFirst() {
            let lines = zip(document.split(separator: "\n"), documents[0].split(separator: "\n"))
            let first = lines.enumerated().first { $0.element.0 != $0.element.1 }
            #expect(
                document == documents[0],
                "\(backend) differs from \(SolverBackend.allCases[0]) at \(String(describing: first))"
            )
        }
    }
}
