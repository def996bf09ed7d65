import Allocation
import KKRDomain

/// The comparison for Excel: one row per programme and municipality, the base and each scenario with its Δ.
///
/// `;`-separated, UTF-8 with byte-order mark (see ``SpreadsheetCSV``); an
/// empty cell where a scenario has no plan. A total row ends each programme.
public struct ComparisonCSV: Sendable {
    /// The texts (headers follow the report language).
    public var text: ReportText

    /// Creates a renderer for `language`.
    public init(language: Language) {
        text = ReportText(language)
    }

    /// The table.
    public func render(_ set: ScenarioSet) -> SpreadsheetCSV {
        let columns = [set.base] + set.scenarios
        let names = columns.map { $0.scenario?.scenario.name ?? text.pick("Basis", "Base") }
        var header = [
            text.pick("Uddannelse", "Programme"), text.pick("Kode", "Code"), text.pick("Kommune", "Municipality"),
            names[0],
        ]
        for name in names.dropFirst() { header += [name, "Δ " + name] }
        var csv = SpreadsheetCSV(header: header)
        let plans = columns.map { $0.outcome.plan?.traineeships }
        for programme in ComparisonRows.programmes(plans) {
            let rows = ComparisonRows(programmeID: programme.id, plans: plans)
            for (party, places) in rows.rows {
                csv.append([programme.id, party.code, party.name] + cells(places))
            }
            csv.append([programme.id, "", text.pick("I alt", "Total")] + cells(rows.totals))
        }
        return csv
    }

    func cells(_ places: [Int?]) -> [String] {
        let base = places.first ?? nil
        var result = [cell(base)]
        for value in places.dropFirst() {
            result.append(cell(value))
            if let value, let base {
                result.append(String(value - base))
            } else {
                result.append("")
            }
        }
        return result
    }
}
