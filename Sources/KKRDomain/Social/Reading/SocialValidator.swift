/// Checks across the Socialaftale files: placements fit their offers and their buyers' demand, distances can be derived.
///
/// Contradictions within the inputs are errors (exit code 65): existing
/// placements above an offer's places or above the buyer's demand would
/// make the model infeasible, so they are reported here, in the planner's
/// words, before any model is built. Weights that defeat their purpose
/// (an unmet penalty below a tariff) and demand no offer can serve are warnings.
struct SocialValidator {
    /// The display names of the files, for messages.
    struct Files {
        var settings: String
        var offers: String
        var demand: String
        var placements: String
        var coordinates: String
    }

    let inputs: SocialInputs
    let coordinates: [String: Coordinate]
    let files: Files

    func validate(diagnostics: inout DiagnosticCollector) {
        checkFerries(diagnostics: &diagnostics)
        checkCoordinates(diagnostics: &diagnostics)
        checkPlacementsAgainstPlaces(diagnostics: &diagnostics)
        checkPlacementsAgainstDemand(diagnostics: &diagnostics)
        checkPenalty(diagnostics: &diagnostics)
        checkServableDemand(diagnostics: &diagnostics)
    }

    // MARK: - Distances

    func checkFerries(diagnostics: inout DiagnosticCollector) {
        let codes = Set(inputs.municipalities.map(\.code))
        for ferry in inputs.distanceRules.ferries {
            for code in [ferry.municipalityCode, ferry.portCode] where !codes.contains(code) {
                diagnostics.error(
                    "the ferry rule names '\(code)', which is not a municipality",
                    at: ferry.provenance.location,
                    hint: "use DST municipality codes, e.g. 'municipality: 825' and 'port: 813'"
                )
            }
        }
    }

    func checkCoordinates(diagnostics: inout DiagnosticCollector) {
        let ports = Dictionary(
            inputs.distanceRules.ferries.map { ($0.municipalityCode, $0.portCode) },
            uniquingKeysWith: { first, _ in first }
        )
        var needed: [String] = []
        for code in inputs.demand.map(\.buyer.code) + inputs.offers.map(\.location.code) where !needed.contains(code) {
            needed.append(code)
        }
        let given = Set(inputs.distanceOverrides.map { DistanceMatrix.pairKey($0.from, $0.to) })
        for code in needed.sorted(by: Party.codeOrder) {
            let landSide = ports[code] ?? code
            guard coordinates[landSide] == nil else { continue }
            let open = needed.filter { $0 != code && !given.contains(DistanceMatrix.pairKey(code, $0)) }
            guard !open.isEmpty else { continue }
            let name = inputs.municipalities.first { $0.code == landSide }.map { "\($0.name) (\($0.code))" } ?? landSide
            diagnostics.error(
                open.count == 1
                    ? "no coordinates for \(name), so 1 distance cannot be derived"
                    : "no coordinates for \(name), so \(open.count) distances cannot be derived",
                at: SourceLocation(file: files.coordinates),
                hint: "add a row '\(landSide);<latitude>;<longitude>' or give the distances in distances.csv"
            )
        }
    }

    // MARK: - Placements

    func checkPlacementsAgainstPlaces(diagnostics: inout DiagnosticCollector) {
        var placed: [String: Int] = [:]
        for placement in inputs.placements { placed[placement.offerID, default: 0] += placement.citizens }
        for offer in inputs.offers {
            let count = placed[offer.id] ?? 0
            guard count > offer.places else { continue }
            diagnostics.error(
                "offer '\(offer.id)' has \(count) existing placements in \(files.placements) but only \(offer.places) places",
                at: offer.provenance.location,
                hint: "raise 'places' to at least \(count) or correct the placements"
            )
        }
    }

    func checkPlacementsAgainstDemand(diagnostics: inout DiagnosticCollector) {
        let offers = Dictionary(inputs.offers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var placed: [String: (count: Int, first: ExistingPlacement)] = [:]
        var order: [String] = []
        for placement in inputs.placements {
            guard let offer = offers[placement.offerID] else { continue }
            let key = [placement.buyer.code, offer.targetGroupID, offer.sectionID].joined(separator: "|")
            if let entry = placed[key] {
                placed[key] = (entry.count + placement.citizens, entry.first)
            } else {
                placed[key] = (placement.citizens, placement)
                order.append(key)
            }
        }
        var demand: [String: Int] = [:]
        for row in inputs.demand {
            demand[[row.buyer.code, row.targetGroupID, row.sectionID].joined(separator: "|")] = row.citizens
        }
        for key in order {
            guard let (count, first) = placed[key], let offer = offers[first.offerID] else { continue }
            let need = demand[key] ?? 0
            guard count > need else { continue }
            diagnostics.error(
                "the existing placements of \(first.buyer.name) (\(first.buyer.code)) in \(offer.targetGroupID), "
                    + "\(offer.sectionID) add up to \(count), more than its demand of \(need) in \(files.demand)",
                at: first.provenance.location,
                hint:
                    "the demand includes the citizens already placed: raise it to at least \(count) or correct the placements"
            )
        }
    }

    // MARK: - Policy

    func checkPenalty(diagnostics: inout DiagnosticCollector) {
        let policy = inputs.policy
        let longest =
            inputs.distances.codes
            .flatMap { from in
                inputs.distances.codes.map { inputs.kilometres(from: from, to: $0) }
            }
            .max() ?? 0
        let dearestOffer = (inputs.offers.map(\.tariff).max() ?? 0) + policy.kmCost.value * longest
        let dearest = max(dearestOffer, inputs.outsidePrices.map(\.price).max() ?? 0)
        guard policy.unmetPenalty.value <= dearest else { return }
        diagnostics.warning(
            "the unmet penalty \(NumberFormatting.plain(policy.unmetPenalty.value)) kr is not above the dearest place "
                + "(\(NumberFormatting.plain(dearest.rounded())) kr a year), so leaving a citizen without a place can look cheaper",
            at: policy.unmetPenalty.provenance.location,
            hint: "set policy.unmet_penalty in \(files.settings) well above every tariff and outside price"
        )
    }

    func checkServableDemand(diagnostics: inout DiagnosticCollector) {
        var reported: Set<String> = []
        for row in inputs.demand where row.citizens > 0 {
            let key = row.targetGroupID + "|" + row.sectionID
            guard !reported.contains(key),
                !inputs.offers.contains(where: {
                    $0.targetGroupID == row.targetGroupID && $0.sectionID == row.sectionID
                }),
                inputs.outsidePrice(targetGroupID: row.targetGroupID, sectionID: row.sectionID) == nil
            else { continue }
            reported.insert(key)
            diagnostics.warning(
                "no offer and no outside price serves \(row.targetGroupID), \(row.sectionID): its demand will be unmet",
                at: row.provenance.location,
                hint: "add an offer to \(files.offers) or a price to outside_prices.csv"
            )
        }
    }
}
