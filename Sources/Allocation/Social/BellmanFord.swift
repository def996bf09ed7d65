/// Shortest paths on a directed graph with negative arc weights in whole numbers: Bellman–Ford with a
/// first-in-first-out queue. Exact, so the distances do not depend on the order of the search.
///
/// Used for the Socialaftale's network computations (``SocialMarginalValues``, ``SocialFacePolish``,
/// ``SocialPlaceSavings``).
struct BellmanFord {
    /// What a search found.
    enum Outcome {
        /// The shortest distance to every node (`Int64.max` where no path leads).
        case distances([Int64])
        /// The arcs (indices) of a cycle of negative weight reachable from the sources, in order.
        case negativeCycle([Int])
    }

    let nodeCount: Int
    let tails: [Int]
    let heads: [Int]
    let weights: [Int64]

    /// Searches from every node of `sources` at distance 0.
    func search(from sources: [Int]) -> Outcome {
        var starts = [Int](repeating: 0, count: nodeCount + 1)
        for tail in tails { starts[tail + 1] += 1 }
        for node in 0..<nodeCount { starts[node + 1] += starts[node] }
        var next = starts
        var order = [Int](repeating: 0, count: tails.count)
        for (arc, tail) in tails.enumerated() {
            order[next[tail]] = arc
            next[tail] += 1
        }

        var distance = [Int64](repeating: .max, count: nodeCount)
        var predecessor = [Int](repeating: -1, count: nodeCount)
        var arcsOnPath = [Int](repeating: 0, count: nodeCount)
        var queued = [Bool](repeating: false, count: nodeCount)
        var queue = [Int](repeating: 0, count: nodeCount)
        var (head, count) = (0, 0)
        for source in sources where !queued[source] {
            distance[source] = 0
            queued[source] = true
            queue[count] = source
            count += 1
        }
        while count > 0 {
            let node = queue[head]
            head = (head + 1) % nodeCount
            count -= 1
            queued[node] = false
            for position in starts[node]..<starts[node + 1] {
                let arc = order[position]
                let target = heads[arc]
                let candidate = distance[node] + weights[arc]
                guard candidate < distance[target] else { continue }
                distance[target] = candidate
                predecessor[target] = arc
                arcsOnPath[target] = arcsOnPath[node] + 1
                // A shortest path never repeats a node: a longer one has gone round a negative cycle.
                guard arcsOnPath[target] < nodeCount else { return .negativeCycle(cycle(behind: target, predecessor)) }
                if !queued[target] {
                    queued[target] = true
                    queue[(head + count) % nodeCount] = target
                    count += 1
                }
            }
        }
        return .distances(distance)
    }

    /// The cycle on the predecessor arcs behind `node`, which a path of `nodeCount` arcs reached: `nodeCount` steps
    /// back lead into it.
    func cycle(behind node: Int, _ predecessor: [Int]) -> [Int] {
        var start = node
        for _ in 0..<nodeCount { start = tails[predecessor[start]] }
        var cycle: [Int] = []
        var current = start
        repeat {
            cycle.append(predecessor[current])
            current = tails[predecessor[current]]
        } while current != start
        return cycle.reversed()
    }
}
