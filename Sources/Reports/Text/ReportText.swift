import Allocation
import KKRDomain

/// The shared Danish/English words of the reports: numbers, amounts, names, methods, conflicts, illustrative
/// figures, the page's frame and the words several parts use.
///
/// Each plan part has its own catalogue on top of this one (``TraineeshipText``, ``SocialText``,
/// ``ComparisonText``, ``SweepText``, each a ``PartCatalogue``); every word a report prints comes from one of
/// them (`CatalogueTests` fails on a language choice anywhere else). Each entry holds both languages side by
/// side, so a missing translation is visible in review. Numbers are formatted through the catalogue too
/// (Danish `1.234,5`, English `1,234.5`), never with the machine's locale.
public struct ReportText: Sendable {
    /// The language.
    public var language: Language

    /// Creates the catalogue for `language`.
    public init(_ language: Language) {
        self.language = language
    }

    /// The Danish or the English text.
    public func pick(_ danish: String, _ english: String) -> String {
        language == .danish ? danish : english
    }

    // MARK: - Numbers

    /// The number formats of the language.
    public var numbers: ReportNumbers { ReportNumbers(language) }

    /// A whole or decimal number with grouping: `1.234` / `1,234`, `12,50` / `12.50`.
    public func number(_ value: Double, decimals: Int = 0) -> String {
        numbers.number(value, decimals: decimals)
    }

    /// An integer with grouping.
    public func number(_ value: Int) -> String {
        numbers.number(value)
    }

    /// A signed change: `+3`, `−2`, `0`.
    public func change(_ value: Int) -> String {
        numbers.change(value)
    }

    /// Whole kroner: `1.234.567 kr.` / `1,234,567 kr`.
    public func kroner(_ value: Double) -> String {
        number(value.rounded()) + pick(" kr.", " kr")
    }

    /// Kroner rounded to the nearest thousand, for marginal values that are estimates: `ca. 520.000 kr.`.
    public func aboutKroner(_ value: Double) -> String {
        pick("ca. ", "about ") + kroner((value / 1_000).rounded() * 1_000)
    }

    /// Millions with one decimal: `1.513,0 mio. kr.` / `1,513.0 million kr`.
    public func millions(_ value: Double) -> String {
        number(value / 1_000_000, decimals: 1) + pick(" mio. kr.", " million kr")
    }

    /// A share as a percentage: `4,37 %` / `4.37%`.
    public func percent(_ share: Double, decimals: Int = 2) -> String {
        numbers.percent(share, decimals: decimals)
    }

    /// A weight: whole numbers grouped, others with two decimals.
    public func weight(_ value: Double) -> String {
        value == value.rounded() ? number(value) : number(value, decimals: 2)
    }

    /// "Aalborg (851)".
    public func party(_ party: Party) -> String {
        numbers.party(party)
    }

