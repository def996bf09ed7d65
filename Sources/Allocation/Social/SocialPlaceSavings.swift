import KKRDomain
import LinearProgramming

/// The exact yearly saving of one more place in an offer, read from an optimal placement as a shortest path in its
/// residual network — no LP is solved again.
///
/// ``SocialModel`` is a minimum-cost flow: each demand cell d is a node that sends its D citizens; a purchase z[b,o]
/// is an arc d → o (at least the existing placements), the outside and unmet columns are arcs d → T to one sink T,
/// and each offer o sends its f = Σ z to T over two parallel arcs — the first ⌈β·K⌉ units (the occupancy bound F)
/// at −a each (every used place below the bound saves an empty place at a = share · tariff; the constant a·F is
/// left out) and the remaining K − F units at 0. Without an occupancy row there is one arc of K units at 0.
///
/// With K + 1 places the bound becomes F' = ⌈β·(K + 1)⌉, F or F + 1. Either way exactly one arc o → T gains one
/// unit (the 0 arc when F' = F, the −a arc and the constant a when F' = F + 1). The optimum of a min-cost flow
/// whose arc gains one unit of capacity changes by min(0, cost of the cheapest cycle through that unit) — any
/// better flow differs from the old optimum by cycles of the old residual network (none negative) and at most one
/// through the new unit — and that cycle is the new unit plus a cheapest path T → o in the residual network. So with
/// δ(o) the shortest distance from T to o (∞ when o cannot be reached):
///
/// ```text
/// saving(o) = max(0, −δ(o))     when F' = F
/// saving(o) = max(−a, −δ(o))    when F' = F + 1
/// ```
///
/// the same number as z*(K) − z*(K + 1) from two LP solves, for every optimal placement (it depends on the
/// optimum only), computed with one ``BellmanFord`` pass from T over the whole network. Before that, a pass from
/// every node at once checks that the placement has no negative residual cycle, that is, that it is optimal; when it
/// is not (a MIP stopped early, values that are not whole), ``savings(values:offers:)`` returns nil and the caller
/// re-solves instead.
///
/// Costs are taken in whole micro-kroner and summed in 64-bit integers, as in ``SocialMarginalValues``, so the
/// distances are exact; a cost too large for exact sums also gives nil (and a re-solve).
///
/// The network is not ``SocialFacePolish/residualArcs(_:)``: that one is the optimal face (columns of zero reduced
/// cost, rows fixed by their dual's sign) in tie-break weights, with the occupancy row read through the empty-place
/// column; here every column keeps its cost and the occupancy bound is the split of o → T at F, the arc whose
/// capacity one more place moves.
struct SocialPlaceSavings {
    let inputs: SocialInputs
    let model: SocialModel

    /// The saving of one more place for each offer of `offers` (indices into ``SocialInputs/offers``) at the placement
    /// `values` (one value per column of the model); nil when `values` is not a whole, optimal placement or a cost is
    /// too large for exact sums.
    ///
    /// An offer whose larger bound would need an occupancy row the model lacks (0 places today) is left out, as in
    /// ``SocialLinearSolve/resolvedSavings(inputs:offers:)``.
    func savings(values: [Double], offers: [Int]) -> [Int: Double]? {
        guard values.count == model.model.columnCount,
            values.allSatisfy({ abs($0 - $0.rounded()) <= SocialLinearSolve.integralityTolerance })
        else { return nil }
        let flow = values.map { $0.rounded() }
        let sink = inputs.demand.count + inputs.offers.count
        let nodes = sink + 1
        let costs = model.model.objectiveCoefficients.compactMap { SocialMarginalValues.units($0, nodeCount: nodes) }
        guard costs.count == model.model.columnCount,
            let network = residualNetwork(flow, costs: costs, sink: sink),
            case .distances = network.search(from: Array(0..<nodes)),
            case .distances(let fromSink) = network.search(from: [sink])
        else { return nil }
        var savings: [Int: Double] = [:]
        for index in offers {
            let offer = inputs.offers[index]
            guard model.capacityRows[index] != nil else { continue }
            var larger = offer
            larger.places += 1
            let floor = model.occupancyRows[index] == nil ? 0 : offer.occupancyFloor
            if model.occupancyRows[index] == nil, larger.occupancyFloor > 0 { continue }
            // `Int64.max` where o cannot be reached: its negation loses to either lower limit.
            let distance = fromSink[inputs.demand.count + index]
            let units: Int64
            switch larger.occupancyFloor - floor {
            case 0: units = max(0, -distance)
            case 1: units = max(-emptyCost(index, costs), -distance)
            default: return nil
            }
            savings[index] = Double(units) / SocialMarginalValues.unitsPerKrone + 0
        }
        return savings
    }

    /// a: the cost (micro-kroner) of one empty place below offer `index`'s occupancy bound (0 without a bound).
    private func emptyCost(_ index: Int, _ costs: [Int64]) -> Int64 {
        model.emptyColumns[index].map { costs[$0.index] } ?? 0
    }

    /// The arcs with room left at `flow`, weighted by `costs` (micro-kroner per column): every arc forward while
    /// below its upper bound, backward (negated cost) while above its lower bound. Nodes: the demand cells, then the
    /// offers, then the sink. Nil when `flow` breaks a bound of the flow model (then it is no placement of this
    /// network).
    private func residualNetwork(_ flow: [Double], costs: [Int64], sink: Int) -> BellmanFord? {
        let cells = inputs.demand.count
        var (tails, heads, weights) = ([Int](), [Int](), [Int64]())
        let capacity = 2 * model.purchases.count + 4 * cells + 4 * inputs.offers.count
        tails.reserveCapacity(capacity)
        heads.reserveCapacity(capacity)
        weights.reserveCapacity(capacity)
        func add(_ from: Int, _ to: Int, cost: Int64, flow: Double, lower: Double, upper: Double) -> Bool {
            guard flow >= lower, flow <= upper else { return false }
            if flow < upper {
                tails.append(from)
                heads.append(to)
                weights.append(cost)
            }
            if flow > lower {
                tails.append(to)
                heads.append(from)
                weights.append(-cost)
            }
            return true
        }
        var used = [Double](repeating: 0, count: inputs.offers.count)
        for purchase in model.purchases {
            let column = purchase.column.index
            used[purchase.offerIndex] += flow[column]
            guard
                add(
                    purchase.demandIndex,
                    cells + purchase.offerIndex,
                    cost: costs[column],
                    flow: flow[column],
                    lower: Double(purchase.existing),
                    upper: .infinity
                )
            else { return nil }
        }
        for cell in 0..<cells {
            for column in [model.outsideColumns[cell], model.unmetColumns[cell]].compactMap({ $0 }) {
                let index = column.index
                guard add(cell, sink, cost: costs[index], flow: flow[index], lower: 0, upper: .infinity) else {
                    return nil
                }
            }
        }
        for (index, offer) in inputs.offers.enumerated() where model.capacityRows[index] != nil {
            let places = Double(offer.places)
            let node = cells + index
            guard model.occupancyRows[index] != nil else {
                guard add(node, sink, cost: 0, flow: used[index], lower: 0, upper: places) else { return nil }
                continue
            }
            let floor = Double(offer.occupancyFloor)
            let belowFloor = min(used[index], floor)
            guard
                add(node, sink, cost: -emptyCost(index, costs), flow: belowFloor, lower: 0, upper: floor),
                add(node, sink, cost: 0, flow: used[index] - belowFloor, lower: 0, upper: places - floor)
            else { return nil }
        }
        return BellmanFord(nodeCount: sink + 1, tails: tails, heads: heads, weights: weights)
    }
}
