import LinearProgramming

/// Hand-made minimum-cost-flow models (and near misses) for the network recognition and GLPK's network path.
public enum NetworkModels {
    /// Two plants (capacity rows `≤`), three customers (demand rows `=`), solved by hand with the transportation
    /// method: plant 1 ships 20 to customer 2; plant 2 ships 10, 5, 15 to customers 1–3 (10 of its 40 spare).
    /// Cost 465. Duals (∂z*/∂b): plant 1 −6 (one more unit there replaces one of plant 2's to customer 2,
    /// 12 − 6), plant 2 0 (slack), customers 9, 12, 13 (plant 2's costs: it serves every customer at the margin).
    /// Non-degenerate (every basic flow and the slack are positive, every non-basic reduced cost — 5 on
    /// plant 1 → 1, 3 on plant 1 → 3 — positive), so optimum, point and duals are unique.
    ///
    /// `maximize` negates the costs (optimum −465, every dual negated); `negatedDemand` writes the demand
    /// rows as `−Σ x = −d` (their duals change sign: the bound moves the other way).
    public static func transportation(maximize: Bool = false, negatedDemand: Bool = false) -> LinearModel {
        var m = LinearModel(name: "hand_transportation")
        let costs: [[Double]] = [[8, 6, 10], [9, 12, 13]]
        let sign: Double = maximize ? -1 : 1
        let ship = (0..<2)
            .map { i in
                (0..<3).map { j in m.addVariable("ship_\(i + 1)_\(j + 1)", objective: sign * costs[i][j]) }
            }
        m.objectiveSense = maximize ? .maximize : .minimize
        for (i, capacity) in [20.0, 40].enumerated() {
            m.addConstraint(.sum(ship[i]) <= capacity, name: "plant_\(i + 1)")
        }
        for (j, demand) in [10.0, 25, 15].enumerated() {
            let flow = LinearExpression.sum(ship.map { $0[j] })
            m.addConstraint(negatedDemand ? -1 * flow == -demand : flow == demand, name: "customer_\(j + 1)")
        }
        return m
    }

    /// The hand-derived answer of ``transportation(maximize:negatedDemand:)``.
    public static func transportationAnswer(maximize: Bool = false, negatedDemand: Bool = false) -> (
        objective: Double, values: [Double], rowDuals: [Double]
    ) {
        let sign: Double = maximize ? -1 : 1
        let demandSign: Double = negatedDemand ? -1 : 1
        return (
            sign * 465,
            [0, 20, 0, 10, 5, 15],
            [sign * -6, 0] + [9, 12, 13].map { sign * demandSign * $0 }
        )
    }

    /// The Socialaftale's shape in small: 3 municipalities' demand rows (`=`), 2 offers each with a capacity row
    /// (`≤ places`) and an occupancy row (`≥ floor`, holding the capacity row's purchases and an empty-place
    /// column), purchases with existing placements as lower bounds, outside purchases and unmet demand.
    /// Whole numbers throughout, so GLPK's out-of-kilter solver can take it.
    public static func socialShaped(placesOfFirstOffer: Double = 6) -> LinearModel {
        var m = LinearModel(name: "social_shaped")
        let demand: [Double] = [4, 5, 3]
        let places: [Double] = [placesOfFirstOffer, 5]
        let floors: [Double] = [(0.9 * places[0]).rounded(.up), 5]
        let tariffs: [Double] = [1000, 1200]
        let kilometres: [[Double]] = [[10, 40], [30, 5], [25, 25]]
        let existing: [[Double]] = [[1, 0], [0, 2], [0, 0]]
        var purchases: [[Variable]] = []
        for b in 0..<3 {
            purchases.append(
                (0..<2)
                    .map { o in
                        m.addVariable(
                            "z_\(b)_\(o)",
                            lowerBound: existing[b][o],
                            objective: tariffs[o] + 3 * kilometres[b][o]
                        )
                    }
            )
        }
        for b in 0..<3 {
            let outside = m.addVariable("x_\(b)", objective: 2500)
            let unmet = m.addVariable("u_\(b)", objective: 5000)
            m.addConstraint(.sum(purchases[b]) + outside + unmet == demand[b], name: "demand_\(b)")
        }
        for o in 0..<2 {
            let bought = LinearExpression.sum(purchases.map { $0[o] })
            m.addConstraint(bought <= places[o], name: "capacity_\(o)")
            let empty = m.addVariable("e_\(o)", objective: tariffs[o] / 2)
            m.addConstraint(bought + empty >= floors[o], name: "occupancy_\(o)")
        }
        return m
    }

