/// The entries of a YAML mapping, looked up by key with diagnostics for missing required ones.
public struct YAMLMapping {
    /// The mapping node itself.
    public let owner: YAMLValue
    /// The entries, in file order, duplicates and unknown keys removed.
    public let entries: [(key: String, value: YAMLValue)]

    /// The value for `key`, or nil when absent or `null`.
    public subscript(key: String) -> YAMLValue? {
        guard let value = entries.first(where: { $0.key == key })?.value, !value.isNull else { return nil }
        return value
    }

    /// The value for `key`; records an error when absent.
    public func required(_ key: String, diagnostics: inout DiagnosticCollector, hint: String = "") -> YAMLValue? {
        if let value = self[key] { return value }
        diagnostics.error(
            "\(owner.displayPath) has no '\(key)'",
            at: owner.location,
            hint: hint.isEmpty ? "add a line '\(key): …'" : hint
        )
        return nil
    }

    /// The text for `key`, or `fallback` when absent.
    public func string(_ key: String, default fallback: String, diagnostics: inout DiagnosticCollector) -> String {
        self[key]?.string(diagnostics: &diagnostics) ?? fallback
    }

    /// The flag for `key`, or `fallback` when absent.
    public func bool(_ key: String, default fallback: Bool, diagnostics: inout DiagnosticCollector) -> Bool {
        self[key]?.bool(diagnostics: &diagnostics) ?? fallback
    }
}
