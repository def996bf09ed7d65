import Allocation
import KKRDomain

/// The words of the period report (Danish by default, English with `--language en`).
extension ReportText {
    /// "2027–2029".
    func periodName(_ period: AgreementPeriod) -> String { "\(period.from)–\(period.to)" }

    func periodTitle(_ period: AgreementPeriod) -> String {
        pick(
            "Praktikpladser \(periodName(period)) – fordeling over aftaleperioden",
            "Training places \(periodName(period)) – distribution over the agreement period"
        )
    }

    /// A municipality's quota over the period is below this many places a year on average: "small".
    static let smallShare = 1.0

    /// The plain-language paragraph: within one place every year (or which limit prevents it), then the small ones.
    func periodParagraph(_ plan: PeriodProgrammePlan, period: AgreementPeriod) -> String {
        let name = periodName(period)
        var sentences: [String] = []
        if plan.isWithinOnePlace {
            sentences.append(
                pick(
                    "Over \(name) holder hver kommune sig inden for én plads af sin andel i hvert år (største kumulerede afvigelse \(number(plan.maxCumulativeDeviation, decimals: 2)) pladser).",
                    "Over \(name) every municipality stays within one place of its share in every year (largest cumulative deviation \(number(plan.maxCumulativeDeviation, decimals: 2)) places)."
                )
            )
        } else {
            sentences.append(
                pick(
                    "Over \(name) kan ikke alle kommuner holdes inden for én plads af deres andel i hvert år (største kumulerede afvigelse \(number(plan.maxCumulativeDeviation, decimals: 2)) pladser).",
                    "Over \(name) not every municipality can stay within one place of its share in every year (largest cumulative deviation \(number(plan.maxCumulativeDeviation, decimals: 2)) places)."
                )
            )
            sentences += plan.bindingLimits.map(bindingLimit)
        }
        let years = plan.years.count
        for row in plan.rows where row.totalQuota < Self.smallShare * Double(years) {
            sentences.append(smallMunicipality(row, years: plan.years.map(\.year)))
        }
        return sentences.joined(separator: " ")
    }

    /// "Læsø får sin plads i 2028." or "Læsøs andel over perioden (0,9 plads) er under én plads; Læsø får ingen plads."
    func smallMunicipality(_ row: PeriodRow, years: [Int]) -> String {
        let quota = number(row.totalQuota, decimals: 2)
        let placeYears = years.indices.filter { row.places[$0] > 0 }.map { String(years[$0]) }
        if row.totalPlaces == 0 {
            return pick(
                "\(row.party.name)s andel over perioden (\(quota) plads) er under én plads, så \(row.party.name) får ingen plads.",
                "\(row.party.name)'s share over the period (\(quota) places) stays below one place, so \(row.party.name) takes no place."
            )
        }
        return pick(
            "\(row.party.name) (andel \(quota) pladser over perioden) tager \(row.totalPlaces == 1 ? "sin plads" : "sine pladser") i \(list(placeYears)).",
            "\(row.party.name) (share \(quota) places over the period) takes \(row.totalPlaces == 1 ? "its place" : "its places") in \(list(placeYears))."
        )
    }

    /// "Morsø: loftet på 9 pladser i 2027 holder kommunen 1,2 pladser under sin andel ved udgangen af 2028."
    func bindingLimit(_ limit: PeriodBindingLimit) -> String {
        let amount = number(abs(limit.deviation), decimals: 2)
        let value = limit.value.map(number) ?? "?"
        let what: String
        switch limit.kind {
        case .cap:
            what = pick(
                "loftet på \(value) pladser i \(limit.limitYear)",
                "the cap of \(value) places in \(limit.limitYear)"
            )
        case .floor:
            what = pick(
                "gulvet på \(value) pladser i \(limit.limitYear)",
                "the floor of \(value) places in \(limit.limitYear)"
            )
        case .changeLimit:
            what = pick(
                "ændringsgrænsen på \(value) pladser fra år til år (\(limit.limitYear))",
                "the change limit of \(value) places from one year to the next (\(limit.limitYear))"
            )
        case .jointCapacity:
            what = pick(
                "den fælles kapacitet på \(value) pladser i \(limit.limitYear)",
                "the joint capacity of \(value) places in \(limit.limitYear)"
            )
        case .decidedYear:
            what = pick(
                "den allerede besluttede fordeling for \(limit.limitYear) (\(value) pladser)",
                "the allocation already decided for \(limit.limitYear) (\(value) places)"
            )
        }
        let direction = limit.deviation < 0 ? pick("under", "below") : pick("over", "above")
        return pick(
            "\(limit.party.name): \(what) holder kommunen \(amount) pladser \(direction) sin andel ved udgangen af \(limit.year).",
            "\(limit.party.name): \(what) keeps the municipality \(amount) places \(direction) its share at the end of \(limit.year)."
        )
    }

