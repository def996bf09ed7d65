/// Collects the ``InputError``s of several reading steps, so all of them are reported together.
///
/// The combined error is "input missing" only when every step's error was.
public struct ProblemList: Sendable {
    private var diagnostics: [Diagnostic] = []
    private var allMissing = true

    /// Creates an empty list.
    public init() {}

    /// True when any step failed.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Runs `step`; records its error and returns nil when it throws.
    public mutating func collect<Value>(_ step: () throws(InputError) -> Value) -> Value? {
        do {
            return try step()
        } catch {
            add(error)
            return nil
        }
    }

    /// Records `error`.
    public mutating func add(_ error: InputError) {
        diagnostics += error.diagnostics
        allMissing = allMissing && error.isMissingInput
    }

    /// Every problem, sorted by place.
    public var error: InputError {
        var collector = DiagnosticCollector()
        for diagnostic in diagnostics { collector.append(diagnostic) }
        return InputError(diagnostics: collector.sorted, isMissingInput: allMissing)
    }
}
