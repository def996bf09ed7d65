extension Duration {
    /// The duration in seconds, as a `Double` (for solver time limits and reported timings).
    public var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
