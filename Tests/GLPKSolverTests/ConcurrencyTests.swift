import Dispatch
import Foundation
import GLPKSolver
import LinearProgramming
import Testing

/// Independent solves on several threads at once (DESIGN.md §4: GLPK's environment is thread-local).
@Suite("Concurrent solves")
struct ConcurrencyTests {
    /// A 0/1 knapsack generated from `seed`, with its optimum computed by dynamic programming (a second method).
    struct Knapsack {
        var values: [Int]
        var weights: [Int]
        var capacity: Int

        init(seed: Int) {
            var state = UInt64(seed) &* 2_654_435_761 &+ 97
            func next(_ range: Int) -> Int {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return Int((state >> 33) % UInt64(range))
            }
            let count = 8 + next(8)
            values = (0..<count).map { _ in 1 + next(40) }
            weights = (0..<count).map { _ in 1 + next(20) }
            capacity = weights.reduce(0, +) / 2
        }

        var dynamicProgrammingOptimum: Int {
            var best = [Int](repeating: 0, count: capacity + 1)
            for (value, weight) in zip(values, weights) {
                for room in stride(from: capacity, through: weight, by: -1) {
                    best[room] = max(best[room], best[room - weight] + value)
                }
            }
            return best[capacity]
        }

        var model: LinearModel {
            var model = LinearModel(name: "knapsack")
            let take = values.indices.map {
                model.addVariable("take_\($0)", kind: .binary, objective: Double(values[$0]))
            }
            model.addConstraint(
                .sum(zip(weights.map(Double.init), take).map { ($0, $1) }) <= Double(capacity),
                name: "capacity"
            )
            model.objectiveSense = .maximize
            return model
        }
    }

    @Test("4 threads × 100 solves each, every answer checked against dynamic programming")
    func manyThreads() throws {
        let threads = 4
        let solvesPerThread = 100
        let failures = Mutex(0)
        let solved = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for run in 0..<solvesPerThread {
                let knapsack = Knapsack(seed: thread * 1_000 + run)
                let expected = Double(knapsack.dynamicProgrammingOptimum)
                let found = try? GLPKSolver().solve(knapsack.model).objectiveValue
                solved.withLock { $0 += 1 }
                if found != expected { failures.withLock { $0 += 1 } }
            }
        }
        #expect(solved.withLock { $0 } == threads * solvesPerThread)
        #expect(failures.withLock { $0 } == 0)
    }

    @Test("Solving from Swift concurrency tasks gives the same answers as solving in sequence")
    func structuredConcurrency() async throws {
        let seeds = Array(0..<40)
        let sequential = try seeds.map { try GLPKSolver().solve(Knapsack(seed: $0).model).objectiveValue }
        let parallel = try await withThrowingTaskGroup(of: (Int, Double?).self) { group in
            for seed in seeds {
                group.addTask { (seed, try GLPKSolver().solve(Knapsack(seed: seed).model).objectiveValue) }
            }
            var results = [Double?](repeating: nil, count: seeds.count)
            for try await (seed, value) in group { results[seed] = value }
            return results
        }
        #expect(parallel == sequential)
        #expect(sequential == seeds.map { Double(Knapsack(seed: $0).dynamicProgrammingOptimum) })
    }
}

/// A minimal lock-protected value (Synchronization's Mutex needs macOS 15; this works everywhere).
final class Mutex<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
