/// Reads one item of a scenario's `changes:` list: `- kind: {argument: value, …}`.
///
/// The kinds and their arguments are the table below (and `README.md, section Scenarios`).
/// Unknown kinds and arguments are errors with the allowed ones as hint.
enum ScenarioChangeReader {
    /// The arguments of each kind: required first, then optional.
    static let arguments: [(kind: String, required: [String], optional: [String])] = [
        ("set_target", ["programme", "places"], ["kind"]),
        ("scale_target", ["programme", "factor"], []),
        ("switch_key", ["programme", "key"], []),
        ("set_floor", ["programme", "municipality", "places"], []),
        ("set_cap", ["programme", "municipality", "places"], []),
        ("change_offer", ["offer"], ["places", "tariff", "tariff_factor"]),
        ("close_offer", ["offer"], []),
        ("scale_demand", ["factor"], ["target_group", "buyer"]),
        ("set_policy", ["weight", "value"], []),
    ]

    /// The kinds, in documentation order.
    static var kinds: [String] { arguments.map(\.kind) }

    static func read(_ item: YAMLValue, diagnostics: inout DiagnosticCollector) -> ScenarioChange? {
        guard let outer = item.mapping(allowedKeys: kinds, diagnostics: &diagnostics) else { return nil }
        guard outer.entries.count == 1, let (kind, body) = outer.entries.first else {
            if outer.entries.count > 1 {
                diagnostics.error(
                    "\(item.displayPath) holds \(outer.entries.count) changes in one list item",
                    at: item.location,
                    hint: "start each change on its own line with '- '"
                )
            }
            return nil
        }
        guard let spec = arguments.first(where: { $0.kind == kind }),
            let entries = body.mapping(allowedKeys: spec.required + spec.optional, diagnostics: &diagnostics)
        else { return nil }
        var values = ScenarioArguments(entries: entries)
        for key in spec.required where entries.required(key, diagnostics: &diagnostics, hint: hint(for: key)) == nil {
            values.failed = true
        }
        let action = trainingAction(kind, &values, &diagnostics) ?? socialAction(kind, body, &values, &diagnostics)
        guard let action, !values.failed else { return nil }
        return ScenarioChange(action, at: item.location)
    }

    // MARK: - Kinds

    private static func trainingAction(
        _ kind: String,
        _ values: inout ScenarioArguments,
        _ diagnostics: inout DiagnosticCollector
    ) -> ScenarioChange.Action? {
        switch kind {
        case "set_target":
            let programmes = values.ids("programme", &diagnostics)
            let places = values.count("places", &diagnostics)
            let targetKind = values.choice("kind", TargetKind.self, &diagnostics)
            guard let programmes, let places else { return nil }
            return .setTarget(programmeIDs: programmes, places: places, kind: targetKind)
        case "scale_target":
            let programmes = values.ids("programme", &diagnostics)
            let factor = values.factor("factor", allowZero: false, &diagnostics)
            guard let programmes, let factor else { return nil }
            return .scaleTarget(programmeIDs: programmes, factor: factor)
        case "switch_key":
            let programmes = values.ids("programme", &diagnostics)
            let key = values.ids("key", single: true, &diagnostics)?.first
            guard let programmes, let key else { return nil }
            return .switchKey(programmeIDs: programmes, keyID: key)
        case "set_floor", "set_cap":
            let programmes = values.ids("programme", &diagnostics)
            let parties = values.parties("municipality", &diagnostics)
            let places = values.countOrNone("places", &diagnostics)
            guard let programmes, let parties else { return nil }
            return kind == "set_floor"
                ? .setFloor(programmeIDs: programmes, parties: parties, places: places)
                : .setCap(programmeIDs: programmes, parties: parties, places: places)
        default:
            return nil
        }
    }

    private static func socialAction(
        _ kind: String,
        _ body: YAMLValue,
        _ values: inout ScenarioArguments,
        _ diagnostics: inout DiagnosticCollector
    ) -> ScenarioChange.Action? {
        switch kind {
        case "change_offer":
            let offers = values.ids("offer", &diagnostics)
            let places = values.count("places", atLeast: 1, &diagnostics)
            let tariff = values.amount("tariff", &diagnostics)
            let factor = values.factor("tariff_factor", allowZero: false, &diagnostics)
            if values.entries["places"] == nil && values.entries["tariff"] == nil
                && values.entries["tariff_factor"] == nil
            {
                diagnostics.error(
                    "\(body.displayPath) changes nothing",
                    at: body.location,
                    hint: "give 'places', 'tariff' or 'tariff_factor' (or use close_offer)"
                )
                return nil
            }
            if values.entries["tariff"] != nil && values.entries["tariff_factor"] != nil {
                diagnostics.error(
                    "\(body.displayPath) gives both 'tariff' and 'tariff_factor'",
                    at: body.location,
                    hint: "keep one: a new tariff in kr, or a factor on the current tariff"
                )
                return nil
            }
            guard let offers else { return nil }
            return .changeOffer(offerIDs: offers, places: places, tariff: tariff, tariffFactor: factor)
        case "close_offer":
            return values.ids("offer", &diagnostics).map { .closeOffer(offerIDs: $0) }
        case "scale_demand":
            let groups = values.entries["target_group"] == nil ? [] : values.ids("target_group", &diagnostics)
            let buyers = values.entries["buyer"] == nil ? .all : values.parties("buyer", &diagnostics)
            let factor = values.factor("factor", allowZero: true, &diagnostics)
            guard let groups, let buyers, let factor else { return nil }
            return .scaleDemand(targetGroupIDs: groups, buyers: buyers, factor: factor)
        case "set_policy":
            guard let weight = values.choice("weight", PolicyWeight.self, &diagnostics) else { return nil }
            let upper: Double? = weight == .emptyPlaceCostShare ? 1 : weight == .minOccupancyPercent ? 100 : nil
            let value = values.amount("value", atMost: upper, &diagnostics)
            return value.map { .setPolicy(weight: weight, value: $0) }
        default:
            return nil
        }
    }

    static func hint(for key: String) -> String {
        switch key {
        case "programme": return "e.g. 'programme: ssa' or 'programme: [ssh, ssa]'"
        case "places": return "e.g. 'places: 680' (for a floor or cap also 'places: none' to remove it)"
        case "factor": return "e.g. 'factor: 1.10' for +10 %"
        case "key": return "the id of a key declared in traineeships.yaml, e.g. 'key: age_80_plus'"
        case "municipality": return "a DST code, a list of codes, or 'all', e.g. 'municipality: 825'"
        case "offer": return "the id of an offer in social/offers.csv"
        case "weight": return "one of \(PolicyWeight.allCases.map(\.rawValue).joined(separator: ", "))"
        case "value": return "e.g. 'value: 300'"
        default: return ""
        }
    }
}
