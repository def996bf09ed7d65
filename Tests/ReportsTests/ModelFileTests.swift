import Allocation
import Foundation
import GLPKSolver
import KKRDomain
import LinearProgramming
import Reports
import TestSupport
import Testing

/// The audit model files a plan writes next to its reports: read back by GLPK and solved again,
/// they reach the plan's own optimum.
@Suite struct ModelFileTests {
    static let inputs = GoldenFile.inputs

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
        guard case .written(let plan, let files, _) = try job.run(try job.validate(), solver: TestSolver.make()) else {
            Issue.record("the default Socialaftale plan is infeasible")
            return
        }
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
        guard case .written(let plan, let files, _) = try job.run(try job.validate(), solver: TestSolver.make()) else {
            Issue.record("the default training-places plan is infeasible")
            return
        }
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
        let files = try TraineeshipReportSet.files(for: plan, language: .danish)
        #expect(!files.contains { $0.relativePath.hasSuffix("_model.lp") })
    }
}
