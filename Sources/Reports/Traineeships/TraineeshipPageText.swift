import Allocation
import KKRDomain

/// The words of the training-places part of the HTML page: decision, key figures and chart labels.
extension TraineeshipText {
    /// "Praktikpladser" / "Training places".
    var traineeshipsTitle: String { pick("Praktikpladser", "Training places") }

    /// The decision asked of the meeting.
    func traineeshipDecision(year: Int, totals: [String], parties: Int, region: Bool) -> String {
        let who =
            pick("de \(number(parties)) kommuner", "the \(number(parties)) municipalities")
            + (region ? pick(" og regionen", " and the region") : "")
        return pick(
            "KKR Nordjylland bedes godkende fordelingen af praktikpladser \(year) mellem \(who): \(list(totals)) pladser, som vist pr. kommune nedenfor.",
            "KKR Nordjylland is asked to approve the distribution of training places \(year) across \(who): \(list(totals)) places, as shown per municipality below."
        )
    }

    /// "Pædagoguddannelsen: praktikstart 1. juni 2027 og 1. december 2027."
    func placementStarts(_ programme: String, dates: [String]) -> String {
        pick("\(programme): praktikstart \(list(dates)).", "\(programme): placements start \(list(dates)).")
    }

    /// The note under a programme's key figure: "minimum 618 + 7 overførte".
    func targetNote(_ programme: ProgrammePlan) -> String {
        let kind = targetKind(programme.target.kind) + " " + number(programme.target.places)
        guard programme.carryOver > 0 else { return kind }
        return kind
            + pick(" + \(number(programme.carryOver)) overførte", " + \(number(programme.carryOver)) carried over")
    }

    /// The key figure on the largest deviation from a quota.
    func largestDeviation(_ value: Double, quotaPropertyHolds: Bool) -> KeyFigure {
        KeyFigure(
            label: pick("Største afvigelse fra kvoten", "Largest deviation from a quota"),
            value: number(value, decimals: 2),
            note: quotaPropertyHolds
                ? pick(
                    "pladser; alle fik kvoten rundet ned eller op",
                    "places; everyone got the quota rounded down or up"
                )
                : pick("pladser; grænser binder", "places; limits bind")
        )
    }

    /// The key figure on the change from last year.
    func changeFigure(_ change: Int, year: Int) -> KeyFigure {
        KeyFigure(
            label: pick("Ændring fra \(year - 1)", "Change from \(year - 1)"),
            value: self.change(change),
            note: pick("pladser i alt", "places in all")
        )
    }

    // MARK: - Chart words

    /// The labels of the places-versus-quota chart.
    func quotaChart(id: String, programme: String, year: Int, most: String, fewest: String) -> ChartLabels {
        ChartLabels(
            id: id,
            title: pick(
                "\(programme): pladser og kvote pr. kommune \(year)",
                "\(programme): places and quota per municipality \(year)"
            ),
            description: pick(
                "Vandrette søjler viser hver kommunes pladser; den sorte streg er den eksakte kvote. Flest: \(most). Færrest: \(fewest).",
                "Horizontal bars show each municipality's places; the black tick is the exact quota. Most: \(most). Fewest: \(fewest)."
            ),
            valueAxis: common.placesWord,
            categoryAxis: common.municipalityWord
        )
    }

    /// The series names of the places-versus-quota chart.
    func quotaSeries(year: Int) -> (places: String, quota: String) {
        (pick("Pladser \(year)", "Places \(year)"), pick("Eksakt kvote", "Exact quota"))
    }

    /// The labels of the change chart.
    func changeChart(id: String, programme: String, year: Int, total: String) -> ChartLabels {
        ChartLabels(
            id: id,
            title: pick(
                "\(programme): ændring fra \(year - 1) til \(year)",
                "\(programme): change from \(year - 1) to \(year)"
            ),
            description: pick(
                "Søjler til højre er flere pladser end sidste år, søjler til venstre færre. Ændring i alt: \(total).",
                "Bars to the right are more places than last year, bars to the left fewer. Total change: \(total)."
            ),
            valueAxis: pick("Ændring i pladser", "Change in places"),
            categoryAxis: common.municipalityWord
        )
    }

