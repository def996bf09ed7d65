import Allocation
import KKRDomain

/// The sweep for Excel (and charts): one row per step, one column per programme and municipality.
///
/// `;`-separated, decimal comma, UTF-8 with byte-order mark (see
/// ``SpreadsheetCSV``); an empty cell where a step has no plan.
public struct SweepCSV: Sendable {
    /// The texts (headers follow the report language).
    public var text: ReportText

    /// Creates a renderer for `language`.
    public init(language: Language) {
        text = ReportText(language)
    }

    /// The table.
    public func render(_ run: SweepRun) -> SpreadsheetCSV {
        let analysis = run.analysis
        let header =
            [text.pick("Værdi", "Value"), text.pick("Status", "Status")]
            + analysis.series.map { "\(text.programmeName($0.programme)) \($0.party.name) (\($0.party.code))" }
            + analysis.socialSeries.map { text.pick("Betalt ", "Paid ") + "\($0.buyer.name) (\($0.buyer.code))" }
        var csv = SpreadsheetCSV(header: header)
        for (step, value) in analysis.values.enumerated() {
            var status: String
            switch analysis.outcomes[step] {
            case .planned: status = text.pick("planlagt", "planned")
            case .infeasible: status = text.pick("ingen mulig fordeling", "infeasible")
            case .invalid: status = text.pick("ugyldige input", "invalid inputs")
            }
            if case .infeasible = analysis.socialOutcomes[step] {
                status = text.pick("ingen placering i Socialaftalen", "no Socialaftale placement")
            }
            csv.append(
                [spreadsheetValue(value, run.parameter), status] + analysis.series.map { cell($0.places[step]) }
                    + analysis.socialSeries.map { series in series.payments[step].map { cell($0, decimals: 0) } ?? "" }
            )
        }
        return csv
    }

    /// A value with a decimal comma and as many decimals as it needs (at most 6).
    func spreadsheetValue(_ value: Double, _ parameter: SweepParameter) -> String {
        if parameter.isCount { return String(Int(value.rounded())) }
        var decimals = 0
        var scaled = value
        while decimals < 6 && abs(scaled - scaled.rounded()) > 1e-9 {
            decimals += 1
            scaled *= 10
        }
        return NumberFormatting.spreadsheet(value, decimals: decimals)
    }
}
