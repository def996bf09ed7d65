/// The arguments of one scenario change, read with diagnostics.
///
/// Each reader returns nil when its argument is absent (the caller decides
/// whether that is allowed) or invalid; an invalid value also sets
/// ``failed``, so the change is dropped once all its arguments are checked.
struct ScenarioArguments {
    /// The change's arguments.
    let entries: YAMLMapping
    /// True when any argument was missing or invalid.
    var failed = false

    /// One id or a list of ids (`ssa`, `[ssh, ssa]`).
    mutating func ids(_ key: String, single: Bool = false, _ diagnostics: inout DiagnosticCollector) -> [String]? {
        guard let value = entries[key] else { return nil }
        let items: [YAMLValue]
        if !single, value.isSequence {
            items = value.sequence(diagnostics: &diagnostics) ?? []
        } else {
            items = [value]
        }
        var result: [String] = []
        for item in items {
            guard let text = item.string(diagnostics: &diagnostics), !text.isEmpty else {
                failed = true
                continue
            }
            if result.contains(text) {
                diagnostics.error(
                    "'\(text)' is listed twice in \(value.displayPath)",
                    at: item.location,
                    hint: "keep one"
                )
                failed = true
            }
            result.append(text)
        }
        if items.isEmpty {
            diagnostics.error("\(value.displayPath) is an empty list", at: value.location, hint: Self.hint(key))
            failed = true
        }
        return failed ? nil : result
    }

    /// `all`, one DST code, or a list of codes.
    mutating func parties(_ key: String, _ diagnostics: inout DiagnosticCollector) -> PartySelection? {
        if let value = entries[key], !value.isSequence, value.scalarText?.lowercased() == "all" { return .all }
        return ids(key, &diagnostics).map { .codes($0) }
    }

    /// A whole number ≥ `minimum`.
    mutating func count(_ key: String, atLeast minimum: Int = 0, _ diagnostics: inout DiagnosticCollector) -> Int? {
        guard let value = entries[key] else { return nil }
        return checked(value.integer(atLeast: minimum, diagnostics: &diagnostics))
    }

    /// A whole number ≥ 0, or `none` (nil, without failing).
    mutating func countOrNone(_ key: String, _ diagnostics: inout DiagnosticCollector) -> Int? {
        guard let value = entries[key] else { return nil }
        if ["none", "ingen"].contains(value.scalarText?.lowercased()) { return nil }
        return checked(value.integer(atLeast: 0, diagnostics: &diagnostics))
    }

    /// A number ≥ 0 (kr, a weight), at most `maximum` when given.
    mutating func amount(_ key: String, atMost maximum: Double? = nil, _ diagnostics: inout DiagnosticCollector)
        -> Double?
    {
        guard let value = entries[key], let number = checked(value.number(atLeast: 0, diagnostics: &diagnostics)) else {
            return nil
        }
        if let maximum, number > maximum {
            diagnostics.error(
                "\(value.displayPath) is \(NumberFormatting.plain(number)), above its largest value \(NumberFormatting.plain(maximum))",
                at: value.location,
                hint: maximum == 100 ? "write a percentage, e.g. 90" : "write a share between 0 and 1"
            )
            failed = true
            return nil
        }
        return number
    }

    /// A factor (`1.10` for +10 %): above 0, or ≥ 0 when `allowZero`.
    mutating func factor(_ key: String, allowZero: Bool, _ diagnostics: inout DiagnosticCollector) -> Double? {
        guard let value = entries[key], let number = checked(value.number(atLeast: 0, diagnostics: &diagnostics)) else {
            return nil
        }
        if !allowZero && number == 0 {
            diagnostics.error(
                "\(value.displayPath) is 0; the factor must be above 0",
                at: value.location,
                hint: "e.g. 'factor: 0.9' for −10 %"
            )
            failed = true
            return nil
        }
        return number
    }

    /// One of an enumeration's raw values.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ key: String,
        _ type: Choice.Type,
        _ diagnostics: inout DiagnosticCollector
    ) -> Choice? where Choice.RawValue == String {
        guard let value = entries[key], let text = checked(value.string(diagnostics: &diagnostics)) else { return nil }
        guard let choice = Choice(rawValue: text) else {
            diagnostics.error(
                "\(value.displayPath) is '\(text)', which is not a known value",
                at: value.location,
                hint: "use one of \(Choice.allCases.map(\.rawValue).joined(separator: ", "))"
            )
            failed = true
            return nil
        }
        return choice
    }

    private mutating func checked<Value>(_ value: Value?) -> Value? {
        if value == nil { failed = true }
        return value
    }

    private static func hint(_ key: String) -> String {
        ScenarioChangeReader.hint(for: key)
    }
}