    /// The sentence in a period year's single-year report: it is that year of the period plan, with the decided
    /// years (`history.csv`) fixed.
    public func fromPeriodPlan(_ period: AgreementPeriod, year: Int, decided: [Int], programmes: [String]) -> String {
        guard year != period.from || !decided.isEmpty else { return fromPeriodPlan(period, programmes: programmes) }
        let years = list(decided.map(String.init))
        let part = pick(
            "Fordelingen af \(list(programmes)) for \(year) er år \(year) af fordelingen over aftaleperioden \(periodName(period)) (se \(period.folderName)/): én plan, så hver kommunes pladser over hele perioden holder sig tæt på dens andel.",
            "The distribution of \(list(programmes)) for \(year) is year \(year) of the distribution over the agreement period \(periodName(period)) (see \(period.folderName)/): one plan, so that each municipality's places over the whole period stay close to its share."
        )
        let history =
            decided.isEmpty
            ? pick(
                "Intet år i perioden er besluttet endnu (history.csv), så de tidligere år er planlagt med.",
                "No year of the period is decided yet (history.csv), so the earlier years are planned with it."
            )
            : pick(
                "De allerede besluttede år ligger fast som i history.csv: \(years).",
                "The years already decided are kept as in history.csv: \(years)."
            )
        return part + " " + history
    }

    /// The sentence in the first year's single-year report: it is the period plan's first year.
    func fromPeriodPlan(_ period: AgreementPeriod, programmes: [String]) -> String {
        pick(
            "Fordelingen af \(list(programmes)) for \(period.from) er første år af fordelingen over aftaleperioden \(periodName(period)) (se \(period.folderName)/): én plan, så hver kommunes pladser over hele perioden holder sig tæt på dens andel.",
            "The distribution of \(list(programmes)) for \(period.from) is the first year of the distribution over the agreement period \(periodName(period)) (see \(period.folderName)/): one plan, so that each municipality's places over the whole period stay close to its share."
        )
    }

    var periodMethod: String {
        pick(
            "Alle år i perioden fordeles i én model pr. uddannelse (eller fælles kapacitet). Først gøres den største afvigelse mellem en kommunes samlede pladser og dens samlede andel – ved udgangen af hvert år – så lille som muligt; derefter den største afvigelse i et enkelt år, summen af de kumulerede afvigelser, ændringen fra år til år, og til sidst en fast rækkefølge ved lighed (større rest, større vægt, lavere kode; tidligere år først). Uden bindende grænser holder hver kommune sig altid under én plads fra sin andel (Tijdemans sætning). Allerede besluttede år (history.csv) ligger fast.",
            "All years of the period are distributed in one model per programme (or joint capacity). First the largest deviation between a municipality's cumulative places and its cumulative share – at the end of every year – is made as small as possible; then the largest deviation in a single year, the sum of the cumulative deviations, the change from year to year, and finally a fixed order for ties (larger remainder, larger weight, lower code; earlier years first). Without binding limits every municipality always stays below one place from its share (Tijdeman's theorem). Years already decided (history.csv) are fixed."
        )
    }

    func periodTableHeading(_ programme: Programme) -> String {
        "## " + programme.name(in: language)
    }

