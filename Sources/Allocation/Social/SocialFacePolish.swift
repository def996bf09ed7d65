import LinearProgramming

/// Makes the tie-break's vertex exactly optimal for the tie-break weights, so that every backend ends at the same
/// placement.
///
/// Stage 2 of ``SocialLinearSolve`` minimises the weights over the optimal face with the backend's simplex, which
/// stops within its tolerances (about 10⁻⁷): where two placements differ in weight by less than that (it happens on
/// generated instances with many offers at one location), GLPK and CLP stop at different ones. The face is a
/// network (see ``SocialMarginalValues``), so its weighted optimum can be checked and reached exactly: cancel
/// negative cycles in the residual network, with the weights in whole units of 2⁻³³, until none is left. Started
/// from the backend's near-optimal vertex this takes a few cycles, and it ends at the unique weighted optimum
/// (unless two placements tie to 2⁻³³ in weight as well), whichever vertex it started from.
struct SocialFacePolish {
    /// One arc of the residual network: moving `amount` units along it changes `column` by `direction` each
    /// (and `empty`, the offer's empty-place column, by `emptyDirection`).
    struct Arc {
        var tail: Int
        var head: Int
        var weight: Int64
        var capacity: Int64
        var column: Int?
        var direction: Int64
        var empty: Int?
        var emptyDirection: Int64
    }

    /// Stands for an unbounded capacity.
    static let unbounded = Int64.max / 4
    /// The weights are taken in units of 2⁻³³ (a weight 1 + h, h in [0, 1), is below 2³⁴ units).
    static let unitsPerWeight = Double(1 << 33)
    /// Cycles cancelled at most before giving up (the backend's vertex is then kept).
    static let cycleLimit = 10_000

    let model: SocialModel
    let onFace: [Bool]
    let rowSigns: [Int64]
    let weights: [Int64]

    init(model: SocialModel, onFace: [Bool], rowSigns: [Int64]) {
        self.model = model
        self.onFace = onFace
        self.rowSigns = rowSigns
        weights = model.model.variables.map {
            Int64((SocialLinearSolve.tieBreakWeight($0.name) * Self.unitsPerWeight).rounded())
        }
    }

    /// `values` (a vertex of the face, whole numbers up to rounding) moved to the exact weighted optimum; nil when
    /// the network cannot express the face (an empty-place column free on the face while its row may move) or the
    /// cycle limit is reached.
    func polish(_ values: [Double]) -> [Double]? {
        var plan = values.map { Int64($0.rounded()) }
        for _ in 0..<Self.cycleLimit {
            guard let arcs = residualArcs(plan) else { return nil }
            guard let cycle = negativeCycle(arcs) else { return plan.map(Double.init) }
            let amount = cycle.map { arcs[$0].capacity }.min() ?? 0
            guard amount > 0, amount < Self.unbounded else { return nil }
            for index in cycle {
                let arc = arcs[index]
                if let column = arc.column { plan[column] += arc.direction * amount }
                if let empty = arc.empty { plan[empty] += arc.emptyDirection * amount }
            }
        }
        return nil
    }

    /// The residual network at `plan`: node 0 the sink, then the demand cells, then the offers.
    func residualArcs(_ plan: [Int64]) -> [Arc]? {
        let lp = model.model
        let demandCount = model.demandRows.count
        var arcs: [Arc] = []
        func lower(_ column: Int) -> Int64 { Int64(lp.variables[column].lowerBound.rounded()) }
        func addColumn(_ column: Int, from tail: Int, to head: Int) {
            guard onFace[column] else { return }
            let weight = weights[column]
            arcs.append(
                Arc(
                    tail: tail,
                    head: head,
                    weight: weight,
                    capacity: Self.unbounded,
                    column: column,
                    direction: 1,
                    empty: nil,
                    emptyDirection: 0
                )
            )
            let room = plan[column] - lower(column)
            if room > 0 {
                arcs.append(
                    Arc(
                        tail: head,
                        head: tail,
                        weight: -weight,
                        capacity: room,
                        column: column,
                        direction: -1,
                        empty: nil,
                        emptyDirection: 0
                    )
                )
            }
        }
        for purchase in model.purchases {
            addColumn(purchase.column.index, from: 1 + purchase.demandIndex, to: 1 + demandCount + purchase.offerIndex)
        }
        for d in model.demandRows.indices {
            if let outside = model.outsideColumns[d] { addColumn(outside.index, from: 1 + d, to: 0) }
            addColumn(model.unmetColumns[d].index, from: 1 + d, to: 0)
        }
        var used = [Int64](repeating: 0, count: model.capacityRows.count)
        for purchase in model.purchases { used[purchase.offerIndex] += plan[purchase.column.index] }
        for (o, capacityRow) in model.capacityRows.enumerated() {
            guard let capacityRow else { continue }
            let node = 1 + demandCount + o
            let capacityFixed = rowSigns[capacityRow.index] != 0
            let room = Int64(lp.constraints[capacityRow.index].upperBound) - used[o]
            var more = capacityFixed ? 0 : room
            var fewer = capacityFixed ? 0 : Self.unbounded
            var (moreWeight, lessWeight): (Int64, Int64) = (0, 0)
            var empty: Int?
            if let occupancy = model.occupancyRows[o], let emptyColumn = model.emptyColumns[o]?.index {
                let floor = Int64(lp.constraints[occupancy.index].lowerBound)
                if rowSigns[occupancy.index] != 0 {
                    // Used + empty = floor: a citizen more is an empty place less, and the other way round.
                    guard onFace[emptyColumn] else { continue }  // both fixed: the offer's use cannot change
                    empty = emptyColumn
                    more = min(more, plan[emptyColumn] - lower(emptyColumn))
                    (moreWeight, lessWeight) = (-weights[emptyColumn], weights[emptyColumn])
                } else {
                    // The row may move; its empty places are then fixed (off the face), or the network cannot say.
                    guard !onFace[emptyColumn] else { return nil }
                    fewer = min(fewer, used[o] + plan[emptyColumn] - floor)
                }
            }
            if more > 0 {
                arcs.append(
                    Arc(
                        tail: node,
                        head: 0,
                        weight: moreWeight,
                        capacity: more,
                        column: nil,
                        direction: 0,
                        empty: empty,
                        emptyDirection: -1
                    )
                )
            }
            if fewer > 0 {
                arcs.append(
                    Arc(
                        tail: 0,
                        head: node,
                        weight: lessWeight,
                        capacity: fewer,
                        column: nil,
                        direction: 0,
                        empty: empty,
                        emptyDirection: 1
                    )
                )
            }
        }
        return arcs
    }

    /// A cycle of negative weight (arc indices), or nil when there is none: Bellman–Ford from every node at once.
    func negativeCycle(_ arcs: [Arc]) -> [Int]? {
        let search = BellmanFord(
            nodeCount: 1 + model.demandRows.count + model.capacityRows.count,
            tails: arcs.map(\.tail),
            heads: arcs.map(\.head),
            weights: arcs.map(\.weight)
        )
        guard case .negativeCycle(let cycle) = search.search(from: Array(0..<search.nodeCount)) else { return nil }
        return cycle.reduce(Int64(0)) { $0 + arcs[$1].weight } < 0 ? cycle : nil
    }
}
