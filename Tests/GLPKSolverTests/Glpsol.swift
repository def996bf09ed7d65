import Foundation

/// Runs the `glpsol` command (Debian's glpk-utils) for comparisons.
///
/// Every output file goes to a fresh temporary folder — never a device:
/// `glpsol` unlinks each output file before writing it, and run as root on
/// `/dev/null` that would delete the device.
enum Glpsol {
    /// The executable found on `PATH`, if any.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("glpsol") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// True when `glpsol` is installed.
    static var isAvailable: Bool { executable != nil }

    /// Why the comparison tests are skipped.
    static let skipMessage = "glpsol is not installed (Debian: apt-get install glpk-utils); comparison skipped"

    /// What `glpsol -w` reports: the solution kind (`bas`, `ipt`, `mip`), its status letters and the objective.
    struct Outcome {
        var kind: String
        var status: String
        var objective: Double
        /// The folder holding every file glpsol wrote (deleted by the caller's `defer`).
        var files: [String: String]
    }

    /// Runs `glpsol arguments… -w SOLUTION [--ranges RANGES]` in a temporary folder and reads what it wrote.
    ///
    /// - Parameter ranges: also write the sensitivity report (`--ranges`) and return its text under "ranges".
    static func solve(_ arguments: [String], ranges: Bool = false) throws -> Outcome? {
        guard let executable else { return nil }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glpsol-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let solution = folder.appendingPathComponent("solution.txt")
        let report = folder.appendingPathComponent("ranges.txt")
        let log = folder.appendingPathComponent("log.txt")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments + ["-w", solution.path] + (ranges ? ["--ranges", report.path] : [])
        process.currentDirectoryURL = folder
        let logHandle = try FileHandle(forWritingTo: log)
        process.standardOutput = logHandle
        process.standardError = logHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try logHandle.close()
        let text = (try? String(contentsOf: solution, encoding: .utf8)) ?? ""
        // "s bas ROWS COLS PRIMAL DUAL OBJ" (simplex) or "s mip ROWS COLS STATUS OBJ" (branch-and-cut).
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("s ") }) else { return nil }
        let fields = line.split(separator: " ").map(String.init)
        guard fields.count >= 6, let objective = fields.last.flatMap(Double.init) else { return nil }
        var files = ["log": (try? String(contentsOf: log, encoding: .utf8)) ?? ""]
        if ranges { files["ranges"] = try? String(contentsOf: report, encoding: .utf8) }
        return Outcome(
            kind: fields[1],
            status: fields[4..<(fields.count - 1)].joined(separator: " "),
            objective: objective,
            files: files
        )
    }
}
