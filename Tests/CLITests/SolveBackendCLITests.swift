import Foundation
import TestSupport
import Testing

/// `kkr-plan solve --solver`: the backend is chosen on the command line, the output names what ran, and a setting the
/// backend does not have is a warning on stderr (stdout stays the answer).
@Suite("kkr-plan solve --solver")
struct SolveBackendCLITests {
    private func json(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test("An LP with --solver cbc is solved by CLP, a MIP by CBC (auto: GLPK); Wyndor's optimum is 36 with either")
    func outputNamesTheSolverThatRan() throws {
        for (solver, prefix) in [("glpk", "GLPK "), ("cbc", "CLP ")] {
            let result = try KKRPlanBinary.run([
                "solve", "Inputs/models/wyndor.lp", "--solver", solver, "--format", "json",
            ])
            #expect(result.exitCode == 0 && result.stderr.isEmpty, "\(solver): \(result.stderr)")
            let object = try json(result.stdout)
            #expect(object["objective"] as? Double == 36)
            #expect((object["solver"] as? String)?.hasPrefix(prefix) == true, "\(solver): \(object["solver"] ?? "")")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("solve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // max x + y; 2x + 2y ≤ 3; x, y integer → 1 (the relaxation gives 1.5).
        let file = folder.appendingPathComponent("mip.lp")
        try "Maximize\n obj: x + y\nSubject To\n half: 2 x + 2 y <= 3\nGeneral\n x y\nEnd\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let mip = try KKRPlanBinary.run(["solve", file.path, "--solver", "cbc"])
        #expect(mip.exitCode == 0 && mip.stderr.isEmpty, "\(mip.stderr)")
        #expect(mip.stdout.contains("Objective:  1 (maximize)"))
        #expect(mip.stdout.contains("(CBC "))
        #expect(mip.stdout.contains("Algorithm:  branch-and-cut, presolve"))
        // --solver auto leaves MIPs to GLPK.
        let auto = try KKRPlanBinary.run(["solve", file.path, "--solver", "auto"])
        #expect(auto.exitCode == 0 && auto.stderr.isEmpty, "\(auto.stderr)")
        #expect(auto.stdout.contains("Objective:  1 (maximize)"))
        #expect(auto.stdout.contains("(GLPK "))
        #expect(auto.stdout.contains("Algorithm:  branch-and-cut, presolve (settings for general models)"))
    }

    @Test("--cuts and --sensitivity do not apply to cbc: a warning each, exit 0, stdout only the answer")
    func flagsThatDoNotApplyAreWarnings() throws {
        let result = try KKRPlanBinary.run([
            "solve", "Inputs/models/wyndor.lp", "--solver", "cbc", "--cuts", "--sensitivity", "--format", "json",
        ])
        #expect(result.exitCode == 0)
        #expect(result.stderr.contains("--cuts does not apply to --solver cbc"))
        #expect(result.stderr.contains("--sensitivity does not apply to --solver cbc"))
        let object = try json(result.stdout)
        #expect(object["objective"] as? Double == 36)
        #expect(object["sensitivity"] is NSNull)
    }

    @Test("An unknown backend is a usage error (64)")
    func unknownBackend() throws {
        let result = try KKRPlanBinary.run(["solve", "Inputs/models/wyndor.lp", "--solver", "cplex"])
        #expect(result.exitCode == 64)
        #expect(result.stdout.isEmpty)
    }
}
