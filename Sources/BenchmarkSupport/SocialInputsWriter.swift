import Foundation
import KKRDomain

/// Writes ``SocialInputs`` as the input folder `kkr-plan social --inputs DIR` reads (`municipalities.csv` and
/// `social/`), so a generated instance can be planned end to end by the command itself.
///
/// Every figure is written so that reading the folder gives the same numbers: kr and km with Swift's shortest
/// round-trip decimal form, the occupancy as an exact percentage, and every distance as a row of
/// `social/distances.csv` (all pairs, so no coordinates are needed). Rows carry `illustrative: yes` and the
/// generator's source. The readers take one region, so offers run by several regions are written as run by one. The file layout is documented in `Inputs/README.md`.
public enum SocialInputsWriter {
    /// The files of `inputs`, as paths relative to the input folder and their text, in a fixed order.
    public static func files(_ inputs: SocialInputs, source: String = "generated") -> [(path: String, text: String)] {
        let note = "yes;" + quoted(source)
        var parties = ["code;name;kind"]
        parties += inputs.municipalities.map { "\($0.code);\(quoted($0.name));municipality" }
        // The readers take one region: the inputs' own, else the first region running an offer; offers run by
        // another region are written as run by that one (the operator does not enter the model).
        let region = inputs.region ?? inputs.offers.map(\.operatorParty).first { $0.kind == .region }
        if let region { parties.append("\(region.code);\(quoted(region.name));region") }
        func operatorCode(_ offer: SocialOffer) -> String {
            offer.operatorParty.kind == .region ? region?.code ?? offer.location.code : offer.operatorParty.code
        }

        var offers = ["id;name;operator;location;target_group;section;places;tariff;min_occupancy;illustrative;source"]
        offers += inputs.offers.map { offer in
            [
                offer.id, quoted(offer.name), operatorCode(offer), offer.location.code, offer.targetGroupID,
                offer.sectionID, String(offer.places), number(offer.tariff), number(offer.minimumOccupancy * 100),
                note,
            ]
            .joined(separator: ";")
        }
        var demand = ["buyer;target_group;section;citizens;illustrative;source"]
        demand += inputs.demand.map { "\($0.buyer.code);\($0.targetGroupID);\($0.sectionID);\($0.citizens);\(note)" }
        var placements = ["buyer;offer;citizens;illustrative;source"]
        placements += inputs.placements.map { "\($0.buyer.code);\($0.offerID);\($0.citizens);\(note)" }
        var prices = ["target_group;section;price;illustrative;source"]
        prices += inputs.outsidePrices.map { "\($0.targetGroupID);\($0.sectionID ?? "");\(number($0.price));\(note)" }
        var distances = ["from;to;km;illustrative;source"]
        let codes = inputs.distances.codes
        for (i, from) in codes.enumerated() {
            for to in codes[(i + 1)...] {
                distances.append(
                    "\(from);\(to);\(number(inputs.distances.kilometres(from: from, to: to) ?? 0));\(note)"
                )
            }
        }
        return [
            ("municipalities.csv", lines(parties)),
            ("social/socialaftale.yaml", settings(inputs, source: source)),
            ("social/offers.csv", lines(offers)),
            ("social/demand.csv", lines(demand)),
            ("social/placements.csv", lines(placements)),
            ("social/outside_prices.csv", lines(prices)),
            ("social/distances.csv", lines(distances)),
        ]
    }

    /// Writes the files of `inputs` into `folder` (created if missing; files of the same names replaced).
    public static func write(_ inputs: SocialInputs, to folder: URL, source: String = "generated") throws {
        for file in files(inputs, source: source) {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(file.text.utf8).write(to: url)
        }
    }

    /// `socialaftale.yaml`: plan year, target groups, sections, policy and the road factor (not used: every
    /// distance is given in `distances.csv`).
    static func settings(_ inputs: SocialInputs, source: String) -> String {
        var lines = [
            "# Generated (\(source)); every figure is illustrative.", "plan_year: \(inputs.year)", "target_groups:",
        ]
        lines += inputs.targetGroups.map {
            "  - {id: \($0.id), name_da: \(yaml($0.nameDanish)), name_en: \(yaml($0.nameEnglish))}"
        }
        lines.append("sections:")
        lines += inputs.sections.map {
            "  - {id: \($0.id), citation: \(yaml($0.citation)), name_da: \(yaml($0.nameDanish)), "
                + "name_en: \(yaml($0.nameEnglish))}"
        }
        let policy = inputs.policy
        lines += [
            "policy:",
            "  km_cost: \(number(policy.kmCost.value))",
            "  unmet_penalty: \(number(policy.unmetPenalty.value))",
            "  empty_place_cost_share: \(number(policy.emptyPlaceCostShare.value))",
            "  min_occupancy_percent: \(number(policy.minimumOccupancy.value * 100))",
            "distances:",
            "  road_factor: \(number(inputs.distanceRules.roadFactor.value))",
        ]
        return self.lines(lines)
    }

    /// A number as the readers take it back exactly: whole numbers without a decimal point, others in Swift's
    /// shortest round-trip form (never in exponent notation for the magnitudes written here).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    private static func quoted(_ text: String) -> String {
        text.contains(where: { ";\",\n".contains($0) })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    private static func yaml(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func lines(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }
}
