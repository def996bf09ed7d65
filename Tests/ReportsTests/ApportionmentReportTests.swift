import Allocation
import Foundation
import Reports
import Testing

@Suite struct ApportionmentReportTests {
    static let claimants = [("A", 100_000.0), ("B", 80_000), ("C", 30_000), ("D", 20_000)].enumerated()
        .map {
            Claimant(name: $1.0, weight: $1.1, tieRank: $0)
        }

    @Test func textAndJSON() throws {
        let result = try HighestAverages.apportion(Self.claimants, seats: 8, method: .dhondt)
        try GoldenFile.check(
            ApportionmentReport.text(result, claimants: Self.claimants, firstDivisor: nil),
            against: "apportion.txt"
        )
        let json = try ApportionmentReport.json(result, claimants: Self.claimants, firstDivisor: nil)
        try GoldenFile.check(json, against: "apportion.json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["method"] as? String == "dhondt" && document["seats"] as? Int == 8)
        let rows = try #require(document["allocations"] as? [[String: Any]])
        #expect(rows.map { $0["seats"] as? Int } == [4, 3, 1, 0])
        #expect(rows.map { $0["name"] as? String } == ["A", "B", "C", "D"])
        #expect(abs((rows[0]["quota"] as? Double ?? 0) - 3.478261) < 1e-9)
    }
}
