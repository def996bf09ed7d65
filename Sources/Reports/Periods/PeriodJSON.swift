import Allocation
import Foundation
import KKRDomain

/// The machine-readable period plan.
///
/// `{"period":{"from","to"}, "programmes":[{"programme", "years":[{"year", "target", "allocations":[{"code",
/// "places", "quota", "cumulative_places", "cumulative_quota", …}], …}], "max_cumulative_deviation", …}]}`;
/// keys sorted, quotas rounded to 6 decimals.
public enum PeriodJSON {
    /// The JSON text.
    public static func render(_ plan: PeriodPlan) throws -> String {
        try ReportJSON.render(Document(plan))
    }

    static func rounded(_ value: Double) -> Double { ReportJSON.rounded(value, toScale: 1e6) }

    struct Document: Encodable {
        let period: Period
        let programmes: [Programme]
        let solverNotes: [String: String]

        init(_ plan: PeriodPlan) {
            period = Period(from: plan.period.from, to: plan.period.to)
            programmes = plan.programmes.map(Programme.init)
            solverNotes = plan.solverNotes
        }

        enum CodingKeys: String, CodingKey {
            case period, programmes
            case solverNotes = "solver_notes"
        }
    }

    struct Period: Encodable {
        let from: Int
        let to: Int
    }

    struct Programme: Encodable {
        let programme: String
        let years: [Year]
        let maxCumulativeDeviation: Double
        let withinOnePlace: Bool
        let bindingLimits: [Limit]

        init(_ plan: PeriodProgrammePlan) {
            programme = plan.programme.id
            years = plan.years.indices.map { Year(plan, index: $0) }
            maxCumulativeDeviation = PeriodJSON.rounded(plan.maxCumulativeDeviation)
            withinOnePlace = plan.isWithinOnePlace
            bindingLimits = plan.bindingLimits.map(Limit.init)
        }

        enum CodingKeys: String, CodingKey {
            case programme, years
            case maxCumulativeDeviation = "max_cumulative_deviation"
            case withinOnePlace = "within_one_place"
            case bindingLimits = "binding_limits"
        }
    }

    struct Year: Encodable {
        let year: Int
        let target: Int
        let targetKind: String
        let carryOver: Int
        let total: Int
        let decided: Bool
        let allocations: [Allocation]

        init(_ plan: PeriodProgrammePlan, index: Int) {
            let entry = plan.years[index]
            year = entry.year
            target = entry.target.places
            targetKind = entry.target.kind.rawValue
            carryOver = entry.carryOver
            total = entry.total
            decided = entry.isDecided
            allocations = plan.rows.map { Allocation($0, index: index) }
        }

        enum CodingKeys: String, CodingKey {
            case year, target, total, decided, allocations
            case targetKind = "target_kind"
            case carryOver = "carry_over"
        }
    }

    struct Allocation: Encodable {
        let code: String
        let municipality: String
        let places: Int
        let quota: Double
        let unadjustedQuota: Double
        let cumulativePlaces: Int
        let cumulativeQuota: Double
        let cumulativeDeviation: Double

        init(_ row: PeriodRow, index: Int) {
            code = row.party.code
            municipality = row.party.name
            places = row.places[index]
            quota = PeriodJSON.rounded(row.quotas[index])
            unadjustedQuota = PeriodJSON.rounded(row.unadjustedQuotas[index])
            cumulativePlaces = row.cumulativePlaces[index]
            cumulativeQuota = PeriodJSON.rounded(row.cumulativeQuotas[index])
            cumulativeDeviation = PeriodJSON.rounded(row.cumulativeDeviations[index])
        }

        enum CodingKeys: String, CodingKey {
            case code, municipality, places, quota
            case unadjustedQuota = "unadjusted_quota"
            case cumulativePlaces = "cumulative_places"
            case cumulativeQuota = "cumulative_quota"
            case cumulativeDeviation = "cumulative_deviation"
        }
    }

    struct Limit: Encodable {
        let code: String
        let year: Int
        let deviation: Double
        let kind: String
        let limitYear: Int
        let value: Int?

        init(_ limit: PeriodBindingLimit) {
            code = limit.party.code
            year = limit.year
            deviation = PeriodJSON.rounded(limit.deviation)
            kind = limit.kind.rawValue
            limitYear = limit.limitYear
            value = limit.value
        }

        enum CodingKeys: String, CodingKey {
            case code, year, deviation, kind, value
            case limitYear = "limit_year"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(year, forKey: .year)
            try container.encode(deviation, forKey: .deviation)
            try container.encode(kind, forKey: .kind)
            try container.encode(limitYear, forKey: .limitYear)
            try container.encode(value, forKey: .value)
        }
    }
}
