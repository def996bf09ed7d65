/// Timings gathered round by round — every variant once per round, so that a busy moment of the machine
/// touches them all alike — and turned into medians at the end.
struct Samples {
    private var order: [String] = []
    private var seconds: [String: [Double]] = [:]
    private var builds: [String: [Double]] = [:]
    private var objectives: [String: Double] = [:]
    private var notes: [String: String] = [:]

    /// Records one run of `label`.
    mutating func add(_ label: String, seconds value: Double, build: Double? = nil, objective: Double?, note: String?) {
        if seconds[label] == nil { order.append(label) }
        seconds[label, default: []].append(value)
        if let build { builds[label, default: []].append(build) }
        objectives[label] = objective
        notes[label] = note
    }

    /// The medians of every label whose name starts with `prefix`, in the order first recorded.
    func measurements(_ prefix: String) -> [Measurement] {
        order.filter { $0.hasPrefix(prefix) }
            .map { label in
                Measurement(
                    name: label,
                    seconds: Timing.median(seconds[label] ?? []),
                    buildSeconds: builds[label].map(Timing.median),
                    objective: objectives[label] ?? nil,
                    note: notes[label] ?? nil
                )
            }
    }
}
