import LinearProgramming

/// Wall-clock measurement and medians.
enum Timing {
    private static let clock = ContinuousClock()

    /// Seconds `body` took, and its result.
    static func measure<T>(_ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
        let start = clock.now
        let result = try body()
        let elapsed = start.duration(to: clock.now)
        return (elapsed.inSeconds, result)
    }

    /// The median of `values` (the mean of the middle two for an even count); 0 for none.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// One measured way of solving one model.
struct Measurement {
    /// What was run, e.g. "Swift (dual, presolve)" or "glpsol --dual".
    var name: String
    /// Median wall-clock seconds end to end (building or reading the model, solving, reading the answer).
    var seconds: Double
    /// Median seconds spent building the model alone, where that is separate.
    var buildSeconds: Double?
    /// The objective found, to check that every variant solved the same model.
    var objective: Double?
    /// A status word when the run did not end optimally.
    var note: String?
}
