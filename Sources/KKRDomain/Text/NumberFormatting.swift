/// Fixed, locale-independent number formatting for reports.
///
/// Reports must be byte-identical for identical inputs, so nothing here reads
/// the machine's locale: Danish uses `.` for thousands and `,` for decimals
/// (`1.234,5`), English `,` and `.` (`1,234.5`). Values are rounded half away
/// from zero at the requested number of decimals, and `-0` is written `0`.
public enum NumberFormatting {
    /// `value` with exactly `decimals` decimals and thousands grouping in `language`.
    public static func format(_ value: Double, decimals: Int = 0, language: Language) -> String {
        let (thousands, decimalMark): (Character, Character) = language == .danish ? (".", ",") : (",", ".")
        return format(value, decimals: decimals, thousands: thousands, decimalMark: decimalMark)
    }

    /// `value` for a CSV file that Danish Excel opens: decimal comma, no thousands separator.
    public static func spreadsheet(_ value: Double, decimals: Int) -> String {
        format(value, decimals: decimals, thousands: nil, decimalMark: ",")
    }

    /// The shortest plain form of `value` with a decimal point (`12`, `12.5`), for messages.
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// A percentage such as `40,0 %` (Danish) or `40.0%` (English); `share` is a fraction.
    public static func percent(_ share: Double, decimals: Int = 1, language: Language) -> String {
        let number = format(share * 100, decimals: decimals, language: language)
        return language == .danish ? number + " %" : number + "%"
    }

    // MARK: - Core

    static func format(_ value: Double, decimals: Int, thousands: Character?, decimalMark: Character) -> String {
        guard value.isFinite else { return value.isNaN ? "–" : (value > 0 ? "∞" : "−∞") }
        let places = max(0, min(decimals, 9))
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return plain(value) }
        let units = Int(scaled)
        let integerPart = units / Int(scale)
        let fractionPart = units % Int(scale)
        var integerText = String(integerPart)
        if let thousands {
            var grouped = ""
            for (offset, character) in integerText.enumerated() {
                if offset > 0 && (integerText.count - offset) % 3 == 0 { grouped.append(thousands) }
                grouped.append(character)
            }
            integerText = grouped
        }
        var text = (value < 0 && units != 0 ? "-" : "") + integerText
        if places > 0 {
            let fraction = String(fractionPart)
            text.append(decimalMark)
            text += String(repeating: "0", count: places - fraction.count) + fraction
        }
        return text
    }
}
