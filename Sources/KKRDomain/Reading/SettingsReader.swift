/// Reads `traineeships.yaml`: plan year, keys, programmes with targets and splits, joint capacities.
///
/// The file's shape is documented in `Inputs/README.md`. Every problem is
/// recorded with its line and column; reading goes on so that one pass finds
/// all of them.
public enum SettingsReader {
    /// Reads the settings; returns nil only when the document itself is unusable.
    public static func read(_ file: InputFile, diagnostics: inout DiagnosticCollector) -> TraineeshipSettings? {
        guard let root = YAMLValue.parse(file, diagnostics: &diagnostics),
            let top = root.mapping(
                allowedKeys: ["plan_year", "period", "keys", "programmes", "joint_capacities"],
                diagnostics: &diagnostics
            )
        else { return nil }
        let yearValue = top.required("plan_year", diagnostics: &diagnostics, hint: "e.g. 'plan_year: 2027'")
        let planYear = yearValue?.integer(atLeast: 1900, diagnostics: &diagnostics)
        var keys: [DistributionKey] = []
        for item in top.required("keys", diagnostics: &diagnostics)?.sequence(diagnostics: &diagnostics) ?? [] {
            if let key = readKey(item, diagnostics: &diagnostics) {
                if keys.contains(where: { $0.id == key.id }) {
                    diagnostics.error("the key '\(key.id)' is declared twice", at: item.location, hint: "keep one")
                } else {
                    keys.append(key)
                }
            }
        }
        var programmes: [Programme] = []
        let programmeItems = top.required("programmes", diagnostics: &diagnostics)?.sequence(diagnostics: &diagnostics)
        for item in programmeItems ?? [] {
            guard let programme = ProgrammeSettingsReader.read(item, diagnostics: &diagnostics) else { continue }
            if programmes.contains(where: { $0.id == programme.id }) {
                diagnostics.error(
                    "the programme '\(programme.id)' is defined twice",
                    at: item.location,
                    hint: "keep one definition"
                )
            } else {
                programmes.append(programme)
            }
        }
        if programmeItems?.isEmpty == true, let value = top["programmes"] {
            diagnostics.error("no programmes are defined", at: value.location, hint: "add at least one programme")
        }
        var capacities: [JointCapacity] = []
        for item in top["joint_capacities"]?.sequence(diagnostics: &diagnostics) ?? [] {
            if let capacity = readJointCapacity(item, diagnostics: &diagnostics) { capacities.append(capacity) }
        }
        let period = top["period"].flatMap { PeriodSettingsReader.read($0, diagnostics: &diagnostics) }
        guard let planYear, let yearValue else { return nil }
        for index in programmes.indices where programmes[index].period == nil {
            programmes[index].period = period
        }
        var settings = TraineeshipSettings(
            planYear: planYear,
            planYearLocation: yearValue.location,
            keys: keys,
            programmes: programmes,
            jointCapacities: capacities
        )
        settings.period = period
        return settings
    }

    // MARK: - Parts

    static func readKey(_ item: YAMLValue, diagnostics: inout DiagnosticCollector) -> DistributionKey? {
        guard let entries = item.mapping(allowedKeys: ["id", "name_da", "name_en", "kind"], diagnostics: &diagnostics),
            let id = identifier(entries, diagnostics: &diagnostics)
        else { return nil }
        var kind = DistributionKey.Kind.custom
        if let value = entries["kind"], let text = value.string(diagnostics: &diagnostics) {
            if let parsed = DistributionKey.Kind(rawValue: text) {
                kind = parsed
            } else {
                diagnostics.error(
                    "the key kind '\(text)' is unknown",
                    at: value.location,
                    hint: "use one of \(DistributionKey.Kind.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
        }
        let danish = entries.string("name_da", default: id, diagnostics: &diagnostics)
        return DistributionKey(
            id: id,
            nameDanish: danish,
            nameEnglish: entries.string("name_en", default: danish, diagnostics: &diagnostics),
            kind: kind
        )
    }

    static func readJointCapacity(_ item: YAMLValue, diagnostics: inout DiagnosticCollector) -> JointCapacity? {
        guard
            let entries = item.mapping(
                allowedKeys: ["id", "name_da", "name_en", "programmes"],
                diagnostics: &diagnostics
            ),
            let id = identifier(entries, diagnostics: &diagnostics),
            let list = entries.required("programmes", diagnostics: &diagnostics)?.sequence(diagnostics: &diagnostics)
        else { return nil }
        let programmeIDs = list.compactMap { $0.string(diagnostics: &diagnostics) }
        let danish = entries.string("name_da", default: id, diagnostics: &diagnostics)
        return JointCapacity(
            id: id,
            nameDanish: danish,
            nameEnglish: entries.string("name_en", default: danish, diagnostics: &diagnostics),
            programmeIDs: programmeIDs,
            location: item.location
        )
    }

    /// The `id` of an entry: lowercase letters, digits, `_` and `-`.
    static func identifier(_ entries: YAMLMapping, diagnostics: inout DiagnosticCollector) -> String? {
        guard let value = entries.required("id", diagnostics: &diagnostics),
            let id = value.string(diagnostics: &diagnostics)
        else { return nil }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789_-")
        guard !id.isEmpty, id.allSatisfy(allowed.contains) else {
            diagnostics.error(
                "the id '\(id)' may only use lowercase letters a–z, digits, '_' and '-'",
                at: value.location,
                hint: "e.g. 'ssa' or 'age_65_plus'"
            )
            return nil
        }
        return id
    }
}
