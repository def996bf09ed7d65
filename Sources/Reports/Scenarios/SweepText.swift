import Allocation
import KKRDomain

/// The words of the sweep (`kkr-plan sweep`): `sweep_<parameter>.md`, the CSV header and the terminal summary.
///
/// Danish and English side by side. Shared words (numbers, the parameter and its values, conflicts) come from
/// ``ReportText``.
struct SweepText: PartCatalogue {
    /// The shared words and numbers.
    let common: ReportText

    /// The catalogue for `language`.
    init(_ language: Language) {
        common = ReportText(language)
    }

    // MARK: - The report

    func title(year: Int, name: String, from: String, to: String) -> String {
        pick("Følsomhed \(year): \(name) fra \(from) til \(to)", "Sensitivity \(year): \(name) from \(from) to \(to)")
    }

    func intro(path: String, steps: Int, base scenario: ResolvedScenario?, isCount: Bool) -> String {
        let steps = number(steps)
        let base = common.baseWithID(scenario)
        var intro = pick(
            "Beregnet af `kkr-plan sweep --parameter \(path)`. Parameteren gennemløber \(steps) jævnt fordelte værdier; alt andet er som i basis, \(base). Hvert trin er beregnet helt forfra med samme metoder som standardplanen.",
            "Computed by `kkr-plan sweep --parameter \(path)`. The parameter runs through \(steps) evenly spaced values; everything else is as in the base, \(base). Every step is computed from scratch with the same methods as the default plan."
        )
        if isCount {
            intro += pick(
                " Parameteren er et antal pladser: hver værdi er rundet til nærmeste hele tal (halve væk fra 0).",
                " The parameter is a number of places: each value is rounded to the nearest whole number (halves away from 0)."
            )
        }
        return intro
    }

    var thresholdsHeading: String { pick("Tærskler", "Thresholds") }

    func thresholds(changes: Int, transitions: Int) -> String {
        pick(
            "Fordelingen ændrer sig ved \(number(changes)) af \(number(transitions)) overgange mellem to nabotrin. En tærskel ligger mellem den forrige værdi og den viste (første værdi med den nye fordeling).",
            "The distribution changes at \(number(changes)) of \(number(transitions)) transitions between neighbouring steps. A threshold lies between the previous value and the one shown (the first value with the new distribution)."
        )
    }

    func values(_ shown: [String], more: Int) -> String {
        let rest =
            more > 0
            ? pick(
                " … og \(number(more)) flere (alle i CSV og JSON)",
                " … and \(number(more)) more (all in the CSV and JSON)"
            ) : ""
        return pick("Værdier: ", "Values: ") + shown.joined(separator: ", ") + rest + "."
    }

    func turning(_ names: [String]) -> String {
        pick(
            "**Bemærk:** \(common.list(names)) får både flere og færre pladser undervejs. Afrunding til hele pladser er ikke monoton: én plads mere i regionen kan koste en kommune en plads.",
            "**Note:** \(common.list(names)) both gain and lose places along the way. Rounding to whole places is not monotone: one more place in the region can cost a municipality a place."
        )
    }

    func programmeHeading(_ name: String) -> String {
        pick("\(name): pladser pr. kommune", "\(name): places by municipality")
    }

    var selectedSteps: String {
        pick("Udvalgte trin (alle trin står i CSV-filen):", "Selected steps (every step is in the CSV file):")
    }

    /// The change table's columns after the first (municipality or buyer).
    var changeColumns: [String] {
        [
            pick("Første ændring ved", "First change at"), pick("Ændringer", "Changes"),
            pick("Ændringspunkter (værdi: før → efter)", "Change points (value: before → after)"),
        ]
    }

    var noPlan: String { pick("ingen plan", "no plan") }

    // MARK: - Socialaftale

    var socialHeading: String {
        pick("Socialaftalen: betalt pr. køber (mio. kr. om året)", "Socialaftale: paid per buyer (million kr a year)")
    }
    var buyerChanges: String {
        pick(
            "En køber »ændres«, når det ændrer sig, hvor dens borgere får plads (antal pr. tilbud eller uden for regionen).",
            "A buyer “changes” when where its citizens get a place changes (citizens per offer or outside the region)."
        )
    }
    var unmetFirstLast: String {
        pick("Uden plads ved første → sidste værdi", "Without a place at first → last value")
    }

    // MARK: - The rest

    func unchanged(_ names: [String]) -> String {
        pick("Uændret ved alle værdier: \(common.list(names)).", "Unchanged at every value: \(common.list(names)).")
    }

    var withoutPlanHeading: String {
        pick("Trin uden mulig fordeling", "Steps without a possible distribution")
    }

    func stepsWithoutPlan(range: String, steps: Int, reasons: String) -> String {
        pick(
            "**\(range)** (\(number(steps)) trin): \(reasons)",
            "**\(range)** (\(number(steps)) steps): \(reasons)"
        )
    }

    var invalidInputs: String { pick("Inputtene er ugyldige: ", "The inputs are invalid: ") }

    var parameterAssumptions: String {
        pick(
            "Parameterens værdier er antagelser. Disse inputtal i basis er det også:",
            "The parameter's values are assumptions. So are these input figures of the base:"
        )
    }

    // MARK: - Spreadsheet

    var valueColumn: String { pick("Værdi", "Value") }
    var statusColumn: String { pick("Status", "Status") }
    func paidColumn(_ buyer: String) -> String { pick("Betalt ", "Paid ") + buyer }
    var planned: String { pick("planlagt", "planned") }
    var infeasible: String { pick("ingen mulig fordeling", "infeasible") }
    var invalid: String { pick("ugyldige input", "invalid inputs") }
    var socialNoPlacement: String { pick("ingen placering i Socialaftalen", "no Socialaftale placement") }

    // MARK: - Terminal summary

    func summaryTitle(year: Int, path: String, steps: Int, changes: Int) -> String {
        pick(
            "Følsomhed \(year): \(path) – \(number(steps)) trin, fordelingen ændrer sig ved \(number(changes)) overgange",
            "Sensitivity \(year): \(path) – \(number(steps)) steps, the distribution changes at \(number(changes)) transitions"
        )
    }

    func at(_ value: String) -> String { pick("ved ", "at ") + value }
    var firstChange: String { pick("første ændring", "first change") }
    var changes: String { pick("ændringer", "changes") }
    var socialMillions: String { pick("Socialaftalen, mio. kr./år", "Socialaftale, million kr/year") }
    var sameEverywhere: String {
        pick("Fordelingen er den samme ved alle værdier.", "The distribution is the same at every value.")
    }
    func moreAndFewer(_ names: [String]) -> String {
        pick(
            "Både flere og færre pladser undervejs: \(common.list(names)).",
            "Both more and fewer places along the way: \(common.list(names))."
        )
    }
    func stepsWithoutPlanCount(_ count: Int) -> String {
        pick(
            "\(number(count)) trin har ingen mulig fordeling (se rapporten).",
            "\(number(count)) steps have no possible distribution (see the report)."
        )
    }
}
