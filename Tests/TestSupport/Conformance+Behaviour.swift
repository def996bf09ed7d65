import Dispatch
import Foundation
import LinearProgramming

extension ConformanceCase {
    /// Behaviour every backend shares beyond single answers: identity, invalid input, threads, limits,
    /// sensitivity, infeasibility explanation.
    public static let behaviour: [ConformanceCase] = [
        ConformanceCase("behaviour/identity") { solver in
            let solution = try solver.solve(CanonicalProblem.transportation(size: 2))
            var failures: [String] = []
            if solver.identity.name.isEmpty || solver.identity.version.isEmpty {
                failures.append("identity \(solver.identity) lacks a name or a version")
            }
            if solution.solver?.version.isEmpty ?? true {
                failures.append("the solution does not say which solver produced it")
            }
            return failures
        },
        ConformanceCase("behaviour/invalid_models_throw") { solver in
            var failures: [String] = []
            for (model, kind) in invalidModels {
                do {
                    _ = try solver.solve(model)
                    failures.append("\(model.name) was solved instead of rejected")
                } catch let error as InvalidModelError {
                    if !error.issues.contains(where: { $0.kind.rawValue == kind }) {
                        failures.append("\(model.name): \(error), expected \(kind)")
                    }
                }
            }
            do {
                _ = try solver.solve(CanonicalProblem.transportation(size: 2), options: SolverOptions(timeLimit: -1))
                failures.append("a negative time limit was accepted")
            } catch is InvalidOptionsError {}
            return failures
        },
        ConformanceCase("behaviour/mip_has_no_duals", requires: .mixedInteger) { solver in
            var model = CanonicalProblem.transportation(size: 3)
            for index in 0..<model.columnCount { model.setKind(of: Variable(index: index), to: .integer) }
            let solution = try solver.solve(model)
            return solution.rowDuals == nil && solution.reducedCosts == nil && solution.termination == .optimal
                ? [] : ["\(solution.termination); a MIP reported duals or was not solved"]
        },
        ConformanceCase("behaviour/threads", requires: .mixedInteger) { solver in
            // 4 threads × 25 knapsacks, each against dynamic programming.
            let failures = LockedList()
            DispatchQueue.concurrentPerform(iterations: 4) { thread in
                for run in 0..<25 {
                    let knapsack = Knapsack(seed: thread * 1_000 + run)
                    let found = try? solver.solve(knapsack.model).objectiveValue
                    if found != Double(knapsack.dynamicProgrammingOptimum) {
                        failures.append("knapsack \(thread * 1_000 + run): \(String(describing: found))")
                    }
                }
            }
            return failures.items
        },
        ConformanceCase("behaviour/time_limit_zero_on_hard_mip", requires: [.mixedInteger, .timeLimit]) { solver in
            let solution = try solver.solve(
                CanonicalProblem.marketSplit(rows: 6, columns: 50, seed: 7),
                options: SolverOptions(timeLimit: 0)
            )
            var failures: [String] = []
            if solution.termination != .timeLimit { failures.append("termination \(solution.termination)") }
            if solution.hasSolution {
                failures += feasibilityFailures(
                    of: solution,
                    in: CanonicalProblem.marketSplit(rows: 6, columns: 50, seed: 7)
                )
            }
            return failures
        },
        ConformanceCase("behaviour/sensitivity_wyndor", requires: .sensitivityRanges) { solver in
            let wyndor = try requireProblem("lp_max_wyndor")
            guard let report = try solver.solve(wyndor.model, options: SolverOptions(sensitivity: true)).sensitivity
            else { return ["no sensitivity report"] }
            // Hillier & Lieberman: 0 ≤ c₁ ≤ 7.5, c₂ ≥ 2; 6 ≤ b₂ ≤ 18, 12 ≤ b₃ ≤ 24.
            let expected = [
                report.columns[0].costRange == ValueRange(0, 7.5),
                report.columns[1].costRange == ValueRange(2, .infinity),
                report.rows[1].rightHandSideRange == ValueRange(6, 18),
                report.rows[2].rightHandSideRange == ValueRange(12, 24),
            ]
            return expected.allSatisfy { $0 } ? [] : ["ranges \(report)"]
        },
        ConformanceCase("behaviour/no_sensitivity_unless_asked") { solver in
            let wyndor = try requireProblem("lp_max_wyndor")
            return try solver.solve(wyndor.model).sensitivity == nil ? [] : ["a report nobody asked for"]
        },
        ConformanceCase("behaviour/conflict_refinement", requires: .conflictRefinement) { solver in
            var model = LinearModel()
            let x = model.addVariable("x")
            let y = model.addVariable("y", upperBound: 3)
            model.addConstraint(x >= 2, name: "low")
            model.addConstraint(x + y <= 10, name: "unrelated")
            model.addConstraint(x <= 1, name: "high")
            guard let conflict = try ConflictRefiner(solver: solver, timeBudget: 30).explain(model) else {
                return ["no conflict found"]
            }
            let names = conflict.rowNames(in: model)
            return names == ["low", "high"] && conflict.bounds.isEmpty && conflict.isIrreducible
                ? [] : ["conflict \(names), bounds \(conflict.bounds)"]
        },
    ]

