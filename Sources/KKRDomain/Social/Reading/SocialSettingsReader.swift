/// Reads `social/socialaftale.yaml`: plan year, target groups, law sections, policy weights and distance rules.
///
/// The file's shape is documented in `Inputs/README.md`. As for the
/// training-place settings, unknown and duplicate keys are errors and every
/// problem is reported with its line and column.
public enum SocialSettingsReader {
    /// Reads the settings; returns nil when the document or a required part is unusable.
    public static func read(_ file: InputFile, diagnostics: inout DiagnosticCollector) -> SocialSettings? {
        guard let root = YAMLValue.parse(file, diagnostics: &diagnostics),
            let top = root.mapping(
                allowedKeys: ["plan_year", "target_groups", "sections", "policy", "distances"],
                diagnostics: &diagnostics
            )
        else { return nil }
        let yearValue = top.required("plan_year", diagnostics: &diagnostics, hint: "e.g. 'plan_year: 2027'")
        let planYear = yearValue?.integer(atLeast: 1900, diagnostics: &diagnostics)
        let groups = readList(top, "target_groups", what: "target group", diagnostics: &diagnostics) { item, diags in
            readTargetGroup(item, diagnostics: &diags)
        }
        let sections = readList(top, "sections", what: "section", diagnostics: &diagnostics) { item, diags in
            readSection(item, diagnostics: &diags)
        }
        let policy = top.required("policy", diagnostics: &diagnostics)
            .flatMap {
                SocialPolicyReader.readPolicy($0, diagnostics: &diagnostics)
            }
        let rules = top.required("distances", diagnostics: &diagnostics)
            .flatMap {
                SocialPolicyReader.readDistanceRules($0, diagnostics: &diagnostics)
            }
        guard let planYear, let yearValue, let policy, let rules else { return nil }
        return SocialSettings(
            planYear: planYear,
            planYearLocation: yearValue.location,
            targetGroups: groups,
            sections: sections,
            policy: policy,
            distanceRules: rules
        )
    }

    // MARK: - Lists

    /// The entries of the list `key` with unique ids; an error for a missing or empty list and for a repeated id.
    static func readList<Item>(
        _ top: YAMLMapping,
        _ key: String,
        what: String,
        diagnostics: inout DiagnosticCollector,
        read: (YAMLValue, inout DiagnosticCollector) -> (id: String, item: Item)?
    ) -> [Item] {
        guard let list = top.required(key, diagnostics: &diagnostics) else { return [] }
        guard let items = list.sequence(diagnostics: &diagnostics) else { return [] }
        if items.isEmpty {
            diagnostics.error("no \(what) is declared under '\(key)'", at: list.location, hint: "add at least one")
        }
        var ids: Set<String> = []
        var result: [Item] = []
        for entry in items {
            guard let (id, item) = read(entry, &diagnostics) else { continue }
            guard ids.insert(id).inserted else {
                diagnostics.error("the \(what) '\(id)' is declared twice", at: entry.location, hint: "keep one")
                continue
            }
            result.append(item)
        }
        return result
    }

    static func readTargetGroup(_ item: YAMLValue, diagnostics: inout DiagnosticCollector) -> (
        id: String, item: TargetGroup
    )? {
        guard let entries = item.mapping(allowedKeys: ["id", "name_da", "name_en"], diagnostics: &diagnostics),
            let id = SettingsReader.identifier(entries, diagnostics: &diagnostics)
        else { return nil }
        let danish = entries.string("name_da", default: id, diagnostics: &diagnostics)
        let english = entries.string("name_en", default: danish, diagnostics: &diagnostics)
        return (id, TargetGroup(id: id, nameDanish: danish, nameEnglish: english))
    }

    static func readSection(_ item: YAMLValue, diagnostics: inout DiagnosticCollector) -> (
        id: String, item: LawSection
    )? {
        guard
            let entries = item.mapping(
                allowedKeys: ["id", "citation", "name_da", "name_en"],
                diagnostics: &diagnostics
            ),
            let id = SettingsReader.identifier(entries, diagnostics: &diagnostics)
        else { return nil }
        let citation = entries.string("citation", default: id, diagnostics: &diagnostics)
        let danish = entries.string("name_da", default: citation, diagnostics: &diagnostics)
        let english = entries.string("name_en", default: danish, diagnostics: &diagnostics)
        return (id, LawSection(id: id, citation: citation, nameDanish: danish, nameEnglish: english))
    }
}
