import Allocation
import Foundation
import KKRDomain
import LinearProgramming
import TestSupport
import Testing

/// The default inputs (frozen in `Tests/Fixtures/Inputs/`) planned end to end with GLPK, against an independent Hamilton computation.
@Suite struct DefaultPlanTests {
    static let inputsFolder = Fixtures.inputs

    static func plan() throws -> TraineeshipPlan {
        let inputs = try TraineeshipInputReader.read(folder: inputsFolder, displayName: "Inputs")
        guard case .planned(let plan) = try TraineeshipPlanner(solver: TestSolver.make()).plan(inputs) else {
            throw PlanningError(reason: "default plan infeasible")
        }
        return plan
    }

    /// Expected places computed outside this code base (exact fractions, largest remainder on
    /// quota = T·w/Σw + shortfall, a Python script with `fractions`), in DST code order 773 787 810 813 820 825 840 846 849 851 860.
    @Test func matchesIndependentHamilton() throws {
        let plan = try Self.plan()
        let places = Dictionary(uniqueKeysWithValues: plan.programmes.map { ($0.programme.id, $0.rows.map(\.places)) })
        #expect(places["paedagog"] == [34, 73, 61, 100, 62, 3, 51, 70, 65, 365, 108])
        #expect(places["pau"] == [5, 12, 11, 15, 11, 0, 10, 12, 11, 70, 18])
        // With carry-over: SSA 618 + 7 (Morsø 2, Frederikshavn 4, Læsø 1), SSH 309 + 4 (Aalborg 2, Hjørring 2).
        #expect(places["ssa"] == [29, 53, 38, 82, 43, 4, 29, 51, 44, 177, 75])
        #expect(places["ssh"] == [14, 27, 18, 40, 21, 2, 13, 25, 22, 91, 40])
    }

    /// The tie-break stage makes the plan independent of the simplex path: primal without presolve gives the same.
    @Test func sameResultWhateverTheSimplexPath() throws {
        let inputs = try TraineeshipInputReader.read(folder: Self.inputsFolder, displayName: "Inputs")
        let solver = TestSolver.make(presolve: false, method: .primal)
        guard case .planned(let other) = try TraineeshipPlanner(solver: solver).plan(inputs)
        else {
            throw PlanningError(reason: "default plan infeasible")
        }
        let plan = try Self.plan()
        #expect(other.programmes.map { $0.rows.map(\.places) } == plan.programmes.map { $0.rows.map(\.places) })
        #expect(other.programmes.map { $0.splits.map(\.cells) } == plan.programmes.map { $0.splits.map(\.cells) })
    }

    /// Sums, bounds and splits recomputed from the raw inputs; the plan's own flags must agree.
    @Test func everyCheckPasses() throws {
        let plan = try Self.plan()
        let inputs = try TraineeshipInputReader.read(folder: Self.inputsFolder, displayName: "Inputs")
        #expect(plan.allChecksPass)
        for programme in plan.programmes {
            let id = programme.programme.id
            let raw = try #require(inputs.programmes.first { $0.id == id })
            let target = try #require(raw.target(for: inputs.year))
            let last = inputs.lastYear[id] ?? [:]
            let shortfall =
                raw.carriesOverShortfall
                ? last.values.reduce(0) { $0 + max(0, ($1.allocated ?? 0) - ($1.realised ?? 0)) } : 0
            #expect(programme.rows.reduce(0) { $0 + $1.places } == target.places + shortfall, "\(id)")
            for row in programme.rows {
                let bounds = inputs.bounds[id]?[row.party.code]
                #expect(row.places >= (bounds?.floor ?? 0) && row.places <= (bounds?.cap ?? Int.max), "\(id)")
            }
            for split in programme.splits {
                #expect(split.cells.map { $0.reduce(0, +) } == programme.rows.map(\.places), "\(id)")
                #expect(split.regionalTotals.reduce(0, +) == programme.rows.reduce(0) { $0 + $1.places })
            }
            #expect(programme.checks.quotaPropertyHolds, "\(id)")
            #expect(programme.checks.splitsAddUp)
        }
        #expect(plan.programmes.first { $0.programme.id == "ssa" }?.total == 618 + 7)
        #expect(plan.programmes.first { $0.programme.id == "ssh" }?.solvedWith == ["ssa"])
    }
}
