import Allocation
import KKRDomain

/// The words of the comparison (`kkr-plan compare`): `scenarios.md`, the CSV headers and the terminal summary.
///
/// Danish and English side by side. Shared words (numbers, names of
/// programmes, scenario changes) come from ``ReportText``.
struct ComparisonText: PartCatalogue {
    /// The shared words and numbers.
    let common: ReportText

    /// The catalogue for `language`.
    init(_ language: Language) {
        common = ReportText(language)
    }

    // MARK: - The report

    func title(year: Int) -> String {
        pick("Scenarier \(year): sammenligning med basis", "Scenarios \(year): comparison with the base")
    }

    func intro(base scenario: ResolvedScenario?) -> String {
        let base = common.baseWithID(scenario)
        return pick(
            "Beregnet af `kkr-plan compare`. Basis er \(base). Hvert scenarie er beregnet helt forfra med samme metode (optimal fordeling); forskellen (Δ) er scenarie minus basis og står **med fed og fortegn**, når den ikke er 0. Tal markeret *\(common.illustrativeMark)* er antagelser, ikke officielle tal; se »Illustrative tal«.",
            "Computed by `kkr-plan compare`. The base is \(base). Every scenario is computed from scratch with the same method (optimal distribution); the difference (Δ) is scenario minus base and is shown **in bold with its sign** when it is not 0. Figures marked *\(common.illustrativeMark)* are assumptions, not official numbers; see “Illustrative figures”."
        )
    }

    var scenariosHeading: String { pick("Scenarierne", "The scenarios") }

    var summaryHeading: String { pick("Hvad ændrer sig mest", "What changes most") }

    var largestChanges: String {
        pick("De største ændringer for en enkelt kommune:", "The largest changes for a single municipality:")
    }

    var scenarioColumn: String { pick("Scenarie", "Scenario") }
    var programmeColumn: String { pick("Uddannelse", "Programme") }
    var baseColumn: String { pick("Basis", "Base") }
    var codeColumn: String { pick("Kode", "Code") }

    var noDistribution: String {
        pick(
            "ingen mulig fordeling (se »Scenarier uden mulig fordeling«).",
            "no possible distribution (see “Scenarios without a possible distribution”)."
        )
    }

    var placesAsInBase: String {
        pick("praktikpladserne fordeles som i basis", "the training places are distributed as in the base")
    }

    func programmeChange(_ programme: Programme, total: Int, changed: Int, most: String) -> String {
        let name = common.programmeName(programme)
        return pick(
            "\(name) \(common.change(total)) i alt, \(common.number(changed)) kommuner ændres (mest: \(most))",
            "\(name) \(common.change(total)) in total, \(common.number(changed)) municipalities change (most: \(most))"
        )
    }

    var socialAsInBase: String { pick("Socialaftalen som i basis", "the Socialaftale as in the base") }

    func socialChange(payments: String, unmet: Int, under: Int) -> String {
        pick(
            "Socialaftalen: betalt \(payments) mio. kr. om året, borgere uden plads \(common.change(unmet)), tilbud under belægningsgrænsen \(common.change(under))",
            "Socialaftale: paid \(payments) million kr a year, citizens without a place \(common.change(unmet)), offers under the occupancy bound \(common.change(under))"
        )
    }

    func mostPaid(_ buyer: String, _ amount: String) -> String {
        pick(" (mest: ", " (most: ") + "\(buyer) \(amount)" + pick(" mio. kr.)", " million kr)")
    }

    // MARK: - Programmes

    var programmesHeading: String { pick("Praktikpladser pr. uddannelse", "Training places by programme") }

    func regionalNumber(places: Int, kind: TargetKind) -> String {
        "\(common.number(places)) (\(common.targetKind(kind)))"
    }

    func regionalNumbers(_ values: [String]) -> String {
        pick("Regionalt tal: ", "Regional number: ") + values.joined(separator: " · ") + "."
    }

    func keyName(_ name: String) -> String { "»\(name)«" }

