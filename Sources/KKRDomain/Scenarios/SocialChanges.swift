/// Applies the Socialaftale kinds of ``ScenarioChange`` to ``SocialInputs``.
///
/// - `change_offer`: new places and/or tariff (or tariff × factor);
/// - `close_offer`: the offer and the existing placements in it disappear —
///   those citizens stay in their buyer's demand and need a new place;
/// - `scale_demand`: each selected demand figure × factor, rounded to whole
///   citizens (half away from 0), never below the citizens already placed;
/// - `set_policy`: a policy weight; `min_occupancy_percent` also moves every
///   offer whose bound equals the old default (offers with their own bound keep it).
///
/// A change naming an offer, target group or buyer that does not exist
/// records an error at the change and leaves the inputs as they were.
enum SocialChanges {
    static func apply(_ change: ScenarioChange, to inputs: inout SocialInputs, diagnostics: inout DiagnosticCollector) {
        let provenance = ScenarioApplier.provenance(of: change)
        switch change.action {
        case .changeOffer(let ids, let places, let tariff, let factor):
            for index in offerIndices(ids, in: inputs, change, &diagnostics) {
                if let places { inputs.offers[index].places = places }
                if let tariff { inputs.offers[index].tariff = tariff }
                if let factor {
                    inputs.offers[index].tariff = (inputs.offers[index].tariff * factor * 100).rounded() / 100
                }
                inputs.offers[index].provenance = provenance
            }
        case .closeOffer(let ids):
            let closing = Set(offerIndices(ids, in: inputs, change, &diagnostics).map { inputs.offers[$0].id })
            inputs.offers.removeAll { closing.contains($0.id) }
            inputs.placements.removeAll { closing.contains($0.offerID) }
        case .scaleDemand(let groups, let buyers, let factor):
            scaleDemand(groups, buyers, factor, change, &inputs, &diagnostics)
        case .setPolicy(let weight, let value):
            setPolicy(weight, value, provenance, &inputs)
        case .setTarget, .scaleTarget, .switchKey, .setFloor, .setCap:
            break
        }
    }

    // MARK: - Parts

    private static func offerIndices(
        _ ids: [String],
        in inputs: SocialInputs,
        _ change: ScenarioChange,
        _ diagnostics: inout DiagnosticCollector
    ) -> [Int] {
        ids.compactMap { id in
            if let index = inputs.offers.firstIndex(where: { $0.id == id }) { return index }
            let parts = id.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
            let similar = inputs.offers.map(\.id).filter { offer in parts.contains { offer.contains($0) } }.prefix(8)
            let offersFile = inputs.files.first { $0.displayName.hasSuffix("offers.csv") }?.displayName ?? "offers.csv"
            diagnostics.error(
                "the offer '\(id)' does not exist",
                at: change.location,
                hint: similar.isEmpty
                    ? "use an id from the first column of \(offersFile)"
                    : "similar ids in \(offersFile): \(similar.joined(separator: ", "))"
            )
            return nil
        }
    }

    private static func scaleDemand(
        _ groups: [String],
        _ buyers: PartySelection,
        _ factor: Double,
        _ change: ScenarioChange,
        _ inputs: inout SocialInputs,
        _ diagnostics: inout DiagnosticCollector
    ) {
        var known = true
        for id in groups where inputs.targetGroup(id) == nil {
            known = false
            diagnostics.error(
                "the target group '\(id)' does not exist",
                at: change.location,
                hint: "the target groups are: \(inputs.targetGroups.map(\.id).joined(separator: ", "))"
            )
        }
        var codes: Set<String>?
        if case .codes(let listed) = buyers {
            for code in listed where !inputs.municipalities.contains(where: { $0.code == code }) {
                known = false
                diagnostics.error(
                    "'\(code)' is not a buyer municipality",
                    at: change.location,
                    hint: "use the DST code of one of: "
                        + inputs.municipalities.map { "\($0.code) \($0.name)" }.joined(separator: ", ")
                )
            }
            codes = Set(listed)
        }
        guard known else { return }
        let offers = Dictionary(inputs.offers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var placed: [String: Int] = [:]
        for placement in inputs.placements {
            guard let offer = offers[placement.offerID] else { continue }
            placed[[placement.buyer.code, offer.targetGroupID, offer.sectionID].joined(separator: "|"), default: 0] +=
                placement.citizens
        }
        let provenance = ScenarioApplier.provenance(of: change)
        for index in inputs.demand.indices {
            let row = inputs.demand[index]
            guard groups.isEmpty || groups.contains(row.targetGroupID),
                codes?.contains(row.buyer.code) ?? true
            else { continue }
            let floor = placed[[row.buyer.code, row.targetGroupID, row.sectionID].joined(separator: "|")] ?? 0
            inputs.demand[index].citizens = max(floor, ScenarioApplier.wholePlaces(Double(row.citizens) * factor))
            inputs.demand[index].provenance = provenance
        }
    }

    private static func setPolicy(
        _ weight: PolicyWeight,
        _ value: Double,
        _ provenance: Provenance,
        _ inputs: inout SocialInputs
    ) {
        let figure = PolicyFigure(value, provenance: provenance)
        switch weight {
        case .kmCost: inputs.policy.kmCost = figure
        case .unmetPenalty: inputs.policy.unmetPenalty = figure
        case .emptyPlaceCostShare: inputs.policy.emptyPlaceCostShare = figure
        case .minOccupancyPercent:
            let old = inputs.policy.minimumOccupancy.value
            inputs.policy.minimumOccupancy = PolicyFigure(value / 100, provenance: provenance)
            for index in inputs.offers.indices where abs(inputs.offers[index].minimumOccupancy - old) < 1e-12 {
                inputs.offers[index].minimumOccupancy = value / 100
            }
        }
    }
}
