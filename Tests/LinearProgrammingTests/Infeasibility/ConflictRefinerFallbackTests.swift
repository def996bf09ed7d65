import LinearProgramming
import Testing

/// The refiner's answers when the solver cannot decide, with a scripted solver (no GLPK).
@Suite("Infeasibility explanation: undecided solves")
struct ConflictRefinerFallbackTests {
    /// Answers the original model (the same columns and rows, every bound kept) with `original`, any other
    /// subsystem with `rest`.
    struct ScriptedSolver: LinearSolver {
        var original: TerminationStatus
        var rest: TerminationStatus
        var model: LinearModel

        func solve(_ model: LinearModel, options: SolverOptions) throws -> Solution {
            let same = model.variables == self.model.variables && model.constraints == self.model.constraints
            let status = same ? original : rest
            return Solution(termination: status, hasSolution: false, objectiveValue: nil)
        }
    }

    private func model() -> LinearModel {
        var model = LinearModel()
        let x = model.addVariable("x", upperBound: 5)
        model.addConstraint(x >= 7, name: "high")
        model.addConstraint(x <= 9, name: "loose")
        return model
    }

    @Test("When even the original cannot be decided, the refiner says so")
    func undetermined() throws {
        let solver = ScriptedSolver(original: .timeLimit, rest: .timeLimit, model: model())
        #expect(throws: ConflictRefiner.Failure.undetermined(.timeLimit)) {
            try ConflictRefiner(solver: solver).explain(model())
        }
    }

    @Test("A feasible original has no conflict, whatever else the solver would say")
    func feasible() throws {
        let solver = ScriptedSolver(original: .optimal, rest: .numericalError, model: model())
        #expect(try ConflictRefiner(solver: solver).explain(model()) == nil)
    }

    @Test("Undecided subsystems: every member is kept and the conflict is marked not irreducible")
    func undecidedSubsystems() throws {
        let solver = ScriptedSolver(original: .infeasible, rest: .timeLimit, model: model())
        let conflict = try #require(try ConflictRefiner(solver: solver).explain(model()))
        #expect(!conflict.isIrreducible)
        #expect(conflict.rows == [ConstraintReference(index: 0), ConstraintReference(index: 1)])
        #expect(
            conflict.bounds == [ConflictBound(Variable(index: 0), .lower), ConflictBound(Variable(index: 0), .upper)]
        )
    }

    @Test("An invalid model is an error, not an explanation")
    func invalid() throws {
        var model = model()
        model.addVariable("x")
        let solver = ScriptedSolver(original: .infeasible, rest: .infeasible, model: model)
        #expect(throws: InvalidModelError.self) { try ConflictRefiner(solver: solver).explain(model) }
    }
}
