import Foundation

/// The labels of a Statistics Denmark (DST) StatBank export: ages, periods, column names and totals.
///
/// StatBank writes the same variable in several presentations (`Text`,
/// `Code`, `CodeAndValue`) and languages: an age is `0`, `0 år`, `0 years`
/// or `1 year`, the top band `100 år og derover`; a period `2024K1`,
/// `2024Q1`, `2024M01` or `2024`. Every comparison goes through
/// ``normalised(_:)``, so case and Unicode normalisation never matter.
public enum StatBankLabels {
    /// `text` trimmed, in canonical composition (NFC) and lower case: the form labels are compared in.
    public static func normalised(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping.lowercased()
    }

    // MARK: - Ages

    /// One label of an age column.
    public enum Age: Hashable, Sendable, Comparable {
        /// One year of age (`0 år`).
        case single(Int)
        /// The open top band (`100 år og derover`): this age and every age above.
        case orOver(Int)
        /// The total over all ages (`Alder i alt`), used only when a file has no single ages.
        case total

        /// Single ages first by age, then the top band, then the total.
        public static func < (lhs: Age, rhs: Age) -> Bool {
            func rank(_ age: Age) -> (Int, Int) {
                switch age {
                case .single(let value): (0, value)
                case .orOver(let value): (1, value)
                case .total: (2, 0)
                }
            }
            return rank(lhs) < rank(rhs)
        }
    }

    /// The oldest single age a label may name; anything higher is taken for something else (a year, a code).
    static let oldestAge = 150

    /// The age `label` names, or nil when it is not an age label.
    public static func age(_ label: String) -> Age? {
        let text = normalised(label)
        if ageTotals.contains(text) { return .total }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let value = Int(digits), value <= oldestAge else { return nil }
        let rest = text.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        if singleAgeSuffixes.contains(rest) { return .single(value) }
        if topBandSuffixes.contains(rest) { return .orOver(value) }
        return nil
    }

    static let singleAgeSuffixes: Set<String> = ["", "år", "aar", "year", "years", "years old", "år gammel"]
    static let topBandSuffixes: Set<String> = [
        "+", "år og derover", "år og over", "år +", "år+", "years and over", "years and older", "years or over",
        "years or older", "year and over", "and over", "og derover",
    ]
    static let ageTotals: Set<String> = [
        "alder i alt", "alder, i alt", "age, total", "age total", "total", "i alt", "ialt", "tot", "alle aldre",
        "all ages",
    ]

    // MARK: - Periods

    /// A StatBank period: a year, a quarter (`2024K1` = `2024Q1`) or a month (`2024M01`).
    public struct Period: Hashable, Sendable, Comparable, CustomStringConvertible {
        /// Year, quarter or month.
        public enum Kind: Int, Hashable, Sendable { case year, quarter, month }
        /// The year.
        public var year: Int
        /// What `number` counts.
        public var kind: Kind
        /// The quarter (1–4) or month (1–12); 0 for a year.
        public var number: Int

        /// DST's Danish notation: `2024`, `2024K1`, `2024M01`.
        public var description: String {
            switch kind {
            case .year: "\(year)"
            case .quarter: "\(year)K\(number)"
            case .month: "\(year)M\(number < 10 ? "0" : "")\(number)"
            }
        }

        /// Orders by year, then kind, then number.
        public static func < (lhs: Period, rhs: Period) -> Bool {
            (lhs.year, lhs.kind.rawValue, lhs.number) < (rhs.year, rhs.kind.rawValue, rhs.number)
        }

        /// Reads `2024`, `2024K1`, `2024Q1`, `2024M01` (any case); nil otherwise.
        public init?(_ label: String) {
            let text = normalised(label)
            let characters = Array(text)
            guard characters.count >= 4, characters[0..<4].allSatisfy({ $0.isASCII && $0.isNumber }),
                let year = Int(String(characters[0..<4]))
            else { return nil }
            let rest = String(characters.dropFirst(4))
            if rest.isEmpty {
                self.init(year: year, kind: .year, number: 0)
            } else if let mark = rest.first, mark == "k" || mark == "q", let quarter = Int(rest.dropFirst()),
                rest.count == 2, (1...4).contains(quarter)
            {
                self.init(year: year, kind: .quarter, number: quarter)
            } else if rest.first == "m", let month = Int(rest.dropFirst()), rest.count == 3, (1...12).contains(month) {
                self.init(year: year, kind: .month, number: month)
            } else {
                return nil
            }
        }

        /// Creates a period.
        public init(year: Int, kind: Kind, number: Int) {
            self.year = year
            self.kind = kind
            self.number = number
        }
    }

    // MARK: - Columns

    /// What a column of an export holds.
    public enum Role: Hashable, Sendable {
        /// The area (`OMRÅDE`): municipalities, regions, the whole country.
        case area
        /// Age.
        case age
        /// The period (`TID`).
        case period
        /// The count (`INDHOLD`).
        case count
        /// Any other variable (sex, marital status, …): summed over, its totals used only when nothing finer exists.
        case summed
    }

    /// The role a header name announces, or nil for a name StatBank does not use.
    public static func role(ofHeader name: String) -> Role? {
        let text = normalised(name).replacingOccurrences(of: "_", with: " ")
        if ["område", "omraade", "omrade", "region", "area", "kommune", "municipality", "areas"].contains(text) {
            return .area
        }
        if ["alder", "age"].contains(text) { return .age }
        if ["tid", "time", "period", "periode", "kvartal", "quarter", "month", "måned"].contains(text) {
            return .period
        }
        if ["indhold", "content", "value", "værdi", "antal", "number"].contains(text) { return .count }
        if ["køn", "kon", "koen", "sex", "gender", "civilstand", "marital status", "civil status"].contains(text) {
            return .summed
        }
        return nil
    }

    /// True when `label` is a total category of a summed variable (`I alt`, `Total`, `Køn i alt`).
    public static func isTotal(_ label: String) -> Bool {
        let text = normalised(label)
        return ageTotals.contains(text) || text.hasSuffix(" i alt") || text.hasSuffix(", total")
            || text.hasPrefix("total ") || text == "tot"
    }
}
