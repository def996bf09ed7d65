import LinearProgramming

extension CanonicalProblem {
    /// Integer cases, each checked by hand or by enumeration.
    public static let integer: [CanonicalProblem] = [
        // max x + y; 2x + 2y ≤ 3; integers → 1 (the LP relaxation gives 1.5).
        CanonicalProblem(
            name: "mip_rounding_down",
            model: buildModel("mip_rounding_down") { m in
                let x = m.addVariable("x", kind: .integer)
                let y = m.addVariable("y", kind: .integer)
                m.addConstraint(2 * x + 2 * y <= 3, name: "half")
                m.setObjective(.maximize, x + y)
            },
            termination: .optimal,
            objective: 1
        ),
        // Knapsack: max 8a + 11b + 6c + 4d; 5a + 7b + 4c + 3d ≤ 14; binary → b, c, d = 21 (LP bound 22).
        CanonicalProblem(
            name: "mip_knapsack",
            model: buildModel("mip_knapsack") { m in
                let items = [(8.0, 5.0), (11.0, 7.0), (6.0, 4.0), (4.0, 3.0)]
                let take = items.indices.map { m.addVariable("take_\($0)", kind: .binary, objective: items[$0].0) }
                m.addConstraint(.sum(zip(items.map(\.1), take).map { ($0, $1) }) <= 14, name: "weight")
                m.objectiveSense = .maximize
            },
            termination: .optimal,
            objective: 21,
            values: ["take_0": 0, "take_1": 1, "take_2": 1, "take_3": 1]
        ),
        // Integer column with fractional bounds [0.5, 2.5]: rounded inwards to [1, 2].
        CanonicalProblem(
            name: "mip_fractional_bounds_min",
            model: buildModel("mip_fractional_bounds_min") { m in
                let x = m.addVariable("x", kind: .integer, lowerBound: 0.5, upperBound: 2.5)
                m.setObjective(.minimize, LinearExpression(x))
            },
            termination: .optimal,
            objective: 1,
            values: ["x": 1]
        ),
        CanonicalProblem(
            name: "mip_fractional_bounds_max",
            model: buildModel("mip_fractional_bounds_max") { m in
                let x = m.addVariable("x", kind: .integer, lowerBound: 0.5, upperBound: 2.5)
                let y = m.addVariable("y")
                m.addConstraint(x + y <= 10, name: "room")
                m.setObjective(.maximize, 3 * x + y)
            },
            termination: .optimal,
            objective: 14,
            values: ["x": 2, "y": 8]
        ),
        // No whole number in [0.2, 0.8].
        CanonicalProblem(
            name: "mip_empty_integer_domain",
            model: buildModel("mip_empty_integer_domain") { m in
                let x = m.addVariable("x", kind: .integer, lowerBound: 0.2, upperBound: 0.8)
                m.setObjective(.minimize, LinearExpression(x))
            },
            termination: .infeasible
        ),
        // 2x = 1 has the relaxed solution 0.5 but no integer one.
        CanonicalProblem(
            name: "mip_infeasible_parity",
            model: buildModel("mip_infeasible_parity") { m in
                let x = m.addVariable("x", kind: .integer)
                m.addConstraint(2 * x == 1, name: "odd")
                m.setObjective(.minimize, LinearExpression(x))
            },
            termination: .infeasible
        ),
        CanonicalProblem(
            name: "mip_unbounded",
            model: buildModel("mip_unbounded") { m in
                let x = m.addVariable("x", kind: .integer)
                let y = m.addVariable("y", kind: .integer)
                m.addConstraint(x - y <= 3, name: "r")
                m.setObjective(.maximize, x + y)
            },
            termination: .unbounded
        ),
        // The relaxation is unbounded along x = y, but 2x − 2y = 1 has no integer solution. Branch-and-bound
        // over unbounded integers cannot prove that, so the honest answer within a time limit is "one of the two".
        CanonicalProblem(
            name: "mip_undecidable_unbounded_relaxation",
            model: buildModel("mip_undecidable_unbounded_relaxation") { m in
                let x = m.addVariable("x", kind: .integer)
                let y = m.addVariable("y", kind: .integer)
                m.addConstraint(2 * x - 2 * y == 1, name: "odd_gap")
                m.setObjective(.maximize, x + y)
            },
            options: SolverOptions(timeLimit: 0.5),
            termination: .infeasibleOrUnbounded
        ),
        // Unbounded relaxation, but the integer columns are bounded on one side only and the rows pin them:
        // x − y = 0.5 with x, y ≥ 0 integer has no integer point, found by branching on x and y.
        CanonicalProblem(
            name: "mip_infeasible_unbounded_relaxation",
            model: buildModel("mip_infeasible_unbounded_relaxation") { m in
                let x = m.addVariable("x", kind: .integer, upperBound: 3)
                let y = m.addVariable("y", kind: .integer)
                let z = m.addVariable("z")
                m.addConstraint(x - y == 0.5, name: "half_gap")
                m.setObjective(.maximize, x + y + z)
            },
            termination: .infeasible
        ),
        // Mixed: x integer, y continuous; max x + y; x + 2y ≤ 4.5; x ≤ 2.7 (row) → x = 2, y = 1.25.
        CanonicalProblem(
            name: "mip_mixed",
            model: buildModel("mip_mixed") { m in
                let x = m.addVariable("x", kind: .integer)
                let y = m.addVariable("y")
                m.addConstraint(x + 2 * y <= 4.5, name: "shared")
                m.addConstraint(x <= 2.7, name: "x_cap")
                m.setObjective(.maximize, x + y)
            },
            termination: .optimal,
            objective: 3.25,
            values: ["x": 2, "y": 1.25]
        ),
        // Binary columns keep [0, 1] even when wider bounds are asked for.
        CanonicalProblem(
            name: "mip_binary_bounds",
            model: buildModel("mip_binary_bounds") { m in
                let x = m.addVariable("x", kind: .binary, lowerBound: -3, upperBound: 7)
                m.setObjective(.maximize, 5 * x)
            },
            termination: .optimal,
            objective: 5,
            values: ["x": 1]
        ),
        // Assignment 3×3, costs (4 1 3 / 2 0 5 / 3 2 2): best is 1 + 2 + 2 = 5 (rows → columns 1, 0, 2).
        CanonicalProblem(
            name: "mip_assignment_3x3",
            model: buildModel("mip_assignment_3x3") { m in
                let cost = [[4.0, 1, 3], [2, 0, 5], [3, 2, 2]]
                var assign: [[Variable]] = []
                for i in 0..<3 {
                    assign.append(
                        (0..<3).map { j in m.addVariable("a_\(i)_\(j)", kind: .binary, objective: cost[i][j]) }
                    )
                }
                for i in 0..<3 { m.addConstraint(.sum(assign[i]) == 1, name: "row_\(i)") }
                for j in 0..<3 { m.addConstraint(.sum(assign.map { $0[j] }) == 1, name: "col_\(j)") }
            },
            termination: .optimal,
            objective: 5,
            values: ["a_0_1": 1, "a_1_0": 1, "a_2_2": 1]
        ),
    ]

