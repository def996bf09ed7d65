import LinearProgramming
import Testing

/// The numeric range of the solver layer (README, "Numeric range"): issue 13's reproducers are rejected with
/// the row and column named, values on the limits pass.
@Suite("Numeric range")
struct NumericRangeTests {
    static func issues(_ build: (inout LinearModel, Variable, Variable) -> Void) -> [ModelIssue] {
        var model = LinearModel()
        let x = model.addVariable("x")
        let y = model.addVariable("y")
        build(&model, x, y)
        return model.validate()
    }

    @Test("x + 1e200 y <= 0: the coefficient, its row and its column")
    func hugeCoefficient() throws {
        let found = Self.issues { model, x, y in model.addConstraint(x + 1e200 * y <= 0, name: "c1") }
        let issue = try #require(found.first)
        #expect(found.count == 1)
        #expect(issue.kind == .outOfRange)
        #expect(issue.row == 0 && issue.column == 1)
        #expect(issue.location == "row 1 'c1'")
        #expect(issue.message.contains("'y' is 1e+200"))
        #expect(issue.hint?.contains("rescale") == true)
    }

    @Test("1e308 y <= 0, the pair 1e200 / 1e-200, and a MIP with 1e150 coefficients")
    func reproducers() {
        let single = Self.issues { model, _, y in model.addConstraint(1e308 * y <= 0, name: "c2") }
        #expect(single.map(\.kind) == [.outOfRange])
        let pair = Self.issues { model, x, y in model.addConstraint(1e200 * x + 1e-200 * y <= 1, name: "p") }
        #expect(pair.map(\.kind) == [.outOfRange, .outOfRange])
        #expect(pair.map(\.column) == [0, 1])
        let mip = Self.issues { model, x, y in
            model.setKind(of: x, to: .integer)
            model.addConstraint(1e150 * x + y >= 1, name: "m")
        }
        #expect(mip.map(\.kind) == [.outOfRange])
    }

    @Test("Bounds, right-hand sides, objective coefficients and the constant beyond the range")
    func values() {
        let found = Self.issues { model, x, y in
            model.addConstraint(2 * x <= 1e308, name: "c1")
            model.setBounds(of: y, lower: -1e16, upper: 0)
            model.setObjectiveCoefficient(2e12, for: x)
            model.objectiveConstant = -1e300
        }
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.kind == .outOfRange })
        #expect(found.contains { $0.row == 0 && $0.message.contains("1e+308") })
        #expect(found.contains { $0.column == 1 && $0.message.contains("lower bound") })
        #expect(found.contains { $0.column == 0 && $0.message.contains("objective coefficient") })
        #expect(found.contains { $0.location == "objective" })
    }

    @Test("Values on the limits, zeros and infinite bounds pass")
    func limits() {
        let found = Self.issues { model, x, y in
            model.addConstraint(1e12 * x + 1e-12 * y + 0 * x <= 1e15, name: "edge")
            model.addConstraint(-1e12 * x - 1e-12 * y >= -1e15, name: "edge2")
            model.setBounds(of: y, lower: -.infinity, upper: .infinity)
            model.setBounds(of: x, lower: -1e15, upper: 1e15)
            model.setObjectiveCoefficient(-1e12, for: y)
            model.objectiveConstant = 1e15
        }
        #expect(found.isEmpty, "\(found)")
        let beyond = Self.issues { model, x, y in
            model.addConstraint(1.000001e12 * x + 0.99e-12 * y <= 1, name: "beyond")
        }
        #expect(beyond.count == 2)
    }

    @Test("A non-finite objective from a solver is a numerical error, never an answer")
    func nonFiniteSolution() {
        for objective in [Double.infinity, -.infinity, .nan] {
            let solution = Solution(termination: .optimal, hasSolution: true, objectiveValue: objective, values: [1])
                .rejectingNonFiniteNumbers()
            #expect(solution.termination == .numericalError)
            #expect(!solution.hasSolution)
            #expect(solution.objectiveValue == nil)
        }
        let nanValue = Solution(termination: .optimal, hasSolution: true, objectiveValue: 1, values: [.nan])
        #expect(nanValue.rejectingNonFiniteNumbers().termination == .numericalError)
        let fine = Solution(
            termination: .timeLimit,
            hasSolution: true,
            objectiveValue: 3,
            values: [1],
            bestBound: -.infinity
        )
        .rejectingNonFiniteNumbers()
        #expect(fine.termination == .timeLimit && fine.objectiveValue == 3 && fine.bestBound == nil)
    }
}
