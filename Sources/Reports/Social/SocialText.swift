import Allocation
import KKRDomain

/// The words of the Socialaftale: `socialaftale.md`, the CSV headers, the terminal summary and the infeasibility note.
///
/// Danish and English side by side. Shared words (numbers, kroner, target groups, recommendations) come from
/// ``ReportText``.
struct SocialText: PartCatalogue {
    /// The shared words and numbers.
    let common: ReportText

    /// The catalogue for `language`.
    init(_ language: Language) {
        common = ReportText(language)
    }

    // MARK: - Title and summary

    func title(year: Int) -> String {
        pick(
            "Socialaftale \(year): balance mellem udbud og efterspørgsel af specialiserede pladser",
            "Socialaftale \(year): supply and demand of specialised social places"
        )
    }

    var intro: String {
        pick(
            "Beregnet af `kkr-plan`: den forventede efterspørgsel placeres i de eksisterende tilbud til den laveste samlede udgift, og modellens skyggepriser viser, hvad én plads mere er værd. Tal markeret *\(common.illustrativeMark)* er antagelser, ikke officielle tal; se afsnittet »Illustrative tal«.",
            "Computed by `kkr-plan`: the expected demand is placed in the existing offers at the least total cost, and the model's shadow prices show what one more place is worth. Figures marked *\(common.illustrativeMark)* are assumptions, not official numbers; see “Illustrative figures”."
        )
    }

    var summaryHeading: String { pick("Resumé", "Summary") }
    var citizens: String { pick("Borgere", "Citizens") }
    var demand: String { pick("Efterspørgsel", "Demand") }
    var placedInRegion: String { pick("Placeret i regionens tilbud", "Placed in the region's offers") }
    var ofWhichExisting: String { pick("– heraf eksisterende placeringer", "– of which existing placements") }
    var outside: String { pick("Købt uden for regionen", "Bought outside the region") }
    var withoutPlace: String { pick("Uden plads", "Without a place") }

    func payments(_ costs: SocialCosts) -> String {
        fullStop(
            pick(
                "Kommunerne betaler \(millions(costs.payments)) om året: takster \(millions(costs.tariffs)), køb uden for regionen \(millions(costs.outside)) og tomme pladser under belægningsgrænsen \(millions(costs.emptyPlaces)); modellen regner desuden med afstand (\(millions(costs.distance)), en værdisætning, ikke en betaling) og med straffen for borgere uden plads (\(millions(costs.unmetPenalty))); i alt \(millions(costs.total))",
                "The municipalities pay \(millions(costs.payments)) a year: tariffs \(millions(costs.tariffs)), purchases outside the region \(millions(costs.outside)) and empty places below the occupancy bound \(millions(costs.emptyPlaces)). The model also counts distance (\(millions(costs.distance)), a valuation, not a payment) and the penalty for citizens without a place (\(millions(costs.unmetPenalty))); \(millions(costs.total)) in all"
            )
        )
    }

    func underBound(_ under: Int, of offers: Int) -> String {
        pick(
            "\(number(under)) af \(number(offers)) tilbud bruges under deres belægningsgrænse ved den planlagte efterspørgsel.",
            "\(number(under)) of \(number(offers)) offers are used below their occupancy bound at the planned demand."
        )
    }

    var total: String { pick("I alt", "Total") }

    var officialSource: String {
        pick(
            "den officielle kilde (Tilbudsportalen, kommunernes indmeldinger)",
            "the official source (Tilbudsportalen, the municipalities' reports)"
        )
    }

    // MARK: - Recommendations

    var recommendationsHeading: String { pick("Anbefalinger", "Recommendations") }

