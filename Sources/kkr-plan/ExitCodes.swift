import ArgumentParser
import Foundation

/// The exit codes every subcommand uses (DESIGN.md §6; sysexits.h numbers); the planning layer's
/// `RunStatus` carries the same numbers.
extension ExitCode {
    /// The plan is infeasible; an explanation was written.
    static let infeasible = ExitCode(1)
    /// Bad input data (EX_DATAERR).
    static let dataError = ExitCode(65)
    /// An input file is missing (EX_NOINPUT).
    static let noInput = ExitCode(66)
    /// An internal error (EX_SOFTWARE).
    static let internalError = ExitCode(70)
}

/// Writes a line to standard error (stdout carries reports and JSON only).
func printError(_ message: String) {
    var stream = StandardError()
    print(message, to: &stream)
}

/// Standard error as a `TextOutputStream`.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
