import Allocation
import Foundation
import KKRDomain
import Planning
import Reports
import TestSupport
import Testing

/// The sweep report: thresholds and change points agree with the places per step, in every format.
@Suite struct SweepReportTests {
    static func run(_ path: String = "traineeships.ssa.target", from: Double, to: Double, steps: Int) throws -> SweepRun
    {
        let settings = ScenarioJobSettings(
            inputs: GoldenFile.inputs,
            inputsDisplayName: "Inputs",
            output: FileManager.default.temporaryDirectory,
            jobs: 2
        )
        let job = SweepJob(
            settings: settings,
            parameter: try SweepParameter.parse(path).get(),
            from: from,
            to: to,
            steps: steps
        )
        let prepared = try job.prepare()
        #expect(prepared.referenceProblems.isEmpty)
        return try ScenarioRunner(solver: TestSolver.make(), jobs: 2)
            .sweepRun(
                job.parameter,
                from: from,
                to: to,
                steps: steps,
                base: nil,
                inputs: prepared.inputs
            )
    }

    typealias Object = [String: Any]

    /// Each SSA place added goes to someone: the thresholds are every step, and each series' change points are where its places differ.
    @Test func jsonThresholdsMatchThePlaces() throws {
        let json = try SweepJSON.render(try Self.run(from: 618, to: 624, steps: 7))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? Object)
        #expect(document["values"] as? [Double] == [618, 619, 620, 621, 622, 623, 624])
        #expect(
            (document["thresholds"] as? [Object])?.compactMap { $0["value"] as? Double } == [
                619, 620, 621, 622, 623, 624,
            ]
        )
        let series = try #require(document["series"] as? [Object])
        let ssa = series.filter { $0["programme"] as? String == "ssa" }
        #expect(ssa.count == 11)
        var totals = [Int](repeating: 0, count: 7)
        for item in ssa {
            let places = try #require(item["places"] as? [Int])
            for (step, value) in places.enumerated() { totals[step] += value }
            let expected = places.indices.dropFirst().filter { places[$0] != places[$0 - 1] }.map { Double(618 + $0) }
            let points = try #require(item["change_points"] as? [Object])
            #expect(points.compactMap { $0["value"] as? Double } == expected)
            #expect((item["first_change"] as? Object)?["value"] as? Double == expected.first)
        }
        // Carry-over adds 7 SSA places (Inputs/README.md: shortfalls 2 + 4 + 1).
        #expect(totals == (625...631).map { $0 })
        let paedagog = series.filter { $0["programme"] as? String == "paedagog" }
        #expect(paedagog.allSatisfy { ($0["change_points"] as? [Any])?.isEmpty == true })
    }

    @Test func markdownAndCsv() throws {
        let run = try Self.run(from: 600, to: 640, steps: 41)
        let files = try SweepReportSet.files(for: run, language: .danish)
        #expect(
            files.map(\.relativePath) == [
                "2027/sweep_traineeships.ssa.target.md", "2027/sweep_traineeships.ssa.target.json",
                "2027/sweep_traineeships.ssa.target.csv", "2027/sweep_traineeships.ssa.target.html",
            ]
        )
        let markdown = String(decoding: files[0].contents, as: UTF8.self)
        #expect(markdown.hasPrefix("# Følsomhed 2027: Regionalt tal for SSA fra 600 til 640"))
        #expect(markdown.contains("## Tærskler"))
        #expect(markdown.contains("| Kommune | 600 | 604 | 608 | 612 | 616 | 620 | 624 | 628 | 632 | 636 | 640 |"))
        #expect(markdown.contains("Uændret ved alle værdier: Pædagoguddannelsen, PAU og SSH."))
        let csv = String(decoding: files[2].contents.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(csv.count == 1 + 41 + 1)
        #expect(csv[0].hasPrefix("Værdi;Status;Pædagoguddannelsen Morsø (773);"))
        #expect(csv[1].hasPrefix("600;planlagt;"))
    }

    /// Factors keep their decimals in every format.
    @Test func factorValues() throws {
        let run = try Self.run("traineeships.pau.target_factor", from: 0.9, to: 1.1, steps: 3)
        let markdown = SweepMarkdown(language: .danish).render(run)
        #expect(markdown.hasPrefix("# Følsomhed 2027: Faktor på det regionale tal for PAU fra 0,9 til 1,1"))
        let csv = SweepCSV(language: .english).render(run).text.components(separatedBy: "\r\n")
        #expect(
            csv.dropFirst().prefix(3).map { $0.split(separator: ";").first.map(String.init) } == ["0,9", "1", "1,1"]
        )
    }
}
