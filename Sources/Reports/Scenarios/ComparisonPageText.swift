import Allocation
import KKRDomain

/// The words of the comparison page (`scenarier.html`): decision, key figures, chart labels.
extension ComparisonText {
    // MARK: - Compare

    /// "Scenarier" / "Scenarios".
    var scenariosTitle: String { pick("Scenarier", "Scenarios") }

    /// The comparison page's title.
    func comparisonPageTitle(year: Int) -> String {
        pick("Scenarier \(year): sammenligning med basis", "Scenarios \(year): comparison with the base")
    }

    /// What the base is: the inputs without changes, or a named scenario.
    func baseDescription(_ scenario: ResolvedScenario?) -> String {
        scenario.map { pick("scenariet »\($0.scenario.name)«", "the scenario “\($0.scenario.name)”") }
            ?? pick("inputtene uden ændringer", "the inputs without changes")
    }

    /// The decision asked of the meeting.
    func comparisonDecision(names: [String], base: String) -> String {
        pick(
            "KKR bedes drøfte scenarierne \(list(names)) over for basis (\(base)). Figurerne viser pladserne pr. kommune side om side; tabellerne giver også forskellen Δ = scenarie − basis.",
            "KKR is asked to discuss the scenarios \(list(names)) against the base (\(base)). The charts show the places per municipality side by side; the tables also give the difference Δ = scenario − base."
        )
    }

    /// A scenario's key figure: the change of all places, and how many municipalities move.
    func scenarioFigure(_ name: String, totalChange: Int?, changedParties: Int) -> KeyFigure {
        guard let totalChange else {
            return KeyFigure(label: name, value: "–", note: pick("ingen mulig fordeling", "no possible distribution"))
        }
        let note =
            changedParties == 0
            ? pick("samme fordeling som basis", "same distribution as the base")
            : pick(
                "pladser i alt; \(number(changedParties)) ændringer for en kommune",
                "places in all; \(number(changedParties)) changes for a municipality"
            )
        return KeyFigure(label: name, value: change(totalChange), note: note)
    }

    /// The labels of a programme's side-by-side chart.
    func comparisonChart(id: String, programme: String, largest: String) -> ChartLabels {
        ChartLabels(
            id: id,
            title: pick(
                "\(programme): pladser pr. kommune i basis og scenarierne",
                "\(programme): places per municipality, base and scenarios"
            ),
            description: pick(
                "For hver kommune én søjle pr. scenarie, basis først. Største ændring: \(largest).",
                "For each municipality one bar per scenario, the base first. Largest change: \(largest)."
            ),
            valueAxis: common.placesWord,
            categoryAxis: common.municipalityWord
        )
    }

    /// A scenario's key figure for the Socialaftale: the change of what the municipalities pay a year.
    func socialPaymentFigure(_ name: String, change: Double) -> KeyFigure {
        KeyFigure(
            label: pick("\(name): betalt til Socialaftalen", "\(name): paid to the Socialaftale"),
            value: common.signedNumber(change / 1e6, decimals: 1) + pick(" mio. kr.", " million kr"),
            note: pick("om året i forhold til basis", "a year against the base")
        )
    }

    /// Said when no scenario changes what any municipality pays.
    var socialPaymentsUnchanged: String {
        pick(
            "Ingen kommune betaler mere eller mindre til Socialaftalen i scenarierne end i basis.",
            "No municipality pays more or less to the Socialaftale in the scenarios than in the base."
        )
    }

    /// The labels of the payments chart of a comparison.
    func socialComparisonChart(id: String) -> ChartLabels {
        ChartLabels(
            id: id,
            title: pick(
                "Ændring i betaling til Socialaftalen pr. kommune (mio. kr. om året)",
                "Change in payments to the Socialaftale per municipality (million kr a year)"
            ),
            description: pick(
                "For hver kommune én søjle pr. scenarie, der ændrer betalingerne: scenarie minus basis. Betaling er takster, køb uden for regionen og tomme pladser under belægningsgrænsen.",
                "For each municipality one bar per scenario that changes the payments: scenario minus base. Payments are tariffs, places bought outside the region and empty places below the occupancy bound."
            ),
            valueAxis: pick("Ændring, mio. kr. om året", "Change, million kr a year"),
            categoryAxis: common.buyerWord
        )
    }

    /// The caption of the payments table of a comparison.
    var socialComparisonTableCaption: String {
        pick(
            "Betalt til Socialaftalen pr. kommune (mio. kr. om året)",
            "Paid to the Socialaftale per municipality (million kr a year)"
        )
    }

    /// The scenarios that leave a programme as in the base.
    func unchangedIn(_ names: [String]) -> String {
        pick("Samme fordeling som basis i \(list(names)).", "The same distribution as the base in \(list(names)).")
    }

    /// "Scenarierne" / "The scenarios".
    var scenarioListHeading: String { pick("Scenarierne", "The scenarios") }

    /// "Bygger på »A«, hvis ændringer kommer først."
    func buildsOn(_ names: [String]) -> String {
        pick(
            "Bygger på \(list(names.map { "»\($0)«" })), hvis ændringer kommer først.",
            "Builds on \(list(names.map { "“\($0)”" })), whose changes come first."
        )
    }

    /// "Ingen ændringer." / "No changes."
    var noChanges: String { pick("Ingen ændringer.", "No changes.") }

    /// Programmes no scenario changes.
    func unchangedProgrammes(_ names: [String]) -> String {
        pick("Uændret i alle scenarier: \(list(names)).", "Unchanged in every scenario: \(list(names)).")
    }

    /// "Scenarier uden mulig fordeling" / "Scenarios without a possible distribution".
    var withoutPlanHeading: String {
        pick("Scenarier uden mulig fordeling", "Scenarios without a possible distribution")
    }

    /// The method of a comparison.
    var comparisonMethod: String {
        pick(
            "Basis og hvert scenarie er beregnet helt forfra med den samme metode; forskellen Δ er scenarie minus basis.",
            "The base and every scenario are computed from scratch with the same method; the difference Δ is scenario minus base."
        )
    }
}
