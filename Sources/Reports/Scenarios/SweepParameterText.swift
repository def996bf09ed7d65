import Allocation
import KKRDomain

extension SweepText {
    /// What a sweep parameter is, in plain words (`Regionalt tal for SSA`).
    public func sweepParameter(_ parameter: SweepParameter, inputs: ScenarioInputs) -> String {
        func programmes(_ ids: [String]) -> String { programmeList(ids, inputs: inputs) }
        func parties(_ selection: PartySelection) -> String { partyList(selection, inputs: inputs) }
        switch parameter.change(for: 1).action {
        case .setTarget(let ids, _, _):
            return pick("Regionalt tal for \(programmes(ids))", "Regional number for \(programmes(ids))")
        case .scaleTarget(let ids, _):
            return pick(
                "Faktor på det regionale tal for \(programmes(ids))",
                "Factor on the regional number for \(programmes(ids))"
            )
        case .setFloor(let ids, let selection, _):
            return pick(
                "Bund for \(programmes(ids)) i \(parties(selection))",
                "Floor for \(programmes(ids)) in \(parties(selection))"
            )
        case .setCap(let ids, let selection, _):
            return pick(
                "Loft for \(programmes(ids)) i \(parties(selection))",
                "Cap for \(programmes(ids)) in \(parties(selection))"
            )
        case .changeOffer(let ids, let places, let tariff, _):
            if places != nil { return pick("Pladser i tilbud \(list(ids))", "Places in offer \(list(ids))") }
            if tariff != nil { return pick("Takst for tilbud \(list(ids))", "Tariff of offer \(list(ids))") }
            return pick("Faktor på taksten for tilbud \(list(ids))", "Factor on the tariff of offer \(list(ids))")
        case .scaleDemand(let groups, let buyers, _):
            let what =
                groups.isEmpty
                ? pick("alle målgrupper", "every target group")
                : list(groups.map { id in inputs.social?.targetGroup(id)?.name(in: language).lowercased() ?? id })
            if case .codes = buyers {
                return pick("Faktor på behovet i \(parties(buyers))", "Factor on the demand of \(parties(buyers))")
            }
            return pick("Faktor på behovet for \(what)", "Factor on the demand for \(what)")
        case .setPolicy(let weight, _):
            return pick("Politikvægten \(weight.rawValue)", "Policy weight \(weight.rawValue)")
        case .closeOffer, .switchKey:
            return parameter.path
        }
    }

    /// A value of `parameter`: a whole number for counts, else with as many decimals as it needs (at most 4).
    public func sweepValue(_ value: Double, _ parameter: SweepParameter) -> String {
        parameter.isCount ? number(Int(value.rounded())) : factor(value)
    }
}
