import LinearProgramming
import Testing

@Suite("Linear expressions and constraints")
struct LinearExpressionTests {
    private func twoVariables() -> (LinearModel, Variable, Variable) {
        var model = LinearModel()
        let x = model.addVariable("x")
        let y = model.addVariable("y")
        return (model, x, y)
    }

    @Test("Operators build the expression 3x − 2y + 5 with its terms in order")
    func operatorsBuildTerms() {
        let (_, x, y) = twoVariables()
        let expression = 3 * x - 2 * y + 5
        #expect(expression.terms == [LinearTerm(3, x), LinearTerm(-2, y)])
        #expect(expression.constant == 5)
        #expect(expression.value(at: [2, 1]) == 3 * 2 - 2 * 1 + 5)
    }

    @Test("Repeated variables merge once, zeros drop, and the result is sorted by column")
    func mergedTerms() {
        let (_, x, y) = twoVariables()
        let expression = y + x + 2 * y - x + x
        #expect(expression.mergedTerms() == [LinearTerm(1, x), LinearTerm(3, y)])
        #expect((x - x).mergedTerms().isEmpty)
    }

    @Test("Scaling and negation distribute over terms and constant")
    func scaling() {
        let (_, x, y) = twoVariables()
        let expression = -(2 * (x + 3 * y - 1))
        #expect(expression.terms == [LinearTerm(-2, x), LinearTerm(-6, y)])
        #expect(expression.constant == 2)
        #expect((7 - x).value(at: [3, 0]) == 4)
    }

    @Test("A constant on the left moves to the bounds")
    func constantsMoveToBounds() {
        let (_, x, y) = twoVariables()
        let lessEqual = x + y + 3 <= 10
        #expect(lessEqual.lowerBound == -.infinity)
        #expect(lessEqual.upperBound == 7)
        #expect(lessEqual.sense == .lessOrEqual)
        let greaterEqual = 2 * x - 1 >= 4
        #expect(greaterEqual.lowerBound == 5)
        #expect(greaterEqual.sense == .greaterOrEqual)
        let equal = x + 1 == 3
        #expect(equal.lowerBound == 2 && equal.upperBound == 2)
        #expect(equal.sense == .equal)
        let ranged = LinearConstraint(x + y + 1, in: 2...5)
        #expect(ranged.lowerBound == 1 && ranged.upperBound == 4)
        #expect(ranged.sense == .ranged)
    }

    @Test("Comparing two expressions moves everything to the left")
    func expressionComparison() {
        let (_, x, y) = twoVariables()
        let constraint = 2 * x + 1 <= y + 4
        #expect(LinearExpression(terms: constraint.terms).mergedTerms() == [LinearTerm(2, x), LinearTerm(-1, y)])
        #expect(constraint.upperBound == 3)
    }

    @Test(
        "ConstraintSense follows the finite bounds",
        arguments: [
            (-Double.infinity, Double.infinity, ConstraintSense.free),
            (1, .infinity, .greaterOrEqual),
            (-.infinity, 1, .lessOrEqual),
            (1, 2, .ranged),
            (2, 2, .equal),
        ]
    )
    func sense(lower: Double, upper: Double, expected: ConstraintSense) {
        #expect(ConstraintSense(lowerBound: lower, upperBound: upper) == expected)
    }
}
