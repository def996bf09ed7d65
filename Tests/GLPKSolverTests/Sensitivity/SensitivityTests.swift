import Foundation
import GLPKSolver
import LinearProgramming
import TestSupport
import Testing

/// LP ranging: hand-checked ranges on a small LP, and `glpsol --ranges` on Netlib instances.
@Suite("Sensitivity analysis")
struct SensitivityTests {
    /// max 3x + 5y; x ≤ 4; 2y ≤ 12; 3x + 2y ≤ 18 (Wyndor Glass, Hillier & Lieberman §6.7): optimum x = 2, y = 6.
    static func wyndor() -> LinearModel {
        var model = LinearModel(name: "wyndor")
        let x = model.addVariable("x")
        let y = model.addVariable("y")
        model.addConstraint(x <= 4, name: "plant1")
        model.addConstraint(2 * y <= 12, name: "plant2")
        model.addConstraint(3 * x + 2 * y <= 18, name: "plant3")
        model.setObjective(.maximize, 3 * x + 5 * y)
        return model
    }

    @Test(
        "Wyndor: the textbook's cost and right-hand-side ranges, with and without presolve",
        arguments: [true, false]
    )
    func wyndorRanges(presolve: Bool) throws {
        let solver = GLPKSolver(parameters: GLPKParameters(presolve: presolve))
        let report = try #require(
            try solver.solve(Self.wyndor(), options: SolverOptions(sensitivity: true)).sensitivity
        )
        // Hillier & Lieberman: 0 ≤ c₁ ≤ 7.5, c₂ ≥ 2; b₁ ≥ 2 (slack row: [activity, ∞)), 6 ≤ b₂ ≤ 18, 12 ≤ b₃ ≤ 24.
        #expect(report.columns[0].status == .basic && report.columns[1].status == .basic)
        #expect(report.columns[0].costRange == ValueRange(0, 7.5))
        #expect(report.columns[1].costRange == ValueRange(2, .infinity))
        #expect(report.rows[0].status == .basic)
        #expect(report.rows[0].rightHandSideRange == ValueRange(2, .infinity))
        #expect(report.rows[1].rightHandSideRange == ValueRange(6, 18))
        #expect(report.rows[2].rightHandSideRange == ValueRange(12, 24))
        #expect(report.rows[1].dual == 1.5 && report.rows[2].dual == 1)
    }

    @Test("No report unless asked for, and none for a MIP or an infeasible LP")
    func onlyWhenAvailable() throws {
        #expect(try GLPKSolver().solve(Self.wyndor()).sensitivity == nil)
        var integer = Self.wyndor()
        integer.setKind(of: Variable(index: 0), to: .integer)
        #expect(try GLPKSolver().solve(integer, options: SolverOptions(sensitivity: true)).sensitivity == nil)
        var infeasible = Self.wyndor()
        infeasible.setBounds(of: Variable(index: 0), lower: 5, upper: .infinity)
        let solution = try GLPKSolver().solve(infeasible, options: SolverOptions(sensitivity: true))
        #expect(solution.termination == .infeasible && solution.sensitivity == nil)
    }

    @Test(
        "Every range holds the current value: costs, active bounds, right-hand sides (free, fixed, ranged columns)",
        .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)),
        arguments: ["capri", "e226", "scfxm1", "stair", "vtpbase", "boeing1"]
    )
    func rangesHoldCurrentValues(_ name: String) throws {
        let (model, _) = try ModelFileReader.read(path: SharedData.path(of: "netlib/" + name))
        let report = try #require(try GLPKSolver().solve(model, options: SolverOptions(sensitivity: true)).sensitivity)
        #expect(report.columns.count == model.columnCount && report.rows.count == model.rowCount)
        let slack = 1e-7
        for (index, column) in report.columns.enumerated() {
            let cost = model.objectiveCoefficients[index]
            #expect(column.cost == cost)
            #expect(column.costRange.lower <= cost + slack && cost - slack <= column.costRange.upper)
            #expect((column.status == .basic) == (column.boundRange == nil))
            if let range = column.boundRange {
                #expect(range.lower <= column.value + slack && column.value - slack <= range.upper)
            }
        }
        for (index, row) in report.rows.enumerated() {
            let definition = model.constraints[index]
            guard row.status != .basic, let range = row.rightHandSideRange else { continue }
            let bound = row.status == .atUpper ? definition.upperBound : definition.lowerBound
            #expect(range.lower <= bound + slack && bound - slack <= range.upper, "\(definition.name)")
        }
    }

    // MARK: - Against glpsol --ranges

    /// Instances where our solve and glpsol's end in the same optimal basis (blend, with the same settings,
    /// ends in another optimal basis differing in two statuses, so its ranges differ legitimately).
    static let instances = ["afiro", "sc50a", "adlittle", "share2b", "kb2", "sc105", "stocfor1", "boeing2"]

    private static func close(_ a: Double, _ b: Double) -> Bool {
        // glpsol prints %13.5f (or %13.6g beyond 999999.99998): five decimals or six significant digits.
        if a.isInfinite || b.isInfinite { return a == b }
        return abs(a - b) <= max(1.5e-5, 1e-5 * abs(b))
    }

    @Test(
        "Netlib LPs: the same statuses, duals, cost ranges and bound ranges as glpsol --ranges",
        .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)),
        .enabled(if: Glpsol.isAvailable, Comment(rawValue: Glpsol.skipMessage)),
        arguments: instances
    )
    func matchesGlpsol(_ name: String) throws {
        let path = SharedData.path(of: "netlib/" + name)
        let (model, _) = try ModelFileReader.read(path: path)
        // glpsol's defaults: presolve, then the primal simplex (so both end in the same basis).
        let solver = GLPKSolver(parameters: GLPKParameters(presolve: true, method: .primal))
        let report = try #require(try solver.solve(model, options: SolverOptions(sensitivity: true)).sensitivity)
        let outcome = try #require(try Glpsol.solve(["--mps", path], ranges: true))
        let reference = GlpsolRangesReport(try #require(outcome.files["ranges"]))
        #expect(reference.rows.count == model.rowCount && reference.columns.count == model.columnCount)
        let code: [BasisStatus: String] = [.basic: "BS", .atLower: "NL", .atUpper: "NU", .free: "NF", .fixed: "NS"]
        var same = 0
        for (ours, theirs) in zip(report.columns, reference.columns) where code[ours.status] == theirs.status {
            same += 1
            #expect(Self.close(ours.costRange.lower, theirs.costRange.0), "\(theirs.name) cost low")
            #expect(Self.close(ours.costRange.upper, theirs.costRange.1), "\(theirs.name) cost high")
            if let bound = ours.boundRange {
                #expect(
                    Self.close(bound.lower, theirs.range.0) && Self.close(bound.upper, theirs.range.1),
                    "\(theirs.name)"
                )
            }
        }
        for (ours, theirs) in zip(report.rows, reference.rows) where code[ours.status] == theirs.status {
            same += 1
            #expect(Self.close(ours.dual, theirs.marginal), "\(theirs.name) dual")
            if ours.status != .basic, let range = ours.rightHandSideRange {
                #expect(
                    Self.close(range.lower, theirs.range.0) && Self.close(range.upper, theirs.range.1),
                    "\(theirs.name)"
                )
            }
        }
        #expect(same == model.rowCount + model.columnCount, "the same basis as glpsol's")
    }
}
