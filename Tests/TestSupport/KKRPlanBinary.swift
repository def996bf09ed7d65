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

    /// Runs `kkr-plan arguments…` in `currentDirectory` (default: the package root) and waits for it; a command
    /// that solves gets `--solver` for `KKR_TEST_SOLVER`'s backend (``TestSolver/arguments(_:)``).
    public static func run(_ arguments: [String], currentDirectory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = TestSolver.arguments(arguments)
        process.currentDirectoryURL = currentDirectory ?? SharedData.packageRoot
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
