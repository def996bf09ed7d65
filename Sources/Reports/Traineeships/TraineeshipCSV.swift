import Allocation
import KKRDomain

/// The spreadsheets of a plan: one CSV per programme, and one per split (pædagog specialisation, start).
public struct TraineeshipCSV: Sendable {
    /// The texts (headers are in the report language; numbers always use the decimal comma).
    public var text: ReportText

    /// Creates a renderer for `language`.
    public init(language: Language) {
        text = ReportText(language)
    }

    /// A programme's allocation: one row per party and a total row.
    public func allocation(_ programme: ProgrammePlan) -> SpreadsheetCSV {
        var csv = SpreadsheetCSV(
            header: text.language == .danish
                ? [
                    "Kode", "Kommune", "Vægt", "Andel (%)", "Eksakt kvote", "Overført", "Justeret kvote", "Pladser",
                    "Bund", "Loft", "Sidste år", "Realiseret sidste år", "Ændring", "Inden for kvoten",
                ]
                : [
                    "Code", "Municipality", "Weight", "Share (%)", "Exact quota", "Carried over", "Adjusted quota",
                    "Places",
                    "Floor", "Cap", "Last year", "Realised last year", "Change", "Within quota",
                ]
        )
        for row in programme.rows {
            csv.append([
                row.party.code, row.party.name, cell(row.weight, decimals: row.weight == row.weight.rounded() ? 0 : 4),
                cell(row.share * 100, decimals: 4), cell(row.quota, decimals: 4), cell(row.carryOver),
                cell(row.boundedQuota, decimals: 4), cell(row.places), cell(row.floor), cell(row.cap),
                cell(row.lastYear),
                cell(row.realised), cell(row.change), row.withinQuota ? text.pick("ja", "yes") : text.pick("nej", "no"),
            ])
        }
        let last = programme.rows.compactMap(\.lastYear)
        let places = programme.rows.reduce(0) { $0 + $1.places }
        csv.append([
            "", text.pick("I alt", "Total"), cell(programme.rows.reduce(0) { $0 + $1.weight }, decimals: 0),
            cell(100, decimals: 4),
            cell(programme.rows.reduce(0) { $0 + $1.quota }, decimals: 4), cell(programme.carryOver),
            cell(programme.rows.reduce(0) { $0 + $1.boundedQuota }, decimals: 4), cell(places), "", "",
            last.count == programme.rows.count ? cell(last.reduce(0, +)) : "", "",
            last.count == programme.rows.count ? cell(places - last.reduce(0, +)) : "", "",
        ])
        return csv
    }

    /// A split of a programme: one row per party, one column per category, a total row.
    public func split(_ split: SplitPlan, rows: [AllocationRow]) -> SpreadsheetCSV {
        var csv = SpreadsheetCSV(
            header: [text.pick("Kode", "Code"), text.pick("Kommune", "Municipality")]
                + split.dimension.categories.map { $0.name(in: text.language) } + [text.pick("I alt", "Total")]
        )
        for (row, cells) in zip(rows, split.cells) {
            csv.append([row.party.code, row.party.name] + cells.map { cell($0) } + [cell(row.places)])
        }
        csv.append(
            ["", text.pick("I alt", "Total")] + split.regionalTotals.map { cell($0) }
                + [cell(split.regionalTotals.reduce(0, +))]
        )
        return csv
    }
}
