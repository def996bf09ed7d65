import Foundation
import TestSupport
import Testing

/// `kkr-plan solve --solver auto` and GLPK's choice per model class: which solver and algorithm run (named on
/// stdout as text and JSON), the same optimum on every path, and nothing of the solvers' own output on stdout.
@Suite("kkr-plan solve: which solver runs")
struct SolveAutoCLITests {
    private func json(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    /// A 71 × 71 transportation LP (5,041 columns: at both thresholds) in CPLEX-LP format, costs
    /// (7i + 3j) mod 11 + 1, supplies and demands 10: a min-cost flow with whole data.
    private func writeLargeNetwork(in folder: URL) throws -> String {
        let size = 71
        let names = (0..<size).map { i in (0..<size).map { j in "x_\(i)_\(j)" } }
        var text = "Minimize\n obj:"
        for i in 0..<size {
            for j in 0..<size { text += " + \((i * 7 + j * 3) % 11 + 1) \(names[i][j])" }
        }
        text += "\nSubject To\n"
        for i in 0..<size { text += " s\(i): " + names[i].joined(separator: " + ") + " <= 10\n" }
        for j in 0..<size { text += " d\(j): " + names.map { $0[j] }.joined(separator: " + ") + " >= 10\n" }
        text += "End\n"
        let file = folder.appendingPathComponent("transport71.lp")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test("Large network LP: GLPK without presolve by default, out-of-kilter on request, auto picks CLP; one optimum")
    func largeNetwork() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("solve-auto-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try writeLargeNetwork(in: folder)
        let runs: [(arguments: [String], solver: String, algorithm: String, presolve: Bool, modelClass: String?)] = [
            ([], "GLPK ", "dual_simplex", false, "network"),
            (["--verbose"], "GLPK ", "dual_simplex", false, "network"),
            (["--network", "out_of_kilter"], "GLPK ", "out_of_kilter", false, "network"),
            (["--network", "out_of_kilter", "--verbose"], "GLPK ", "out_of_kilter", false, "network"),
            (["--solver", "auto"], "CLP ", "dual_simplex", true, nil),
            (["--solver", "auto", "--verbose"], "CLP ", "dual_simplex", true, nil),
        ]
        var objectives: [Double] = []
        for run in runs {
            let result = try KKRPlanBinary.run(["solve", file, "--format", "json"] + run.arguments)
            #expect(result.exitCode == 0, "\(run.arguments): \(result.stderr)")
            // stdout is the one JSON object and nothing else, --verbose or not.
            let object = try json(result.stdout)
            #expect((object["solver"] as? String)?.hasPrefix(run.solver) == true, "\(run.arguments): \(object)")
            #expect(object["algorithm"] as? String == run.algorithm, "\(run.arguments): \(object)")
            #expect(object["presolve"] as? Bool == run.presolve, "\(run.arguments): \(object)")
            #expect(object["model_class"] as? String == run.modelClass, "\(run.arguments): \(object)")
            objectives.append(try #require(object["objective"] as? Double))
        }
        #expect(Set(objectives).count == 1, "\(objectives)")
        let text = try KKRPlanBinary.run(["solve", file])
        #expect(text.stdout.contains("Algorithm:  dual simplex, no presolve (settings for network models)"))
    }

    @Test("A small LP: auto keeps GLPK's dual simplex with presolve and says so")
    func smallLPStaysWithGLPK() throws {
        let lp = try KKRPlanBinary.run(["solve", "Inputs/models/wyndor.lp", "--solver", "auto", "--format", "json"])
        #expect(lp.exitCode == 0 && lp.stderr.isEmpty, "\(lp.stderr)")
        let object = try json(lp.stdout)
        #expect((object["solver"] as? String)?.hasPrefix("GLPK ") == true)
        #expect(object["algorithm"] as? String == "dual_simplex" && object["presolve"] as? Bool == true)
        #expect(object["model_class"] as? String == "general")
        #expect(object["objective"] as? Double == 36)
    }

    @Test("--network does not apply to cbc: a warning, the answer unchanged")
    func networkOptionWithCBC() throws {
        let result = try KKRPlanBinary.run([
            "solve", "Inputs/models/wyndor.lp", "--solver", "cbc", "--network", "out_of_kilter", "--format", "json",
        ])
        #expect(result.exitCode == 0)
        #expect(result.stderr.contains("--network does not apply to --solver cbc"))
        #expect(try json(result.stdout)["objective"] as? Double == 36)
    }

    @Test("The planners take --solver auto: the shipped inputs' models are small, so GLPK plans them, byte for byte")
    func plannersWithAuto() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        var reports: [[Data]] = []
        for solver in ["glpk", "auto"] {
            let result = try workspace.run(["social", "--solver", solver])
            #expect(result.exitCode == 0, "\(solver): \(result.stderr)")
            reports.append(try SocialCLITests.reports.map { try workspace.read("Reports/2027/\($0)") })
        }
        #expect(reports[0] == reports[1])
    }
}