    /// A list: "a, b og c" / "a, b and c".
    public func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + pick(" og ", " and ") + last
    }

    /// The sentence naming the audit model files next to the report (nil when there are none).
    public func modelFiles(_ fileNames: [String]) -> String? {
        guard !fileNames.isEmpty else { return nil }
        let files = list(fileNames.map { "`\($0)`" })
        return fileNames.count == 1
            ? pick(
                "Modellen er gemt som \(files) (CPLEX-LP, kan genløses med `kkr-plan solve`).",
                "The model is saved as \(files) (CPLEX-LP, re-solvable with `kkr-plan solve`)."
            )
            : pick(
                "Modellerne er gemt som \(files) (CPLEX-LP, kan genløses med `kkr-plan solve`).",
                "The models are saved as \(files) (CPLEX-LP, re-solvable with `kkr-plan solve`)."
            )
    }

    // MARK: - Words

    /// "præcist" / "exact", "minimum" / "minimum".
    public func targetKind(_ kind: TargetKind) -> String {
        switch kind {
        case .exact: return pick("præcist", "exact")
        case .minimum: return pick("minimum", "minimum")
        }
    }

    /// The mark after an illustrative figure.
    public var illustrativeMark: String { pick("illustrativt tal", "illustrative figure") }

    /// The method's name in the report.
    public func method(_ method: ApportionmentMethod, firstDivisor: Double? = nil) -> String {
        let modified =
            firstDivisor.map {
                pick(" (første divisor \(number($0, decimals: 1)))", " (first divisor \(number($0, decimals: 1)))")
            } ?? ""
        switch method {
        case .optimal: return pick("optimal fordeling (leksikografisk)", "optimal distribution (lexicographic)")
        case .hamilton: return pick("Hamiltons metode (største brøkrest)", "Hamilton's method (largest remainder)")
        case .dhondt: return "D'Hondt" + modified
        case .sainteLague: return "Sainte-Laguë" + modified
        case .huntingtonHill: return "Huntington–Hill"
        }
    }

    /// The method explained in two plain sentences.
    public func methodExplanation(_ method: ApportionmentMethod) -> String {
        let quota = pick(
            "Hver kommune har en kvote: regionens tal gange kommunens andel af fordelingsnøglen, plus sidste års manglende pladser, hvor overførsel er aftalt.",
            "Each municipality has a quota: the regional number times its share of the distribution key, plus last year's missing places where carry-over is agreed."
        )
        switch method {
        case .optimal:
            return quota + " "
                + pick(
                    "Kvoterne rundes til hele pladser, så den største afvigelse fra kvoten (målt i hele pladser, ikke i procent) bliver så lille som muligt, dernæst summen af afvigelserne og til sidst afstanden til sidste års fordeling, inden for bunde, lofter, ændringsgrænser og fælles kapacitet.",
                    "The quotas are rounded to whole places so that the largest deviation from the quota (in places, not percent) is as small as possible, then the sum of deviations, and finally the distance to last year's distribution, within floors, caps, change limits and joint capacity."
                )
        case .hamilton:
            return quota + " "
                + pick(
                    "Alle får kvoten rundet ned, og de resterende pladser går én ad gangen til de største brøkrester.",
                    "Everyone gets the quota rounded down, and the remaining places go one at a time to the largest fractional remainders."
                )
        case .dhondt, .sainteLague, .huntingtonHill:
            return quota + " "
                + pick(
                    "Pladserne uddeles én ad gangen til den kommune, der har det største gennemsnit (kvote divideret med metodens divisor for de pladser, den allerede har).",
                    "Places are handed out one at a time to the municipality with the highest average (quota divided by the method's divisor for the places it already has)."
                )
        }
    }

    /// How ties are broken.
    public var tieRule: String {
        pick(
            "Står to kommuner lige, går pladsen til den største brøkrest, dernæst den største vægt, dernæst den laveste kommunekode.",
            "When two municipalities are tied, the place goes to the larger remainder, then the larger weight, then the lower municipality code."
        )
    }
}

/// Words several parts share (the comparison and the sweep).
extension ReportText {
    /// What the base is, with the scenario's id: "scenariet »…« (`id`)" or "inputtene uden ændringer".
    func baseWithID(_ scenario: ResolvedScenario?) -> String {
        scenario.map {
            pick(
                "scenariet »\($0.scenario.name)« (`\($0.scenario.id)`)",
                "the scenario “\($0.scenario.name)” (`\($0.scenario.id)`)"
            )
        } ?? pick("inputtene uden ændringer", "the inputs without changes")
    }

    /// "Socialaftalen: løseren fandt ingen placering (status …)."
    func socialNoPlacement(_ status: String) -> String {
        pick(
            "Socialaftalen: løseren fandt ingen placering (status \(status)).",
            "Socialaftale: the solver found no placement (status \(status))."
        )
    }

    /// "Betalt i alt" / "Paid in total".
    var paidInTotal: String { pick("Betalt i alt", "Paid in total") }

    /// "Borgere uden plads" / "Citizens without a place".
    var unmetCitizens: String { pick("Borgere uden plads", "Citizens without a place") }

    /// "Tilbud under belægningsgrænsen" / "Offers under the occupancy bound".
    var offersUnderBound: String { pick("Tilbud under belægningsgrænsen", "Offers under the occupancy bound") }

    /// "Kommune" / "Municipality".
    var municipalityWord: String { pick("Kommune", "Municipality") }

    /// "Pladser" / "Places".
    var placesWord: String { pick("Pladser", "Places") }

    /// "I alt" / "Total".
    var totalWord: String { pick("I alt", "Total") }

    /// "Ingen." / "None."
    var noneWord: String { pick("Ingen.", "None.") }
}

