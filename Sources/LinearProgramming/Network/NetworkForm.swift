/// A linear model recognised as a minimum-cost flow problem: its nodes, arcs, and the way back to its rows
/// and columns.
///
/// Made by ``LinearModel/networkForm()``. Node `i` (for `i < rowCount`) is row `i`; the last node is the
/// root, which balances the flow of every arc that has only one end in the rows. Each column becomes one arc
/// whose flow is the column's value; each row that is not free becomes one arc (its *activity arc*) from the
/// row's node to its parent node (the root, or a row it is nested in) whose flow is the row's activity times
/// ``rowSigns``. Conservation at every node (flow in = flow out) then says exactly what the rows say, so a flow
/// of the network and a point of the model are the same thing, cost for cost (``arcs`` hold minimisation costs:
/// a maximisation's objective is negated).
public struct NetworkForm: Sendable {
    /// Where an arc comes from.
    public enum Origin: Sendable, Hashable {
        /// The column with this index; the arc's flow is the column's value.
        case column(Int)
        /// The row with this index; the arc's flow is the row's activity times its sign.
        case row(Int)
    }

    /// One arc: flow goes from `tail` to `head`, between the bounds, at `cost` per unit.
    public struct Arc: Sendable, Hashable {
        public var origin: Origin
        public var tail: Int
        public var head: Int
        /// The lower bound on the flow, or `-.infinity`.
        public var lowerBound: Double
        /// The upper bound on the flow, or `.infinity`.
        public var upperBound: Double
        /// The cost per unit of flow, for minimisation.
        public var cost: Double
    }

    /// The number of nodes: one per row, then the root.
    public var nodeCount: Int
    /// The arcs: the columns' in column order, then the rows' in row order.
    public var arcs: [Arc]
    /// Per row: +1 or −1, the factor that turns its activity into its arc's flow; 0 for a free row (no arc).
    public var rowSigns: [Double]
    /// The columns that lie in no row that is not free (they are no arc: each takes its cheaper bound).
    public var isolatedColumns: [Int]
    /// 1 for minimisation, −1 for maximisation: arc costs are the model's costs times this.
    public var costSign: Double

    /// The root node.
    public var root: Int { nodeCount - 1 }
}

extension NetworkForm {
    /// The row duals and reduced costs of `model` under ``Solution``'s convention (∂z*/∂b, ∂z*/∂bound), from
    /// node potentials of an optimal flow.
    ///
    /// `potentials[v]` is the multiplier of node v's conservation row "flow out − flow in = supply", so an
    /// arc's reduced cost is `cost − potentials[tail] + potentials[head]`. A row's dual is its activity arc's
    /// reduced cost, turned back by the row's sign and the objective's sense; the reduced costs of the columns
    /// follow from the duals by their definition, `c − Aᵀy`.
    public func duals(
        of model: LinearModel,
        potentials: [Double]
    ) -> (rowDuals: [Double], reducedCosts: [Double]) {
        var rowDuals = [Double](repeating: 0, count: model.rowCount)
        for arc in arcs {
            guard case .row(let row) = arc.origin else { continue }
            let reduced = arc.cost - potentials[arc.tail] + potentials[arc.head]
            rowDuals[row] = costSign * rowSigns[row] * reduced
        }
        var reducedCosts = model.objectiveCoefficients
        let merged = model.mergedRows()
        for row in 0..<model.rowCount where rowDuals[row] != 0 {
            for entry in merged.range(of: row) {
                reducedCosts[Int(merged.columns[entry])] -= merged.values[entry] * rowDuals[row]
            }
        }
        return (rowDuals, reducedCosts)
    }
}
