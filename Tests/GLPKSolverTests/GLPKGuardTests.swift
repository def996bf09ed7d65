import Foundation
import LinearProgramming
import TestSupport
import Testing

@testable import GLPKSolver

/// The safety net under every GLPK call (Sources/CGLPK/shim.h, GLPKGuard.swift): a GLPK failure becomes a thrown
/// ``GLPKFailure`` and GLPK keeps working afterwards. Every case runs in a child process (Swift Testing exit
/// tests), so a hole in the net fails the test instead of killing the test runner.
@Suite("GLPK safety net")
struct GLPKGuardTests {
    /// Exit codes of the child processes: 0 when everything held.
    enum Outcome: Int32 {
        case held = 0, notThrown = 3, wrongError = 4, brokenAfterwards = 5
    }

    static func assertionModel() throws -> LinearModel {
        try ModelFileReader.read(bytes: Array(GLPKAssertionModel.text.utf8), path: "npp3.lp").model
    }

    /// Solves Wyndor (optimum 36) to show that GLPK works after a failure on this thread.
    static func glpkStillWorks() -> Bool {
        var model = LinearModel(name: "wyndor")
        let x = model.addVariable("x", objective: 3)
        let y = model.addVariable("y", objective: 5)
        model.objectiveSense = .maximize
        model.addConstraint(x <= 4, name: "plant1")
        model.addConstraint(2 * y <= 12, name: "plant2")
        model.addConstraint(3 * x + 2 * y <= 18, name: "plant3")
        let solution = try? GLPKSolver().solve(model)
        return solution?.termination == .optimal && solution?.objectiveValue == 36
    }

    /// One provoked GLPK failure: `.held` when it was thrown as a GLPKFailure with GLPK's message.
    static func provokeAndCheck() -> Outcome {
        do {
            try GLPKGuard.provokeFailure()
            return .notThrown
        } catch let failure as GLPKFailure {
            return failure.message.contains("glp_add_rows") ? .held : .wrongError
        } catch {
            return .wrongError
        }
    }

    @Test("The assertion model passes validation; without presolve it has the optimum glpsol --nointopt finds")
    func assertionModelIsValid() throws {
        let model = try Self.assertionModel()
        #expect(model.validate().isEmpty)
        #expect(model.rowCount == 57 && model.columnCount == 34 && model.integerColumnCount == 11)
        let solution = try GLPKSolver(parameters: GLPKParameters(presolve: false)).solve(model)
        #expect(solution.termination == .optimal)
        let objective = try #require(solution.objectiveValue)
        #expect(abs(objective - 3.030_186_392) <= 1e-6)  // glpsol --nointopt: obj = 3.030186392
    }

    @Test("A GLPK assertion on a valid model is a thrown GLPKFailure naming GLPK's message; GLPK works afterwards")
    func assertionIsThrown() async {
        await #expect(processExitsWith: .success) {
            do {
                _ = try GLPKSolver().solve(try Self.assertionModel())
                exit(Outcome.notThrown.rawValue)
            } catch let failure as GLPKFailure {
                guard failure.message.contains("q->lb < q->ub"), failure.message.contains("npp3.c") else {
                    exit(Outcome.wrongError.rawValue)
                }
            } catch {
                exit(Outcome.wrongError.rawValue)
            }
            exit(Self.glpkStillWorks() ? Outcome.held.rawValue : Outcome.brokenAfterwards.rawValue)
        }
    }

    @Test("An invalid GLPK call inside the guard, 200 times and on four threads at once, never aborts")
    func invalidCallIsThrown() async {
        await #expect(processExitsWith: .success) {
            for _ in 0..<200 {
                let outcome = Self.provokeAndCheck()
                guard outcome == .held else { exit(outcome.rawValue) }
            }
            let outcomes = OutcomeBox()
            DispatchQueue.concurrentPerform(iterations: 4) { index in
                for round in 0..<25 {
                    let outcome =
                        (index + round).isMultiple(of: 2)
                        ? Self.provokeAndCheck() : Self.glpkStillWorks() ? .held : .brokenAfterwards
                    outcomes.record(outcome)
                }
            }
            let worst = outcomes.all.first { $0 != .held } ?? (Self.glpkStillWorks() ? .held : .brokenAfterwards)
            exit(worst.rawValue)
        }
    }

    @Test("GLPK's last words become the failure message")
    func failureMessage() {
        let lines = [
            "glp_add_rows: nrs = -1; invalid number of rows", "Error detected in file api/prob1.c at line 362",
        ]
        #expect(
            GLPKGuard.failureMessage(from: lines)
                == "glp_add_rows: nrs = -1; invalid number of rows — Error detected in file api/prob1.c at line 362"
        )
        #expect(GLPKGuard.failureMessage(from: []) == "no message")
    }
}

/// Outcomes collected from several threads.
private final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [GLPKGuardTests.Outcome] = []

    func record(_ outcome: GLPKGuardTests.Outcome) {
        lock.lock()
        defer { lock.unlock() }
        outcomes.append(outcome)
    }

    var all: [GLPKGuardTests.Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return outcomes
    }
}