    var shadowPrices: String {
        pick(
            "Værdierne er præcise ændringer i den samlede årlige udgift ved én enhed mere, alt andet lige: besparelsen ved én plads mere i et tilbud (anbefalingerne lader belægningsgrænsen følge med op, tabellen over tilbud holder den fast) og udgiften ved én borger mere i en kommunes efterspørgsel. De er de samme, uanset hvilken løser der er brugt. Den næste plads eller borger kan være et andet beløb værd; større ændringer bør regnes igen.",
            "The values are exact changes of the total yearly cost for one unit more, all else equal: the saving from one more place in an offer (the recommendations let the occupancy bound rise with it, the table of offers keeps it fixed) and the cost of one more citizen in a municipality's demand. They are the same whichever solver was used. The next place or citizen may be worth another amount; larger changes should be computed again."
        )
    }

    var placePaysHeading: String { pick("Hvor én plads mere betaler sig", "Where one more place pays") }
    var noPlacePays: String {
        pick(
            "Intet tilbud: én plads mere sparer under 1 % af taksten om året.",
            "No offer: one more place saves less than 1 % of its tariff a year."
        )
    }
    func morePlaceOffers(_ count: Int) -> String {
        pick(
            "… og \(number(count)) tilbud mere (se »Belægning pr. tilbud«).",
            "… and \(number(count)) more offers (see “Occupancy per offer”)."
        )
    }
    var emptyHeading: String { pick("Tilbud med tomme pladser", "Offers with empty places") }
    var noEmpty: String { pick("Alle tilbud er fuldt belagt.", "Every offer is full.") }
    func moreEmptyOffers(_ count: Int) -> String {
        pick(
            "… og \(number(count)) tilbud mere med tomme pladser (se »Belægning pr. tilbud«).",
            "… and \(number(count)) more offers with empty places (see “Occupancy per offer”)."
        )
    }
    var shortageHeading: String {
        pick("Målgrupper, hvor regionens pladser ikke rækker", "Where the region's places do not suffice")
    }
    var noShortage: String {
        pick("Alle borgere får en plads i regionens tilbud.", "Every citizen gets a place in the region's offers.")
    }

    // MARK: - Tables

    var purchasesHeading: String { pick("Køb pr. målgruppe", "Purchases per target group") }
    var purchasesNote: String {
        pick(
            "Antal borgere, som hver kommune (række) køber plads til hos hver driftsherre (kolonne), alle paragraffer i målgruppen tilsammen.",
            "Citizens each municipality (row) buys places for from each operator (column), all sections of the target group together."
        )
    }
    var buyer: String { pick("Køber", "Buyer") }
    var outsideRegion: String { pick("Uden for regionen", "Outside the region") }
    var unmet: String { pick("Uden plads", "Unmet") }

    var occupancyHeading: String { pick("Belægning pr. tilbud", "Occupancy per offer") }
    var occupancyNote: String {
        pick(
            "⚠ = brugt under belægningsgrænsen ved den planlagte efterspørgsel. »Én plads mere« er besparelsen ved én plads mere i tilbuddet, i kr. om året (belægningsgrænsen uændret).",
            "⚠ = used below the occupancy bound at the planned demand. “One more place” is the saving from one more place in the offer, in kr a year (occupancy bound unchanged)."
        )
    }
    var occupancyColumns: [String] {
        [
            pick("Tilbud", "Offer"), pick("Driftsherre", "Operator"), pick("Beliggenhed", "Location"),
            pick("Målgruppe", "Target group"), pick("Paragraf", "Section"), pick("Pladser", "Places"),
            pick("Brugt", "Used"), pick("Tomme", "Empty"), pick("Belægning", "Occupancy"), pick("Grænse", "Bound"),
            pick("Én plads mere", "One more place"),
        ]
    }

    var demandHeading: String {
        pick(
            "Efterspørgsel, køb uden for regionen og borgere uden plads",
            "Demand, purchases outside the region and unmet demand"
        )
    }
    var demandNote: String {
        pick(
            "»Én borger mere koster« er udgiften ved én borger mere i en kommunes efterspørgsel: den laveste og højeste blandt kommunerne, i kr. om året.",
            "“One more citizen costs” is the cost of one more citizen in a municipality's demand: the lowest and highest among the municipalities, in kr a year."
        )
    }
    var demandColumns: [String] {
        [
            pick("Målgruppe", "Target group"), pick("Paragraf", "Section"), pick("Efterspørgsel", "Demand"),
            pick("Placeret", "Placed"), pick("Uden for regionen", "Outside the region"), pick("Uden plads", "Unmet"),
            pick("Pris uden for regionen", "Outside price"), pick("Én borger mere koster", "One more citizen costs"),
        ]
    }

