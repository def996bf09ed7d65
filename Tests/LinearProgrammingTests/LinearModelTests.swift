import LinearProgramming
import Testing

@Suite("Linear model")
struct LinearModelTests {
    @Test("Rows are stored as compressed sparse rows and read back merged")
    func sparseStore() {
        var model = LinearModel()
        let x = model.addVariable("x")
        let y = model.addVariable("y")
        let first = model.addConstraint(x + y + x <= 4, name: "first")
        let second = model.addConstraint(name: "second", columns: [1], coefficients: [5], lowerBound: 1, upperBound: 1)
        #expect(model.rowStarts == [0, 3, 4])
        #expect(model.entryColumns == [0, 1, 0, 1])
        #expect(model.entryValues == [1, 1, 1, 5])
        #expect(model.rowTerms(first) == [LinearTerm(2, x), LinearTerm(1, y)])
        #expect(model.rowTerms(second) == [LinearTerm(5, y)])
        #expect(model.rowActivities(at: [1, 2]) == [4, 10])
    }

    @Test("Binary columns are clipped to [0, 1]; integer counts are kept")
    func binaryBounds() {
        var model = LinearModel()
        let b = model.addVariable("b", kind: .binary, lowerBound: -4, upperBound: 9)
        model.addVariable("i", kind: .integer)
        model.addVariable("c")
        #expect(model.variables[b.index].lowerBound == 0)
        #expect(model.variables[b.index].upperBound == 1)
        #expect(model.integerColumnCount == 2)
        #expect(model.isMixedInteger)
    }

    @Test("setObjective replaces coefficients and keeps the constant")
    func objective() {
        var model = LinearModel()
        let x = model.addVariable("x", objective: 9)
        let y = model.addVariable("y")
        model.setObjective(.maximize, 2 * x + 3 * y + x + 4)
        #expect(model.objectiveCoefficients == [3, 3])
        #expect(model.objectiveConstant == 4)
        #expect(model.objectiveSense == .maximize)
        #expect(model.objectiveValue(at: [1, 1]) == 10)
        #expect(model.objectiveExpression.mergedTerms() == [LinearTerm(3, x), LinearTerm(3, y)])
    }

    @Test("Names are looked up")
    func lookups() {
        var model = LinearModel()
        model.addVariable("a")
        let b = model.addVariable("b")
        let row = model.addConstraint(b >= 1, name: "r")
        #expect(model.variable(named: "b") == b)
        #expect(model.variable(named: "zz") == nil)
        #expect(model.constraint(named: "r") == row)
    }
}
