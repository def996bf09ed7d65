import KKRDomain
import LinearProgramming

/// How the place and citizen values of a ``SocialPlan`` were found.
public enum SocialValueMethod: String, Sendable, Hashable, Codable {
    /// Exact one-unit changes, computed from the plan by shortest paths (``SocialMarginalValues``): the same numbers
    /// whichever backend solved, and whichever of several optimal dual solutions it returned.
    case shortestPaths = "shortest_paths"
    /// The backend's row duals as returned (one of possibly several optimal dual solutions), used only when the
    /// shortest paths could not be computed (see ``SocialMarginalValues/canonical(model:values:)``).
    case solverDuals = "solver_duals"
}

/// What one more place in each offer saves and what one more citizen in each demand cell costs, in kr a year.
///
/// **Why not the backend's duals.** The Socialaftale LP is dual degenerate: where an offer is exactly full, or a
/// buyer's citizens could equally go elsewhere, many dual solutions are optimal, and each backend returns another
/// (GLPK and CLP gave different values for about a tenth of the offers and cells of the shipped inputs). A dual
/// value then lies anywhere between the change from one unit less and one unit more.
///
/// **What the values are.** For each number separately, the change of the optimal yearly cost when that one number
/// grows by one, all else equal — the right-hand derivative of the optimal cost:
/// - the place value of offer o is z*(K[o]) − z*(K[o] + 1), its occupancy bound ⌈β·K⌉ kept (≥ 0): the saving of
///   the first extra place, the smallest of the capacity row's optimal duals in magnitude;
/// - the citizen value of demand cell d is z*(D[d] + 1) − z*(D[d]): what the first extra citizen costs, the
///   largest of the demand row's optimal duals.
///
/// Both are exact one-unit differences, not just slopes: the model is a min-cost flow with whole capacities and
/// demands, so its optimal cost is piecewise linear in each of them with breaks at whole numbers only.
///
/// **How.** The model is a network: each purchase z[b,o] carries a citizen from demand cell d to offer o, whose
/// capacity and occupancy rows (with the empty-place column e[o]) take it to the one sink, with x[d] and u[d]
/// straight from d to the sink. With π_d = y_demand[d], π_o = −(y_capacity[o] + y_occupancy[o]) and π_sink = 0,
/// complementary slackness with an optimal plan turns the optimal dual set into difference constraints
/// π_v ≤ π_u + w (a column at its lower bound gives one, a column above it two, a row at a bound or a column in
/// between an interval for π_o), whose solutions form a lattice: the largest π is the shortest-path distance from
/// the sink, the smallest the negated distance to it (Bellman–Ford on the constraint graph). The largest π_d is
/// the citizen value; the smallest π_o, with the split of p_o = y_capacity + y_occupancy that keeps y_capacity
/// nearest 0, the place value. The optimal dual set is the same for every optimal plan, so the values do not
/// depend on which optimal placement either.
///
/// Costs are taken in whole micro-kroner (10⁻⁶ kr) and summed in 64-bit integers, so the distances are exact and
/// independent of the order of the search. The two values are each their own one-unit change; they are not one
/// shadow-price vector (the citizen value may be the larger end of its range while the place value is the
/// smaller end of its own).
struct SocialMarginalValues: Sendable, Hashable {
    /// Per offer (index into ``SocialInputs/offers``): what one more place saves (≥ 0; 0 for an offer no buyer can use).
    var places: [Double]
    /// Per demand cell (index into ``SocialInputs/demand``): what one more citizen costs.
    var citizens: [Double]
    /// How they were found.
    var method: SocialValueMethod

    /// Costs are summed in units of 10⁻⁶ kr.
    static let unitsPerKrone = 1_000_000.0

    /// `kroner` in whole micro-kroner, small enough that sums along paths of up to `nodeCount` arcs stay exact in
    /// 64 bits; nil when it is not finite or too large for that.
    static func units(_ kroner: Double, nodeCount: Int) -> Int64? {
        // The largest path sum is below nodeCount × the largest weight.
        let limit = min(ValueGraph.largestCost, Double(ValueGraph.unbounded) / unitsPerKrone / Double(nodeCount))
        guard kroner.isFinite, abs(kroner) <= limit else { return nil }
        return Int64((kroner * unitsPerKrone).rounded())
    }

    /// The values for `model` at the optimal plan `values` (one per column; whole numbers up to rounding).
    ///
    /// Nil when the plan is not optimal to the micro-krone (the constraint graph then has a negative cycle) or a
    /// cost is too large for exact sums; the caller then falls back on the backend's duals.
    static func canonical(model: SocialModel, values: [Double]) -> SocialMarginalValues? {
        guard let graph = ValueGraph(model: model, values: values) else { return nil }
        guard let fromSink = graph.distances(reversed: false), let toSink = graph.distances(reversed: true) else {
            return nil
        }
        let scale = unitsPerKrone
        // Every demand node has its unmet column's edge from the sink, every offer node its edge to it.
        let citizenUnits = model.demandRows.indices.map { fromSink[graph.demandNode($0)] }
        guard citizenUnits.allSatisfy({ $0 != .max }) else { return nil }
        let places = model.capacityRows.indices.map { offer -> Double in
            let distance = toSink[graph.offerNode(offer)]
            guard model.capacityRows[offer] != nil, distance != .max else { return 0 }
            // max y_capacity = min(capacityHigh, max p_o − occupancyLow), max p_o = −min π_o = distance to the sink.
            let interval = graph.offerIntervals[offer]
            return Double(max(-interval.capacityHigh, interval.occupancyLow - distance)) / scale + 0
        }
        let citizens = citizenUnits.map { Double($0) / scale + 0 }
        return SocialMarginalValues(places: places, citizens: citizens, method: .shortestPaths)
    }

