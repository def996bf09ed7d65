import Allocation
import Foundation
import KKRDomain

/// Output of `kkr-plan apportion`: a text table or `{"method", "seats", "allocations":[{"name","weight","quota","seats"}]}`.
public enum ApportionmentReport {
    /// A plain table: name, weight, quota (4 decimals), seats; then the total.
    public static func text(_ result: Apportionment, claimants: [Claimant], firstDivisor: Double?) -> String {
        let method =
            result.method.displayName + (firstDivisor.map { ", first divisor \(NumberFormatting.plain($0))" } ?? "")
        var rows = [["name", "weight", "quota", "seats"]]
        for (index, claimant) in claimants.enumerated() {
            rows.append([
                claimant.name, NumberFormatting.plain(claimant.weight),
                NumberFormatting.format(result.quotas[index], decimals: 4, language: .english)
                    .replacingOccurrences(of: ",", with: ""),
                String(result.allocation[index]),
            ])
        }
        rows.append(["total", NumberFormatting.plain(claimants.reduce(0) { $0 + $1.weight }), "", String(result.seats)])
        let lines = TextTable.render(rows)
        return (["\(method): \(result.seats) seats", ""] + lines).joined(separator: "\n") + "\n"
    }

    /// The JSON document, keys sorted, quotas rounded to 6 decimals.
    public static func json(_ result: Apportionment, claimants: [Claimant], firstDivisor: Double?) throws -> String {
        let document = Document(
            method: result.method.rawValue,
            seats: result.seats,
            firstDivisor: firstDivisor,
            allocations: claimants.indices.map { index in
                Row(
                    name: claimants[index].name,
                    weight: claimants[index].weight,
                    quota: (result.quotas[index] * 1e6).rounded() / 1e6,
                    seats: result.allocation[index],
                    min: claimants[index].floor,
                    max: claimants[index].cap
                )
            }
        )
        return try ReportJSON.render(document)
    }

    struct Document: Encodable {
        let method: String
        let seats: Int
        let firstDivisor: Double?
        let allocations: [Row]

        enum CodingKeys: String, CodingKey {
            case method
            case seats
            case firstDivisor = "first_divisor"
            case allocations
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(method, forKey: .method)
            try container.encode(seats, forKey: .seats)
            try container.encode(firstDivisor, forKey: .firstDivisor)
            try container.encode(allocations, forKey: .allocations)
        }
    }

    struct Row: Encodable {
        let name: String
        let weight: Double
        let quota: Double
        let seats: Int
        let min: Int?
        let max: Int?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: StringKey.self)
            try container.encode(name, forKey: StringKey("name"))
            try container.encode(weight, forKey: StringKey("weight"))
            try container.encode(quota, forKey: StringKey("quota"))
            try container.encode(seats, forKey: StringKey("seats"))
            try container.encode(min, forKey: StringKey("min"))
            try container.encode(max, forKey: StringKey("max"))
        }
    }
}
