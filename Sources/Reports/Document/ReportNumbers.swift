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

    /// A signed number with `decimals` decimals (`+1,5`, `−0,3`), without a sign when it is written as zero.
    public func signed(_ value: Double, decimals: Int) -> String {
        let magnitude = number(abs(value), decimals: decimals)
        guard magnitude != number(0, decimals: decimals) else { return magnitude }
        return (value < 0 ? "−" : "+") + magnitude
    }

    /// A factor with as many decimals as it needs (at most 4): `1,1`, `1,15`, `0,875`.
    public func factor(_ value: Double) -> String {
        let decimals = (0...4).first { abs(value * pow10($0) - (value * pow10($0)).rounded()) < 1e-9 } ?? 4
        return number(value, decimals: decimals)
    }

    private func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
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
