import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `kkr-plan solve` on hostile model files (issue 13, items 3, 4 and 12, and the GLPK safety net): numbers outside
/// the solver's range are input errors (65) naming the file, line, row and column; a GLPK failure is exit 70 with
/// one line, never a signal; a FIFO and `/dev/stdin` are read once.
@Suite("kkr-plan solve: hostile model files")
struct SolveInputCLITests {
    /// A scratch folder, removed by the caller.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("solve-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The binary is not the one just built (``KKRPlanBinary/staleness``).
    struct StaleBinary: Error, CustomStringConvertible {
        var description: String
    }

    /// What one run printed and returned.
    struct Outcome {
        var exitCode: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `kkr-plan` with `input` on stdin; kills it after `timeout` seconds (exit code −1 then).
    static func run(_ arguments: [String], input: Data? = nil, timeout: Double = 120) throws -> Outcome {
        if let staleness = KKRPlanBinary.staleness { throw StaleBinary(description: staleness) }
        let scratch = try folder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = KKRPlanBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = SharedData.packageRoot
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(input)
            try stdin.fileHandleForWriting.close()
        }
        let timedOut = finished.wait(timeout: .now() + timeout) == .timedOut
        if timedOut {
            process.terminate()
            finished.wait()
        }
        try out.close()
        try err.close()
        return Outcome(
            exitCode: timedOut ? -1 : process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: (timedOut ? "timed out\n" : "") + String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        )
    }

    /// Writes `text` to `name` in a fresh folder and runs `kkr-plan solve` on it with `options`.
    static func solve(_ text: String, name: String = "model.lp", _ options: [String] = []) throws -> Outcome {
        let scratch = try folder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return try run(["solve", file.path] + options)
    }

