import Allocation
import KKRDomain

/// The Markdown report of the Socialaftale balance for the KKR meeting.
///
/// Summary, recommendations drawn from the duals, the purchase matrix per
/// target group, occupancy per offer, unmet demand and outside purchases,
/// cost per buyer, the method, the checks, illustrative figures and the input
/// files. Byte-identical for identical inputs: no dates, no timings, no
/// machine locale, fixed decimals and orders.
public struct SocialMarkdown: Sendable {
    /// The texts.
    public var text: ReportText

    /// How many place recommendations and empty-offer recommendations the report lists (the tables have all).
    public static let listedRecommendations = 10

    /// Creates a renderer for `language`.
    public init(language: Language) {
        text = ReportText(language)
    }

    /// The whole report.
    public func render(_ plan: SocialPlan) -> String {
        let tables = SocialMarkdownTables(text: text)
        var lines = [
            text.pick(
                "# Socialaftale \(plan.year): balance mellem udbud og efterspørgsel af specialiserede pladser",
                "# Socialaftale \(plan.year): supply and demand of specialised social places"
            ),
            "",
            text.pick(
                "Beregnet af `kkr-plan`: den forventede efterspørgsel placeres i de eksisterende tilbud til den laveste samlede udgift, og modellens skyggepriser viser, hvad én plads mere er værd. Tal markeret *\(text.illustrativeMark)* er antagelser, ikke officielle tal; se afsnittet »Illustrative tal«.",
                "Computed by `kkr-plan`: the expected demand is placed in the existing offers at the least total cost, and the model's shadow prices show what one more place is worth. Figures marked *\(text.illustrativeMark)* are assumptions, not official numbers; see “Illustrative figures”."
            ),
            "",
        ]
        lines += summary(plan)
        lines += SocialMarkdownRecommendations(text: text).render(plan)
        lines += tables.purchaseMatrices(plan)
        lines += tables.occupancy(plan)
        lines += tables.demand(plan)
        lines += tables.buyers(plan)
        lines += SocialMarkdownMethod(text: text).render(plan)
        lines += illustrative(plan)
        lines += inputFiles(plan)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    func summary(_ plan: SocialPlan) -> [String] {
        let totals = plan.totals
        let existing = plan.demand.reduce(0) { $0 + $1.existing }
        let costs = plan.costs
        let under = plan.offersUnderBound.count
        let mark = plan.inputs.demand.contains(where: \.provenance.illustrative) ? " *" : ""
        return [
            text.pick("## Resumé", "## Summary"), "",
            text.pick("| | Borgere |", "| | Citizens |"), "|---|--:|",
            text.pick("| Efterspørgsel", "| Demand") + " | \(text.number(totals.citizens))\(mark) |",
            text.pick("| Placeret i regionens tilbud", "| Placed in the region's offers")
                + " | \(text.number(totals.placed)) |",
            text.pick("| – heraf eksisterende placeringer", "| – of which existing placements")
                + " | \(text.number(existing)) |",
            text.pick("| Købt uden for regionen", "| Bought outside the region")
                + " | \(text.number(totals.outside)) |",
            text.pick("| Uden plads", "| Without a place") + " | \(text.number(totals.unmet)) |",
            "",
            text.fullStop(
                text.pick(
                    "Kommunerne betaler \(text.millions(costs.payments)) om året: takster \(text.millions(costs.tariffs)), køb uden for regionen \(text.millions(costs.outside)) og tomme pladser under belægningsgrænsen \(text.millions(costs.emptyPlaces)); modellen regner desuden med afstand (\(text.millions(costs.distance)), en værdisætning, ikke en betaling) og med straffen for borgere uden plads (\(text.millions(costs.unmetPenalty))); i alt \(text.millions(costs.total))",
                    "The municipalities pay \(text.millions(costs.payments)) a year: tariffs \(text.millions(costs.tariffs)), purchases outside the region \(text.millions(costs.outside)) and empty places below the occupancy bound \(text.millions(costs.emptyPlaces)). The model also counts distance (\(text.millions(costs.distance)), a valuation, not a payment) and the penalty for citizens without a place (\(text.millions(costs.unmetPenalty))); \(text.millions(costs.total)) in all"
                )
            ),
            "",
            text.pick(
                "\(text.number(under)) af \(text.number(plan.offers.count)) tilbud bruges under deres belægningsgrænse ved den planlagte efterspørgsel.",
                "\(text.number(under)) of \(text.number(plan.offers.count)) offers are used below their occupancy bound at the planned demand."
            ),
            "",
        ]
    }

    func illustrative(_ plan: SocialPlan) -> [String] {
        let blocks = MarkdownSections.illustrative(
            plan.inputs.illustrativeFigures.map(text.illustrative),
            text: text,
            sources: text.pick(
                "den officielle kilde (Tilbudsportalen, kommunernes indmeldinger)",
                "the official source (Tilbudsportalen, the municipalities' reports)"
            )
        )
        return MarkdownSections.lines(blocks, text: text) + [""]
    }

    func inputFiles(_ plan: SocialPlan) -> [String] {
        MarkdownSections.lines(
            MarkdownSections.inputFiles(plan.inputs.files, text: text, modelFiles: [SocialReportSet.modelFileName]),
            text: text
        )
    }
}
