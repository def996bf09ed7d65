import Dispatch
import Foundation

/// Runs independent pieces of work on a bounded number of threads and returns the results in index order.
///
/// Each piece runs start to end on one worker thread, synchronously, so a
/// GLPK problem never leaves the thread that made it (DESIGN.md §4). The
/// workers are dedicated threads (the calling thread and `jobs − 1` started
/// ones), not a shared pool that may decide to run them one after the other.
/// Workers take the next index from a shared counter (so long and short
/// pieces balance out) and store each result in its own slot: the output is
/// the same whatever the number of workers.
public enum ParallelMap {
    /// Stack size of the started worker threads: generous, as a solver may recurse.
    static let stackSize = 16 << 20

    /// `body(0)`, …, `body(count − 1)` on at most `jobs` threads.
    ///
    /// - Parameters:
    ///   - count: the number of pieces.
    ///   - jobs: the largest number of threads at once (1 runs everything on the calling thread).
    ///   - body: one piece; called exactly once per index.
    /// - Returns: the results, by index.
    /// - Throws: the error of the lowest index that threw (every piece still runs).
    public static func map<Value: Sendable>(
        count: Int,
        jobs: Int,
        _ body: @escaping @Sendable (Int) throws -> Value
    ) throws -> [Value] {
        guard count > 0 else { return [] }
        let workers = max(1, min(jobs, count))
        if workers == 1 { return try (0..<count).map(body) }
        let slots = Slots<Value>(count: count)
        let work: @Sendable () -> Void = {
            while let index = slots.claim() {
                slots.store(Result { try body(index) }, at: index)
            }
        }
        let group = DispatchGroup()
        for _ in 1..<workers {
            group.enter()
            let thread = Thread {
                work()
                group.leave()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        work()
        group.wait()
        return try slots.results()
    }

    /// The shared counter and the result slots; the lock is taken twice per piece, never during one.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var values: [Result<Value, any Error>?]

        init(count: Int) {
            values = Array(repeating: nil, count: count)
        }

        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < values.count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ value: Result<Value, any Error>, at index: Int) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }

        func results() throws -> [Value] {
            lock.lock()
            defer { lock.unlock() }
            return try values.map { slot in
                guard let slot else { throw MissingResult() }
                return try slot.get()
            }
        }
    }

    /// A slot left empty: cannot happen (every index is claimed once), but is an error rather than a crash.
    struct MissingResult: Error {}
}
