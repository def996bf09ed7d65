/// Applies the training-place kinds of ``ScenarioChange`` to ``TraineeshipInputs``.
///
/// Each function is pure apart from the diagnostics: a change naming a
/// programme, key or municipality that does not exist records an error at
/// the change and leaves the inputs as they were.
enum TraineeshipChanges {
    /// Applies `change`; records an error for every reference that does not exist.
    static func apply(
        _ change: ScenarioChange,
        to inputs: inout TraineeshipInputs,
        diagnostics: inout DiagnosticCollector
    ) {
        let provenance = ScenarioApplier.provenance(of: change)
        switch change.action {
        case .setTarget(let ids, let places, let kind):
            for index in programmeIndices(ids, in: inputs, change, &diagnostics) {
                updateTarget(of: index, in: &inputs, change, &diagnostics) { target in
                    target.places = places
                    target.kind = kind ?? target.kind
                    target.provenance = provenance
                }
            }
        case .scaleTarget(let ids, let factor):
            for index in programmeIndices(ids, in: inputs, change, &diagnostics) {
                updateTarget(of: index, in: &inputs, change, &diagnostics) { target in
                    target.places = ScenarioApplier.wholePlaces(Double(target.places) * factor)
                    target.provenance = provenance
                }
            }
        case .switchKey(let ids, let keyID):
            let indices = programmeIndices(ids, in: inputs, change, &diagnostics)
            guard inputs.keys[keyID] != nil else {
                diagnostics.error(
                    "the distribution key '\(keyID)' is not declared",
                    at: change.location,
                    hint: "use one of: \(inputs.keys.keys.sorted().joined(separator: ", "))"
                )
                return
            }
            for index in indices { inputs.programmes[index].keyID = keyID }
        case .setFloor(let ids, let parties, let places):
            setBounds(ids, parties, change, &inputs, &diagnostics) { $0.floor = places }
        case .setCap(let ids, let parties, let places):
            setBounds(ids, parties, change, &inputs, &diagnostics) { $0.cap = places }
        case .changeOffer, .closeOffer, .scaleDemand, .setPolicy:
            break
        }
    }

    // MARK: - Parts

    private static func programmeIndices(
        _ ids: [String],
        in inputs: TraineeshipInputs,
        _ change: ScenarioChange,
        _ diagnostics: inout DiagnosticCollector
    ) -> [Int] {
        ids.compactMap { id in
            if let index = inputs.programmes.firstIndex(where: { $0.id == id }) { return index }
            diagnostics.error(
                "the programme '\(id)' does not exist",
                at: change.location,
                hint: "the programmes are: \(inputs.programmes.map(\.id).joined(separator: ", "))"
            )
            return nil
        }
    }

    private static func updateTarget(
        of index: Int,
        in inputs: inout TraineeshipInputs,
        _ change: ScenarioChange,
        _ diagnostics: inout DiagnosticCollector,
        _ update: (inout Target) -> Void
    ) {
        let programme = inputs.programmes[index]
        guard let targetIndex = programme.targets.firstIndex(where: { $0.year == inputs.year }) else {
            diagnostics.error(
                "the programme '\(programme.id)' has no regional number for \(inputs.year) to change",
                at: change.location,
                hint: "add a target for \(inputs.year) in traineeships.yaml"
            )
            return
        }
        var target = programme.targets[targetIndex]
        update(&target)
        guard Double(target.places) <= NumberParser.largestMagnitude else {
            diagnostics.error(
                "the regional number of '\(programme.id)' would be \(target.places), too large",
                at: change.location,
                hint: "use a smaller number or factor"
            )
            return
        }
        inputs.programmes[index].targets[targetIndex] = target
    }

    private static func setBounds(
        _ ids: [String],
        _ selection: PartySelection,
        _ change: ScenarioChange,
        _ inputs: inout TraineeshipInputs,
        _ diagnostics: inout DiagnosticCollector,
        _ update: (inout PartyBounds) -> Void
    ) {
        for index in programmeIndices(ids, in: inputs, change, &diagnostics) {
            let programme = inputs.programmes[index]
            let parties = inputs.parties(for: programme)
            let codes: [String]
            switch selection {
            case .all:
                codes = parties.map(\.code)
            case .codes(let listed):
                codes = listed.filter { code in
                    if parties.contains(where: { $0.code == code }) { return true }
                    diagnostics.error(
                        "\(inputs.party(code: code).map { "\($0.name) (\(code))" } ?? "'\(code)'") does not take part in '\(programme.id)'",
                        at: change.location,
                        hint: "use the DST code of one of: "
                            + parties.map { "\($0.code) \($0.name)" }.joined(separator: ", ")
                    )
                    return false
                }
            }
            for code in codes {
                var bounds =
                    inputs.bounds[programme.id]?[code]
                    ?? PartyBounds(floor: nil, cap: nil, provenance: ScenarioApplier.provenance(of: change))
                update(&bounds)
                bounds.provenance = ScenarioApplier.provenance(of: change)
                inputs.bounds[programme.id, default: [:]][code] = bounds
            }
        }
    }
}
