/// Controlled rounding of the two-way table `rowᵢ · columnⱼ / total` as a network flow.
///
/// The table's cells have fractional targets whose rows add up to the
/// integer row totals and whose columns add up to the integer column totals.
/// Rounding every cell to a neighbouring integer while keeping all those
/// totals is a flow problem on the bipartite network rows → columns, and
/// network matrices are totally unimodular, so the flow's optimum is integral
/// (Bacharach 1966; Cox, "A constructive procedure for unbiased controlled
/// rounding", JASA 1987). It solves the same lexicographic objective as
/// ``LexicographicRounding`` on ``PlacementSplitter/roundingProblem(_:by:)``, in
/// polynomial time and in exact integer arithmetic (targets are counted in
/// units of 1/total):
///
/// 1. the largest deviation |x − target| is as small as possible: the
///    smallest candidate deviation for which a feasible flow exists (binary
///    search; each test is one maximum flow);
/// 2. then the sum of deviations: a minimum-cost flow where rounding a cell
///    up instead of down costs (1 − remainder) − remainder;
/// 3. then Σ tieRank·x, as the second part of the same lexicographic cost.
///
/// The MIP solved these stages one after another with a relative slack of
/// 10⁻⁶ on each kept optimum; exact arithmetic needs none, so the two agree
/// whenever no two roundings differ by less than that slack.
struct ControlledRounding {
    /// The row totals (places per party).
    var rows: [Int]
    /// The column totals (regional places per category); they add up to the same total as ``rows``.
    var columns: [Int]
    /// The last stage's rank of cell (row, column): among otherwise equal tables, Σ rank·x is smallest.
    var tieRank: (Int, Int) -> Int

    /// The rounded table (rows × columns), or nil when the totals cannot be kept or overflow.
    func solve() -> [[Int]]? {
        let total = rows.reduce(0, +)
        guard total == columns.reduce(0, +), rows.allSatisfy({ $0 >= 0 }), columns.allSatisfy({ $0 >= 0 }) else {
            return nil
        }
        guard total > 0 else { return rows.map { _ in columns.map { _ in 0 } } }
        // Cell target rowᵢ·columnⱼ/total = whole + remainder/total.
        var whole: [[Int]] = []
        var remainder: [[Int]] = []
        for row in rows {
            var wholeRow: [Int] = []
            var remainderRow: [Int] = []
            for column in columns {
                let (product, overflow) = row.multipliedReportingOverflow(by: column)
                guard !overflow else { return nil }
                wholeRow.append(product / total)
                remainderRow.append(product % total)
            }
            whole.append(wholeRow)
            remainder.append(remainderRow)
        }
        // Candidate largest deviations, in units of 1/total: rounding down deviates by r, rounding up by total − r.
        var candidates: Set<Int> = [0]
        for row in remainder { for r in row where r > 0 { candidates.formUnion([r, total - r]) } }
        let sorted = candidates.sorted()
        var low = 0
        var high = sorted.count - 1
        guard flow(whole, remainder, total, largest: sorted[high], costs: false) != nil else { return nil }
        while low < high {
            let middle = (low + high) / 2
            if flow(whole, remainder, total, largest: sorted[middle], costs: false) != nil {
                high = middle
            } else {
                low = middle + 1
            }
        }
        return flow(whole, remainder, total, largest: sorted[low], costs: true)
    }

    /// A rounding whose every deviation is at most `largest` (units of 1/total), cheapest when `costs`, or nil.
    private func flow(_ whole: [[Int]], _ remainder: [[Int]], _ total: Int, largest: Int, costs: Bool) -> [[Int]]? {
        let source = rows.count + columns.count
        let sink = source + 1
        var network = MinCostFlow(nodeCount: sink + 1)
        var table = whole
        var supply = rows
        var demand = columns
        var cellArcs: [(row: Int, column: Int, arc: Int)] = []
        for row in rows.indices {
            for column in columns.indices {
                let r = remainder[row][column]
                let mayGoDown = r <= largest
                let mayGoUp = r > 0 && total - r <= largest
                guard mayGoDown || mayGoUp else { return nil }
                if !mayGoDown { table[row][column] += 1 }
                supply[row] -= table[row][column]
                demand[column] -= table[row][column]
                if mayGoDown && mayGoUp {
                    let cost = FlowCost(primary: costs ? total - 2 * r : 0, secondary: costs ? tieRank(row, column) : 0)
                    let arc = network.addArc(from: row, to: rows.count + column, capacity: 1, cost: cost)
                    cellArcs.append((row, column, arc))
                }
            }
        }
        guard supply.allSatisfy({ $0 >= 0 }), demand.allSatisfy({ $0 >= 0 }) else { return nil }
        for row in rows.indices { network.addArc(from: source, to: row, capacity: supply[row]) }
        for column in columns.indices { network.addArc(from: rows.count + column, to: sink, capacity: demand[column]) }
        let required = supply.reduce(0, +)
        guard network.send(required, from: source, to: sink) == required else { return nil }
        for cell in cellArcs { table[cell.row][cell.column] += network.flow(on: cell.arc) }
        return table
    }
}
