import LinearProgramming
import Testing

@Suite("Model validation")
struct ModelValidationTests {
    @Test("A valid model has no issues")
    func validModel() throws {
        var model = LinearModel()
        let x = model.addVariable("x", lowerBound: -.infinity)
        model.addConstraint(x <= 3, name: "cap")
        #expect(model.validate().isEmpty)
        _ = try model.validated()
    }

    @Test("Every kind of problem is found, all at once, with its location")
    func allProblemsAtOnce() {
        var model = LinearModel()
        let x = model.addVariable("x", lowerBound: 3, upperBound: 1)
        let y = model.addVariable("x")
        let z = model.addVariable("")
        model.addVariable("bad\tname")
        model.addVariable(String(repeating: "n", count: 256))
        model.addVariable("nan_bound", lowerBound: .nan)
        model.addVariable("plus_infinite_lower", lowerBound: .infinity)
        model.addConstraint(Double.nan * x + y >= 1, name: "nan_row")
        model.addConstraint(Double.infinity * z <= 1, name: "inf_row")
        model.addConstraint(x <= 1, name: "nan_row")
        model.addConstraint(
            LinearConstraint(terms: [LinearTerm(1, Variable(index: 99))], lowerBound: 0, upperBound: 1),
            name: "foreign"
        )
        model.addConstraint(LinearConstraint(terms: [], lowerBound: 2, upperBound: 1), name: "crossed")
        model.setObjectiveCoefficient(.nan, for: y)
        let kinds = model.validate().map(\.kind)
        #expect(kinds.contains(.lowerAboveUpper))
        #expect(kinds.filter { $0 == .duplicateName }.count == 2)
        #expect(kinds.contains(.emptyName))
        #expect(kinds.contains(.invalidNameCharacter))
        #expect(kinds.contains(.nameTooLong))
        #expect(kinds.contains(.notANumber))
        #expect(kinds.contains(.invalidBound))
        #expect(kinds.contains(.infiniteCoefficient))
        #expect(kinds.contains(.unknownVariable))
        #expect(kinds.filter { $0 == .lowerAboveUpper }.count == 2)
    }

    @Test("Messages name the place and say what would be right")
    func messages() throws {
        var model = LinearModel()
        let x = model.addVariable("places_aalborg", lowerBound: 5, upperBound: 2)
        model.addConstraint(Double.nan * x >= 1, name: "total_ssa")
        let issues = model.validate()
        let bound = try #require(issues.first { $0.kind == .lowerAboveUpper })
        #expect(bound.description == "column 1 'places_aalborg': lower bound 5.0 is above upper bound 2.0")
        let nan = try #require(issues.first { $0.kind == .notANumber })
        #expect(nan.description == "row 1 'total_ssa': coefficient of 'places_aalborg' is NaN")
        let error = InvalidModelError(issues: issues)
        #expect(error.description.hasPrefix("the model is invalid (2 problems):"))
    }

    @Test("Solver options reject negative and NaN limits")
    func options() {
        #expect(SolverOptions(timeLimit: -1).validate().count == 1)
        #expect(SolverOptions(timeLimit: .nan).validate().count == 1)
        #expect(SolverOptions(relativeMIPGap: .infinity).validate().count == 1)
        #expect(SolverOptions(iterationLimit: -5).validate().count == 1)
        #expect(SolverOptions(timeLimit: 0, relativeMIPGap: 0, iterationLimit: 0).validate().isEmpty)
    }
}
