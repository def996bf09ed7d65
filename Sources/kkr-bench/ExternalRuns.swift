import Foundation

/// The baselines: `glpsol` on the same model written as CPLEX LP, and PuLP (Python) building and solving it.
struct ExternalRuns {
    /// A scratch folder for model, solution and log files (glpsol never gets a device as output file:
    /// it unlinks its output files first, and as root that would delete `/dev/null`).
    var folder: URL

    /// `glpsol --lp FILE -w SOLUTION OPTIONS…` once, timed as a whole process (reading the file included).
    func glpsol(_ modelFile: String, options: [String], into samples: inout Samples) throws {
        let solution = folder.appendingPathComponent("glpsol-solution.txt")
        let log = folder.appendingPathComponent("glpsol-log.txt")
        let arguments = ["--lp", modelFile, "-w", solution.path] + options
        let (seconds, status) = try Timing.measure { try Self.run("glpsol", arguments, output: log) }
        guard status == 0 else { throw BenchmarkError.failed("glpsol \(arguments.joined(separator: " "))") }
        let text = (try? String(contentsOf: solution, encoding: .utf8)) ?? ""
        // "s bas ROWS COLS PRIMAL DUAL OBJ" or "s mip ROWS COLS STATUS OBJ".
        let line = text.split(separator: "\n").first { $0.hasPrefix("s ") }
        let objective = line.flatMap { $0.split(separator: " ").last }.flatMap { Double($0) }
        let name = (["glpsol"] + (options.isEmpty ? ["(defaults)"] : options)).joined(separator: " ")
        samples.add(name, seconds: seconds, objective: objective, note: nil)
    }

    /// One run of the PuLP script: its JSON (one object on the last line of its output).
    func pulp(python: String, script: String, arguments: [String]) throws -> [String: Any] {
        let output = folder.appendingPathComponent("pulp-output.txt")
        let status = try Self.run(python, [script, "--runs", "1"] + arguments, output: output)
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        guard status == 0, let line = text.split(separator: "\n").last(where: { $0.hasPrefix("{") }),
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else {
            throw BenchmarkError.failed("\(python) \(script): exit \(status)\n\(text.suffix(2000))")
        }
        return object
    }

    /// Records one PuLP run of one model: building alone, and each solver end to end.
    static func addPulp(_ json: [String: Any], into samples: inout Samples) {
        if let build = json["build"] as? Double {
            samples.add("PuLP: building the model alone", seconds: build, objective: nil, note: nil)
        }
        let variants = json["variants"] as? [String: Any] ?? [:]
        for (key, label) in [("glpk", "PuLP + GLPK"), ("cbc", "PuLP + CBC"), ("highs", "PuLP + HiGHS")] {
            guard let variant = variants[key] as? [String: Any], variant["available"] as? Bool == true,
                let seconds = variant["seconds"] as? Double
            else {
                samples.add(label, seconds: .nan, objective: nil, note: "not available")
                continue
            }
            let status = variant["status"] as? String
            samples.add(
                label,
                seconds: seconds,
                objective: variant["objective"] as? Double,
                note: status == "Optimal" ? nil : status
            )
        }
    }

    /// Runs `command` (looked up on PATH) with stdout and stderr to `output`; returns its exit status.
    static func run(_ command: String, _ arguments: [String], output: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [command] + arguments
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// A benchmark step that could not run.
enum BenchmarkError: Error, CustomStringConvertible {
    case failed(String)

    var description: String {
        switch self {
        case .failed(let what): "benchmark step failed: \(what)"
        }
    }
}