    var buyersHeading: String { pick("Udgift pr. køber", "Cost per buyer") }
    func buyersNote(emptyPlaces: Double) -> String {
        pick(
            "Beløb i kr. om året. Afstand er modellens værdisætning (kr. pr. km pr. borger), ikke en betaling. Udgiften til tomme pladser under belægningsgrænsen (\(kroner(emptyPlaces))) er fælles og ikke fordelt på køberne.",
            "Amounts in kr a year. Distance is the model's valuation (kr per km per citizen), not a payment. The cost of empty places below the occupancy bound (\(kroner(emptyPlaces))) is shared and not split between the buyers."
        )
    }
    var buyersColumns: [String] {
        [
            pick("Kommune", "Municipality"), pick("Borgere", "Citizens"), pick("Placeret", "Placed"),
            pick("Uden for regionen", "Outside the region"), pick("Uden plads", "Unmet"), pick("Takster", "Tariffs"),
            pick("Køb uden for regionen", "Outside purchases"), pick("Betalt i alt", "Paid in all"),
            pick("Afstand", "Distance"),
        ]
    }

    // MARK: - Method and checks

    var methodHeading: String { pick("Metode", "Method") }
    var modelInWords: String {
        pick(
            "Hver borger med behov for en plads placeres i et tilbud med samme målgruppe og paragraf, købes uden for regionen eller står – som sidste udvej – uden plads. Borgere, der allerede bor i et tilbud, bliver boende. Modellen vælger den placering, der giver den laveste samlede årlige udgift:",
            "Every citizen needing a place is placed in an offer of the same target group and section, bought outside the region or – as a last resort – left without a place. Citizens already living in an offer stay there. The model chooses the placement with the least total yearly cost:"
        )
    }

    /// The terms of the objective, one list item each.
    func costTerms(_ policy: SocialPolicy) -> [String] {
        let share = common.number(policy.emptyPlaceCostShare.value * 100, decimals: 0)
        let bound = common.percent(policy.minimumOccupancy.value, decimals: 0)
        return [
            pick(
                "taksten for hver brugt plads, plus \(kroner(policy.kmCost.value)) pr. km afstand pr. borger om året (opfølgning, pårørende, transport);",
                "the tariff of every place used, plus \(kroner(policy.kmCost.value)) per km of distance per citizen a year (follow-up, family, transport);"
            ),
            pick(
                "prisen uden for regionen for hver borger, der købes dér;",
                "the price outside the region for every citizen bought there;"
            ),
            pick(
                "\(share) % af taksten for hver tom plads under tilbuddets belægningsgrænse (standard \(bound)), fordi tomme budgetterede pladser betales af køberne via taksten;",
                "\(share) % of the tariff for every empty place below the offer's occupancy bound (default \(bound)), because empty budgeted places are paid by the buyers through the tariff;"
            ),
            pick(
                "\(kroner(policy.unmetPenalty.value)) for hver borger uden plads – langt over enhver takst, så det kun sker, når der ikke er nogen plads.",
                "\(kroner(policy.unmetPenalty.value)) for every citizen without a place – far above any tariff, so this only happens when there is no place."
            ),
        ]
    }

