import Allocation
import KKRDomain

extension ComparisonText {
    /// One scenario change as a plain sentence (`Regionalt tal for SSA ganges med 1,10.`).
    ///
    /// `inputs` are the base inputs, for the names of programmes, keys and municipalities.
    public func scenarioChange(_ change: ScenarioChange, inputs: ScenarioInputs) -> String {
        func programmes(_ ids: [String]) -> String { programmeList(ids, inputs: inputs) }
        func parties(_ selection: PartySelection) -> String { partyList(selection, inputs: inputs) }
        func places(_ value: Int?, none: String) -> String {
            value.map { pick("\(number($0)) pladser", "\(number($0)) places") } ?? none
        }
        switch change.action {
        case .setTarget(let ids, let value, let kind):
            let kindText = kind.map { " (\(targetKind($0)))" } ?? ""
            return pick(
                "Regionalt tal for \(programmes(ids)) sættes til \(number(value)) pladser\(kindText).",
                "Regional number for \(programmes(ids)) set to \(number(value)) places\(kindText)."
            )
        case .scaleTarget(let ids, let factor):
            return pick(
                "Regionalt tal for \(programmes(ids)) ganges med \(self.factor(factor)) (\(signedPercent(factor))).",
                "Regional number for \(programmes(ids)) multiplied by \(self.factor(factor)) (\(signedPercent(factor)))."
            )
        case .switchKey(let ids, let keyID):
            let name = inputs.traineeships.keys[keyID]?.name(in: language) ?? keyID
            return pick(
                "\(programmes(ids)) fordeles efter nøglen »\(name)«.",
                "\(programmes(ids)) distributed by the key “\(name)”."
            )
        case .setFloor(let ids, let selection, let value):
            return pick(
                "Bund for \(programmes(ids)) i \(parties(selection)): \(places(value, none: "ingen bund")).",
                "Floor for \(programmes(ids)) in \(parties(selection)): \(places(value, none: "no floor"))."
            )
        case .setCap(let ids, let selection, let value):
            return pick(
                "Loft for \(programmes(ids)) i \(parties(selection)): \(places(value, none: "intet loft")).",
                "Cap for \(programmes(ids)) in \(parties(selection)): \(places(value, none: "no cap"))."
            )
        default:
            return socialChange(change, inputs: inputs)
        }
    }

    /// A Socialaftale change as a plain sentence.
    func socialChange(_ change: ScenarioChange, inputs: ScenarioInputs) -> String {
        switch change.action {
        case .changeOffer(let ids, let places, let tariff, let tariffFactor):
            var parts: [String] = []
            if let places { parts.append(pick("\(number(places)) pladser", "\(number(places)) places")) }
            if let tariff { parts.append(pick("takst \(number(tariff)) kr.", "tariff DKK \(number(tariff))")) }
            if let tariffFactor {
                parts.append(
                    pick(
                        "taksten ganges med \(factor(tariffFactor))",
                        "tariff multiplied by \(factor(tariffFactor))"
                    )
                )
            }
            return pick("\(offers(ids, inputs)): \(list(parts)).", "\(offers(ids, inputs)): \(list(parts)).")
        case .closeOffer(let ids):
            return pick("\(offers(ids, inputs)) lukker.", "\(offers(ids, inputs)) closes.")
        case .scaleDemand(let groups, let buyers, let factor):
            let who = buyers == .all ? pick("alle købere", "every buyer") : partyList(buyers, inputs: inputs)
            let what =
                groups.isEmpty
                ? pick("alle målgrupper", "every target group")
                : list(groups.map { id in inputs.social?.targetGroup(id)?.name(in: language).lowercased() ?? id })
            return pick(
                "Behovet for \(what) (\(who)) ganges med \(self.factor(factor)) (\(signedPercent(factor))).",
                "Demand for \(what) (\(who)) multiplied by \(self.factor(factor)) (\(signedPercent(factor)))."
            )
        case .setPolicy(let weight, let value):
            return pick(
                "Politikvægten \(weight.rawValue) sættes til \(number(value, decimals: value == value.rounded() ? 0 : 2)).",
                "Policy weight \(weight.rawValue) set to \(number(value, decimals: value == value.rounded() ? 0 : 2))."
            )
        default:
            return ""
        }
    }

    // MARK: - Names

    /// "Tilbuddet »Kompasset« (`rn-kompasset`)", or several as a list.
    func offers(_ ids: [String], _ inputs: ScenarioInputs) -> String {
        let names = ids.map { id in
            inputs.social?.offers.first { $0.id == id }.map { pick("»\($0.name)«", "“\($0.name)”") + " (`\(id)`)" }
                ?? "`\(id)`"
        }
        return pick(ids.count == 1 ? "Tilbuddet " : "Tilbuddene ", ids.count == 1 ? "The offer " : "The offers ")
            + list(names)
    }
}
