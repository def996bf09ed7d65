import Foundation

/// Where a run prints: stdout carries reports and JSON only, stderr everything else (DESIGN.md §6).
public protocol Console: Sendable {
    /// Writes `text` to standard output as it is (no line break added).
    func output(_ text: String)
    /// Writes `line` and a line break to standard error.
    func error(_ line: String)
}

/// The process's standard output and standard error.
public struct StandardConsole: Console {
    /// Creates the console.
    public init() {}

    public func output(_ text: String) {
        print(text, terminator: "")
    }

    public func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
