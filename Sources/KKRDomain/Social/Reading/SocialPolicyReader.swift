import Yams

/// Reads the `policy:` and `distances:` parts of `socialaftale.yaml`.
///
/// A policy number is written either plainly (`km_cost: 250`) or with its
/// provenance (`km_cost: {value: 250, illustrative: true, source: "…"}`).
enum SocialPolicyReader {
    static func readPolicy(_ value: YAMLValue, diagnostics: inout DiagnosticCollector) -> SocialPolicy? {
        guard
            let entries = value.mapping(
                allowedKeys: ["km_cost", "unmet_penalty", "empty_place_cost_share", "min_occupancy_percent"],
                diagnostics: &diagnostics
            )
        else { return nil }
        let kmCost =
            entries.required(
                "km_cost",
                diagnostics: &diagnostics,
                hint: "e.g. 'km_cost: 250' (kr per km per citizen per year)"
            )
            .flatMap { figure($0, diagnostics: &diagnostics) }
        let penalty =
            entries.required(
                "unmet_penalty",
                diagnostics: &diagnostics,
                hint: "e.g. 'unmet_penalty: 5000000' (kr per citizen without a place; far above any tariff)"
            )
            .flatMap { figure($0, atLeast: 1, diagnostics: &diagnostics) }
        let share =
            entries["empty_place_cost_share"].map { figure($0, atMost: 1, diagnostics: &diagnostics) }
            ?? PolicyFigure(1, provenance: defaultProvenance(value, "default: the whole tariff"))
        let percent =
            entries["min_occupancy_percent"].map { figure($0, atMost: 100, diagnostics: &diagnostics) }
            ?? PolicyFigure(
                95,
                provenance: defaultProvenance(value, "default: the Styringsaftale's lowest budgeted occupancy, 95 %")
            )
        guard let kmCost, let penalty, let share, let percent else { return nil }
        var occupancy = percent
        occupancy.value = percent.value / 100
        return SocialPolicy(
            kmCost: kmCost,
            unmetPenalty: penalty,
            emptyPlaceCostShare: share,
            minimumOccupancy: occupancy
        )
    }

    static func readDistanceRules(_ value: YAMLValue, diagnostics: inout DiagnosticCollector) -> DistanceRules? {
        guard let entries = value.mapping(allowedKeys: ["road_factor", "ferries"], diagnostics: &diagnostics),
            let factor =
                entries.required(
                    "road_factor",
                    diagnostics: &diagnostics,
                    hint: "e.g. 'road_factor: 1.3' (road km per straight-line km)"
                )
                .flatMap({ figure($0, atLeast: 1, diagnostics: &diagnostics) })
        else { return nil }
        var ferries: [Ferry] = []
        for item in entries["ferries"]?.sequence(diagnostics: &diagnostics) ?? [] {
            if let ferry = readFerry(item, diagnostics: &diagnostics) {
                if ferries.contains(where: { $0.municipalityCode == ferry.municipalityCode }) {
                    diagnostics.error(
                        "municipality \(ferry.municipalityCode) has two ferry rules",
                        at: item.location,
                        hint: "keep one"
                    )
                } else {
                    ferries.append(ferry)
                }
            }
        }
        return DistanceRules(roadFactor: factor, ferries: ferries)
    }

    static func readFerry(_ item: YAMLValue, diagnostics: inout DiagnosticCollector) -> Ferry? {
        guard
            let entries = item.mapping(
                allowedKeys: ["municipality", "port", "extra_km", "illustrative", "source"],
                diagnostics: &diagnostics
            )
        else { return nil }
        let municipality = entries.required(
            "municipality",
            diagnostics: &diagnostics,
            hint: "the island's DST code, e.g. 825"
        )?
        .string(diagnostics: &diagnostics)
        let port = entries.required("port", diagnostics: &diagnostics, hint: "the port's DST code, e.g. 813")?
            .string(diagnostics: &diagnostics)
        let extra = entries.required(
            "extra_km",
            diagnostics: &diagnostics,
            hint: "the crossing in km of road, e.g. 120"
        )?
        .number(diagnostics: &diagnostics)
        guard let municipality, let port, let extra else { return nil }
        return Ferry(
            municipalityCode: municipality,
            portCode: port,
            extraKilometres: extra,
            provenance: provenance(entries, item, diagnostics: &diagnostics)
        )
    }

    // MARK: - Figures

    /// A number written plainly or as `{value, illustrative, source}`, within `[atLeast, atMost]`.
    static func figure(
        _ value: YAMLValue,
        atLeast minimum: Double = 0,
        atMost maximum: Double? = nil,
        diagnostics: inout DiagnosticCollector
    ) -> PolicyFigure? {
        let number: Double?
        let origin: Provenance
        if value.isScalar {
            number = value.number(atLeast: minimum, diagnostics: &diagnostics)
            origin = Provenance(illustrative: false, source: "", location: value.location)
        } else {
            guard
                let entries = value.mapping(
                    allowedKeys: ["value", "illustrative", "source"],
                    diagnostics: &diagnostics
                )
            else { return nil }
            number = entries.required("value", diagnostics: &diagnostics)?
                .number(atLeast: minimum, diagnostics: &diagnostics)
            origin = provenance(entries, value, diagnostics: &diagnostics)
        }
        guard let number else { return nil }
        if let maximum, number > maximum {
            diagnostics.error(
                "\(value.displayPath) is \(NumberFormatting.plain(number)), above the largest allowed value \(NumberFormatting.plain(maximum))",
                at: value.location,
                hint: "write a number between \(NumberFormatting.plain(minimum)) and \(NumberFormatting.plain(maximum))"
            )
            return nil
        }
        return PolicyFigure(number, provenance: origin)
    }

    static func provenance(_ entries: YAMLMapping, _ owner: YAMLValue, diagnostics: inout DiagnosticCollector)
        -> Provenance
    {
        Provenance(
            illustrative: entries.bool("illustrative", default: false, diagnostics: &diagnostics),
            source: entries.string("source", default: "", diagnostics: &diagnostics),
            location: owner.location
        )
    }

    static func defaultProvenance(_ owner: YAMLValue, _ source: String) -> Provenance {
        Provenance(illustrative: false, source: source, location: owner.location)
    }
}

extension YAMLValue {
    /// True for a single value (not a list or a mapping).
    var isScalar: Bool {
        if case .scalar = node { return true }
        return false
    }
}
