import Allocation
import KKRDomain

/// Words the comparison and the sweep pages share.
extension ReportText {
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

    /// "Socialaftale", the agreement's name in both languages.
    var socialName: String { "Socialaftale" }

    /// "Køber" / "Buyer".
    var buyerWord: String { pick("Køber", "Buyer") }

    /// A signed number with decimals: `+1,2`, `−0,4`, `0,0`.
    func signedNumber(_ value: Double, decimals: Int) -> String {
        numbers.signed(value, decimals: decimals)
    }

    /// The note that changed figures are assumptions.
    var scenarioFiguresAreAssumptions: String {
        pick("Tal, som et scenarie ændrer, er altid antagelser.", "Figures a scenario changes are always assumptions.")
    }

    /// `text` with its first letter in lower case, for a name inside a sentence ("regionalt tal for SSA").
    func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
    /// The heading of the Socialaftale in a comparison.
    var socialComparisonHeading: String {
        pick("Socialaftale: betalt pr. kommune", "Socialaftale: paid per municipality")
    }

    /// A variant's check: its plan passes every check, fails one, or does not exist.
    func variantCheck(_ name: String, planned: Bool, passes: Bool) -> String {
        guard planned else { return pick("\(name): ingen mulig fordeling.", "\(name): no possible distribution.") }
        return passes
            ? pick("\(name): alle summer og grænser passer.", "\(name): every sum and limit holds.")
            : pick("\(name): ikke alle kontroller bestået.", "\(name): not every check passed.")
    }
}
