import Allocation
import KKRDomain

/// The words of the sweep page (`sweep_<parameter>.html`): decision, key figures, chart labels.
extension SweepText {  // MARK: - Sweep

    /// "Følsomhed" / "Sensitivity".
    var sweepTitle: String { pick("Følsomhed", "Sensitivity") }

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
            "Til drøftelse: hvordan ændrer fordelingen sig, når \(common.lowercasedFirst(parameter)) går fra \(from) til \(to)? Fordelingen ændrer sig ved \(number(changes)) af \(number(transitions)) overgange mellem to nabotrin.",
            "For discussion: how does the distribution change as \(common.lowercasedFirst(parameter)) runs from \(from) to \(to)? It changes at \(number(changes)) of \(number(transitions)) transitions between neighbouring steps."
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
                "Én linje pr. kommune: pladserne ved hver værdi af parameteren (\(common.lowercasedFirst(parameter))). Kommunens navn står ved linjens højre ende.",
                "One line per municipality: its places at each value of the parameter (\(common.lowercasedFirst(parameter))). The municipality's name is at the line's right end."
            ),
            valueAxis: common.placesWord,
            categoryAxis: parameter
        )
    }

    /// The caption of a sweep table: the programme, the parameter of the columns, and whether steps were left out.
    func sweepTableCaption(_ programme: String, parameter: String, selected: Bool) -> String {
        selected
            ? pick(
                "\(programme): pladser ved udvalgte værdier af \(common.lowercasedFirst(parameter)) (alle trin i CSV-filen)",
                "\(programme): places at selected values of \(common.lowercasedFirst(parameter)) (every step in the CSV file)"
            )
            : pick(
                "\(programme): pladser ved hver værdi af \(common.lowercasedFirst(parameter))",
                "\(programme): places at each value of \(common.lowercasedFirst(parameter))"
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
                "Én linje pr. kommune, hvis betaling ændrer sig, når \(common.lowercasedFirst(parameter)) ændres; kommunens navn står ved linjens højre ende.",
                "One line per municipality whose payments change as \(common.lowercasedFirst(parameter)) changes; its name is at the line's right end."
            ),
            valueAxis: pick("Mio. kr. om året", "Million kr a year"),
            categoryAxis: parameter
        )
    }

    /// The caption of the Socialaftale table of a sweep.
    func sweepSocialTableCaption(parameter: String, selected: Bool) -> String {
        selected
            ? pick(
                "Betalt (mio. kr.) ved udvalgte værdier af \(common.lowercasedFirst(parameter)) (alle trin i CSV-filen)",
                "Paid (million kr) at selected values of \(common.lowercasedFirst(parameter)) (every step in the CSV file)"
            )
            : pick(
                "Betalt (mio. kr.) ved hver værdi af \(common.lowercasedFirst(parameter))",
                "Paid (million kr) at each value of \(common.lowercasedFirst(parameter))"
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