    /// How distances are measured: the road factor, the ferries, the distances given directly.
    func distances(_ inputs: SocialInputs) -> String {
        let rules = inputs.distanceRules
        let factor = common.number(rules.roadFactor.value, decimals: 2)
        var distances = pick(
            "Afstanden mellem to kommuner er \(factor) × den lige linje mellem rådhusbyerne.",
            "The distance between two municipalities is \(factor) × the straight line between their administrative seats."
        )
        for ferry in rules.ferries {
            let island =
                inputs.municipalities.first { $0.code == ferry.municipalityCode }?.name ?? ferry.municipalityCode
            let port = inputs.municipalities.first { $0.code == ferry.portCode }?.name ?? ferry.portCode
            distances += pick(
                " \(island) nås med færge via \(port); overfarten tæller som \(common.number(ferry.extraKilometres)) km.",
                " \(island) is reached by ferry via \(port); the crossing counts as \(common.number(ferry.extraKilometres)) km."
            )
        }
        if !inputs.distanceOverrides.isEmpty {
            distances += pick(
                " \(number(inputs.distanceOverrides.count)) afstande er angivet direkte.",
                " \(number(inputs.distanceOverrides.count)) distances are given directly."
            )
        }
        return distances
    }

    var mathematics: String {
        pick(
            "Som matematik: min Σ (c[o] + k·km[b,o])·z[b,o] + Σ P·x + Σ M·u + Σ a·c[o]·e[o], så Σₒ z[b,o] + x + u = D[b,g,s] for hver køber, målgruppe og paragraf, Σ_b z[b,o] ≤ K[o] og Σ_b z[b,o] + e[o] ≥ ⌈β[o]·K[o]⌉ for hvert tilbud, z[b,o] ≥ eksisterende placeringer, z og x heltallige.",
            "As mathematics: min Σ (c[o] + k·km[b,o])·z[b,o] + Σ P·x + Σ M·u + Σ a·c[o]·e[o], subject to Σₒ z[b,o] + x + u = D[b,g,s] for every buyer, target group and section, Σ_b z[b,o] ≤ K[o] and Σ_b z[b,o] + e[o] ≥ ⌈β[o]·K[o]⌉ for every offer, z[b,o] ≥ existing placements, z and x integer."
        )
    }

    /// How the placements were found: the LP's integral vertex (the usual case), or the MIP.
    func solved(_ summary: SocialSolveSummary) -> String {
        let objective = summary.objective.map(kroner) ?? "–"
        let relaxation = summary.relaxationObjective.map(kroner) ?? "–"
        let runs = summary.solverRuns.map {
            ($0.solver.description, $0.method.algorithm.rawValue, $0.method.presolve, $0.method.modelClass?.rawValue)
        }
        let solver = common.solverRuns(runs) ?? summary.solver?.description ?? pick("ukendt løser", "unknown solver")
        guard summary.path != .linearProgram else {
            return pick(
                "Modellen er et transportproblem, så LP-relaksationen har en heltallig optimal løsning: den er løst som LP (\(number(summary.rows)) rækker, \(number(summary.columns)) variable; \(solver), status: \(summary.relaxationTermination.rawValue), optimum \(relaxation)), hjørnet var heltalligt og blev kontrolleret (grænser, rækker, udgift), så heltalsmodellen blev ikke løst. Blandt lige billige placeringer vælges altid den samme (en fast vægt pr. køber og tilbud), uanset løser.",
                "The model is a transportation problem, so its LP relaxation has an integral optimal solution: it was solved as an LP (\(number(summary.rows)) rows, \(number(summary.columns)) columns; \(solver), status: \(summary.relaxationTermination.rawValue), optimum \(relaxation)), the vertex was integral and was checked (bounds, rows, cost), so the integer model was not solved. Among equally cheap placements the same one is always chosen (a fixed weight per buyer and offer), whatever the solver."
            ) + " " + values(summary)
        }
        let fallback =
            summary.path == .integerProgram
            ? pick(
                "LP-relaksationens hjørne var ikke heltalligt, så heltalsmodellen blev løst. ",
                "The LP relaxation's vertex was not integral, so the integer model was solved. "
            ) : ""
        return fallback
            + pick(
                "Placeringerne er heltalsløsningen (\(number(summary.rows)) rækker, \(number(summary.columns)) variable, heraf \(number(summary.integerColumns)) heltallige; \(solver), status: \(summary.termination.rawValue), optimum \(objective)). LP-relaksationen er også løst (status: \(summary.relaxationTermination.rawValue), optimum \(relaxation)). Modellen er et transportproblem, hvis LP-relaksation har en heltallig optimal løsning, så de to optima falder sammen; kontrollen nedenfor bekræfter det.",
                "The placements are the integer solution (\(number(summary.rows)) rows, \(number(summary.columns)) columns, \(number(summary.integerColumns)) of them integer; \(solver), status: \(summary.termination.rawValue), optimum \(objective)). The LP relaxation was solved too (status: \(summary.relaxationTermination.rawValue), optimum \(relaxation)). The model is a transportation problem whose LP relaxation has an integral optimal solution, so the two optima coincide; the check below confirms it."
            ) + " " + values(summary)
    }