    /// Models validation must reject, with the issue kind expected.
    static var invalidModels: [(LinearModel, String)] {
        func model(_ name: String, _ edit: (inout LinearModel, Variable) -> Void) -> LinearModel {
            var model = LinearModel(name: name)
            let x = model.addVariable("x")
            model.addConstraint(x <= 4, name: "r")
            edit(&model, x)
            return model
        }
        return [
            (model("nan_bound") { m, x in m.setBounds(of: x, lower: 0, upper: .nan) }, "not_a_number"),
            (model("nan_objective") { m, x in m.setObjectiveCoefficient(.nan, for: x) }, "not_a_number"),
            (model("lower_above_upper") { m, x in m.setBounds(of: x, lower: 3, upper: 2) }, "lower_above_upper"),
            (
                model("infinite_coefficient") { m, x in m.addConstraint(-.infinity * x <= 1, name: "s") },
                "infinite_coefficient"
            ),
            (model("duplicate_row") { m, x in m.addConstraint(x >= 0, name: "r") }, "duplicate_name"),
            (
                model("foreign_variable") { m, _ in
                    m.addConstraint(LinearExpression(Variable(index: 5)) <= 1, name: "f")
                },
                "unknown_variable"
            ),
        ]
    }
}

/// The canonical problem called `name` (a suite bug, not a backend's, when it is missing).
func requireProblem(_ name: String) throws -> CanonicalProblem {
    guard let problem = CanonicalProblem.all.first(where: { $0.name == name }) else {
        throw ConformanceSuiteError(message: "no canonical problem \(name)")
    }
    return problem
}

/// A mistake in the suite itself.
struct ConformanceSuiteError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// A list appended to from several threads.
final class LockedList: @unchecked Sendable {
    private var list: [String] = []
    private let lock = NSLock()

    func append(_ item: String) {
        lock.lock()
        list.append(item)
        lock.unlock()
    }

    var items: [String] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}

/// A 0/1 knapsack generated from `seed`, with its optimum computed by dynamic programming (a second method).
public struct Knapsack: Sendable {
    public var values: [Int]
    public var weights: [Int]
    public var capacity: Int

    public init(seed: Int) {
        var state = UInt64(seed) &* 2_654_435_761 &+ 97
        func next(_ range: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(range))
        }
        let count = 8 + next(8)
        values = (0..<count).map { _ in 1 + next(40) }
        weights = (0..<count).map { _ in 1 + next(20) }
        capacity = weights.reduce(0, +) / 2
    }

    /// The optimum by dynamic programming over the capacity.
    public var dynamicProgrammingOptimum: Int {
        var best = [Int](repeating: 0, count: capacity + 1)
        for (value, weight) in zip(values, weights) {
            for room in stride(from: capacity, through: weight, by: -1) {
                best[room] = max(best[room], best[room - weight] + value)
            }
        }
        return best[capacity]
    }

    /// The knapsack as a MIP (maximise the value of what is taken).
    public var model: LinearModel {
        var model = LinearModel(name: "knapsack")
        let take = values.indices.map {
            model.addVariable("take_\($0)", kind: .binary, objective: Double(values[$0]))
        }
        model.addConstraint(
            .sum(zip(weights.map(Double.init), take).map { ($0, $1) }) <= Double(capacity),
            name: "capacity"
        )
        model.objectiveSense = .maximize
        return model
    }
}
