import Foundation
import TestSupport
import Testing

/// `kkr-plan apportion FILE.csv --seats N --method …`.
@Suite struct ApportionCLITests {
    static let votes = "name,weight\nA,100000\nB,80000\nC,30000\nD,20000\n"

    func run(_ csv: String?, _ arguments: [String]) throws -> KKRPlanBinary.Result {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        if let csv { try workspace.write(csv, to: "votes.csv") }
        return try workspace.run(["apportion", "votes.csv"] + arguments)
    }

    @Test func textTable() throws {
        let result = try run(Self.votes, ["--seats", "8", "--method", "dhondt"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                D'Hondt: 8 seats

                name   weight   quota  seats
                A      100000  3.4783      4
                B       80000  2.7826      3
                C       30000  1.0435      1
                D       20000  0.6957      0
                total  230000              8

                """
        )
    }

    @Test(
        arguments: [
            ("hamilton", nil, [3, 3, 1, 1]), ("dhondt", nil, [4, 3, 1, 0]), ("sainte-lague", nil, [3, 3, 1, 1]),
            ("huntington-hill", nil, [3, 3, 1, 1]), ("optimal", nil, [3, 3, 1, 1]),
            ("sainte-lague", "1.4", [4, 3, 1, 0]),
        ] as [(String, String?, [Int])]
    )
    func jsonPerMethod(method: String, firstDivisor: String?, seats: [Int]) throws {
        var arguments = ["--seats", "8", "--method", method, "--format", "json"]
        if let firstDivisor { arguments += ["--first-divisor", firstDivisor] }
        let result = try run(Self.votes, arguments)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["method"] as? String == method && document["seats"] as? Int == 8)
        let rows = try #require(document["allocations"] as? [[String: Any]])
        #expect(rows.compactMap { $0["seats"] as? Int } == seats)
        #expect(rows.allSatisfy { $0["name"] != nil && $0["weight"] != nil && $0["quota"] != nil })
    }

    /// Danish Excel dialect with min/max: A capped at 2 → its excess goes to B and C in proportion.
    @Test func semicolonsDecimalCommaAndBounds() throws {
        let csv = "\u{FEFF}name;weight;min;max\r\nA;50,0;;2\r\nB;30;1;\r\nC;20;;\r\n"
        let result = try run(csv, ["--seats", "10", "--method", "hamilton", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        // Bounded quotas 2, 4.8, 3.2 → 2, 5, 3.
        #expect((document["allocations"] as? [[String: Any]])?.compactMap { $0["seats"] as? Int } == [2, 5, 3])
    }

    @Test func errors() throws {
        #expect(try run(nil, ["--seats", "3"]).exitCode == 66)
        let bad = try run("name,weight\nA,x\nA,2\n", ["--seats", "3", "--language", "en"])
        #expect(bad.exitCode == 65)
        #expect(bad.stderr.contains("votes.csv:2:2: error: 'x' in column 'weight' is not a number"))
        let floors = try run("name,weight,min\nA,1,3\nB,1,3\n", ["--seats", "5", "--language", "en"])
        #expect(floors.exitCode == 1)
        #expect(floors.stderr.contains("the floors add up to 6, more than the 5 seats"))
        let danish = try run("name,weight,min\nA,1,3\nB,1,3\n", ["--seats", "5"])
        #expect(
            danish.stderr.contains(
                "votes.csv: ingen fordeling mulig: minimummerne giver tilsammen 6, mere end de 5 pladser"
            )
        )
        #expect(try run(Self.votes, ["--seats", "8", "--method", "hamilton", "--first-divisor", "1.4"]).exitCode == 64)
        #expect(try run(Self.votes, ["--seats", "-1"]).exitCode == 64)
        #expect(try run(Self.votes, ["--seats", "8", "--method", "webster"]).exitCode == 64)
    }
}
