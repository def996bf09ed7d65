import Allocation
import KKRDomain

/// The "Metode" and "Kontrol" sections: the model in plain words, the weights used, the solver statuses and the checks.
struct SocialMarkdownMethod {
    let text: ReportText

    func render(_ plan: SocialPlan) -> [String] {
        method(plan) + checks(plan)
    }

    func method(_ plan: SocialPlan) -> [String] {
        let inputs = plan.inputs
        let policy = inputs.policy
        let rules = inputs.distanceRules
        let factor = text.number(rules.roadFactor.value, decimals: 2)
        var distances = text.pick(
            "Afstanden mellem to kommuner er \(factor) × den lige linje mellem rådhusbyerne.",
            "The distance between two municipalities is \(factor) × the straight line between their administrative seats."
        )
        for ferry in rules.ferries {
            let island =
                inputs.municipalities.first { $0.code == ferry.municipalityCode }?.name ?? ferry.municipalityCode
            let port = inputs.municipalities.first { $0.code == ferry.portCode }?.name ?? ferry.portCode
            distances += text.pick(
                " \(island) nås med færge via \(port); overfarten tæller som \(text.number(ferry.extraKilometres)) km.",
                " \(island) is reached by ferry via \(port); the crossing counts as \(text.number(ferry.extraKilometres)) km."
            )
        }
        if !inputs.distanceOverrides.isEmpty {
            distances += text.pick(
                " \(text.number(inputs.distanceOverrides.count)) afstande er angivet direkte.",
                " \(text.number(inputs.distanceOverrides.count)) distances are given directly."
            )
        }
        return [
            text.pick("## Metode", "## Method"), "",
            text.pick(
                "Hver borger med behov for en plads placeres i et tilbud med samme målgruppe og paragraf, købes uden for regionen eller står – som sidste udvej – uden plads. Borgere, der allerede bor i et tilbud, bliver boende. Modellen vælger den placering, der giver den laveste samlede årlige udgift:",
                "Every citizen needing a place is placed in an offer of the same target group and section, bought outside the region or – as a last resort – left without a place. Citizens already living in an offer stay there. The model chooses the placement with the least total yearly cost:"
            ),
            "",
            text.pick(
                "- taksten for hver brugt plads, plus \(text.kroner(policy.kmCost.value)) pr. km afstand pr. borger om året (opfølgning, pårørende, transport);",
                "- the tariff of every place used, plus \(text.kroner(policy.kmCost.value)) per km of distance per citizen a year (follow-up, family, transport);"
            ),
            text.pick(
                "- prisen uden for regionen for hver borger, der købes dér;",
                "- the price outside the region for every citizen bought there;"
            ),
            text.pick(
                "- \(text.number(policy.emptyPlaceCostShare.value * 100, decimals: 0)) % af taksten for hver tom plads under tilbuddets belægningsgrænse (standard \(text.percent(policy.minimumOccupancy.value, decimals: 0))), fordi tomme budgetterede pladser betales af køberne via taksten;",
                "- \(text.number(policy.emptyPlaceCostShare.value * 100, decimals: 0)) % of the tariff for every empty place below the offer's occupancy bound (default \(text.percent(policy.minimumOccupancy.value, decimals: 0))), because empty budgeted places are paid by the buyers through the tariff;"
            ),
            text.pick(
                "- \(text.kroner(policy.unmetPenalty.value)) for hver borger uden plads – langt over enhver takst, så det kun sker, når der ikke er nogen plads.",
                "- \(text.kroner(policy.unmetPenalty.value)) for every citizen without a place – far above any tariff, so this only happens when there is no place."
            ),
            "",
            distances,
            "",
            text.pick(
                "Som matematik: min Σ (c[o] + k·km[b,o])·z[b,o] + Σ P·x + Σ M·u + Σ a·c[o]·e[o], så Σₒ z[b,o] + x + u = D[b,g,s] for hver køber, målgruppe og paragraf, Σ_b z[b,o] ≤ K[o] og Σ_b z[b,o] + e[o] ≥ ⌈β[o]·K[o]⌉ for hvert tilbud, z[b,o] ≥ eksisterende placeringer, z og x heltallige.",
                "As mathematics: min Σ (c[o] + k·km[b,o])·z[b,o] + Σ P·x + Σ M·u + Σ a·c[o]·e[o], subject to Σₒ z[b,o] + x + u = D[b,g,s] for every buyer, target group and section, Σ_b z[b,o] ≤ K[o] and Σ_b z[b,o] + e[o] ≥ ⌈β[o]·K[o]⌉ for every offer, z[b,o] ≥ existing placements, z and x integer."
            ),
            "",
            solvePath(plan),
            "",
        ]
    }

