import Foundation

/// Reads numbers as Danish and English spreadsheets write them.
///
/// Rules, in order:
/// - spaces, no-break spaces and thin spaces are dropped (`1 234`);
/// - a leading `+`, `-` or `−` (U+2212) gives the sign;
/// - with both `.` and `,`, the one that comes last is the decimal mark and
///   the other groups thousands (`1.234,5` and `1,234.5` are both 1234.5);
/// - a single `,` is a decimal comma (`12,5`); several `,` group thousands;
/// - a single `.` is a decimal point (`12.5`); several `.` group thousands;
/// - nothing else: no exponents, no `NaN`, no `inf`, no letters.
///
/// So `1.234` reads as 1.234, not 1234: Danish Excel writes no thousands
/// separator when it saves CSV, and a lone `.` is far more often a decimal point.
public enum NumberParser {
    /// The value of `text`, or nil when it is not a number by the rules above.
    public static func parse(_ text: String) -> Double? {
        var digits = text.unicodeScalars.filter { !Self.spaces.contains($0) }
        var negative = false
        if let first = digits.first, first == "-" || first == "+" || first == "\u{2212}" {
            negative = first != "+"
            digits.removeFirst()
        }
        guard !digits.isEmpty else { return nil }
        let commas = digits.count { $0 == "," }
        let points = digits.count { $0 == "." }
        var decimalMark: Unicode.Scalar?
        if commas > 0 && points > 0 {
            guard let last = digits.last(where: { $0 == "," || $0 == "." }) else { return nil }
            decimalMark = last
            if (last == "," ? commas : points) > 1 { return nil }
        } else if commas == 1 {
            decimalMark = ","
        } else if points == 1 {
            decimalMark = "."
        }
        var normalised = ""
        for scalar in digits {
            if scalar == decimalMark {
                normalised.append(".")
            } else if scalar == "," || scalar == "." {
                continue
            } else if ("0"..."9").contains(scalar) {
                normalised.unicodeScalars.append(scalar)
            } else {
                return nil
            }
        }
        guard normalised.contains(where: \.isNumber), let value = Double(normalised), value.isFinite else {
            return nil
        }
        return negative ? -value : value
    }

    /// The largest magnitude an input number may have (10¹²): far above any place count or population,
    /// and small enough that sums and quotas stay exact in floating point.
    public static let largestMagnitude = 1e12

    /// The value of `text` when it is a whole number (`12`, `12,0`), else nil.
    public static func parseInteger(_ text: String) -> Int? {
        guard let value = parse(text), value == value.rounded(), abs(value) < 1e15 else { return nil }
        return Int(value)
    }

    private static let spaces: Set<Unicode.Scalar> = [" ", "\t", "\u{00A0}", "\u{202F}", "\u{2009}"]
}
