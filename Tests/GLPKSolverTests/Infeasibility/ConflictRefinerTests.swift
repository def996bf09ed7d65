import GLPKSolver
import LinearProgramming
import TestSupport
import Testing

/// The infeasibility explanation: hand-checked conflicts, and irreducibility on Chinneck's infeasible Netlib LPs
/// checked by re-solving the subsystems here, independently of the refiner's own model building.
@Suite("Infeasibility explanation")
struct ConflictRefinerTests {
    let refiner = ConflictRefiner(solver: GLPKSolver(), timeBudget: 60)

    @Test("Lower bounds 0 are members: x + y ≤ −1 with x, y ≥ 0")
    func zeroBounds() throws {
        var model = LinearModel()
        let x = model.addVariable("x")
        let y = model.addVariable("y")
        model.addConstraint(x + y <= -1, name: "negative")
        let conflict = try #require(try refiner.explain(model))
        #expect(conflict.rowNames(in: model) == ["negative"])
        #expect(conflict.bounds == [ConflictBound(x, .lower), ConflictBound(y, .lower)])
    }

    @Test("An equality row counts once; an upper bound joins it: x + y = 10, x ≤ 3, y ≤ 4")
    func equalityAndUpperBounds() throws {
        var model = LinearModel()
        let x = model.addVariable("x", upperBound: 3)
        let y = model.addVariable("y", upperBound: 4)
        model.addConstraint(x + y == 10, name: "total")
        model.addConstraint(x - y <= 100, name: "loose")
        let conflict = try #require(try refiner.explain(model))
        #expect(conflict.rowNames(in: model) == ["total"])
        #expect(conflict.bounds == [ConflictBound(x, .upper), ConflictBound(y, .upper)])
    }

    @Test("A feasible model has no conflict")
    func feasible() throws {
        var model = LinearModel()
        let x = model.addVariable("x", upperBound: 4)
        model.addConstraint(x >= 1, name: "r")
        #expect(try refiner.explain(model) == nil)
    }

    @Test("Integer models keep integrality: 2x = 1 alone is the conflict; a binary's bounds can be members")
    func integer() throws {
        var parity = LinearModel()
        let x = parity.addVariable("x", kind: .integer, lowerBound: -5, upperBound: 5)
        parity.addConstraint(2 * x == 1, name: "odd")
        let first = try #require(try refiner.explain(parity))
        #expect(first.rowNames(in: parity) == ["odd"] && first.bounds.isEmpty)

        var pick = LinearModel()
        let a = pick.addVariable("a", kind: .binary)
        let b = pick.addVariable("b", kind: .binary)
        pick.addConstraint(a + b >= 3, name: "three")
        let second = try #require(try refiner.explain(pick))
        #expect(second.rowNames(in: pick) == ["three"])
        #expect(second.bounds == [ConflictBound(a, .upper), ConflictBound(b, .upper)])
    }

    @Test("A ranged row that cannot be met by bounded columns")
    func rangedRow() throws {
        var model = LinearModel()
        let x = model.addVariable("x", upperBound: 1)
        let y = model.addVariable("y", lowerBound: -1, upperBound: 1)
        model.addConstraint(LinearConstraint(x + y, in: 5...6), name: "band")
        let conflict = try #require(try refiner.explain(model))
        #expect(conflict.rowNames(in: model) == ["band"])
        #expect(conflict.bounds == [ConflictBound(x, .upper), ConflictBound(y, .upper)])
    }

    // MARK: - Chinneck's infeasible Netlib LPs

    static let instances = ["galenet", "woodinfe", "forest6", "klein1", "ex72a", "box1", "gams10am"]

    @Test(
        "Chinneck's infeasible LPs: the conflict is infeasible alone and feasible without any one member",
        .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)),
        arguments: instances
    )
    func netlibIrreducible(_ name: String) throws {
        let (model, _) = try ModelFileReader.read(path: SharedData.path(of: "netlib_infeas/" + name))
        let conflict = try #require(try refiner.explain(model))
        #expect(conflict.isIrreducible)
        #expect(conflict.memberCount > 0)
        let rows = Set(conflict.rows.map(\.index))
        let bounds = Set(conflict.bounds)
        #expect(try Self.status(model, rows: rows, bounds: bounds) == .infeasible)
        for row in rows {
            var fewer = rows
            fewer.remove(row)
            let status = try Self.status(model, rows: fewer, bounds: bounds)
            #expect(status == .optimal, "without row \(model.constraints[row].name): \(status)")
        }
        for bound in bounds {
            var fewer = bounds
            fewer.remove(bound)
            let status = try Self.status(model, rows: rows, bounds: fewer)
            #expect(status == .optimal, "without \(bound.side) bound of \(model.variables[bound.variable.index].name)")
        }
    }

    /// Solves `model` keeping only the given rows and bounds (others made free), with a zero objective.
    static func status(_ model: LinearModel, rows: Set<Int>, bounds: Set<ConflictBound>) throws -> TerminationStatus {
        var system = model
        system.setObjective(.minimize, LinearExpression())
        for row in model.constraints.indices where !rows.contains(row) {
            system.setBounds(of: ConstraintReference(index: row), lower: -.infinity, upper: .infinity)
        }
        for (index, column) in model.variables.enumerated() {
            let variable = Variable(index: index)
            system.setBounds(
                of: variable,
                lower: bounds.contains(ConflictBound(variable, .lower)) ? column.lowerBound : -.infinity,
                upper: bounds.contains(ConflictBound(variable, .upper)) ? column.upperBound : .infinity
            )
            if column.kind == .binary { system.setKind(of: variable, to: .integer) }
        }
        return try GLPKSolver().solve(system, options: SolverOptions(timeLimit: 30)).termination
    }
}
