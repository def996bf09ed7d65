import Foundation

/// Runs the built `kkr-plan` executable, for end-to-end tests.
public enum KKRPlanBinary {
    /// What one run printed and returned.
    public struct Result: Sendable {
        /// The process's exit status.
        public var exitCode: Int32
        /// Everything written to standard output.
        public var stdout: String
        /// Everything written to standard error.
        public var stderr: String
    }

    /// The executable: `KKR_PLAN_BINARY` if set, else `kkr-plan` in the build folder that holds this test bundle.
    public static var url: URL {
        if let path = ProcessInfo.processInfo.environment["KKR_PLAN_BINARY"] {
            return URL(fileURLWithPath: path)
        }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On macOS the test bundle is …/debug/X.xctest/Contents/MacOS/X.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("kkr-plan").path),
            folder.pathComponents.count > 2
        {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("kkr-plan")
    }

    /// The binary is missing or older than a file it is built from: the tests would check an old program.
    public struct StaleBinary: Error, CustomStringConvertible {
        /// What is wrong and what to do.
        public var description: String
    }

    /// Nil when ``url`` exists and is newer than every source file it is built from; else why not.
    ///
    /// `make test` and `swift test` build `kkr-plan` before running the tests; a binary older than a source file
    /// means it was not rebuilt (or `KKR_PLAN_BINARY` points at an old one), and every CLI test would pass or fail
    /// for the wrong program. The files it is built from are those under `Sources/`, except the other executables'
    /// folders (kebab-case names such as `kkr-bench`, which `kkr-plan` cannot depend on and which do not relink it)
    /// and `BenchmarkSupport` (no production target may import it: `.ci/check-imports`, rule 3).
    /// `Package.swift` is not compared: a change to another target's entry does not relink `kkr-plan`.
    public static let staleness: String? = {
        let binary = url
        guard let built = modificationDate(binary) else {
            return "\(binary.path) does not exist — build it first (make test, or swift build --product kkr-plan)"
        }
        let root = SharedData.packageRoot
        var sources: [URL] = []
        let targets =
            (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Sources").path)) ?? []
        for target in targets where target == "kkr-plan" || !(target.contains("-") || target == "BenchmarkSupport") {
            let folder = root.appendingPathComponent("Sources").appendingPathComponent(target)
            guard
                let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
            else { continue }
            for case let file as URL in walker
            where (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                sources.append(file)
            }
        }
        let newer = sources.filter { (modificationDate($0) ?? .distantPast) > built }
            .map { String($0.path.dropFirst(root.path.count + 1)) }.sorted()
        guard let first = newer.first else { return nil }
        return "\(binary.path) is older than \(first)\(newer.count > 1 ? " and \(newer.count - 1) other files" : "")"
            + " — the CLI tests would run an old build; rebuild (make test, or swift build) and run the tests again"
    }()

    private static func modificationDate(_ file: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: file.path))?[.modificationDate] as? Date
    }

    /// Runs `kkr-plan arguments…` in `currentDirectory` (default: `Tests/Fixtures`, which holds the frozen `Inputs/`)
    /// and waits for it; a command that solves gets `--solver` for `KKR_TEST_SOLVER`'s backend
    /// (``TestSolver/arguments(_:)``).
    ///
    /// - Throws: ``StaleBinary`` when the binary is not the one just built (see ``staleness``).
    public static func run(_ arguments: [String], currentDirectory: URL? = nil) throws -> Result {
        if let staleness { throw StaleBinary(description: staleness) }
        let process = Process()
        process.executableURL = url
        process.arguments = TestSolver.arguments(arguments)
        process.currentDirectoryURL = currentDirectory ?? Fixtures.folder
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kkr-plan-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(
            exitCode: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        )
    }
}