    func keys(_ values: [String]) -> String {
        pick("Fordelingsnøgle: ", "Distribution key: ") + values.joined(separator: " · ") + "."
    }

    // MARK: - Socialaftale

    var socialHeading: String { pick("Socialaftalen", "The Socialaftale") }

    var socialNotIncluded: String {
        pick(
            "Socialaftalen indgår ikke: inputmappen har ingen `social/`.",
            "The Socialaftale is not included: the input folder has no `social/`."
        )
    }

    var amountsNote: String {
        pick(
            "Beløb i mio. kr. om året. »Betalt« er takster, køb uden for regionen og tomme pladser under belægningsgrænsen; den samlede omkostning lægger modellens værdier for afstand og for borgere uden plads til.",
            "Amounts in million kr a year. “Paid” is tariffs, places bought outside the region and empty places below the occupancy bound; the total cost adds the model's values for distance and for citizens without a place."
        )
    }

    var keyFigure: String { pick("Nøgletal", "Key figure") }
    var totalCost: String { pick("Samlet omkostning", "Total cost") }
    var outside: String { pick("Købt uden for regionen", "Bought outside the region") }
    var paidPerBuyer: String { pick("Betalt pr. køber (mio. kr. om året)", "Paid per buyer (million kr a year)") }
    var offersHeading: String {
        pick("Tilbud, hvis belægning ændres (brugte pladser)", "Offers whose use changes (used places)")
    }
    var closedNote: String {
        pick(
            "»lukket« betyder, at scenariet lukker tilbuddet; tallet i parentes er tilbuddets pladser.",
            "“closed” means the scenario closes the offer; the number in brackets is the offer's places."
        )
    }
    var offer: String { pick("Tilbud", "Offer") }
    var closed: String { pick("lukket", "closed") }

    // MARK: - Without a plan, illustrative figures

    var baseAssumptions: String {
        pick(
            "Disse inputtal i basis er antagelser, ikke offentliggjorte tal. Kontrollér dem mod den officielle kilde før en beslutning:",
            "These input figures of the base are assumptions, not published numbers. Check them against the official source before a decision:"
        )
    }

    var scenarioAssumptions: String {
        pick(
            "Tal, som et scenarie ændrer, er altid antagelser. Derudover i hvert scenarie:",
            "Figures a scenario changes are always assumptions. In addition, in each scenario:"
        )
    }

    var noChangedFigures: String { pick("ingen ændrede tal.", "no changed figures.") }

    // MARK: - Spreadsheets

    func deltaColumn(_ name: String) -> String { "Δ " + name }
    var figureColumn: String { pick("Tal", "Figure") }
    var paidInTotalKroner: String { pick("Betalt i alt (kr.)", "Paid in total (kr)") }
    var totalCostKroner: String { pick("Samlet omkostning (kr.)", "Total cost (kr)") }
    func paidKroner(_ buyer: String) -> String { pick("Betalt: ", "Paid: ") + buyer + pick(" (kr.)", " (kr)") }

    /// The chart page's file name: `scenarier.html` / `scenarios.html`.
    var pageFileName: String { pick("scenarier.html", "scenarios.html") }

    // MARK: - Terminal summary

    var baseLower: String { pick("basis", "base") }

    func summaryTitle(year: Int, base: String) -> String {
        pick(
            "Scenarier \(year) – pladser i \(base) og forskel (scenarie − basis)",
            "Scenarios \(year) – places in \(base) and difference (scenario − base)"
        )
    }

    func noPossibleDistribution(_ name: String) -> String {
        pick("Ingen mulig fordeling: \(name) (se rapporten).", "No possible distribution: \(name) (see the report).")
    }

    var socialShort: String { pick("Socialaftalen", "Socialaftale") }
    var paidShort: String { pick("Betalt, mio. kr./år", "Paid, million kr/year") }
    var unmetShort: String { pick("Borgere uden plads", "Without a place") }
    var underShort: String { pick("Tilbud under grænsen", "Offers under bound") }
}
