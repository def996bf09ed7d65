import Allocation
import Foundation
import KKRDomain
import Planning
import Reports
import TestSupport
import Testing

/// The comparison report of two shipped scenarios against the default inputs.
@Suite struct ComparisonReportTests {
    static func set() throws -> ScenarioSet {
        let settings = ScenarioJobSettings(
            inputs: GoldenFile.inputs,
            inputsDisplayName: "Inputs",
            output: FileManager.default.temporaryDirectory,
            jobs: 2
        )
        let job = CompareJob(settings: settings, scenarios: ["minimum_plus_10", "key_80_plus", "offer_closes"])
        let prepared = try job.prepare()
        return try ScenarioRunner(solver: TestSolver.make(), jobs: 2)
            .compare(
                base: prepared.base,
                scenarios: prepared.scenarios
            )
    }

    typealias Object = [String: Any]

    /// Every `delta` equals the scenario's places minus the base's, read from the `programmes` of the same JSON.
    @Test func jsonDeltasAreScenarioMinusBase() throws {
        let json = try ComparisonJSON.render(try Self.set())
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? Object)
        let base = try #require(document["base"] as? Object)
        let scenarios = try #require(document["scenarios"] as? [Object])
        #expect(
            scenarios.map { $0["name"] as? String } == [
                "Minimumstal +10 %", "80+ som nøgle for SOSU", "Kompasset lukker",
            ]
        )
        func places(_ variant: Object) throws -> [String: [String: Int]] {
            let programmes = try #require(variant["programmes"] as? [Object])
            var result: [String: [String: Int]] = [:]
            for programme in programmes {
                let id = try #require(programme["programme"] as? String)
                for row in try #require(programme["allocations"] as? [Object]) {
                    result[id, default: [:]][try #require(row["code"] as? String)] = row["places"] as? Int
                }
            }
            return result
        }
        let basePlaces = try places(base)
        #expect(basePlaces.count == 4)
        for scenario in scenarios {
            try Self.checkSocialDelta(base: base, scenario: scenario)
            let scenarioPlaces = try places(scenario)
            let delta = try #require(scenario["delta"] as? Object)
            var checked = 0
            for programme in try #require(delta["programmes"] as? [Object]) {
                let id = try #require(programme["programme"] as? String)
                for row in try #require(programme["allocations"] as? [Object]) {
                    let code = try #require(row["code"] as? String)
                    let expected = try #require(scenarioPlaces[id]?[code]) - (try #require(basePlaces[id]?[code]))
                    #expect(row["delta"] as? Int == expected, "\(id) \(code)")
                    checked += 1
                }
            }
            #expect(checked == 44)
        }
        // 618 · 1.1 = 679.8 → 680 SSA places; the SSA regional number rises by 62.
        let ssa = (scenarios[0]["programmes"] as? [Object])?.first { $0["programme"] as? String == "ssa" }
        #expect(ssa?["target"] as? Int == 680)
        let ssaDelta = ((scenarios[0]["delta"] as? Object)?["programmes"] as? [Object])?
            .first { $0["programme"] as? String == "ssa" }
        #expect(ssaDelta?["target"] as? Int == 62)
    }

    /// The Socialaftale `delta`: each buyer's payments and unmet citizens, scenario minus base, from the same JSON's `social`.
    static func checkSocialDelta(base: Object, scenario: Object) throws {
        func buyers(_ variant: Object) throws -> [String: Object] {
            let social = try #require(variant["social"] as? Object)
            let rows = try #require(social["buyers"] as? [Object])
            return Dictionary(
                uniqueKeysWithValues: rows.compactMap { row in (row["buyer"] as? String).map { ($0, row) } }
            )
        }
        let before = try buyers(base)
        let after = try buyers(scenario)
        #expect(before.count == 11)
        let delta = try #require((scenario["delta"] as? Object)?["social"] as? Object)
        let rows = try #require(delta["buyers"] as? [Object])
        #expect(rows.count == 11)
        for row in rows {
            let code = try #require(row["code"] as? String)
            let paid =
                try #require(after[code]?["payments"] as? Double) - (try #require(before[code]?["payments"] as? Double))
            #expect(abs((row["payments"] as? Double ?? .nan) - paid) < 0.011, "\(code)")
            let unmet = try #require(after[code]?["unmet"] as? Int) - (try #require(before[code]?["unmet"] as? Int))
            #expect(row["unmet"] as? Int == unmet, "\(code)")
        }
    }

    /// Kompasset (24 places, all used in the base) closes: −24 used places, and its citizens are placed elsewhere or outside.
    @Test func closingAnOfferShowsInTheSocialDelta() throws {
        let set = try Self.set()
        let closed = try #require(set.scenarios.last?.socialComparison)
        let kompasset = try #require(closed.offers.first { $0.offer.id == "rn-kompasset" })
        #expect(kompasset.base?.used == 24 && kompasset.scenario == nil)
        #expect(closed.scenario.outside > closed.base.outside)
        #expect(set.scenarios.first?.socialComparison?.buyers.allSatisfy { $0.paymentsDelta == 0 } == true)
        let markdown = ComparisonMarkdown(language: .danish).render(set)
        #expect(markdown.contains("| Kompasset | 24 (24) | 24 (24) | 0 | 24 (24) | 0 | lukket | **−24** |"))
        #expect(markdown.contains("- Tilbuddet »Kompasset« (`rn-kompasset`) lukker."))
    }

    @Test func danishMarkdown() throws {
        try GoldenFile.check(ComparisonMarkdown(language: .danish).render(try Self.set()), against: "scenarios.da.md")
    }

    /// JSON is data: the base has no name or description of its own, and a change is its kind and arguments.
    @Test func jsonChangesAreData() throws {
        let json = try ComparisonJSON.render(try Self.set())
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? Object)
        let base = try #require(document["base"] as? Object)
        #expect(base["name"] is NSNull && base["description"] is NSNull)
        let scenarios = try #require(document["scenarios"] as? [Object])
        let changes = try #require(scenarios.first?["changes"] as? [Object])
        // Inputs/scenarios/minimum_plus_10.yaml: one scale_target of PAU, SSH and SSA by 1.10.
        #expect(changes.count == 1)
        let change = try #require(changes.first)
        #expect(change["kind"] as? String == "scale_target" && change["text"] == nil)
        let arguments = try #require(change["arguments"] as? Object)
        #expect(arguments["programme"] as? [String] == ["pau", "ssh", "ssa"])
        #expect(arguments["factor"] as? Double == 1.1)
        #expect((change["location"] as? String)?.hasPrefix("Inputs/scenarios/minimum_plus_10.yaml:") == true)
        let closes = try #require(scenarios.last?["changes"] as? [Object])
        #expect(closes.first?["kind"] as? String == "close_offer")
        #expect((closes.first?["arguments"] as? Object)?["offer"] as? [String] == ["rn-kompasset"])
    }

    /// A scenario `name:` with `|` stays in its cells: every row of every table has as many cells as its header.
    @Test func pipeInScenarioNameKeepsTheTables() throws {
        var set = try Self.set()
        set.scenarios[0].scenario?.scenario.name = "SSA | SSH +10 %"
        let markdown = ComparisonMarkdown(language: .danish).render(set)
        /// The cells of a table line: the `|` that are not escaped as `\|`, less one.
        func cells(_ line: Substring) -> Int {
            var count = 0
            var previous: Character = " "
            for character in line {
                if character == "|" && previous != "\\" { count += 1 }
                previous = character
            }
            return count - 1
        }
        var width: Int?
        var tables = 0
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                width = nil
                continue
            }
            if let width {
                #expect(cells(line) == width, "\(line)")
            } else {
                width = cells(line)
                tables += 1
            }
        }
        // The largest changes, four programmes, the Socialaftale's key figures, buyers and offers, the input files.
        #expect(tables == 1 + 4 + 3 + 1)
        // Kommune, Basis and three scenarios with their Δ.
        #expect(markdown.contains("| Kommune | Basis | SSA \\| SSH +10 % | Δ | 80+ som nøgle for SOSU | Δ |"))
        #expect(markdown.contains("| SSA \\| SSH +10 % | SSA | Aalborg (851) | 177 | 195 | **+18** |"))
    }

    @Test func markdownHighlightsDifferencesAndIsStable() throws {
        let set = try Self.set()
        let danish = ComparisonMarkdown(language: .danish).render(set)
        #expect(danish == ComparisonMarkdown(language: .danish).render(try Self.set()))
        #expect(danish.contains("| Aalborg (851) | 177 | 195 | **+18** | 178 | **+1** | 177 | 0 |"))
        #expect(danish.contains("| Læsø (825) | 3 | 3 | 0 | 3 | 0 | 3 | 0 |"))
        #expect(danish.contains("- Regionalt tal for PAU, SSH og SSA ganges med 1,1 (+10 %)."))
        #expect(danish.contains("## Illustrative tal"))
        #expect(danish.contains("| `Inputs/scenarios/minimum_plus_10.yaml` |"))
        let english = ComparisonMarkdown(language: .english).render(set)
        #expect(english.hasPrefix("# Scenarios 2027: comparison with the base"))
        #expect(english.contains("- Regional number for PAU, SSH and SSA multiplied by 1.1 (+10%)."))
    }

    @Test func csvForExcel() throws {
        let files = try ComparisonReportSet.files(for: try Self.set(), language: .danish)
        #expect(
            files.map(\.relativePath) == [
                "2027/scenarios.md", "2027/scenarios.json", "2027/scenarios.csv", "2027/scenarios_social.csv",
                "2027/scenarier.html",
            ]
        )
        let csv = try #require(files.first { $0.relativePath.hasSuffix(".csv") })
        #expect(csv.contents.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = String(decoding: csv.contents.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(
            lines.first
                == "Uddannelse;Kode;Kommune;Basis;Minimumstal +10 %;Δ Minimumstal +10 %;80+ som nøgle for SOSU;Δ 80+ som nøgle for SOSU;Kompasset lukker;Δ Kompasset lukker"
        )
        #expect(lines.contains("ssa;851;Aalborg;177;195;18;178;1;177;0"))
        #expect(lines.contains("ssa;;I alt;625;687;62;625;0;625;0"))
        #expect(lines.count == 1 + 4 * 12 + 1)
        let social = try #require(files.first { $0.relativePath.hasSuffix("scenarios_social.csv") })
        let socialLines = String(decoding: social.contents.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        // Header, five totals, eleven buyers, and the empty string after the last line end.
        #expect(socialLines.count == 1 + 5 + 11 + 1)
        #expect(socialLines[1].hasPrefix("Betalt i alt (kr.);;"))
        #expect(socialLines[3].hasPrefix("Borgere uden plads;;11;11;0;11;0;11;0"))
    }
}