    /// How the placements were found: the LP's integral vertex (the usual case), or the MIP.
    func solvePath(_ plan: SocialPlan) -> String {
        let summary = plan.summary
        let objective = summary.objective.map(text.kroner) ?? "–"
        let relaxation = summary.relaxationObjective.map(text.kroner) ?? "–"
        guard summary.path != .linearProgram else {
            return text.pick(
                "Modellen er et transportproblem, så LP-relaksationen har en heltallig optimal løsning: den er løst som LP (\(text.number(summary.rows)) rækker, \(text.number(summary.columns)) variable; GLPK, status: \(summary.relaxationTermination.rawValue), optimum \(relaxation)), hjørnet var heltalligt og blev kontrolleret (grænser, rækker, udgift), så heltalsmodellen blev ikke løst. Blandt lige billige placeringer vælges altid den samme (en fast vægt pr. køber og tilbud), uanset løser. Værdierne af én plads og én borger mere er skyggepriserne fra samme LP.",
                "The model is a transportation problem, so its LP relaxation has an integral optimal solution: it was solved as an LP (\(text.number(summary.rows)) rows, \(text.number(summary.columns)) columns; GLPK, status: \(summary.relaxationTermination.rawValue), optimum \(relaxation)), the vertex was integral and was checked (bounds, rows, cost), so the integer model was not solved. Among equally cheap placements the same one is always chosen (a fixed weight per buyer and offer), whatever the solver. The values of one more place and one more citizen are the shadow prices of that LP."
            )
        }
        let fallback =
            summary.path == .integerProgram
            ? text.pick(
                "LP-relaksationens hjørne var ikke heltalligt, så heltalsmodellen blev løst. ",
                "The LP relaxation's vertex was not integral, so the integer model was solved. "
            ) : ""
        return fallback
            + text.pick(
                "Placeringerne er heltalsløsningen (\(text.number(summary.rows)) rækker, \(text.number(summary.columns)) variable, heraf \(text.number(summary.integerColumns)) heltallige; GLPK, status: \(summary.termination.rawValue), optimum \(objective)). En heltalsmodel har ingen skyggepriser, så værdierne af én plads og én borger mere kommer fra LP-relaksationen (status: \(summary.relaxationTermination.rawValue), optimum \(relaxation)). Modellen er et transportproblem, hvis LP-relaksation har en heltallig optimal løsning, så de to optima falder sammen; kontrollen nedenfor bekræfter det.",
                "The placements are the integer solution (\(text.number(summary.rows)) rows, \(text.number(summary.columns)) columns, \(text.number(summary.integerColumns)) of them integer; GLPK, status: \(summary.termination.rawValue), optimum \(objective)). An integer model has no shadow prices, so the values of one more place and one more citizen come from the LP relaxation (status: \(summary.relaxationTermination.rawValue), optimum \(relaxation)). The model is a transportation problem whose LP relaxation has an integral optimal solution, so the two optima coincide; the check below confirms it."
            )
    }

    func checks(_ plan: SocialPlan) -> [String] {
        let checks = plan.checks
        func mark(_ holds: Bool) -> String { holds ? "✓ " : "✗ " }
        return [
            text.pick("## Kontrol", "## Checks"), "",
            "- " + mark(checks.demandBalances)
                + text.pick(
                    "For hver køber, målgruppe og paragraf: placeret + uden for regionen + uden plads = efterspørgsel.",
                    "For every buyer, target group and section: placed + outside the region + unmet = demand."
                ),
            "- " + mark(checks.capacityHolds)
                + text.pick("Intet tilbud har flere borgere end pladser.", "No offer has more citizens than places."),
            "- " + mark(checks.existingKept)
                + text.pick("Alle eksisterende placeringer er fastholdt.", "Every existing placement is kept."),
            "- " + mark(checks.integral)
                + text.pick("Alle placeringer er hele borgere.", "Every placement is a whole citizen."),
            "- " + mark(checks.relaxationMatches)
                + text.pick(
                    "LP-relaksationens optimum er lig heltalsoptimum, så skyggepriserne gælder for den viste plan.",
                    "The LP relaxation's optimum equals the integer optimum, so the shadow prices apply to the plan shown."
                ),
            "",
        ]
    }
}
