import Foundation
import LinearProgramming

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program as a child process and measures it: wall-clock seconds, CPU seconds and peak memory (the
/// maximum resident set size).
///
/// The memory comes from `wait4`'s resource usage, but not of a child this process starts itself: Linux carries
/// the high-water mark of the process that calls `exec` over into the new program, and a child spawned from a
/// benchmark that has built large models would report at least the benchmark's own peak. So the command runs under
/// GNU `time` (`/usr/bin/time`, Debian package `time`), a small process that forks it and reports its usage; only
/// where that is missing is the command's usage read directly (then the figure is at least this process's peak).
/// Foundation's `Process` reaps its children itself and gives no usage, hence `posix_spawnp` and `wait4`. Standard
/// output and standard error go to one file; standard input is `/dev/null` (never an output file).
public enum ChildProcess {
    /// What one run gave.
    public struct Run: Sendable {
        /// The exit status (128 + the signal when a signal ended it).
        public var status: Int32
        /// Wall-clock seconds from spawning to the end of the wait.
        public var seconds: Double
        /// CPU seconds of the child (user + system): less disturbed than wall time by other work on the machine.
        public var cpuSeconds: Double
        /// Peak resident memory of the child in bytes.
        public var peakBytes: Int
        /// Standard output and standard error, as written to the output file.
        public var output: String
    }

    /// A run that could not start.
    public struct SpawnError: Error, CustomStringConvertible {
        /// The command.
        public var command: String
        /// `errno` of `posix_spawnp`.
        public var code: Int32

        public var description: String { "cannot run \(command): \(String(cString: strerror(code)))" }
    }

    /// Runs `command` (looked up on `PATH` when it has no slash) with `arguments` and waits for it.
    ///
    /// - Parameters:
    ///   - output: the file that receives standard output and standard error (replaced).
    ///   - environment: extra variables, on top of this process's environment.
    public static func run(
        _ command: String,
        _ arguments: [String],
        output: URL,
        environment: [String: String] = [:]
    ) throws -> Run {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var variables = ProcessInfo.processInfo.environment
        for (key, value) in environment { variables[key] = value }
        let usageFile = output.path + ".usage"
        let timed = FileManager.default.isExecutableFile(atPath: timeTool)
        if timed, resolve(command, path: variables["PATH"] ?? "") == nil {
            throw SpawnError(command: command, code: ENOENT)
        }
        let program = timed ? timeTool : command
        let words = timed ? [timeTool, "-f", "%M %U %S", "-o", usageFile, command] + arguments : [command] + arguments
        defer { try? FileManager.default.removeItem(atPath: usageFile) }
        let argv = words.map { strdup($0) } + [nil]
        let envp = variables.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, program, &actions, nil, argv, envp)
        guard spawned == 0 else { throw SpawnError(command: command, code: spawned) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw SpawnError(command: command, code: errno) }
        }
        let seconds = start.duration(to: clock.now).inSeconds
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        // WIFEXITED / WEXITSTATUS / WTERMSIG written out (the C macros are not imported).
        let signal = status & 0x7f
        let exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        var cpu = [usage.ru_utime, usage.ru_stime].reduce(0.0) { $0 + Double($1.tv_sec) + Double($1.tv_usec) / 1e6 }
        var peak = maxRSSBytes(usage)
        // GNU time's file: "Command exited with non-zero status N" first when so, then "KiB user system".
        if timed, let line = (try? String(contentsOfFile: usageFile, encoding: .utf8))?.split(separator: "\n").last {
            let fields = line.split(separator: " ").compactMap { Double($0) }
            if fields.count == 3 {
                peak = Int(fields[0]) * 1_024
                cpu = fields[1] + fields[2]
            }
        }
        return Run(status: exitStatus, seconds: seconds, cpuSeconds: cpu, peakBytes: peak, output: text)
    }

    /// GNU time, when installed.
    static let timeTool = "/usr/bin/time"

    /// The executable `command` names: itself when it holds a slash, else the first match on `path`.
    public static func resolve(_ command: String, path: String) -> String? {
        if command.contains("/") { return FileManager.default.isExecutableFile(atPath: command) ? command : nil }
        return path.split(separator: ":").map { "\($0)/\(command)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// `ru_maxrss` in bytes (Linux counts kibibytes, macOS bytes).
    static func maxRSSBytes(_ usage: rusage) -> Int {
        #if os(macOS)
        Int(usage.ru_maxrss)
        #else
        Int(usage.ru_maxrss) * 1_024
        #endif
    }
}
