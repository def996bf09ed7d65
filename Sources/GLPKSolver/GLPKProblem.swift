import CGLPK
import LinearProgramming

/// Runs `body` with a fresh GLPK problem object that is deleted when `body` returns.
///
/// DESIGN.md §4: a problem is created, used and deleted on one thread inside
/// one synchronous call. Keeping the pointer inside this scope (never in a
/// class freed by ARC elsewhere) makes that structural.
func withGLPKProblem<Result>(_ body: (OpaquePointer) throws -> Result) rethrows -> Result {
    guard let problem = glp_create_prob() else {
        fatalError("glp_create_prob returned NULL (out of memory)")
    }
    defer { glp_delete_prob(problem) }
    return try body(problem)
}

/// The bounds of one GLPK row or column after the integer rounding GLPK requires.
struct GLPKBounds {
    var type: Int32
    var lower: Double
    var upper: Double

    /// GLPK's bound type for finite/infinite `lower` and `upper` (lower ≤ upper checked by validation).
    init(lower: Double, upper: Double) {
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): self.type = GLP_FR
        case (true, false): self.type = GLP_LO
        case (false, true): self.type = GLP_UP
        case (true, true): self.type = lower == upper ? GLP_FX : GLP_DB
        }
        self.lower = lower.isFinite ? lower : 0
        self.upper = upper.isFinite ? upper : 0
    }
}
