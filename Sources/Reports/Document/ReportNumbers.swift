import KKRDomain

/// How reports write numbers: Danish `1.234,5`, English `1,234.5`, never with the machine's locale.
///
/// Numbers only; the words are in the catalogues. Renderers and catalogues share this one set of formats.
public struct ReportNumbers: Sendable {
    /// The language whose separators are used.
    public var language: Language

    /// Creates the formats for `language`.
    public init(_ language: Language) {
        self.language = language
    }

    /// A whole or decimal number with grouping: `1.234` / `1,234`, `12,50` / `12.50`.
    public func number(_ value: Double, decimals: Int = 0) -> String {
        NumberFormatting.format(value, decimals: decimals, language: language)
    }

    /// An integer with grouping.
    public func number(_ value: Int) -> String {
        number(Double(value))
    }

    /// A signed change: `+3`, `−2`, `0`.
    public func change(_ value: Int) -> String {
        value > 0 ? "+\(number(value))" : value < 0 ? "−\(number(-value))" : "0"
    }

    /// A share as a percentage: `4,37 %` / `4.37%`.
    public func percent(_ share: Double, decimals: Int = 2) -> String {
        NumberFormatting.percent(share, decimals: decimals, language: language)
    }

    /// An amount in million kr with one decimal (`1.447,4`).
    public func millions(_ value: Double) -> String {
        number(value / 1_000_000, decimals: 1)
    }

    /// A change in million kr with one decimal and its sign (`+4,7`, `−0,3`), or `0` when it rounds to zero.
    public func millionsChange(_ value: Double) -> String {
        let rounded = (value / 100_000).rounded() / 10
        return rounded == 0 ? "0" : (rounded > 0 ? "+" : "−") + number(abs(rounded), decimals: 1)
    }

    /// "Aalborg (851)".
    public func party(_ party: Party) -> String {
        "\(party.name) (\(party.code))"
    }
}
