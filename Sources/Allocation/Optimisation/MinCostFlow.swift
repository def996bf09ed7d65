/// A lexicographic cost: the first part decides, the second breaks ties.
///
/// Exact integers, so no tolerance decides which of two flows is cheaper.
struct FlowCost: Comparable, Hashable {
    var primary: Int
    var secondary: Int

    static let zero = FlowCost(primary: 0, secondary: 0)

    static func < (lhs: FlowCost, rhs: FlowCost) -> Bool {
        (lhs.primary, lhs.secondary) < (rhs.primary, rhs.secondary)
    }

    static func + (lhs: FlowCost, rhs: FlowCost) -> FlowCost {
        FlowCost(primary: lhs.primary + rhs.primary, secondary: lhs.secondary + rhs.secondary)
    }

    static prefix func - (cost: FlowCost) -> FlowCost {
        FlowCost(primary: -cost.primary, secondary: -cost.secondary)
    }
}

/// Minimum-cost flow by successive shortest paths (Bellman–Ford with a queue, so arc costs may be negative).
///
/// Used for small networks (a few hundred nodes and arcs, flows of a few
/// hundred units): every augmentation follows a cheapest path in the residual
/// network, which keeps the flow cheapest for its value as long as the
/// network starts without a negative cycle (the callers build acyclic
/// networks). Deterministic: ties between paths go to the arc added first.
struct MinCostFlow {
    private struct Arc {
        var head: Int
        var residual: Int
        var cost: FlowCost
    }

    private var arcs: [Arc] = []
    private var outgoing: [[Int]]

    /// Creates a network with `nodeCount` nodes and no arcs.
    init(nodeCount: Int) {
        outgoing = Array(repeating: [], count: nodeCount)
    }

    /// Adds an arc `from → to` with `capacity` and `cost` per unit; returns its id for ``flow(on:)``.
    @discardableResult
    mutating func addArc(from: Int, to: Int, capacity: Int, cost: FlowCost = .zero) -> Int {
        let id = arcs.count
        arcs.append(Arc(head: to, residual: capacity, cost: cost))
        arcs.append(Arc(head: from, residual: 0, cost: -cost))
        outgoing[from].append(id)
        outgoing[to].append(id + 1)
        return id
    }

    /// The flow on arc `id` (the residual capacity of its reverse arc).
    func flow(on id: Int) -> Int { arcs[id + 1].residual }

    /// Sends up to `amount` units from `source` to `sink` as cheaply as possible; returns the units sent.
    mutating func send(_ amount: Int, from source: Int, to sink: Int) -> Int {
        var sent = 0
        while sent < amount, let path = cheapestPath(from: source, to: sink) {
            let bottleneck = path.map { arcs[$0].residual }.min() ?? 0
            let units = min(bottleneck, amount - sent)
            for id in path {
                arcs[id].residual -= units
                arcs[id ^ 1].residual += units
            }
            sent += units
        }
        return sent
    }

    /// The arcs of a cheapest residual path, or nil when `sink` cannot be reached.
    private func cheapestPath(from source: Int, to sink: Int) -> [Int]? {
        var distance = [FlowCost?](repeating: nil, count: outgoing.count)
        var via = [Int](repeating: -1, count: outgoing.count)
        var queued = [Bool](repeating: false, count: outgoing.count)
        var queue = [source]
        var head = 0
        distance[source] = .zero
        queued[source] = true
        while head < queue.count {
            let node = queue[head]
            head += 1
            queued[node] = false
            guard let base = distance[node] else { continue }
            for id in outgoing[node] where arcs[id].residual > 0 {
                let next = arcs[id].head
                let candidate = base + arcs[id].cost
                if let known = distance[next], known <= candidate { continue }
                distance[next] = candidate
                via[next] = id
                if !queued[next] {
                    queued[next] = true
                    queue.append(next)
                }
            }
        }
        guard distance[sink] != nil else { return nil }
        var path: [Int] = []
        var node = sink
        while node != source {
            let id = via[node]
            path.append(id)
            node = arcs[id ^ 1].head
        }
        return path.reversed()
    }
}
