/// SplitMix64: a tiny generator that `pulp_bench.py` reproduces bit for bit, so both sides build the same models.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `low...high`.
    mutating func integer(_ low: Int, _ high: Int) -> Int {
        low + Int(next() % UInt64(high - low + 1))
    }
}

/// The data of a transportation problem: ship from `sources` to `sinks` at least each sink's demand,
/// at most each source's supply, at least cost.
struct TransportationData {
    var supplies: [Int]
    var demands: [Int]
    /// `costs[i][j]`: cost per unit from source i to sink j.
    var costs: [[Int]]

    /// Deterministic data: costs 1–100, demands 50–150, supplies 55–165 (raised on the last source if
    /// the total would fall short of the total demand).
    init(sources: Int, sinks: Int, seed: UInt64 = 2024) {
        var random = SplitMix64(seed: seed)
        costs = (0..<sources).map { _ in (0..<sinks).map { _ in random.integer(1, 100) } }
        demands = (0..<sinks).map { _ in random.integer(50, 150) }
        supplies = (0..<sources).map { _ in random.integer(55, 165) }
        let shortfall = demands.reduce(0, +) - supplies.reduce(0, +)
        if shortfall > 0 { supplies[sources - 1] += shortfall }
    }
}

/// The data of a generalized assignment problem: each task goes to exactly one agent, within each
/// agent's capacity, at least cost.
struct AssignmentData {
    /// `costs[a][t]`: cost of giving task t to agent a (10–50).
    var costs: [[Int]]
    /// `weights[a][t]`: capacity task t uses at agent a (5–25).
    var weights: [[Int]]
    /// Each agent's capacity: 20 % more than an even share of its total weight (tight enough to branch).
    var capacities: [Int]

    init(agents: Int, tasks: Int, seed: UInt64 = 7) {
        var random = SplitMix64(seed: seed)
        costs = (0..<agents).map { _ in (0..<tasks).map { _ in random.integer(10, 50) } }
        weights = (0..<agents).map { _ in (0..<tasks).map { _ in random.integer(5, 25) } }
        capacities = weights.map { row in (row.reduce(0, +) * 12) / (10 * agents) }
    }
}
