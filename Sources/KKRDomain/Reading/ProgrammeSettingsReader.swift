/// Reads one entry of `programmes:` in `traineeships.yaml`.
enum ProgrammeSettingsReader {
    static let allowedKeys = [
        "id", "name_da", "name_en", "key", "include_region", "carry_over", "max_change", "targets", "splits",
        "period",
    ]

    static func read(_ item: YAMLValue, diagnostics: inout DiagnosticCollector) -> Programme? {
        guard let entries = item.mapping(allowedKeys: allowedKeys, diagnostics: &diagnostics),
            let id = SettingsReader.identifier(entries, diagnostics: &diagnostics)
        else { return nil }
        let keyID = entries.required("key", diagnostics: &diagnostics, hint: "name a key declared under 'keys:'")?
            .string(diagnostics: &diagnostics)
        var targets: [Target] = []
        var unreadableYears: Set<Int> = []
        let targetItems = entries.required("targets", diagnostics: &diagnostics)?.sequence(diagnostics: &diagnostics)
        for targetItem in targetItems ?? [] {
            guard let target = readTarget(targetItem, diagnostics: &diagnostics) else {
                var ignored = DiagnosticCollector()
                let year = targetItem.mapping(allowedKeys: ["year"], diagnostics: &ignored)?["year"]?
                    .integer(diagnostics: &ignored)
                unreadableYears.insert(year ?? Int.min)
                continue
            }
            if targets.contains(where: { $0.year == target.year }) {
                diagnostics.error(
                    "programme '\(id)' has two targets for \(target.year)",
                    at: targetItem.location,
                    hint: "keep one"
                )
            } else {
                targets.append(target)
            }
        }
        var splits: [SplitDimension] = []
        for splitItem in entries["splits"]?.sequence(diagnostics: &diagnostics) ?? [] {
            if let split = readSplit(splitItem, diagnostics: &diagnostics) { splits.append(split) }
        }
        let danish = entries.string("name_da", default: id, diagnostics: &diagnostics)
        guard let keyID else { return nil }
        var programme = Programme(
            id: id,
            nameDanish: danish,
            nameEnglish: entries.string("name_en", default: danish, diagnostics: &diagnostics),
            keyID: keyID,
            includesRegion: entries.bool("include_region", default: false, diagnostics: &diagnostics),
            carriesOverShortfall: entries.bool("carry_over", default: false, diagnostics: &diagnostics),
            changeLimit: entries["max_change"].flatMap { readChangeLimit($0, diagnostics: &diagnostics) },
            targets: targets,
            splits: splits,
            location: item.location
        )
        programme.unreadableTargetYears = unreadableYears
        programme.period = entries["period"].flatMap { PeriodSettingsReader.read($0, diagnostics: &diagnostics) }
        return programme
    }

    // MARK: - Parts

    static func readTarget(_ item: YAMLValue, diagnostics: inout DiagnosticCollector) -> Target? {
        guard
            let entries = item.mapping(
                allowedKeys: ["year", "places", "kind", "illustrative", "source"],
                diagnostics: &diagnostics
            )
        else { return nil }
        let year = entries.required("year", diagnostics: &diagnostics)?
            .integer(atLeast: 1900, diagnostics: &diagnostics)
        let places = entries.required("places", diagnostics: &diagnostics)?.integer(diagnostics: &diagnostics)
        var kind: TargetKind?
        if let value = entries.required(
            "kind",
            diagnostics: &diagnostics,
            hint: "write 'kind: exact' or 'kind: minimum'"
        ),
            let text = value.string(diagnostics: &diagnostics)
        {
            kind = TargetKind(rawValue: text)
            if kind == nil {
                diagnostics.error(
                    "the target kind '\(text)' is unknown",
                    at: value.location,
                    hint: "write 'exact' or 'minimum'"
                )
            }
        }
        guard let year, let places, let kind else { return nil }
        return Target(
            year: year,
            places: places,
            kind: kind,
            provenance: provenance(entries, at: item.location, &diagnostics)
        )
    }

    static func readChangeLimit(_ item: YAMLValue, diagnostics: inout DiagnosticCollector) -> ChangeLimit? {
        guard let entries = item.mapping(allowedKeys: ["places", "percent"], diagnostics: &diagnostics) else {
            return nil
        }
        let limit = ChangeLimit(
            places: entries["places"]?.integer(diagnostics: &diagnostics),
            percent: entries["percent"]?.number(diagnostics: &diagnostics)
        )
        if limit.places == nil && limit.percent == nil {
            diagnostics.error(
                "\(item.displayPath) sets neither 'places' nor 'percent'",
                at: item.location,
                hint: "e.g. 'max_change: {places: 2, percent: 20}', or remove it"
            )
            return nil
        }
        return limit
    }

    static func readSplit(_ item: YAMLValue, diagnostics: inout DiagnosticCollector) -> SplitDimension? {
        let allowed = ["id", "name_da", "name_en", "illustrative", "source", "categories"]
        guard let entries = item.mapping(allowedKeys: allowed, diagnostics: &diagnostics),
            let id = SettingsReader.identifier(entries, diagnostics: &diagnostics),
            let list = entries.required("categories", diagnostics: &diagnostics)?.sequence(diagnostics: &diagnostics)
        else { return nil }
        var categories: [SplitCategory] = []
        for categoryItem in list {
            guard
                let fields = categoryItem.mapping(
                    allowedKeys: ["id", "name_da", "name_en", "percent"],
                    diagnostics: &diagnostics
                ),
                let categoryID = SettingsReader.identifier(fields, diagnostics: &diagnostics),
                let percent = fields.required("percent", diagnostics: &diagnostics)?.number(diagnostics: &diagnostics)
            else { continue }
            let danish = fields.string("name_da", default: categoryID, diagnostics: &diagnostics)
            categories.append(
                SplitCategory(
                    id: categoryID,
                    nameDanish: danish,
                    nameEnglish: fields.string("name_en", default: danish, diagnostics: &diagnostics),
                    percent: percent
                )
            )
        }
        let total = categories.reduce(0) { $0 + $1.percent }
        if categories.count == list.count && abs(total - 100) > 1e-6 {
            diagnostics.error(
                "the percentages of split '\(id)' add up to \(NumberFormatting.plain(total)), not 100",
                at: item.location,
                hint: "make the categories' 'percent' values add up to 100"
            )
            return nil
        }
        let danish = entries.string("name_da", default: id, diagnostics: &diagnostics)
        return SplitDimension(
            id: id,
            nameDanish: danish,
            nameEnglish: entries.string("name_en", default: danish, diagnostics: &diagnostics),
            categories: categories,
            provenance: provenance(entries, at: item.location, &diagnostics)
        )
    }

    static func provenance(
        _ entries: YAMLMapping,
        at location: SourceLocation,
        _ diagnostics: inout DiagnosticCollector
    ) -> Provenance {
        Provenance(
            illustrative: entries.bool("illustrative", default: false, diagnostics: &diagnostics),
            source: entries.string("source", default: "", diagnostics: &diagnostics),
            location: location
        )
    }
}