    var shareOverPeriodWord: String { pick("Andel i alt", "Share, total") }
    var largestDeviationWord: String { pick("Største afvigelse", "Largest deviation") }
    var cumulativeWord: String { pick("Kumuleret pladser / andel", "Cumulative places / share") }
    var periodIntro: String {
        pick(
            "Beregnet af `kkr-plan` med den optimale fordeling over aftaleperioden. Tal markeret *\(illustrativeMark)* er antagelser, ikke officielle tal; se afsnittet »Illustrative tal«.",
            "Computed by `kkr-plan` with the optimal distribution over the agreement period. Figures marked *\(illustrativeMark)* are assumptions, not official numbers; see “Illustrative figures”."
        )
    }

    var periodOfficialSource: String { pick("den officielle kilde", "the official source") }

    var lastTableNote: String { pick("Sidste tabel: ", "Last table: ") + cumulativeWord + "." }

    var periodLargestDeviationNote: String { pick("største afvigelse ", "largest deviation ") }

    func periodYearSumsCheck(_ programme: Programme) -> String {
        pick(
            "\(programmeName(programme)): hvert års pladser summer til årets tal.",
            "\(programmeName(programme)): every year's places add up to the year's number."
        )
    }

    func periodInfeasibleTitle(_ period: AgreementPeriod) -> String {
        pick(
            "Praktikpladser \(periodName(period)): ingen mulig fordeling",
            "Training places \(periodName(period)): no possible distribution"
        )
    }

    var periodInfeasibleReason: String {
        pick(
            "Inputtene er gyldige, men tilsammen kan de ikke opfyldes over perioden. Årsag:",
            "The inputs are valid, but together they cannot be met over the period. Reason:"
        )
    }

    var decidedMark: String { pick("besluttet", "decided") }

    func periodChartLabels(_ programme: Programme, period: AgreementPeriod) -> ChartLabels {
        ChartLabels(
            id: "chart-period-\(programme.id)",
            title: pick(
                "\(programmeName(programme)): samlede pladser minus samlet andel, \(periodName(period))",
                "\(programmeName(programme)): cumulative places minus cumulative share, \(periodName(period))"
            ),
            description: pick(
                "Hver linje er en kommune; under nul har den fået færre pladser end sin andel indtil da. Inden for ±1 er fordelingen fair over perioden.",
                "Each line is a municipality; below zero it has had fewer places than its share so far. Within ±1 the distribution is fair over the period."
            ),
            valueAxis: pick("Afvigelse (pladser)", "Deviation (places)"),
            categoryAxis: pick("År", "Year")
        )
    }

    func periodConflict(_ conflict: PeriodConflict) -> String {
        switch conflict {
        case .year(let year, let inner):
            return "\(year): " + self.conflict(inner)
        case .changeLimitsAcrossYears(let programmes, let years):
            let names = list(programmes.map(programmeName))
            return pick(
                "\(names): hvert år kan fordeles for sig, men ændringsgrænserne (max_change) fra år til år kan ikke overholdes over \(years.first ?? 0)–\(years.last ?? 0), når hvert års regionale tal skal fordeles. Hæv ændringsgrænsen eller udjævn de regionale tal.",
                "\(names): each year can be distributed on its own, but the change limits (max_change) from one year to the next cannot be kept over \(years.first ?? 0)–\(years.last ?? 0) while every year's regional number is distributed. Raise the change limit or even out the regional numbers."
            )
        }
    }

    // MARK: - Periods in compare and sweep

    var periodsHeading: String { pick("Aftaleperioder", "Agreement periods") }

    var periodScenarioIntro: String {
        pick(
            "Hvor en uddannelse fordeles over en aftaleperiode, gælder hvert scenaries ændringer for alle år i perioden (et nyt eller skaleret regionalt tal, en anden nøgle, gulve og lofter gælder hvert år), og hele perioden fordeles igen som med `kkr-plan traineeships --period`. Tabellen viser pladserne over hele perioden og den største afvigelse mellem en kommunes kumulerede pladser og dens kumulerede andel ved udgangen af et år; under 1 betyder, at hver kommune holder sig inden for én plads af sin andel i hvert år.",
            "Where a programme is distributed over an agreement period, each scenario's changes apply to every year of the period (a new or scaled regional number, another key, floors and caps hold for every year), and the whole period is distributed again as by `kkr-plan traineeships --period`. The table shows the places over the whole period and the largest deviation between a municipality's cumulative places and its cumulative share at the end of a year; below 1 means every municipality stays within one place of its share in every year."
        )
    }

