/// Checks across files: keys cover every party, targets exist for the plan year, bounds can hold the targets.
///
/// What is checked here are contradictions within the inputs themselves
/// (exit code 65). Contradictions that only arise from policies combined —
/// carry-over, a limit on the change from last year, a joint capacity —
/// are the planner's infeasibility analysis (exit code 1).
enum TraineeshipValidator {
    static func validate(
        _ inputs: TraineeshipInputs,
        settings: TraineeshipSettings,
        keysFile: String,
        yearWasGiven: Bool,
        diagnostics: inout DiagnosticCollector
    ) {
        validate(
            inputs,
            planYearLocation: settings.planYearLocation,
            keysFile: keysFile,
            yearWasGiven: yearWasGiven,
            diagnostics: &diagnostics
        )
    }

    /// The same checks without the settings file (scenarios re-validate changed inputs with it).
    static func validate(
        _ inputs: TraineeshipInputs,
        planYearLocation: SourceLocation,
        keysFile: String,
        yearWasGiven: Bool,
        diagnostics: inout DiagnosticCollector
    ) {
        checkRange(inputs, diagnostics: &diagnostics)
        for programme in inputs.programmes {
            checkKey(of: programme, inputs: inputs, keysFile: keysFile, diagnostics: &diagnostics)
            if programme.includesRegion && inputs.region == nil {
                diagnostics.error(
                    "programme '\(programme.id)' includes the region, but no row of the municipalities file has kind 'region'",
                    at: programme.location,
                    hint: "add the region (e.g. 1081;Region Nordjylland;region) or set 'include_region: false'"
                )
            }
            guard let target = programme.target(for: inputs.year) else {
                let alreadyReported =
                    programme.unreadableTargetYears.contains(inputs.year)
                    || programme.unreadableTargetYears.contains(Int.min)
                if alreadyReported { continue }
                diagnostics.error(
                    "programme '\(programme.id)' has no target for \(inputs.year)",
                    at: yearWasGiven ? programme.location : planYearLocation,
                    hint: yearWasGiven
                        ? "add '- {year: \(inputs.year), places: …, kind: exact}' under its 'targets:' or choose another --year"
                        : "add '- {year: \(inputs.year), places: …, kind: exact}' under its 'targets:'"
                )
                continue
            }
            // Out of range is reported by checkRange; sums of bounds against such a number would only repeat it.
            guard PlaceRange.contains(target.places) else { continue }
            checkBounds(of: programme, target: target, inputs: inputs, diagnostics: &diagnostics)
        }
        for capacity in inputs.jointCapacities {
            for id in capacity.programmeIDs where !inputs.programmes.contains(where: { $0.id == id }) {
                diagnostics.error(
                    "joint capacity '\(capacity.id)' names the unknown programme '\(id)'",
                    at: capacity.location,
                    hint: "use programme ids defined under 'programmes:'"
                )
            }
        }
    }

    // MARK: - Keys

    static func checkKey(
        of programme: Programme,
        inputs: TraineeshipInputs,
        keysFile: String,
        diagnostics: inout DiagnosticCollector
    ) {
        guard let key = inputs.keys[programme.keyID] else {
            diagnostics.error(
                "programme '\(programme.id)' uses the key '\(programme.keyID)', which is not declared",
                at: programme.location,
                hint: "declare it under 'keys:' or use one of: \(inputs.keys.keys.sorted().joined(separator: ", "))"
            )
            return
        }
        let parties = inputs.parties(for: programme)
        let missing = parties.filter { key.weights[$0.code] == nil && !key.unreadableCodes.contains($0.code) }
        if !missing.isEmpty {
            diagnostics.error(
                "the key '\(key.id)' (used by '\(programme.id)') has no weight for "
                    + missing.map { "\($0.name) (\($0.code))" }.joined(separator: ", "),
                at: SourceLocation(file: keysFile),
                hint: "add a row '\(key.id);<code>;<weight>' for each missing party"
            )
        } else if key.unreadableCodes.isEmpty && parties.reduce(0.0, { $0 + (key.weights[$1.code]?.value ?? 0) }) <= 0 {
            diagnostics.error(
                "the weights of key '\(key.id)' (used by '\(programme.id)') add up to 0",
                at: SourceLocation(file: keysFile),
                hint: "at least one party needs a weight above 0"
            )
        }
    }

    // MARK: - Bounds

    static func checkBounds(
        of programme: Programme,
        target: Target,
        inputs: TraineeshipInputs,
        diagnostics: inout DiagnosticCollector
    ) {
        let bounds = inputs.bounds[programme.id] ?? [:]
        let parties = inputs.parties(for: programme)
        for (code, bound) in bounds where !parties.contains(where: { $0.code == code }) {
            diagnostics.warning(
                "programme '\(programme.id)' does not include \(inputs.party(code: code)?.name ?? code); its bounds are ignored",
                at: bound.provenance.location,
                hint: "remove the row or set 'include_region: true'"
            )
        }
        let floors = parties.reduce(0) { $0 + (bounds[$1.code]?.floor ?? 0) }
        if target.kind == .exact && floors > target.places {
            diagnostics.error(
                "the floors of '\(programme.id)' add up to \(floors), more than its exact regional number \(target.places) for \(target.year)",
                at: target.provenance.location,
                hint: "lower floors in the bounds file (\(largest(parties, bounds, \.floor))) or raise the number"
            )
        }
        let caps = parties.map { bounds[$0.code]?.cap }
        if !caps.isEmpty && caps.allSatisfy({ $0 != nil }) {
            let total = caps.reduce(0) { $0 + ($1 ?? 0) }
            if total < target.places {
                diagnostics.error(
                    "the caps of '\(programme.id)' add up to \(total), fewer than its regional number \(target.places) for \(target.year)",
                    at: target.provenance.location,
                    hint: "raise caps in the bounds file (\(largest(parties, bounds, \.cap))) or lower the number"
                )
            }
        }
    }

    private static func largest(
        _ parties: [Party],
        _ bounds: [String: PartyBounds],
        _ value: KeyPath<PartyBounds, Int?>
    ) -> String {
        let ranked = parties.compactMap { party in bounds[party.code]?[keyPath: value].map { (party, $0) } }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return "largest: " + ranked.prefix(3).map { "\($0.0.name) \($0.1)" }.joined(separator: ", ")
    }
}
