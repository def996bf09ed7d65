import Foundation
import TestSupport
import Testing

/// `kkr-plan solve` end to end: the built binary, its stdout, stderr and exit code.
@Suite("kkr-plan solve")
struct SolveCommandTests {
    private func json(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test("JSON for the example LP: exactly one object with the contract's keys")
    func exampleJSON() throws {
        let result = try KKRPlanBinary.run(["solve", "Inputs/models/wyndor.lp", "--format", "json"])
        #expect(result.exitCode == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.split(separator: "\n").count == 1)
        let object = try json(result.stdout)
        #expect(object["termination"] as? String == "optimal")
        #expect(object["has_solution"] as? Bool == true)
        #expect(object["objective"] as? Double == 36)
        #expect(object["rows"] as? Int == 3)
        #expect(object["columns"] as? Int == 2)
        #expect(object["integer_columns"] as? Int == 0)
        #expect(object["seconds"] is Double || object["seconds"] is Int)
    }

    @Test("Text output for a person")
    func exampleText() throws {
        let result = try KKRPlanBinary.run(["solve", "Inputs/models/wyndor.lp"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("Status:     optimal (solution available)"))
        #expect(result.stdout.contains("Objective:  36 (maximize)"))
    }

    @Test("An infeasible model is an answer: exit 0, objective null")
    func infeasibleIsAnAnswer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("solve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("infeasible.lp")
        try "Minimize\n obj: x\nSubject To\n low: x >= 2\n high: x <= 1\nEnd\n"
            .write(
                to: file,
                atomically: true,
                encoding: .utf8
            )
        let result = try KKRPlanBinary.run(["solve", file.path, "--format", "json"])
        #expect(result.exitCode == 0)
        let object = try json(result.stdout)
        #expect(object["termination"] as? String == "infeasible")
        #expect(object["has_solution"] as? Bool == false)
        #expect(object["objective"] is NSNull)
    }

    @Test("A missing file exits 66; stdout stays empty")
    func missingFile() throws {
        let result = try KKRPlanBinary.run(["solve", "no/such/model.mps", "--format", "json"])
        #expect(result.exitCode == 66)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no/such/model.mps"))
    }

    @Test("A malformed file exits 65 with the reader's message and line on stderr")
    func malformedFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("solve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.mps")
        try "NAME broken\nROWS\n N obj\n L c1\nCOLUMNS\n x obj 1 c1 notanumber\nRHS\nENDATA\n"
            .write(
                to: file,
                atomically: true,
                encoding: .utf8
            )
        let result = try KKRPlanBinary.run(["solve", file.path])
        #expect(result.exitCode == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("broken.mps:6:"))
    }

    @Test("A bad option value is a usage error (64)")
    func usageError() throws {
        let result = try KKRPlanBinary.run(["solve", "Inputs/models/wyndor.lp", "--time-limit", "-3"])
        #expect(result.exitCode == 64)
        #expect(result.stdout.isEmpty)
    }

    @Test(
        "A MIPLIB instance with a time limit reports time_limit, never optimal",
        .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage))
    )
    func timeLimit() throws {
        let result = try KKRPlanBinary.run([
            "solve", SharedData.path(of: "miplib3/markshare1"), "--time-limit", "0.5", "--format", "json",
        ])
        #expect(result.exitCode == 0)
        let object = try json(result.stdout)
        #expect(object["termination"] as? String == "time_limit")
        #expect(object["integer_columns"] as? Int == 50)
    }
}
