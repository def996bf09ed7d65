import CGLPK
import LinearProgramming

/// GLPK stopped on an internal error (a failed assertion or a fatal misuse) instead of answering.
///
/// Without the safety net GLPK would call `abort()`; with it, the failure
/// becomes this error, and the process lives on (`kkr-plan` exits with 70).
public struct GLPKFailure: Error, Sendable, CustomStringConvertible {
    /// GLPK's own message, e.g. "Assertion failed: q->lb < q->ub — Error detected in file npp/npp3.c at line 554".
    public var message: String

    /// Creates the error.
    public init(message: String) {
        self.message = message
    }

    public var description: String {
        "GLPK stopped on an internal error (\(message)); the solve was abandoned. The model passed every check, "
            + "so this is a failure inside the solver, not a fault in the inputs"
    }
}

/// Runs GLPK code under the safety net of `kkr_glp_guarded` (Sources/CGLPK/shim.h).
///
/// GLPK's error hook returns control to the C frame with `longjmp` after
/// freeing the thread's GLPK environment. The body therefore creates and
/// deletes its problem itself (``withGLPKProblem``), holds no lock or
/// exclusive access across a GLPK call, and is not nested in another guard.
enum GLPKGuard {
    /// The body, passed to C as an opaque pointer (kept alive by ``run(terminal:_:)``).
    private final class Job {
        let body: () -> Void

        init(body: @escaping () -> Void) {
            self.body = body
        }
    }

    /// Runs `body` on this thread; throws ``GLPKFailure`` with GLPK's last words when GLPK fails inside it.
    static func run<Result>(terminal: GLPKTerminal, _ body: @escaping () -> Result) throws(GLPKFailure) -> Result {
        var result: Result?
        // The result is assigned after `body` returns, so no access to it is open while GLPK runs.
        let job = Job { result = body() }
        let failed = withExtendedLifetime(job) {
            kkr_glp_guarded(
                { context in
                    guard let context else { return }
                    Unmanaged<Job>.fromOpaque(context).takeUnretainedValue().body()
                },
                Unmanaged.passUnretained(job).toOpaque()
            )
        }
        guard failed == 0, let result else {
            throw GLPKFailure(message: failureMessage(from: terminal.lines))
        }
        return result
    }

    /// GLPK's message from what it printed last: the "Assertion failed"/"Error detected" lines, joined.
    static func failureMessage(from lines: [String]) -> String {
        func trimmed(_ line: String) -> String {
            String(line.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        }
        guard let detected = lines.lastIndex(where: { $0.hasPrefix("Error detected in file") }) else {
            return lines.last { !trimmed($0).isEmpty }.map(trimmed) ?? "no message"
        }
        let first = max(lines.startIndex, detected - 1)
        return lines[first...detected].map(trimmed).joined(separator: " — ")
    }
}

// MARK: - For the tests of the safety net

extension GLPKGuard {
    /// Calls a GLPK routine with an invalid argument (`glp_add_rows` with −1 rows) under the guard, as the tests of
    /// the safety net need: without it, GLPK would `abort()`.
    ///
    /// - Throws: ``GLPKFailure`` (always, when the net works).
    static func provokeFailure() throws {
        let terminal = GLPKTerminal(log: .silent)
        try terminal.capture {
            try run(terminal: terminal) {
                withGLPKProblem { problem in
                    _ = glp_add_rows(problem, -1)
                }
            }
        }
    }
}
