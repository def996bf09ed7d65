import Allocation
import Foundation
import GLPKSolver
import KKRDomain
import LinearProgramming
import Planning
import Reports
import TestSupport
import Testing

/// The audit model files (the planning layer's artifacts) a plan writes next to its reports: read back by
/// GLPK and solved again, they reach the plan's own optimum.
@Suite struct ModelFileTests {
    static let inputs = Fixtures.inputs

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("kkr-model-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Reads `url` with GLPK's LP reader and solves it with GLPK.
    static func resolve(_ url: URL) throws -> Double {
        let (model, format) = try GLPKModelReader.read(path: url.path)
        #expect(format == .cplexLP)
        let solution = try TestSolver.make().solve(model, options: SolverOptions())
        #expect(solution.termination == .optimal)
        return try #require(solution.objectiveValue)
    }

    static func close(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))
    }

    @Test func socialModelFileGivesTheMIPObjective() throws {
        let output = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let job = SocialJob(inputs: Self.inputs, inputsDisplayName: "Inputs", output: output)
        let outcome = try job.plan(try job.validate(), solver: TestSolver.make())
        guard case .planned(let plan) = outcome else {
            Issue.record("the default Socialaftale plan is infeasible")
            return
        }
        #expect(job.artifacts(outcome).map(\.relativePath) == ["2027/socialaftale_model.lp"])
        let files = try job.reportSet(outcome).write(to: output)
        let url = try #require(files.first { $0.lastPathComponent == "socialaftale_model.lp" })
        let objective = try #require(plan.summary.objective)
        let resolved = try Self.resolve(url)
        #expect(Self.close(resolved, objective), "re-solved \(resolved), planned \(objective)")
        #expect(Self.close(resolved, plan.costs.total), "re-solved \(resolved), total cost \(plan.costs.total)")
    }

    @Test func traineeshipModelFileGivesTheLastStageObjective() throws {
        let output = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let job = TraineeshipJob(inputs: Self.inputs, inputsDisplayName: "Inputs", output: output)
        let outcome = try job.plan(try job.validate(), solver: TestSolver.make())
        guard case .planned(let plan) = outcome else {
            Issue.record("the default training-places plan is infeasible")
            return
        }
        let files = try job.reportSet(outcome).write(to: output)
        #expect(plan.models.map(\.name) == ["paedagog", "pau", "sosu"])
        let sosu = try #require(plan.models.first { $0.name == "sosu" })
        let url = try #require(files.first { $0.lastPathComponent == "traineeships_sosu_model.lp" })
        let resolved = try Self.resolve(url)
        #expect(Self.close(resolved, sosu.objective), "re-solved \(resolved), last stage \(sosu.objective)")
        #expect(try String(contentsOf: url, encoding: .utf8).contains("keep_total_deviation"))
    }

    @Test func classicMethodsWriteNoModel() throws {
        let inputs = try TraineeshipInputReader.read(folder: Self.inputs, displayName: "Inputs")
        guard
            case .planned(let plan) = try TraineeshipPlanner(solver: TestSolver.make()).plan(inputs, method: .hamilton)
        else {
            Issue.record("the default plan is infeasible with Hamilton")
            return
        }
        #expect(plan.models.isEmpty)
        let job = TraineeshipJob(
            inputs: Self.inputs,
            inputsDisplayName: "Inputs",
            output: Self.inputs,
            method: .hamilton
        )
        let files = try job.reportSet(.planned(plan)).files
        #expect(!files.contains { $0.relativePath.hasSuffix("_model.lp") })
        #expect(files.count == 8, "the report, the JSON and six CSV files")
    }
}
