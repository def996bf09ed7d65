/// The sensitivity report `glpsol --ranges` writes (GLPK's `glp_print_ranges`), parsed for comparison.
///
/// Each row or column takes two lines:
/// `No. Name St Activity Slack|Cost Lower Range1 Cost1 Objective1 [Limiting]` and
/// `Marginal Upper Range2 Cost2 Objective2 [Limiting]`. Numbers are printed `%13.5f`
/// (with `.` for 0 and `-.5` for −0.5) or `%13.6g`, and ±∞ as `-Inf`/`+Inf`.
struct GlpsolRangesReport {
    struct Entry {
        var name: String
        var status: String
        var activity: Double
        var lowerBound: Double
        var upperBound: Double
        var marginal: Double
        /// The activity range (value1, value2): for a non-basic variable, the range of its active bound.
        var range: (Double, Double)
        /// The objective coefficient range (coef1, coef2).
        var costRange: (Double, Double)
    }

    var rows: [Entry] = []
    var columns: [Entry] = []

    init(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var inColumns = false
        var index = 0
        while index < lines.count {
            let fields = lines[index].split(separator: " ").map(String.init)
            if lines[index].contains("Column name") { inColumns = true }
            let statuses: Set<String> = ["BS", "NL", "NU", "NF", "NS"]
            if fields.count >= 9, Int(fields[0]) != nil, statuses.contains(fields[2]), index + 1 < lines.count {
                let second = lines[index + 1].split(separator: " ").map(String.init)
                let numbers = fields[3...8].map(Self.number)
                let more = second.prefix(5).map(Self.number)
                if more.count == 5 {
                    let entry = Entry(
                        name: fields[1],
                        status: fields[2],
                        activity: numbers[0],
                        lowerBound: numbers[2],
                        upperBound: more[1],
                        marginal: more[0],
                        range: (numbers[3], more[2]),
                        costRange: (numbers[4], more[3])
                    )
                    if inColumns { columns.append(entry) } else { rows.append(entry) }
                }
                index += 2
                continue
            }
            index += 1
        }
    }

    /// A number as `format()` in GLPK's prrngs.c prints it.
    static func number(_ text: String) -> Double {
        switch text {
        case "-Inf": return -.infinity
        case "+Inf": return .infinity
        case ".": return 0
        default:
            if text.hasPrefix("-.") { return Double("-0" + text.dropFirst()) ?? .nan }
            if text.hasPrefix(".") { return Double("0" + text) ?? .nan }
            return Double(text) ?? .nan
        }
    }
}
