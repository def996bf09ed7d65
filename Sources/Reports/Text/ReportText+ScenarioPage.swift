import Allocation
import KKRDomain

/// The words of the HTML pages of `compare` (scenarier.html) and `sweep` (sweep_<parameter>.html).
extension ReportText {
    // MARK: - Compare

    /// "Scenarier" / "Scenarios".
    public var scenariosTitle: String { pick("Scenarier", "Scenarios") }

    /// The comparison page's title.
    func comparisonPageTitle(year: Int) -> String {
        pick("Scenarier \(year): sammenligning med basis", "Scenarios \(year): comparison with the base")
    }

    /// "Basis" / "Base".
    var baseWord: String { pick("Basis", "Base") }

    /// An amount in million kr with one decimal (`1.447,4`).
    func millionsNumber(_ value: Double) -> String {
        numbers.millions(value)
    }

    /// A change in million kr with one decimal and its sign (`+4,7`, `−0,3`), or `0` when it rounds to zero.
    func millionsChange(_ value: Double) -> String {
        numbers.millionsChange(value)
    }

    /// A compared scenario's name, or "Basis"/"Base" for the base.
    func scenarioName(_ compared: ComparedScenario) -> String {
        compared.scenario?.scenario.name ?? baseWord
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
            valueAxis: placesWord,
            categoryAxis: municipalityWord
        )
    }

    /// "Socialaftale", the agreement's name in both languages.
    var socialName: String { "Socialaftale" }

    /// The heading of the Socialaftale in a comparison.
    var socialComparisonHeading: String {
        pick("Socialaftale: betalt pr. kommune", "Socialaftale: paid per municipality")
    }

    /// A scenario's key figure for the Socialaftale: the change of what the municipalities pay a year.
    func socialPaymentFigure(_ name: String, change: Double) -> KeyFigure {
        KeyFigure(
            label: pick("\(name): betalt til Socialaftalen", "\(name): paid to the Socialaftale"),
            value: signedNumber(change / 1e6, decimals: 1) + pick(" mio. kr.", " million kr"),
            note: pick("om året i forhold til basis", "a year against the base")
        )
    }

    /// "Køber" / "Buyer".
    var buyerWord: String { pick("Køber", "Buyer") }

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
            categoryAxis: buyerWord
        )
    }

    /// The caption of the payments table of a comparison.
    var socialComparisonTableCaption: String {
        pick(
            "Betalt til Socialaftalen pr. kommune (mio. kr. om året)",
            "Paid to the Socialaftale per municipality (million kr a year)"
        )
    }

    /// A signed number with decimals: `+1,2`, `−0,4`, `0,0`.
    func signedNumber(_ value: Double, decimals: Int) -> String {
        let magnitude = number(abs(value), decimals: decimals)
        guard magnitude != number(0, decimals: decimals) else { return magnitude }
        return (value < 0 ? "−" : "+") + magnitude
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

    /// A variant's check: its plan passes every check, fails one, or does not exist.
    func variantCheck(_ name: String, planned: Bool, passes: Bool) -> String {
        guard planned else { return pick("\(name): ingen mulig fordeling.", "\(name): no possible distribution.") }
        return passes
            ? pick("\(name): alle summer og grænser passer.", "\(name): every sum and limit holds.")
            : pick("\(name): ikke alle kontroller bestået.", "\(name): not every check passed.")
    }

    /// The note that changed figures are assumptions.
    var scenarioFiguresAreAssumptions: String {
        pick("Tal, som et scenarie ændrer, er altid antagelser.", "Figures a scenario changes are always assumptions.")
    }

    // MARK: - Sweep

    /// `text` with its first letter in lower case, for a name inside a sentence ("regionalt tal for SSA").
    func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// "Følsomhed" / "Sensitivity".
    public var sweepTitle: String { pick("Følsomhed", "Sensitivity") }

    /// The sweep page's title.
    func sweepPageTitle(year: Int, parameter: String, from: String, to: String) -> String {
        pick(
            "Følsomhed \(year): \(parameter) fra \(from) til \(to)",
            "Sensitivity \(year): \(parameter) from \(from) to \(to)"
        )
    }

    /// The question the sweep answers for the meeting.
    func sweepDecision(parameter: String, from: String, to: String, changes: Int, transitions: Int) -> String {
        pick(
            "Til drøftelse: hvordan ændrer fordelingen sig, når \(lowercasedFirst(parameter)) går fra \(from) til \(to)? Fordelingen ændrer sig ved \(number(changes)) af \(number(transitions)) overgange mellem to nabotrin.",
            "For discussion: how does the distribution change as \(lowercasedFirst(parameter)) runs from \(from) to \(to)? It changes at \(number(changes)) of \(number(transitions)) transitions between neighbouring steps."
        )
    }

    /// The sweep's key figures: steps, thresholds, steps without a plan.
    func sweepFigures(steps: Int, thresholds: Int, withoutPlan: Int) -> [KeyFigure] {
        [
            KeyFigure(
                label: pick("Trin", "Steps"),
                value: number(steps),
                note: pick("jævnt fordelte værdier", "evenly spaced values")
            ),
            KeyFigure(
                label: pick("Tærskler", "Thresholds"),
                value: number(thresholds),
                note: pick("overgange hvor fordelingen ændres", "transitions where the distribution changes")
            ),
            KeyFigure(
                label: pick("Trin uden mulig fordeling", "Steps without a possible distribution"),
                value: number(withoutPlan)
            ),
        ]
    }

    /// The labels of a programme's sweep chart.
    func sweepChart(id: String, programme: String, parameter: String) -> ChartLabels {
        ChartLabels(
            id: id,
            title: pick("\(programme): pladser pr. kommune", "\(programme): places per municipality"),
            description: pick(
                "Én linje pr. kommune: pladserne ved hver værdi af parameteren (\(lowercasedFirst(parameter))). Kommunens navn står ved linjens højre ende.",
                "One line per municipality: its places at each value of the parameter (\(lowercasedFirst(parameter))). The municipality's name is at the line's right end."
            ),
            valueAxis: placesWord,
            categoryAxis: parameter
        )
    }

    /// The caption of a sweep table: the programme, the parameter of the columns, and whether steps were left out.
    func sweepTableCaption(_ programme: String, parameter: String, selected: Bool) -> String {
        selected
            ? pick(
                "\(programme): pladser ved udvalgte værdier af \(lowercasedFirst(parameter)) (alle trin i CSV-filen)",
                "\(programme): places at selected values of \(lowercasedFirst(parameter)) (every step in the CSV file)"
            )
            : pick(
                "\(programme): pladser ved hver værdi af \(lowercasedFirst(parameter))",
                "\(programme): places at each value of \(lowercasedFirst(parameter))"
            )
    }

    /// The labels of the Socialaftale chart of a sweep.
    func sweepSocialChart(id: String, parameter: String) -> ChartLabels {
        ChartLabels(
            id: id,
            title: pick(
                "Betalt til Socialaftalen pr. kommune (mio. kr. om året)",
                "Paid to the Socialaftale per municipality (million kr a year)"
            ),
            description: pick(
                "Én linje pr. kommune, hvis betaling ændrer sig, når \(lowercasedFirst(parameter)) ændres; kommunens navn står ved linjens højre ende.",
                "One line per municipality whose payments change as \(lowercasedFirst(parameter)) changes; its name is at the line's right end."
            ),
            valueAxis: pick("Mio. kr. om året", "Million kr a year"),
            categoryAxis: parameter
        )
    }

    /// The caption of the Socialaftale table of a sweep.
    func sweepSocialTableCaption(parameter: String, selected: Bool) -> String {
        selected
            ? pick(
                "Betalt (mio. kr.) ved udvalgte værdier af \(lowercasedFirst(parameter)) (alle trin i CSV-filen)",
                "Paid (million kr) at selected values of \(lowercasedFirst(parameter)) (every step in the CSV file)"
            )
            : pick(
                "Betalt (mio. kr.) ved hver værdi af \(lowercasedFirst(parameter))",
                "Paid (million kr) at each value of \(lowercasedFirst(parameter))"
            )
    }

    /// The values where the distribution changes.
    func sweepThresholds(_ values: [String]) -> String {
        values.isEmpty
            ? pick("Fordelingen er den samme ved alle værdier.", "The distribution is the same at every value.")
            : pick(
                "Fordelingen ændrer sig ved værdierne \(values.joined(separator: ", ")).",
                "The distribution changes at the values \(values.joined(separator: ", "))."
            )
    }

    /// The method of a sweep.
    func sweepMethod(steps: Int) -> String {
        pick(
            "Parameteren gennemløber \(number(steps)) jævnt fordelte værdier; alt andet er som i basis. Hvert trin er beregnet helt forfra med den samme metode. En tærskel ligger mellem den forrige værdi og den første værdi med den nye fordeling.",
            "The parameter runs through \(number(steps)) evenly spaced values; everything else is as in the base. Every step is computed from scratch with the same method. A threshold lies between the previous value and the first value with the new distribution."
        )
    }

    /// The sweep's check of the Socialaftale balances.
    func sweepSocialCheck(planned: Int, passing: Int) -> String {
        pick(
            "\(number(passing)) af \(number(planned)) Socialaftale-balancer består alle kontroller (efterspørgsel, kapacitet, eksisterende placeringer).",
            "\(number(passing)) of \(number(planned)) Socialaftale balances pass every check (demand, capacity, existing placements)."
        )
    }

    /// The sweep's check over all steps.
    func sweepCheck(planned: Int, passing: Int) -> String {
        pick(
            "\(number(passing)) af \(number(planned)) beregnede trin består alle kontroller (summer og grænser).",
            "\(number(passing)) of \(number(planned)) computed steps pass every check (sums and limits)."
        )
    }
}
