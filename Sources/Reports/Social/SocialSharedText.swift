import Allocation
import KKRDomain

extension SocialText {
    // MARK: - Amounts

    /// `sentence` with a full stop, unless it already ends with one (after an amount such as `mio. kr.`).
    public func fullStop(_ sentence: String) -> String {
        sentence.hasSuffix(".") ? sentence : sentence + "."
    }

    // MARK: - Names

    /// The target group's name in the report language (the id when it is not declared).
    public func targetGroup(_ id: String, in inputs: SocialInputs) -> String {
        inputs.targetGroup(id)?.name(in: language) ?? id
    }

    /// `SEL § 108` (the citation), or the id when the section is not declared.
    public func citation(_ id: String, in inputs: SocialInputs) -> String {
        inputs.section(id)?.citation ?? id
    }

    /// `SEL § 108 (Længerevarende botilbud)`.
    public func section(_ id: String, in inputs: SocialInputs) -> String {
        guard let section = inputs.section(id) else { return id }
        return "\(section.citation) (\(section.name(in: language)))"
    }

    /// The operator: `Aalborg` or `Region Nordjylland`.
    public func operatorName(_ party: Party) -> String {
        party.name
    }

    // MARK: - Recommendations

    /// One recommendation as a sentence.
    public func recommendation(_ recommendation: SocialRecommendation, inputs: SocialInputs) -> String {
        switch recommendation {
        case .addPlace(let offer, let saving, let avoidsUnmet):
            let what = offerDescription(offer, inputs: inputs)
            let penalty =
                avoidsUnmet
                ? pick(
                    " – mest den aftalte straf for en borger uden plads (\(kroner(inputs.policy.unmetPenalty.value))); i kroner giver pladsen én borger mere et tilbud",
                    " – mostly the agreed penalty for a citizen without a place (\(kroner(inputs.policy.unmetPenalty.value))); in money, the place serves one more citizen"
                ) : ""
            return pick(
                "Én plads mere i \(what) sparer \(aboutKroner(saving)) om året\(penalty).",
                "One more place in \(what) saves \(aboutKroner(saving)) a year\(penalty)."
            )
        case .emptyPlaces(let offer, let empty, let belowBound, let cost):
            let what = offerDescription(offer, inputs: inputs)
            var sentence = pick(
                "\(what) har \(number(empty)) tomme pladser ved den planlagte efterspørgsel",
                "\(what) has \(number(empty)) empty places at the planned demand"
            )
            if belowBound > 0 {
                sentence += pick(
                    "; \(number(belowBound)) af dem ligger under belægningsgrænsen på \(percent(offer.minimumOccupancy, decimals: 0)) og koster \(aboutKroner(cost)) om året",
                    "; \(number(belowBound)) of them are below the occupancy bound of \(percent(offer.minimumOccupancy, decimals: 0)) and cost \(aboutKroner(cost)) a year"
                )
            }
            return sentence + "."
        case .shortage(let group, let section, let outside, let unmet, let citizenValue, let outsidePrice):
            let kind = "\(targetGroup(group, in: inputs)), \(citation(section, in: inputs))"
            var parts: [String] = []
            if outside > 0 {
                parts.append(
                    pick(
                        "\(number(outside)) købes uden for regionen",
                        "\(number(outside)) are bought outside the region"
                    )
                )
            }
            if unmet > 0 {
                parts.append(pick("\(number(unmet)) står uden plads", "\(number(unmet)) are left without a place"))
            }
            let value =
                citizenValue.map {
                    pick(
                        "; én borger mere koster op til \(aboutKroner($0)) om året",
                        "; one more citizen costs up to \(aboutKroner($0)) a year"
                    )
                } ?? ""
            let advice =
                outsidePrice.map {
                    pick(
                        "Nye pladser i regionen med en takst under prisen uden for regionen (\(kroner($0))) betaler sig.",
                        "New places in the region at a tariff below the outside price (\(kroner($0))) pay off."
                    )
                }
                ?? pick(
                    "Der er ingen pris for køb uden for regionen, så kun nye pladser giver dem et tilbud.",
                    "There is no price for places outside the region, so only new places give them an offer."
                )
            return pick(
                "\(kind): regionens pladser rækker ikke – \(list(parts))\(value). \(advice)",
                "\(kind): the region's places do not suffice – \(list(parts))\(value). \(advice)"
            )
        }
    }

    /// `**Sødisbakke** (Region Nordjylland, Mariagerfjord; SEL § 108, udviklingshæmning)`.
    public func offerDescription(_ offer: SocialOffer, inputs: SocialInputs) -> String {
        let place =
            offer.operatorParty == offer.location
            ? offer.location.name : "\(offer.operatorParty.name), \(offer.location.name)"
        return "**\(offer.name)** (\(place); \(citation(offer.sectionID, in: inputs)), "
            + "\(targetGroup(offer.targetGroupID, in: inputs).lowercased()))"
    }
}
