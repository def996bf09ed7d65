import LinearProgramming

extension CanonicalProblem {
    /// Every canonical case: LPs, then MIPs, then limits.
    public static let all: [CanonicalProblem] = linear + integer + limits

    /// Continuous cases, each checked by hand (vertices enumerated, duals from the optimal basis).
    public static let linear: [CanonicalProblem] = [
        // min x + y; x + 2y ≥ 4; 3x + y ≥ 6. Vertices (0,6)→6, (4,0)→4, (1.6,1.2)→2.8.
        // Duals: y1 + 3y2 = 1, 2y1 + y2 = 1 → y1 = 0.4, y2 = 0.2.
        CanonicalProblem(
            name: "lp_min_two_rows",
            model: buildModel("lp_min_two_rows") { m in
                let x = m.addVariable("x")
                let y = m.addVariable("y")
                m.addConstraint(x + 2 * y >= 4, name: "a")
                m.addConstraint(3 * x + y >= 6, name: "b")
                m.setObjective(.minimize, x + y)
            },
            termination: .optimal,
            objective: 2.8,
            values: ["x": 1.6, "y": 1.2],
            rowDuals: ["a": 0.4, "b": 0.2],
            reducedCosts: ["x": 0, "y": 0]
        ),
        // Wyndor Glass (Hillier & Lieberman): max 3x + 5y; x ≤ 4; 2y ≤ 12; 3x + 2y ≤ 18 → (2, 6), z = 36,
        // shadow prices 0, 1.5, 1.
        CanonicalProblem(
            name: "lp_max_wyndor",
            model: buildModel("lp_max_wyndor") { m in
                let x = m.addVariable("x")
                let y = m.addVariable("y")
                m.addConstraint(x <= 4, name: "plant1")
                m.addConstraint(2 * y <= 12, name: "plant2")
                m.addConstraint(3 * x + 2 * y <= 18, name: "plant3")
                m.setObjective(.maximize, 3 * x + 5 * y)
            },
            termination: .optimal,
            objective: 36,
            values: ["x": 2, "y": 6],
            rowDuals: ["plant1": 0, "plant2": 1.5, "plant3": 1]
        ),
        // min 2x + 3y; x + y ≥ 4 → x = 4; dual 2; raising y's lower bound by 1 costs 3 − 2 = 1.
        CanonicalProblem(
            name: "lp_min_reduced_cost",
            model: buildModel("lp_min_reduced_cost") { m in
                let x = m.addVariable("x")
                let y = m.addVariable("y")
                m.addConstraint(x + y >= 4, name: "demand")
                m.setObjective(.minimize, 2 * x + 3 * y)
            },
            termination: .optimal,
            objective: 8,
            values: ["x": 4, "y": 0],
            rowDuals: ["demand": 2],
            reducedCosts: ["x": 0, "y": 1]
        ),
        // max 2x + 3y; x + y ≤ 4 → y = 4; dual 3; forcing x up by 1 loses 1.
        CanonicalProblem(
            name: "lp_max_reduced_cost",
            model: buildModel("lp_max_reduced_cost") { m in
                let x = m.addVariable("x")
                let y = m.addVariable("y")
                m.addConstraint(x + y <= 4, name: "capacity")
                m.setObjective(.maximize, 2 * x + 3 * y)
            },
            termination: .optimal,
            objective: 12,
            values: ["x": 0, "y": 4],
            rowDuals: ["capacity": 3],
            reducedCosts: ["x": -1, "y": 0]
        ),
        // max x; x + y = 3; y ≥ 1 → x = 2; dual of the equality 1; raising y's lower bound loses 1.
        CanonicalProblem(
            name: "lp_max_equality_dual",
            model: buildModel("lp_max_equality_dual") { m in
                let x = m.addVariable("x")
                let y = m.addVariable("y", lowerBound: 1)
                m.addConstraint(x + y == 3, name: "total")
                m.setObjective(.maximize, LinearExpression(x))
            },
            termination: .optimal,
            objective: 2,
            values: ["x": 2, "y": 1],
            rowDuals: ["total": 1],
            reducedCosts: ["x": 0, "y": -1]
        ),
        // min x; x ≤ −1 upper-bound row with x free → min over (−∞, −1]: unbounded below.
        CanonicalProblem(
            name: "lp_unbounded_free_column",
            model: buildModel("lp_unbounded_free_column") { m in
                let x = m.addVariable("x", lowerBound: -.infinity)
                m.addConstraint(x <= -1, name: "cap")
                m.setObjective(.minimize, LinearExpression(x))
            },
            termination: .unbounded
        ),
        CanonicalProblem(
            name: "lp_infeasible_rows",
            model: buildModel("lp_infeasible_rows") { m in
                let x = m.addVariable("x")
                let y = m.addVariable("y")
                m.addConstraint(x + y <= 1, name: "at_most_1")
                m.addConstraint(x + y >= 2, name: "at_least_2")
                m.setObjective(.minimize, x + y)
            },
            termination: .infeasible
        ),
        // x ∈ [0, 1] but x ≥ 2: infeasible through a column bound.
        CanonicalProblem(
            name: "lp_infeasible_bound",
            model: buildModel("lp_infeasible_bound") { m in
                let x = m.addVariable("x", upperBound: 1)
                m.addConstraint(x >= 2, name: "need_2")
                m.setObjective(.minimize, LinearExpression(x))
            },
            termination: .infeasible
        ),
        // Infeasible, and the objective also improves without end along x − y = const: still infeasible.
        CanonicalProblem(
            name: "lp_infeasible_with_unbounded_direction",
            model: buildModel("lp_infeasible_with_unbounded_direction") { m in
                let x = m.addVariable("x")
                let y = m.addVariable("y")
                m.addConstraint(x - y >= 1, name: "gap_at_least_1")
                m.addConstraint(x - y <= 0, name: "gap_at_most_0")
                m.setObjective(.minimize, -1 * x - y)
            },
            termination: .infeasible
        ),
        CanonicalProblem(
            name: "lp_unbounded_max",
            model: buildModel("lp_unbounded_max") { m in
                let x = m.addVariable("x")
                let y = m.addVariable("y")
                m.addConstraint(x - y <= 1, name: "r")
                m.setObjective(.maximize, x + y)
            },
            termination: .unbounded
        ),
        // No columns and no rows: the objective is its constant.
        CanonicalProblem(
            name: "lp_empty_model",
            model: buildModel("lp_empty_model") { m in m.objectiveConstant = 5 },
            termination: .optimal,
            objective: 5
        ),
        CanonicalProblem(
            name: "lp_no_rows_min",
            model: buildModel("lp_no_rows_min") { m in
                let x = m.addVariable("x", lowerBound: 2, upperBound: 5)
                m.setObjective(.minimize, LinearExpression(x))
            },
            termination: .optimal,
            objective: 2,
            values: ["x": 2],
            reducedCosts: ["x": 1]
        ),
        CanonicalProblem(
            name: "lp_no_rows_max",
            model: buildModel("lp_no_rows_max") { m in
                let x = m.addVariable("x", lowerBound: 2, upperBound: 5)
                m.setObjective(.maximize, LinearExpression(x))
            },
            termination: .optimal,
            objective: 5,
            values: ["x": 5],
            reducedCosts: ["x": 1]
        ),
        CanonicalProblem(
            name: "lp_free_column",
            model: buildModel("lp_free_column") { m in
                let x = m.addVariable("x", lowerBound: -.infinity)
                m.addConstraint(x >= -3, name: "floor")
                m.setObjective(.minimize, LinearExpression(x))
            },
            termination: .optimal,
            objective: -3,
            values: ["x": -3],
            rowDuals: ["floor": 1]
        ),
        // A free row (no bounds) constrains nothing.
        CanonicalProblem(
            name: "lp_free_row",
            model: buildModel("lp_free_row") { m in
                let x = m.addVariable("x", lowerBound: 1)
                let y = m.addVariable("y")
                m.addConstraint(
                    LinearConstraint(terms: (x + y).terms, lowerBound: -.infinity, upperBound: .infinity),
                    name: "free"
                )
                m.setObjective(.minimize, x + y)
            },
            termination: .optimal,
            objective: 1,
            values: ["x": 1, "y": 0],
            rowDuals: ["free": 0]
        ),
        CanonicalProblem(
            name: "lp_equality_row",
            model: buildModel("lp_equality_row") { m in
                let x = m.addVariable("x")
                let y = m.addVariable("y")
                m.addConstraint(x + y == 3, name: "sum")
                m.setObjective(.minimize, x - y)
            },
            termination: .optimal,
            objective: -3,
            values: ["x": 0, "y": 3],
            rowDuals: ["sum": -1]
        ),
        // 2 ≤ x + y ≤ 5, x ≤ 3, max 2x + y → (3, 2), z = 8; the range's upper side binds with dual 1.
        CanonicalProblem(
            name: "lp_ranged_row",
            model: buildModel("lp_ranged_row") { m in
                let x = m.addVariable("x", upperBound: 3)
                let y = m.addVariable("y")
                m.addConstraint(LinearConstraint(x + y, in: 2...5), name: "range")
                m.setObjective(.maximize, 2 * x + y)
            },
            termination: .optimal,
            objective: 8,
            values: ["x": 3, "y": 2],
            rowDuals: ["range": 1],
            reducedCosts: ["x": 1, "y": 0]
        ),
        // The same range, minimising: the lower side binds.
        CanonicalProblem(
            name: "lp_ranged_row_lower_side",
            model: buildModel("lp_ranged_row_lower_side") { m in
                let x = m.addVariable("x", upperBound: 3)
                let y = m.addVariable("y")
                m.addConstraint(LinearConstraint(x + y, in: 2...5), name: "range")
                m.setObjective(.minimize, x + 2 * y)
            },
            termination: .optimal,
            objective: 2,
            values: ["x": 2, "y": 0],
            rowDuals: ["range": 1]
        ),
        CanonicalProblem(
            name: "lp_fixed_column",
            model: buildModel("lp_fixed_column") { m in
                let x = m.addVariable("x", lowerBound: 2, upperBound: 2)
                let y = m.addVariable("y")
                m.addConstraint(x + y >= 5, name: "need")
                m.setObjective(.minimize, x + y)
            },
            termination: .optimal,
            objective: 5,
            values: ["x": 2, "y": 3]
        ),
        // Degenerate vertex (1, 1): three rows active at a point in the plane.
        CanonicalProblem(
            name: "lp_degenerate",
            model: buildModel("lp_degenerate") { m in
                let x = m.addVariable("x")
                let y = m.addVariable("y")
                m.addConstraint(x <= 1, name: "x_cap")
                m.addConstraint(y <= 1, name: "y_cap")
                m.addConstraint(x + y <= 2, name: "sum_cap")
                m.setObjective(.maximize, x + y)
            },
            termination: .optimal,
            objective: 2,
            values: ["x": 1, "y": 1]
        ),
        // Klee–Minty cube, n = 3: max 4x1 + 2x2 + x3; x1 ≤ 5; 4x1 + x2 ≤ 25; 8x1 + 4x2 + x3 ≤ 125 → x3 = 125.
        CanonicalProblem(
            name: "lp_klee_minty_3",
            model: buildModel("lp_klee_minty_3") { m in
                let x1 = m.addVariable("x1")
                let x2 = m.addVariable("x2")
                let x3 = m.addVariable("x3")
                m.addConstraint(x1 <= 5, name: "k1")
                m.addConstraint(4 * x1 + x2 <= 25, name: "k2")
                m.addConstraint(8 * x1 + 4 * x2 + x3 <= 125, name: "k3")
                m.setObjective(.maximize, 4 * x1 + 2 * x2 + x3)
            },
            termination: .optimal,
            objective: 125,
            values: ["x1": 0, "x2": 0, "x3": 125],
            rowDuals: ["k1": 0, "k2": 0, "k3": 1]
        ),
        CanonicalProblem(
            name: "lp_objective_constant_min",
            model: buildModel("lp_objective_constant_min") { m in
                let x = m.addVariable("x", lowerBound: 1)
                m.setObjective(.minimize, x + 10)
            },
            termination: .optimal,
            objective: 11,
            values: ["x": 1]
        ),
        CanonicalProblem(
            name: "lp_objective_constant_max",
            model: buildModel("lp_objective_constant_max") { m in
                let x = m.addVariable("x", lowerBound: 2)
                m.setObjective(.maximize, 7 - x)
            },
            termination: .optimal,
            objective: 5,
            values: ["x": 2],
            reducedCosts: ["x": -1]
        ),
        CanonicalProblem(
            name: "lp_negative_bounds",
            model: buildModel("lp_negative_bounds") { m in
                let x = m.addVariable("x", lowerBound: -5, upperBound: 5)
                m.setObjective(.minimize, LinearExpression(x))
            },
            termination: .optimal,
            objective: -5,
            values: ["x": -5]
        ),
        // x + x ≥ 4 written with a repeated term: merged to 2x ≥ 4, so x = 2 and the dual is 0.5.
        CanonicalProblem(
            name: "lp_repeated_terms_merged",
            model: buildModel("lp_repeated_terms_merged") { m in
                let x = m.addVariable("x")
                m.addConstraint(x + x >= 4, name: "twice")
                m.setObjective(.minimize, LinearExpression(x))
            },
            termination: .optimal,
            objective: 2,
            values: ["x": 2],
            rowDuals: ["twice": 0.5]
        ),
        // x − x + y ≥ 1: the x entries cancel and x is free of the row.
        CanonicalProblem(
            name: "lp_cancelling_terms",
            model: buildModel("lp_cancelling_terms") { m in
                let x = m.addVariable("x")
                let y = m.addVariable("y")
                m.addConstraint(x - x + y >= 1, name: "only_y")
                m.setObjective(.minimize, x + y)
            },
            termination: .optimal,
            objective: 1,
            values: ["x": 0, "y": 1]
        ),
        // Transportation 2×2: supplies 20, 30; demands 25, 25; costs (1 3 / 2 1) → 20·1 + 5·2 + 25·1 = 55.
        CanonicalProblem(
            name: "lp_transportation_2x2",
            model: buildModel("lp_transportation_2x2") { m in
                let costs = [[1.0, 3.0], [2.0, 1.0]]
                let supply = [20.0, 30.0]
                let demand = [25.0, 25.0]
                var ship: [[Variable]] = []
                for s in 0..<2 {
                    ship.append((0..<2).map { d in m.addVariable("ship_\(s)_\(d)", objective: costs[s][d]) })
                }
                for s in 0..<2 { m.addConstraint(.sum(ship[s]) <= supply[s], name: "supply_\(s)") }
                for d in 0..<2 { m.addConstraint(.sum(ship.map { $0[d] }) >= demand[d], name: "demand_\(d)") }
            },
            termination: .optimal,
            objective: 55,
            values: ["ship_0_0": 20, "ship_0_1": 0, "ship_1_0": 5, "ship_1_1": 25]
        ),
    ]
}
