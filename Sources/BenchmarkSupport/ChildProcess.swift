import Foundation
import LinearProgramming

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program as a child process and measures it: wall-clock seconds and peak memory (the child's maximum
/// resident set size, from `wait4`'s resource usage — so every run is measured on its own, unlike
/// `getrusage(RUSAGE_CHILDREN)`, which keeps the largest child so far).
///
/// Foundation's `Process` reaps its children itself and gives no resource usage, so this spawns with
/// `posix_spawnp` and waits with `wait4`. Standard output and standard error go to one file; standard input is
/// `/dev/null` (never an output file).
public enum ChildProcess {
    /// What one run gave.
    public struct Run: Sendable {
        /// The exit status (128 + the signal when a signal ended it).
        public var status: Int32
        /// Wall-clock seconds from spawning to the end of the wait.
        public var seconds: Double
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
        let argv = ([command] + arguments).map { strdup($0) } + [nil]
        let envp = variables.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, command, &actions, nil, argv, envp)
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
        return Run(status: exitStatus, seconds: seconds, peakBytes: maxRSSBytes(usage), output: text)
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
