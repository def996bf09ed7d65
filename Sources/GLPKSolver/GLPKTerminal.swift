import CGLPK
import LinearProgramming

/// Collects what GLPK prints during one call and hands it to a ``SolverLog``.
///
/// GLPK writes all terminal output to stdout unless a hook takes it. The hook
/// lives in GLPK's thread-local environment, so it is installed at the start
/// of every call on the calling thread and replaced by a silencing hook at
/// the end: nothing GLPK prints can ever reach stdout.
final class GLPKTerminal {
    private let log: SolverLog
    private var pending = ""
    /// Every complete line GLPK printed during this call, kept for error messages.
    private(set) var lines: [String] = []

    init(log: SolverLog) {
        self.log = log
    }

    /// Runs `body` with this terminal receiving GLPK's output on the current thread.
    func capture<Result>(_ body: () throws -> Result) rethrows -> Result {
        let info = Unmanaged.passUnretained(self).toOpaque()
        glp_term_hook(glpkTermHook, info)
        defer {
            glp_term_hook(glpkSilentHook, nil)
            flush()
        }
        return try withExtendedLifetime(self) { try body() }
    }

    fileprivate func receive(_ text: String) {
        pending += text
        while let newline = pending.firstIndex(of: "\n") {
            emit(String(pending[..<newline]))
            pending = String(pending[pending.index(after: newline)...])
        }
    }

    private func flush() {
        if !pending.isEmpty {
            emit(pending)
            pending = ""
        }
    }

    private func emit(_ line: String) {
        lines.append(line)
        log.emit(line)
    }
}

private func glpkTermHook(_ info: UnsafeMutableRawPointer?, _ text: UnsafePointer<CChar>?) -> Int32 {
    guard let info, let text else { return 1 }
    Unmanaged<GLPKTerminal>.fromOpaque(info).takeUnretainedValue().receive(String(cString: text))
    return 1  // non-zero: GLPK prints nothing itself
}

private func glpkSilentHook(_ info: UnsafeMutableRawPointer?, _ text: UnsafePointer<CChar>?) -> Int32 {
    1
}
