import Foundation
import TestSupport
import Testing

/// `kkr-plan solve --explain`, `--sensitivity` and `--write-lp`, through the built binary.
@Suite("kkr-plan solve: explain, sensitivity, export")
struct SolveAnalysisTests {
    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("solve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    /// x + y = 10 with x ≤ 3, y ≤ 4 cannot hold; the row "spare" is not part of it.
    private let infeasibleLP = """
        Minimize
         cost: x + y
        Subject To
         total: x + y = 10
         spare: x - y <= 100
        Bounds
         x <= 3
         y <= 4
        End

        """

    @Test("--explain --format json adds the conflict: rows and bounds by name")
    func explainJSON() throws {
        let object = try withFolder { folder in
            let file = folder.appendingPathComponent("infeasible.lp")
            try infeasibleLP.write(to: file, atomically: true, encoding: .utf8)
            let result = try KKRPlanBinary.run(["solve", file.path, "--explain", "--format", "json"])
            #expect(result.exitCode == 0)
            return try json(result.stdout)
        }
        #expect(object["termination"] as? String == "infeasible")
        let conflict = try #require(object["conflict"] as? [String: Any])
        #expect(conflict["rows"] as? [String] == ["total"])
        let bounds = try #require(conflict["bounds"] as? [[String: String]])
        #expect(bounds == [["column": "x", "side": "upper"], ["column": "y", "side": "upper"]])
        #expect(conflict["irreducible"] as? Bool == true)
    }

    @Test("--explain in text lists the members readably")
    func explainText() throws {
        let stdout = try withFolder { folder in
            let file = folder.appendingPathComponent("infeasible.lp")
            try infeasibleLP.write(to: file, atomically: true, encoding: .utf8)
            return try KKRPlanBinary.run(["solve", file.path, "--explain"]).stdout
        }
        #expect(stdout.contains("Conflict:   1 row and 2 bounds cannot all hold (irreducible"))
        #expect(stdout.contains("  row 'total': x + y = 10\n"))
        #expect(stdout.contains("  bound 'x' <= 3 (upper bound)\n"))
        #expect(stdout.contains("  bound 'y' <= 4 (upper bound)\n"))
        #expect(!stdout.contains("spare"))
    }

    @Test("--explain on a feasible model: \"conflict\": null")
    func explainFeasible() throws {
        let result = try KKRPlanBinary.run(["solve", "Inputs/models/wyndor.lp", "--explain", "--format", "json"])
        let object = try json(result.stdout)
        #expect(object["conflict"] is NSNull)
        #expect(object.keys.contains("conflict"))
    }

    @Test(
        "--explain on Chinneck's galenet names rows and bounds of the file",
        .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage))
    )
    func explainGalenet() throws {
        let result = try KKRPlanBinary.run([
            "solve", SharedData.path(of: "netlib_infeas/galenet"), "--explain", "--format", "json",
        ])
        #expect(result.exitCode == 0)
        let conflict = try #require(try json(result.stdout)["conflict"] as? [String: Any])
        let rows = try #require(conflict["rows"] as? [String])
        let known = Set(["S1", "S2", "S3", "NODE4", "NODE5", "D6", "D7", "D8"])
        #expect(!rows.isEmpty && rows.allSatisfy(known.contains))
    }

    @Test("--sensitivity adds Wyndor's textbook ranges; null ends are unlimited")
    func sensitivityJSON() throws {
        let result = try KKRPlanBinary.run(["solve", "Inputs/models/wyndor.lp", "--sensitivity", "--format", "json"])
        let sensitivity = try #require(try json(result.stdout)["sensitivity"] as? [String: Any])
        let columns = try #require(sensitivity["columns"] as? [[String: Any]])
        let rows = try #require(sensitivity["rows"] as? [[String: Any]])
        #expect(columns.map { $0["name"] as? String } == ["x", "y"])
        #expect(columns[0]["cost_low"] as? Double == 0 && columns[0]["cost_high"] as? Double == 7.5)
        #expect(columns[1]["cost_low"] as? Double == 2 && columns[1]["cost_high"] is NSNull)
        #expect(rows[1]["rhs_low"] as? Double == 6 && rows[1]["rhs_high"] as? Double == 18)
        #expect(rows[2]["rhs_low"] as? Double == 12 && rows[2]["rhs_high"] as? Double == 24)
        #expect(rows[2]["dual"] as? Double == 1)
    }

    @Test("--write-lp writes the model as read; solving the written file gives the same objective")
    func writeLP() throws {
        try withFolder { folder in
            let output = folder.appendingPathComponent("wyndor-copy.lp").path
            let first = try KKRPlanBinary.run([
                "solve", "Inputs/models/wyndor.lp", "--write-lp", output, "--format", "json",
            ])
            #expect(first.exitCode == 0)
            let text = try String(contentsOfFile: output, encoding: .utf8)
            #expect(text.contains(" plant3: + 3 x + 2 y <= 18\n"))
            let second = try KKRPlanBinary.run(["solve", output, "--format", "json"])
            #expect(try json(second.stdout)["objective"] as? Double == 36)
        }
    }

    @Test("--write-lp to a folder that does not exist: exit 73, nothing on stdout")
    func writeLPFails() throws {
        let result = try KKRPlanBinary.run([
            "solve", "Inputs/models/wyndor.lp", "--write-lp", "/nonexistent-folder-kkr/model.lp",
        ])
        #expect(result.exitCode == 73)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("/nonexistent-folder-kkr/model.lp"))
    }
}