    /// The legend and column names of the change chart.
    func changeSeries(year: Int) -> (increase: String, decrease: String, change: String) {
        (
            pick("Flere pladser end \(year - 1)", "More places than \(year - 1)"),
            pick("Færre pladser end \(year - 1)", "Fewer places than \(year - 1)"),
            pick("Ændring", "Change")
        )
    }

    /// The labels of a split chart.
    func splitChart(id: String, programme: String, dimension: String, illustrative: Bool) -> ChartLabels {
        let mark = illustrative ? " (\(illustrativeMark))" : ""
        return ChartLabels(
            id: id,
            title: pick(
                "\(programme): fordeling efter \(dimension.lowercased())",
                "\(programme): split by \(dimension.lowercased())"
            ) + mark,
            description: pick(
                "Hver søjle er en kommunes pladser delt på kategorierne; summen står ved søjlens ende.",
                "Each bar is one municipality's places split into the categories; the sum is written at its end."
            ),
            valueAxis: common.placesWord,
            categoryAxis: common.municipalityWord
        )
    }

    /// The labels of a joint-capacity chart.
    func capacityChart(id: String, capacity: String, programmes: String) -> ChartLabels {
        ChartLabels(
            id: id,
            title: pick("\(capacity): pladser og kapacitet", "\(capacity): places and capacity"),
            description: pick(
                "Søjlerne er hver kommunes pladser i \(programmes) tilsammen; den sorte streg er kommunens kapacitet.",
                "The bars are each municipality's places in \(programmes) together; the black tick is its capacity."
            ),
            valueAxis: common.placesWord,
            categoryAxis: common.municipalityWord
        )
    }

    /// The series names of a joint-capacity chart.
    func capacitySeries(programmes: String) -> (places: String, capacity: String) {
        (pick("Pladser \(programmes)", "Places \(programmes)"), pick("Kapacitet", "Capacity"))
    }

    /// The check line of a joint capacity.
    func capacityCheck(_ capacity: String, holds: Bool) -> String {
        holds
            ? pick("\(capacity): ingen kommune over kapaciteten.", "\(capacity): no municipality above its capacity.")
            : pick(
                "\(capacity): mindst én kommune over kapaciteten.",
                "\(capacity): at least one municipality above its capacity."
            )
    }

    /// A split category's name; a start date such as "1. juni" becomes "1. juni 2027" / "1 June 2027".
    func categoryName(_ category: SplitCategory, year: Int) -> String {
        if let date = startDate(category, year: year) { return date }
        return category.name(in: language)
    }

    /// The category as a full date, when its id is `YYYY-MM-DD` or its Danish name is "1. juni".
    func startDate(_ category: SplitCategory, year: Int) -> String? {
        let iso = category.id.split(separator: "-").compactMap { Int($0) }
        if iso.count == 3, category.id.count == 10, (1...12).contains(iso[1]) {
            return common.date(year: iso[0], month: iso[1], day: iso[2])
        }
        let words = category.nameDanish.split(separator: " ")
        guard words.count == 2, let day = Int(words[0].filter { $0 != "." }), (1...31).contains(day),
            let month = ReportText.month(named: String(words[1]))
        else { return nil }
        return common.date(year: year, month: month, day: day)
    }
}

// MARK: - No possible plan

extension TraineeshipText {
    /// "Praktikpladser 2027: ingen mulig fordeling".
    func noPlanHeading(year: Int) -> String {
        pick("Praktikpladser \(year): ingen mulig fordeling", "Training places \(year): no possible distribution")
    }

    /// The decision when no training-places plan exists.
    func conflictDecision(year: Int) -> String {
        pick(
            "Der findes ingen fordeling af praktikpladserne \(year), der overholder alle grænser. KKR bedes beslutte, hvilken grænse der skal løsnes (se konflikterne nedenfor).",
            "No distribution of the training places \(year) meets every limit. KKR is asked to decide which limit to relax (see the conflicts below)."
        )
    }

    /// The key figure counting conflicts.
    func conflictFigure(_ count: Int) -> KeyFigure {
        KeyFigure(label: pick("Konflikter mellem grænserne", "Conflicts between limits"), value: number(count))
    }

    /// The failed check.
    var conflictCheck: String {
        pick("Ingen mulig fordeling af praktikpladserne.", "No possible distribution of the training places.")
    }
}