/// Names and numbers in the sentences about scenarios and sweeps (``ComparisonText``, ``SweepText``).
extension ReportText {
    /// The short names of the programmes `ids` as a list ("SSH og SSA").
    func programmeList(_ ids: [String], inputs: ScenarioInputs) -> String {
        list(ids.map { id in inputs.traineeships.programmes.first { $0.id == id }.map(programmeName) ?? id })
    }

    /// The selected parties as a list ("Læsø (825)"), or "alle kommuner".
    func partyList(_ selection: PartySelection, inputs: ScenarioInputs) -> String {
        switch selection {
        case .all: return pick("alle kommuner", "every municipality")
        case .codes(let codes):
            return list(codes.map { code in inputs.traineeships.party(code: code).map(party) ?? code })
        }
    }

    // MARK: - Numbers

    /// A factor with as many decimals as it needs (at most 4): `1,1`, `1,15`, `0,875`.
    public func factor(_ value: Double) -> String {
        numbers.factor(value)
    }

    /// A factor as a signed percentage change: `+10 %`, `−5 %`.
    public func signedPercent(_ factor: Double) -> String {
        let change = (factor - 1) * 100
        let decimals = abs(change - change.rounded()) < 1e-9 ? 0 : 1
        let magnitude = number(abs(change), decimals: decimals) + pick(" %", "%")
        return change > 1e-12 ? "+" + magnitude : change < -1e-12 ? "−" + magnitude : magnitude
    }
}

/// The words of the sections every report ends with (``MarkdownSections``).
extension ReportText {
    /// "Inputfiler" / "Input files".
    var inputFilesSection: String { pick("Inputfiler", "Input files") }

    /// "Fil" / "File".
    var fileColumn: String { pick("Fil", "File") }

    /// The sentence when no figure is illustrative.
    var noneIllustrative: String {
        pick(
            "Ingen af de anvendte tal er markeret som illustrative.",
            "None of the figures used is marked illustrative."
        )
    }

    /// The sentence before the illustrative figures.
    func checkIllustrative(against sources: String) -> String {
        pick(
            "Disse inputtal er antagelser, ikke offentliggjorte tal. Kontrollér dem mod \(sources) før en beslutning:",
            "These input figures are assumptions, not published numbers. Check them against \(sources) before a decision:"
        )
    }
}

/// The word catalogue of one plan part (``TraineeshipText``, ``ComparisonText``, …): Danish and English side by
/// side, on top of the shared words and numbers of ``ReportText``.
protocol PartCatalogue: Sendable {
    /// The shared words and numbers.
    var common: ReportText { get }
}

extension PartCatalogue {
    /// The language.
    var language: Language { common.language }

    /// The shared number formats and words, for the sentences of a part.
    var numbers: ReportNumbers { common.numbers }
    func number(_ value: Int) -> String { common.number(value) }
    func number(_ value: Double, decimals: Int = 0) -> String { common.number(value, decimals: decimals) }
    func change(_ value: Int) -> String { common.change(value) }
    func percent(_ share: Double, decimals: Int = 2) -> String { common.percent(share, decimals: decimals) }
    func list(_ items: [String]) -> String { common.list(items) }
    func party(_ party: Party) -> String { common.party(party) }
    func programmeName(_ programme: Programme) -> String { common.programmeName(programme) }
    func targetKind(_ kind: TargetKind) -> String { common.targetKind(kind) }
    var illustrativeMark: String { common.illustrativeMark }
    func kroner(_ value: Double) -> String { common.kroner(value) }
    func aboutKroner(_ value: Double) -> String { common.aboutKroner(value) }
    func millions(_ value: Double) -> String { common.millions(value) }
    func factor(_ value: Double) -> String { common.factor(value) }
    func signedPercent(_ factor: Double) -> String { common.signedPercent(factor) }
    func programmeList(_ ids: [String], inputs: ScenarioInputs) -> String { common.programmeList(ids, inputs: inputs) }
    func partyList(_ selection: PartySelection, inputs: ScenarioInputs) -> String {
        common.partyList(selection, inputs: inputs)
    }

    /// The Danish or the English text.
    func pick(_ danish: String, _ english: String) -> String {
        common.pick(danish, english)
    }
}