    /// How the values of one more place and one more citizen were found (``SocialSolveSummary/valueMethod``).
    func values(_ summary: SocialSolveSummary) -> String {
        switch summary.valueMethod {
        case .shortestPaths:
            return pick(
                "Værdien af én plads mere er, hvor meget den samlede årlige udgift falder, når tilbuddet får én plads mere (belægningsgrænsen uændret); værdien af én borger mere er, hvor meget udgiften stiger, når en kommune har én borger mere. Begge er regnet præcist ud fra planen (korteste veje i transportnetværket) og er derfor de samme, uanset løser – også hvor LP'ens skyggepriser ikke er entydige, fordi flere placeringer er lige gode eller et tilbud er netop fuldt.",
                "The value of one more place is how much the total yearly cost falls when the offer gets one more place (its occupancy bound unchanged); the value of one more citizen is how much the cost rises when a municipality has one more citizen. Both are computed exactly from the plan (shortest paths in the transportation network), so they are the same whatever the solver – also where the LP's shadow prices are not unique because several placements are equally good or an offer is exactly full."
            )
        case .solverDuals:
            return pick(
                "Værdierne af én plads og én borger mere er LP'ens skyggepriser, som løseren gav dem (hvor de ikke er entydige, kan en anden løser give andre), fordi de præcise værdier ikke kunne regnes ud fra planen.",
                "The values of one more place and one more citizen are the LP's shadow prices as the solver gave them (where they are not unique, another solver may give others), because the exact values could not be computed from the plan."
            )
        case nil:
            return pick(
                "LP-relaksationen gav ingen skyggepriser, så værdierne af én plads og én borger mere mangler.",
                "The LP relaxation gave no shadow prices, so the values of one more place and one more citizen are missing."
            )
        }
    }

    var checksHeading: String { pick("Kontrol", "Checks") }
    var demandBalances: String {
        pick(
            "For hver køber, målgruppe og paragraf: placeret + uden for regionen + uden plads = efterspørgsel.",
            "For every buyer, target group and section: placed + outside the region + unmet = demand."
        )
    }
    var capacityHolds: String {
        pick("Intet tilbud har flere borgere end pladser.", "No offer has more citizens than places.")
    }
    var existingKept: String {
        pick("Alle eksisterende placeringer er fastholdt.", "Every existing placement is kept.")
    }
    var integral: String { pick("Alle placeringer er hele borgere.", "Every placement is a whole citizen.") }
    var relaxationMatches: String {
        pick(
            "LP-relaksationens optimum er lig heltalsoptimum, så skyggepriserne gælder for den viste plan.",
            "The LP relaxation's optimum equals the integer optimum, so the shadow prices apply to the plan shown."
        )
    }

    // MARK: - Spreadsheets

    var purchaseSheetColumns: [String] {
        language == .danish
            ? [
                "Køberkode", "Køber", "Tilbud (id)", "Tilbud", "Driftsherre", "Beliggenhed", "Målgruppe", "Paragraf",
                "Borgere", "Heraf eksisterende", "Km", "Takst", "Takster i alt", "Afstand (værdisat)",
            ]
            : [
                "Buyer code", "Buyer", "Offer (id)", "Offer", "Operator", "Location", "Target group", "Section",
                "Citizens", "Of which existing", "Km", "Tariff", "Tariffs in all", "Distance (valued)",
            ]
    }