    /// Limit cases: the solver must stop and say why, never claim optimality.
    public static let limits: [CanonicalProblem] = [
        // A 6×6 transportation LP needs far more than one simplex iteration from the slack basis.
        CanonicalProblem(
            name: "limit_iterations",
            model: transportation(size: 6),
            options: SolverOptions(iterationLimit: 1),
            termination: .iterationLimit
        ),
        // A market-split instance (Cornuéjols–Dawande): branch-and-bound needs minutes; 0.3 s must stop it.
        CanonicalProblem(
            name: "limit_time",
            model: marketSplit(rows: 6, columns: 50, seed: 7),
            options: SolverOptions(timeLimit: 0.3),
            termination: .timeLimit
        ),
    ]

    /// A dense `size × size` transportation LP with supply = demand = 10 per node and costs (i·7 + j·3) mod 11 + 1.
    public static func transportation(size: Int) -> LinearModel {
        var m = LinearModel(name: "transportation_\(size)")
        var ship: [[Variable]] = []
        for i in 0..<size {
            ship.append(
                (0..<size)
                    .map { j in
                        m.addVariable("ship_\(i)_\(j)", objective: Double((i * 7 + j * 3) % 11 + 1))
                    }
            )
        }
        for i in 0..<size { m.addConstraint(.sum(ship[i]) <= 10, name: "supply_\(i)") }
        for j in 0..<size { m.addConstraint(.sum(ship.map { $0[j] }) >= 10, name: "demand_\(j)") }
        return m
    }

    /// A market-split feasibility problem with slack, minimised: `Σ aᵢⱼ xⱼ + sᵢ⁺ − sᵢ⁻ = ⌊Σⱼ aᵢⱼ / 2⌋`,
    /// x binary, a from a fixed linear congruential generator (the instances are notoriously hard for B&B).
    public static func marketSplit(rows: Int, columns: Int, seed: UInt64) -> LinearModel {
        var state = seed
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double((state >> 33) % 100)
        }
        var m = LinearModel(name: "market_split")
        let x = (0..<columns).map { m.addVariable("x\($0)", kind: .binary) }
        for i in 0..<rows {
            let a = (0..<columns).map { _ in next() }
            let plus = m.addVariable("s_plus_\(i)", objective: 1)
            let minus = m.addVariable("s_minus_\(i)", objective: 1)
            let target = (a.reduce(0, +) / 2).rounded(.down)
            m.addConstraint(.sum(zip(a, x).map { ($0, $1) }) + plus - minus == target, name: "split_\(i)")
        }
        return m
    }
}