    /// The backend's duals read as values: −(capacity dual) for a place (at least 0), the demand dual for a
    /// citizen, below ``SocialPlanInterpreter/dualNoise`` read as 0.
    static func solverDuals(model: SocialModel, duals: [Double]) -> SocialMarginalValues {
        func clean(_ value: Double) -> Double { abs(value) < SocialPlanInterpreter.dualNoise ? 0 : value + 0 }
        return SocialMarginalValues(
            places: model.capacityRows.map { row in row.map { max(0, clean(-duals[$0.index])) } ?? 0 },
            citizens: model.demandRows.map { clean(duals[$0.index]) },
            method: .solverDuals
        )
    }
}

/// The constraint graph of the optimal dual set of a ``SocialModel`` at an optimal plan (see
/// ``SocialMarginalValues``): node 0 is the sink (π = 0), then one node per demand cell, then one per offer; an
/// edge u → v of weight w (micro-kroner) says π_v ≤ π_u + w.
struct ValueGraph {
    /// The interval of one offer's capacity dual and occupancy dual (micro-kroner; ±`Int64.max / 4` for unbounded).
    struct OfferInterval {
        var capacityLow: Int64
        var capacityHigh: Int64
        var occupancyLow: Int64
        var occupancyHigh: Int64
    }

    let demandCount: Int
    let nodeCount: Int
    let tails: [Int32]
    let heads: [Int32]
    let weights: [Int64]
    /// Every column's cost (micro-kroner).
    let costs: [Int64]
    /// Per offer.
    let offerIntervals: [OfferInterval]

    /// Stands for ±∞ in the intervals: far beyond any cost, and still safe to add twice.
    static let unbounded = Int64.max / 4
    /// The largest cost taken (kr): larger ones could overflow a path's sum.
    static let largestCost = 1e9

    func demandNode(_ d: Int) -> Int { 1 + d }
    func offerNode(_ o: Int) -> Int { 1 + demandCount + o }

    /// Nil when a cost is not finite or too large, or the plan breaks an interval (it is then not optimal).
    init?(model: SocialModel, values: [Double]) {
        let lp = model.model
        guard values.count == lp.columnCount else { return nil }
        let plan = values.map { $0.rounded() }
        let activities = lp.rowActivities(at: plan)
        demandCount = model.demandRows.count
        let nodes = 1 + demandCount + model.capacityRows.count
        nodeCount = nodes
        var valid = true
        func units(_ kroner: Double) -> Int64 {
            guard let units = SocialMarginalValues.units(kroner, nodeCount: nodes) else {
                valid = false
                return 0
            }
            return units
        }
        func below(_ column: Int) -> Bool { plan[column] < lp.variables[column].upperBound - 0.5 }
        func above(_ column: Int) -> Bool { plan[column] > lp.variables[column].lowerBound + 0.5 }
        // The interval of a row's dual: ≥ 0 unless the row is above its lower bound, ≤ 0 unless below its upper.
        func rowInterval(_ row: ConstraintReference?) -> (Int64, Int64) {
            guard let row else { return (0, 0) }
            let bounds = lp.constraints[row.index]
            let activity = activities[row.index]
            return (
                activity < bounds.upperBound - 0.5 ? 0 : -Self.unbounded,
                activity > bounds.lowerBound + 0.5 ? 0 : Self.unbounded
            )
        }

        let costs = lp.objectiveCoefficients.map(units)
        var (tails, heads, weights, intervals) = ([Int32](), [Int32](), [Int64](), [OfferInterval]())
        func add(_ tail: Int, _ head: Int, _ weight: Int64) {
            tails.append(Int32(tail))
            heads.append(Int32(head))
            weights.append(weight)
        }
        // z[b,o]: reduced cost c − π_d + π_o, ≥ 0 below its upper bound, ≤ 0 above its lower bound.
        for purchase in model.purchases {
            let column = purchase.column.index
            let cost = costs[column]
            let (d, o) = (1 + purchase.demandIndex, 1 + demandCount + purchase.offerIndex)
            if below(column) { add(o, d, cost) }
            if above(column) { add(d, o, -cost) }
        }
        // x[d] and u[d]: reduced cost c − π_d.
        for d in model.demandRows.indices {
            for column in [model.outsideColumns[d]?.index, model.unmetColumns[d].index].compactMap({ $0 }) {
                let cost = costs[column]
                if below(column) { add(0, 1 + d, cost) }
                if above(column) { add(1 + d, 0, -cost) }
            }
        }
        // Each offer: p_o = y_capacity + y_occupancy in the sum of their intervals, π_o = −p_o.
        for o in model.capacityRows.indices {
            let (capacityLow, capacityHigh) = rowInterval(model.capacityRows[o])
            var (occupancyLow, occupancyHigh) = rowInterval(model.occupancyRows[o])
            if let empty = model.emptyColumns[o]?.index {
                // e[o] sits in the occupancy row only: reduced cost c_e − y_occupancy.
                let cost = costs[empty]
                if below(empty) { occupancyHigh = min(occupancyHigh, cost) }
                if above(empty) { occupancyLow = max(occupancyLow, cost) }
            }
            guard occupancyLow <= occupancyHigh else { return nil }
            intervals.append(
                OfferInterval(
                    capacityLow: capacityLow,
                    capacityHigh: capacityHigh,
                    occupancyLow: occupancyLow,
                    occupancyHigh: occupancyHigh
                )
            )
            // An offer no buyer can use has no purchases: its occupancy row holds its empty places alone.
            guard model.capacityRows[o] != nil else { continue }
            let node = 1 + demandCount + o
            let high = capacityHigh + occupancyHigh
            let low = capacityLow + occupancyLow
            if high < Self.unbounded / 2 { add(node, 0, high) }  // π_o ≥ −high
            if low > -Self.unbounded / 2 { add(0, node, -low) }  // π_o ≤ −low
        }
        guard valid else { return nil }
        (self.tails, self.heads, self.weights, offerIntervals) = (tails, heads, weights, intervals)
        self.costs = costs
    }

