/// Reads `period: {from: 2027, to: 2029}` in `traineeships.yaml` (at the top or in a programme).
enum PeriodSettingsReader {
    /// The longest period accepted, in years (agreements run 3–5 years; 20 catches a typo such as 2207).
    static let longestPeriod = 20

    static func read(_ item: YAMLValue, diagnostics: inout DiagnosticCollector) -> AgreementPeriod? {
        guard let entries = item.mapping(allowedKeys: ["from", "to"], diagnostics: &diagnostics) else { return nil }
        let hint = "e.g. 'period: {from: 2027, to: 2029}'"
        let from = entries.required("from", diagnostics: &diagnostics, hint: hint)?
            .integer(atLeast: 1900, diagnostics: &diagnostics)
        let to = entries.required("to", diagnostics: &diagnostics, hint: hint)?
            .integer(atLeast: 1900, diagnostics: &diagnostics)
        guard let from, let to else { return nil }
        if to < from {
            diagnostics.error(
                "the period ends (\(to)) before it begins (\(from))",
                at: entries["to"]?.location ?? item.location,
                hint: "write the first year in 'from' and the last in 'to'"
            )
            return nil
        }
        if to - from >= longestPeriod {
            diagnostics.error(
                "the period \(from)–\(to) is \(to - from + 1) years long",
                at: entries["to"]?.location ?? item.location,
                hint: "agreement periods are at most \(longestPeriod) years; check the years"
            )
            return nil
        }
        return AgreementPeriod(from: from, to: to, location: item.location)
    }
}