    var periodSweepIntro: String {
        pick(
            "Ved hvert trin gælder værdien for alle år i aftaleperioden, og perioden fordeles igen som med `kkr-plan traineeships --period`: pladserne over hele perioden og den største afvigelse mellem en kommunes kumulerede pladser og dens kumulerede andel (under 1: inden for én plads i hvert år).",
            "At each step the value holds for every year of the agreement period, and the period is distributed again as by `kkr-plan traineeships --period`: the places over the whole period and the largest deviation between a municipality's cumulative places and its cumulative share (below 1: within one place in every year)."
        )
    }

    /// "PAU 2027–2029".
    func periodProgramme(_ programme: Programme, _ period: AgreementPeriod) -> String {
        "\(programmeName(programme)) \(periodName(period))"
    }

    func periodHeading(_ programme: Programme, _ period: AgreementPeriod) -> String {
        pick(
            "\(programmeName(programme)) over aftaleperioden \(periodName(period))",
            "\(programmeName(programme)) over the agreement period \(periodName(period))"
        )
    }

    var periodTotalWord: String { pick("pladser i perioden", "places in the period") }
    var periodDeviationWord: String { pick("største kumulerede afvigelse", "largest cumulative deviation") }
    var periodColumn: String { pick("Periode", "Period") }
    var periodTotalColumn: String { pick("Pladser i perioden", "Places in the period") }
    var periodDeviationColumn: String { pick("Største kumulerede afvigelse", "Largest cumulative deviation") }
    var periodLimitColumn: String { pick("Grænse ved afvigelse ≥ 1", "Limit where the deviation is ≥ 1") }

    func periodSweepChart(_ programme: Programme, _ period: AgreementPeriod, parameter: String) -> ChartLabels {
        ChartLabels(
            id: "chart-sweep-period-\(programme.id)",
            title: pick(
                "\(programmeName(programme)) \(periodName(period)): største kumulerede afvigelse efter \(parameter)",
                "\(programmeName(programme)) \(periodName(period)): largest cumulative deviation by \(parameter)"
            ),
            description: pick(
                "Den største afvigelse mellem en kommunes kumulerede pladser og dens kumulerede andel over perioden ved hver værdi; under 1 er hver kommune inden for én plads af sin andel i hvert år.",
                "The largest deviation between a municipality's cumulative places and its cumulative share over the period at each value; below 1 every municipality is within one place of its share in every year."
            ),
            valueAxis: pick("Afvigelse (pladser)", "Deviation (places)"),
            categoryAxis: parameter
        )
    }

    /// "PAU 2027–2029: pladser i perioden".
    func periodFigure(_ programme: Programme, _ period: AgreementPeriod, _ word: String) -> String {
        "\(periodProgramme(programme, period)): \(word)"
    }

    /// Why a variant's period deviates a place or more, or has no plan: "Scenarie, PAU 2027–2029: …" (`name` as
    /// the format writes it).
    func periodNotes(_ figures: PeriodFigures, name: String) -> String? {
        let title = "\(name), \(periodProgramme(figures.programme, figures.period)): "
        guard let plan = figures.plan else {
            return title + periodInfeasibleReason + " " + figures.conflicts.map(periodConflict).joined(separator: " ")
        }
        guard !plan.isWithinOnePlace else { return nil }
        return title + periodParagraph(plan, period: figures.period)
    }

    /// Why each period of `result` without a plan has none: "PAU 2027–2029: …" (empty when all are planned).
    public func periodProblems(_ result: VariantResult) -> [String] {
        result.periodFigures.filter { $0.plan == nil }
            .flatMap { figures in
                figures.conflicts.map { "\(periodProgramme(figures.programme, figures.period)): " + periodConflict($0) }
            }
    }

    /// The limits keeping a step's period a place or more from the shares, or "–".
    func periodLimits(_ figures: PeriodFigures?) -> String {
        guard let figures else { return "–" }
        guard let plan = figures.plan else { return figures.conflicts.map(periodConflict).joined(separator: " ") }
        return plan.bindingLimits.isEmpty ? "–" : plan.bindingLimits.map(bindingLimit).joined(separator: " ")
    }
}
