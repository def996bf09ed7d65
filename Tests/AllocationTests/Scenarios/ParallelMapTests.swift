import Allocation
import Foundation
import Testing

/// The bounded worker pool: results by index whatever the number of workers, each piece once, errors by lowest index.
@Suite struct ParallelMapTests {
    /// Counts calls per index and the threads used, under a lock.
    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var calls: [Int: Int] = [:]
        private var threads: Set<String> = []

        func record(_ index: Int) {
            lock.lock()
            calls[index, default: 0] += 1
            threads.insert("\(Thread.current)")
            lock.unlock()
        }

        var callCounts: [Int: Int] {
            lock.lock()
            defer { lock.unlock() }
            return calls
        }

        var threadCount: Int {
            lock.lock()
            defer { lock.unlock() }
            return threads.count
        }
    }

    struct Failure: Error, Equatable {
        let index: Int
    }

    @Test(arguments: [1, 2, 3, 8, 50])
    func resultsComeBackInIndexOrder(jobs: Int) throws {
        let recorder = Recorder()
        let results = try ParallelMap.map(count: 20, jobs: jobs) { index in
            recorder.record(index)
            // Uneven work, so later indices may finish first.
            Thread.sleep(forTimeInterval: Double((20 - index) % 4) * 0.001)
            return index * index
        }
        #expect(results == (0..<20).map { $0 * $0 })
        #expect(recorder.callCounts == Dictionary(uniqueKeysWithValues: (0..<20).map { ($0, 1) }))
    }

    @Test func theErrorOfTheLowestIndexIsThrownAfterEveryPieceRan() {
        let recorder = Recorder()
        #expect(throws: Failure(index: 3)) {
            try ParallelMap.map(count: 10, jobs: 4) { index in
                recorder.record(index)
                if index == 7 || index == 3 { throw Failure(index: index) }
                return index
            }
        }
        #expect(recorder.callCounts.count == 10)
    }

    @Test func noPiecesGiveNoResults() throws {
        #expect(try ParallelMap.map(count: 0, jobs: 4) { $0 }.isEmpty)
    }

    /// One worker keeps every piece on the calling thread; several workers spread them.
    @Test func workersAreThreads() throws {
        let single = Recorder()
        _ = try ParallelMap.map(count: 6, jobs: 1) { index in single.record(index) }
        #expect(single.threadCount == 1)
        // Piece 0 holds its thread until another worker has taken a piece (at most 5 s): with one thread only,
        // nobody else would, and the count stays 1.
        let several = Recorder()
        _ = try ParallelMap.map(count: 8, jobs: 4) { index in
            several.record(index)
            let deadline = Date().addingTimeInterval(5)
            while index == 0 && several.threadCount < 2 && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.001)
            }
        }
        #expect(several.threadCount >= 2)
    }
}