    /// One optimal dual solution, exact (micro-kroner per row of the model): the largest potentials (distances
    /// from the sink), each offer's p_o split with y_capacity as near 0 as its interval allows. Nil on a negative
    /// cycle (the plan is not optimal).
    func optimalDuals(model: SocialModel) -> [Int64]? {
        guard var potential = distances(reversed: false) else { return nil }
        // An offer no path reaches (0 places, nothing placed) has no upper bound: take the least π_o its edges allow.
        var least = [Int64](repeating: -Self.unbounded, count: nodeCount)
        for edge in tails.indices where potential[Int(tails[edge])] == .max && potential[Int(heads[edge])] != .max {
            least[Int(tails[edge])] = max(least[Int(tails[edge])], potential[Int(heads[edge])] - weights[edge])
        }
        for node in potential.indices where potential[node] == .max { potential[node] = least[node] }
        var duals = [Int64](repeating: 0, count: model.model.rowCount)
        for (d, row) in model.demandRows.enumerated() { duals[row.index] = potential[demandNode(d)] }
        for (o, row) in model.capacityRows.enumerated() {
            let interval = offerIntervals[o]
            guard let row else {
                // No purchases: y_occupancy only has to fit its own interval (the empty places' cost when any).
                if let occupancy = model.occupancyRows[o] { duals[occupancy.index] = interval.occupancyLow }
                continue
            }
            let share = -potential[offerNode(o)]
            let capacity = min(interval.capacityHigh, share - interval.occupancyLow)
            duals[row.index] = capacity
            if let occupancy = model.occupancyRows[o] { duals[occupancy.index] = share - capacity }
        }
        return duals
    }

    /// The optimal face of the LP at an optimal plan, exactly: the columns of zero reduced cost under
    /// ``optimalDuals(model:)`` (the others are at their lower bound in every optimal plan) and the sign of each
    /// row's dual (a row with a non-zero dual is at that bound in every optimal plan). The same for every optimal
    /// plan and every backend, unlike a face read from a backend's floating-point duals with tolerances.
    func optimalFace(model: SocialModel) -> (onFace: [Bool], rowSigns: [Int64])? {
        guard let duals = optimalDuals(model: model) else { return nil }
        let lp = model.model
        var reduced = costs
        for row in 0..<lp.rowCount where duals[row] != 0 {
            for entry in lp.rowStarts[row]..<lp.rowStarts[row + 1] {
                // Every coefficient of the model is 1.
                guard lp.entryValues[entry] == 1 else { return nil }
                reduced[Int(lp.entryColumns[entry])] -= duals[row]
            }
        }
        guard reduced.allSatisfy({ $0 >= 0 }) else { return nil }
        return (reduced.map { $0 == 0 }, duals.map { $0.signum() })
    }

    /// Shortest-path distances (micro-kroner) from the sink, or to it when `reversed`; `Int64.max` where there
    /// is no path. Nil on a negative cycle (no optimal dual: the plan is not optimal).
    func distances(reversed: Bool) -> [Int64]? {
        let search = BellmanFord(
            nodeCount: nodeCount,
            tails: (reversed ? heads : tails).map(Int.init),
            heads: (reversed ? tails : heads).map(Int.init),
            weights: weights
        )
        guard case .distances(let distances) = search.search(from: [0]) else { return nil }
        return distances
    }
}
