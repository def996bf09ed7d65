import Foundation
import GLPKSolver
import LinearProgramming
import Testing

/// Invalid models must give a thrown, descriptive error and never reach GLPK (which would `abort()`).
///
/// Each case runs in a child process (Swift Testing exit tests), so an abort
/// would show up as a failed exit status rather than killing the test run.
@Suite("Invalid models never abort")
struct InvalidModelTests {
    enum Case: String, CaseIterable, Codable, Sendable {
        case nanCoefficient, infiniteCoefficient, lowerAboveUpper, duplicateColumnNames, duplicateRowNames
        case emptyColumnName, emptyRowName, controlCharacterInName, nameTooLong, foreignVariable
        case nanObjective, nanBound, negativeTimeLimit

        var kind: String {
            switch self {
            case .nanCoefficient, .nanObjective, .nanBound: "not_a_number"
            case .infiniteCoefficient: "infinite_coefficient"
            case .lowerAboveUpper: "lower_above_upper"
            case .duplicateColumnNames, .duplicateRowNames: "duplicate_name"
            case .emptyColumnName, .emptyRowName: "empty_name"
            case .controlCharacterInName: "invalid_name_character"
            case .nameTooLong: "name_too_long"
            case .foreignVariable: "unknown_variable"
            case .negativeTimeLimit: "options"
            }
        }

        var model: LinearModel {
            var model = LinearModel(name: rawValue)
            let x = model.addVariable(self == .emptyColumnName ? "" : "x")
            let y = model.addVariable(self == .duplicateColumnNames ? "x" : "y", kind: .integer)
            let name =
                switch self {
                case .emptyRowName: ""
                case .controlCharacterInName: "row\nname"
                case .nameTooLong: String(repeating: "r", count: 300)
                default: "r"
                }
            let coefficient: Double =
                switch self {
                case .nanCoefficient: .nan
                case .infiniteCoefficient: -.infinity
                default: 1
                }
            model.addConstraint(coefficient * x + y <= 4, name: name)
            model.addConstraint(x >= 1, name: self == .duplicateRowNames ? name : "s")
            if self == .lowerAboveUpper { model.setBounds(of: y, lower: 3, upper: 2) }
            if self == .nanBound { model.setBounds(of: x, lower: 0, upper: .nan) }
            if self == .nanObjective { model.setObjectiveCoefficient(.nan, for: x) }
            if self == .foreignVariable {
                model.addConstraint(LinearExpression(Variable(index: 5)) <= 1, name: "foreign")
            }
            return model
        }
    }

    @Test("A thrown error of the right kind, in the parent process", arguments: Case.allCases)
    func throwsDescriptiveError(_ invalid: Case) {
        let options = SolverOptions(timeLimit: invalid == .negativeTimeLimit ? -1 : nil)
        do {
            _ = try GLPKSolver().solve(invalid.model, options: options)
            Issue.record("\(invalid) was solved instead of rejected")
        } catch let error as InvalidModelError {
            #expect(error.issues.contains { $0.kind.rawValue == invalid.kind }, "\(error)")
            #expect(!error.description.isEmpty)
        } catch let error as InvalidOptionsError {
            #expect(invalid.kind == "options")
            #expect(error.description.contains("time limit"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("The same cases in a child process exit normally (no abort)", arguments: Case.allCases)
    func childProcessSurvives(_ invalid: Case) async {
        await #expect(processExitsWith: .success) { [invalid] in
            let options = SolverOptions(timeLimit: invalid == .negativeTimeLimit ? -1 : nil)
            do {
                _ = try GLPKSolver().solve(invalid.model, options: options)
                exit(3)
            } catch {
                exit(0)
            }
        }
    }
}