    /// Three rows pairwise joined by a column with +1 in both: the signs would need an odd cycle. No network.
    public static func oddCycle() -> LinearModel {
        var m = LinearModel(name: "odd_cycle")
        let x = m.addVariable("x", objective: 1)
        let y = m.addVariable("y", objective: 1)
        let z = m.addVariable("z", objective: 1)
        m.addConstraint(x + z >= 1, name: "r1")
        m.addConstraint(x + y >= 1, name: "r2")
        m.addConstraint(y + z >= 1, name: "r3")
        return m
    }

    /// The transportation model with one coefficient 2. No network.
    public static func coefficientTwo() -> LinearModel {
        var m = transportation()
        let extra = m.addVariable("double", objective: 1)
        m.addConstraint(2 * extra <= 4, name: "doubled")
        return m
    }

    /// A column in three rows none of which nests in another. No network.
    public static func columnInThreeRows() -> LinearModel {
        var m = LinearModel(name: "three_rows")
        let x = m.addVariable("x", objective: 1)
        let a = m.addVariable("a", objective: 1)
        let b = m.addVariable("b", objective: 1)
        let c = m.addVariable("c", objective: 1)
        m.addConstraint(x + a >= 1, name: "r1")
        m.addConstraint(x - b <= 3, name: "r2")
        m.addConstraint(x + c == 2, name: "r3")
        return m
    }

    /// What is wrong with `solution` as an optimality certificate of the LP `model`: primal feasibility,
    /// reduced costs equal to `c − Aᵀy`, and complementary slackness under ``Solution``'s convention
    /// (∂z*/∂b: for minimisation a positive row dual only at the row's lower bound, a negative one only at its
    /// upper bound, and the same for reduced costs and column bounds; reversed for maximisation). By LP duality,
    /// a solution passing all three is optimal, and so are its duals.
    public static func certificateFailures(
        of solution: Solution,
        for model: LinearModel,
        tolerance: Double = 1e-7
    ) -> [String] {
        guard let duals = solution.rowDuals, let reduced = solution.reducedCosts else { return ["no duals"] }
        var failures: [String] = []
        func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= tolerance * max(1, abs(b)) }
        let sense: Double = model.objectiveSense == .minimize ? 1 : -1
        let activities = model.rowActivities(at: solution.values)
        for (row, definition) in model.constraints.enumerated() {
            let activity = activities[row]
            if activity < definition.lowerBound - tolerance || activity > definition.upperBound + tolerance {
                failures.append("row \(definition.name) infeasible: \(activity)")
            }
            let dual = sense * duals[row]
            if dual > tolerance && !near(activity, definition.lowerBound) {
                failures.append("row \(definition.name): dual \(duals[row]) but not at its lower bound")
            }
            if dual < -tolerance && !near(activity, definition.upperBound) {
                failures.append("row \(definition.name): dual \(duals[row]) but not at its upper bound")
            }
        }
        var expected = model.objectiveCoefficients
        let merged = model.mergedRows()
        for row in 0..<model.rowCount {
            for entry in merged.range(of: row) {
                expected[Int(merged.columns[entry])] -= merged.values[entry] * duals[row]
            }
        }
        for (column, definition) in model.variables.enumerated() {
            let value = solution.values[column]
            if value < definition.lowerBound - tolerance || value > definition.upperBound + tolerance {
                failures.append("column \(definition.name) outside its bounds: \(value)")
            }
            if !near(reduced[column], expected[column]) {
                failures.append(
                    "column \(definition.name): reduced cost \(reduced[column]), c − Aᵀy \(expected[column])"
                )
            }
            let cost = sense * reduced[column]
            if cost > tolerance && !near(value, definition.lowerBound) {
                failures.append("column \(definition.name): reduced cost \(reduced[column]) but not at its lower bound")
            }
            if cost < -tolerance && !near(value, definition.upperBound) {
                failures.append("column \(definition.name): reduced cost \(reduced[column]) but not at its upper bound")
            }
        }
        return failures
    }
}