    var offerSheetColumns: [String] {
        language == .danish
            ? [
                "Tilbud (id)", "Tilbud", "Driftsherre (kode)", "Driftsherre", "Beliggenhed", "Målgruppe", "Paragraf",
                "Pladser", "Brugt", "Heraf eksisterende", "Tomme", "Belægning (%)", "Grænse (%)", "Under grænsen",
                "Takst", "Én plads mere (kr./år)",
            ]
            : [
                "Offer (id)", "Offer", "Operator (code)", "Operator", "Location", "Target group", "Section", "Places",
                "Used", "Of which existing", "Empty", "Occupancy (%)", "Bound (%)", "Below the bound", "Tariff",
                "One more place (kr/year)",
            ]
    }

    var demandSheetColumns: [String] {
        language == .danish
            ? [
                "Køberkode", "Køber", "Målgruppe", "Paragraf", "Efterspørgsel", "Placeret", "Heraf eksisterende",
                "Uden for regionen", "Uden plads", "Pris uden for regionen", "Én borger mere koster (kr./år)",
            ]
            : [
                "Buyer code", "Buyer", "Target group", "Section", "Demand", "Placed", "Of which existing",
                "Outside the region", "Unmet", "Outside price", "One more citizen costs (kr/year)",
            ]
    }

    var buyerSheetColumns: [String] {
        language == .danish
            ? [
                "Kode", "Kommune", "Borgere", "Placeret", "Uden for regionen", "Uden plads", "Takster",
                "Køb uden for regionen", "Betalt i alt", "Afstand (værdisat)",
            ]
            : [
                "Code", "Municipality", "Citizens", "Placed", "Outside the region", "Unmet", "Tariffs",
                "Outside purchases", "Paid in all", "Distance (valued)",
            ]
    }

    func yes(_ value: Bool) -> String { value ? pick("ja", "yes") : pick("nej", "no") }

    // MARK: - Terminal summary and infeasibility note

    var summaryColumns: [String] {
        [
            pick("Målgruppe", "Target group"), pick("Efterspørgsel", "Demand"), pick("Placeret", "Placed"),
            pick("Udenfor", "Outside"), pick("Uden plads", "Unmet"),
        ]
    }

    func summaryTitle(year: Int) -> String {
        pick(
            "Socialaftale \(year) – placering af borgere i specialiserede tilbud",
            "Socialaftale \(year) – placement of citizens in specialised offers"
        )
    }

    func paidInAll(_ payments: Double, underBound: Int) -> String {
        pick(
            "Betalt i alt: \(millions(payments)) om året; \(number(underBound)) tilbud under belægningsgrænsen.",
            "Paid in all: \(millions(payments)) a year; \(number(underBound)) offers below the occupancy bound."
        )
    }

    func summaryStatus(allHold: Bool) -> String {
        allHold
            ? pick("Kontrol: alle summer og grænser passer.", "Checks: every sum and limit holds.")
            : pick(
                "Kontrol: se rapporten, ikke alle kontroller bestået.",
                "Checks: see the report, not every check passed."
            )
    }

    func noPlacementHeading(year: Int) -> String {
        pick("Socialaftale \(year): ingen mulig placering", "Socialaftale \(year): no possible placement")
    }

    func noPlacement(_ termination: String) -> String {
        pick(
            "Løseren fandt ingen placering (status: \(termination)). Med muligheden for køb uden for regionen og for borgere uden plads bør det ikke kunne ske; kontrollér, at de eksisterende placeringer passer til tilbuddenes pladser og kommunernes efterspørgsel, og kør `kkr-plan validate`.",
            "The solver found no placement (status: \(termination)). With purchases outside the region and unmet demand allowed this should not happen; check that the existing placements fit the offers' places and the municipalities' demand, and run `kkr-plan validate`."
        )
    }
}