    static func expectInputError(_ result: Outcome, _ fragments: [String]) {
        #expect(result.exitCode == 65, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        for fragment in fragments {
            #expect(result.stderr.contains(fragment), "\(fragment) not in \(result.stderr)")
        }
        #expect(result.stderr.contains(" — hint: "))
    }

    // MARK: - Numbers outside the range (issue 13, items 3 and 4)

    @Test("c1: x + 1e200 y <= 0 (GLPK failed in prob4.c): exit 65 naming line, row and column")
    func hugeCoefficient() throws {
        let result = try Self.solve("Minimize\n obj: x + y\nSubject To\n c1: x + 1e200 y <= 0\nEnd\n")
        Self.expectInputError(result, ["model.lp:4: error: row 1 'c1': coefficient of 'y' is 1e+200", "1 error in"])
    }

    @Test("c2: 1e308 y <= 0 with --no-presolve (GLPK failed in spychuzr.c)")
    func overflowingCoefficient() throws {
        let text = "Minimize\n obj: x + y\nSubject To\n c1: x + y >= 1\n c2: 1e308 y <= 0\nEnd\n"
        Self.expectInputError(try Self.solve(text, ["--no-presolve"]), ["model.lp:5: error: row 2 'c2'", "1e+308"])
    }

    @Test("The pair 1e200 / 1e-200 (GLPK failed in fhv.c): both coefficients reported")
    func pair() throws {
        let text = "Minimize\n obj: x + y\nSubject To\n c: 1e200 x + 1e-200 y >= 1\nEnd\n"
        Self.expectInputError(try Self.solve(text), ["'x' is 1e+200", "'y' is 1e-200", "2 errors in the model"])
    }

    @Test("A MIP with 1e150 coefficients and --cuts (GLPK failed in covgen.c)")
    func mipWithCuts() throws {
        let text = "Maximize\n obj: x + y\nSubject To\n c: 1e150 x + 1e150 y <= 3e150\nGeneral\n x\n y\nEnd\n"
        Self.expectInputError(try Self.solve(text, ["--cuts"]), ["model.lp:4: error: row 1 'c'", "1e+150"])
    }

    @Test("Maximize 2 x with x <= 1e308 (was 'optimal, Objective: inf', and an EncodingError in JSON)")
    func infiniteObjective() throws {
        let text = "Maximize\n obj: 2 x\nSubject To\n c1: x <= 1e308\nEnd\n"
        Self.expectInputError(try Self.solve(text), ["model.lp:4: error: row 1 'c1': upper bound 1e+308"])
        let json = try Self.solve(text, ["--format", "json"])
        Self.expectInputError(json, ["1e+308"])
        #expect(!json.stderr.contains("EncodingError"))
    }

    @Test(
        "flugpl with one coefficient -1e308 and --no-presolve (exit 134 or 139 before); sc50a with an RHS of 1e308",
        .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage))
    )
    func publishedInstancesWithHugeNumbers() throws {
        let flugpl = try String(contentsOfFile: SharedData.path(of: "miplib3/flugpl"), encoding: .utf8)
        let costs = "    STM1      KOSTEN            2700"
        #expect(flugpl.contains(costs))
        let brokenFlugpl = flugpl.replacingOccurrences(of: costs, with: "    STM1      KOSTEN          -1e308")
        Self.expectInputError(
            try Self.solve(brokenFlugpl, name: "flugpl.mps", ["--no-presolve"]),
            ["flugpl.mps:37: error: column 1 'STM1': objective coefficient is -1e+308"]
        )
        let sc50a = try String(contentsOfFile: SharedData.path(of: "netlib/sc50a"), encoding: .utf8)
        let rhs = " 170.   ROW00002"
        #expect(sc50a.contains(rhs))
        let brokenSc50a = sc50a.replacingOccurrences(of: rhs, with: "1e308   ROW00002")
        Self.expectInputError(try Self.solve(brokenSc50a, name: "sc50a.mps"), ["sc50a.mps:", "'ROW00001'", "1e+308"])
    }

    // MARK: - The GLPK safety net

    @Test("A valid model on which GLPK asserts: exit 70 with one line on stderr, nothing on stdout, no signal")
    func glpkAssertion() throws {
        for format in ["text", "json"] {
            let result = try Self.solve(GLPKAssertionModel.text, name: "npp3.lp", ["--format", format])
            #expect(result.exitCode == 70, "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(result.stderr.contains("npp3.lp: error: GLPK stopped on an internal error (Assertion failed"))
        }
        let withoutPresolve = try Self.solve(GLPKAssertionModel.text, name: "npp3.lp", ["--no-presolve"])
        #expect(withoutPresolve.exitCode == 0)
        #expect(withoutPresolve.stdout.contains("Status:     optimal"))
    }

    // MARK: - Reading once (issue 13, item 12)

    /// min x + 2 y, x + y ≥ 3: optimum 3. Free MPS only (the ROWS lines break the fixed columns).
    static let freeMPS = "NAME fifo\nROWS\n N obj\n G c\nCOLUMNS\n x obj 1 c 1\n y obj 2 c 1\nRHS\n rhs c 3\nENDATA\n"

    @Test("Free MPS from a FIFO is read once (it hung before)")
    func fifo() throws {
        let scratch = try Self.folder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let path = scratch.appendingPathComponent("model.mps").path
        #expect(mkfifo(path, 0o600) == 0)
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: path) else { return }
            handle.write(Data(Self.freeMPS.utf8))
            try? handle.close()
        }
        writer.start()
        let result = try Self.run(["solve", path, "--format", "json"], timeout: 60)
        // Unblock the writer if the binary never opened the FIFO.
        let unblock = open(path, O_RDONLY | O_NONBLOCK)
        if unblock >= 0 { close(unblock) }
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"format\":\"free-mps\""))
        #expect(result.stdout.contains("\"objective\":3,"))
    }

    @Test("Free MPS and CPLEX LP from /dev/stdin (free MPS failed with the fixed-MPS error before)")
    func standardInput() throws {
        let mps = try Self.run(["solve", "/dev/stdin", "--format", "json"], input: Data(Self.freeMPS.utf8))
        #expect(mps.exitCode == 0, "\(mps.stderr)")
        #expect(mps.stdout.contains("\"objective\":3,"))
        let wyndor = try Data(
            contentsOf: SharedData.packageRoot.appendingPathComponent("Tests/Fixtures/Inputs/models/wyndor.lp")
        )
        let lp = try Self.run(["solve", "/dev/stdin"], input: wyndor)
        #expect(lp.exitCode == 0, "\(lp.stderr)")
        #expect(lp.stdout.contains("(lp)") && lp.stdout.contains("Objective:  36 (maximize)"))
    }

    @Test("Reader errors have the form file:line:column: error: … — hint: …; a folder is bad input (65), as everywhere")
    func readerErrors() throws {
        let result = try Self.solve("NAME x\nROWS\n N obj\nCOLUMNS\n x obj 1 nope 2\nENDATA\n", name: "bad.mps")
        Self.expectInputError(result, ["bad.mps:5:10: error: row 'nope' is not in the ROWS section"])
        let scratch = try Self.folder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try Self.run(["solve", scratch.path])
        #expect(folder.exitCode == 65)
        #expect(folder.stderr.contains("error: this is a folder, not a file"))
    }
}
