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
        let names = columns.map(text.scenarioName)
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

extension ComparisonCSV {
    /// The Socialaftale for Excel: the totals, then what each buyer pays (kr per year), base and scenarios with Δ.
    public func social(_ set: ScenarioSet) -> SpreadsheetCSV {
        let columns = [set.base] + set.scenarios
        let names = columns.map(text.scenarioName)
        var header = [text.pick("Tal", "Figure"), text.pick("Kode", "Code"), names[0]]
        for name in names.dropFirst() { header += [name, "Δ " + name] }
        var csv = SpreadsheetCSV(header: header)
        let plans = columns.map(\.result.socialPlan)
        let figures = plans.map { $0.map(SocialFigures.init) }
        func amounts(_ values: [Double?]) -> [String] {
            let base = values.first ?? nil
            var result = [base.map { cell($0, decimals: 0) } ?? ""]
            for value in values.dropFirst() {
                result.append(value.map { cell($0, decimals: 0) } ?? "")
                result.append(value.flatMap { value in base.map { cell(value - $0, decimals: 0) } } ?? "")
            }
            return result
        }
        csv.append([text.pick("Betalt i alt (kr.)", "Paid in total (kr)"), ""] + amounts(figures.map { $0?.payments }))
        csv.append(
            [text.pick("Samlet omkostning (kr.)", "Total cost (kr)"), ""] + amounts(figures.map { $0?.totalCost })
        )
        csv.append(
            [text.pick("Borgere uden plads", "Citizens without a place"), ""] + cells(figures.map { $0?.unmet })
        )
        csv.append(
            [text.pick("Købt uden for regionen", "Bought outside the region"), ""] + cells(figures.map { $0?.outside })
        )
        csv.append(
            [text.pick("Tilbud under belægningsgrænsen", "Offers under the occupancy bound"), ""]
                + cells(figures.map { $0?.offersUnderBound })
        )
        for buyer in SocialRows.buyers(plans) {
            let payments = plans.map { plan in plan.map { $0.buyers.first { $0.buyer == buyer }?.payments ?? 0 } }
            csv.append(
                [text.pick("Betalt: ", "Paid: ") + buyer.name + text.pick(" (kr.)", " (kr)"), buyer.code]
                    + amounts(payments)
            )
        }
        return csv
    }
}
