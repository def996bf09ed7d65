import BenchmarkSupport
import Foundation
import KKRDomain
import Testing

/// The scale benchmark's pieces that are not timings: the child-process runner (exit status, output, peak memory),
/// the table's medians, ratios and bounds, and the training-place folder writer.
@Suite struct ScaleBenchmarkTests {
    typealias Report = ScaleBenchmarkReport

    static func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("scale-\(UUID().uuidString).txt")
    }

    @Test func childProcessReportsStatusAndOutput() throws {
        let log = Self.scratch()
        defer { try? FileManager.default.removeItem(at: log) }
        let run = try ChildProcess.run("sh", ["-c", "echo out; echo err >&2; exit 3"], output: log)
        #expect(run.status == 3)
        #expect(run.output == "out\nerr\n")
        #expect(run.peakBytes > 0)
        #expect(throws: ChildProcess.SpawnError.self) {
            try ChildProcess.run("no-such-program-kkr", [], output: log)
        }
    }

    /// `dd` reads 64 MiB into one buffer: its peak resident memory is at least that, and a `true` run after it is
    /// measured on its own (not the largest child so far).
    @Test func peakMemoryIsPerChild() throws {
        let log = Self.scratch()
        defer { try? FileManager.default.removeItem(at: log) }
        let big = try ChildProcess.run("dd", ["if=/dev/zero", "of=/dev/null", "bs=64M", "count=1"], output: log)
        #expect(big.status == 0)
        #expect(big.peakBytes >= 64 << 20)
        let small = try ChildProcess.run("true", [], output: log)
        #expect(small.peakBytes < 32 << 20)
        // A busy shell loop uses CPU time of its own (user + system), counted for the child.
        let busy = try ChildProcess.run("sh", ["-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done"], output: log)
        #expect(busy.status == 0 && busy.cpuSeconds > 0)
    }

    @Test func medianAndMemoryText() {
        let run = Report.Run(label: "a", seconds: [3, 1, 2, 10], peakBytes: [1 << 20, 64 << 20])
        #expect(run.median == 2.5)
        #expect(run.secondsText == "2.50")
        #expect(run.memoryText == "64 MiB")
        #expect(Report.Run(label: "b", seconds: [7, 5, 6]).median == 6)
        #expect(Report.Run(label: "c", seconds: [130], stoppedAt: 120).secondsText == "> 120")
    }

    /// 3 s over 1.5 s is 2.00×, within ≤ 2; a run stopped at 120 s over 1.5 s is "> 80.0×" and missed.
    @Test func ratiosAndBounds() {
        let clp = Report.Run(label: "clp", seconds: [1.5, 1.4, 1.6])
        let cbc = Report.Run(label: "cbc", seconds: [3, 2.9, 3.1])
        let check = Report.Check.ratio(cbc, over: clp, atMost: 2)
        #expect(check.value == 2 && check.met && check.figure == "2.00×" && check.name == "cbc / clp")
        let glpk = Report.Run(label: "glpk", seconds: [120.4], stoppedAt: 120)
        let stopped = Report.Check.ratio(glpk, over: clp, atMost: 1_000)
        #expect(stopped.figure == "> 80.0×" && stopped.atLeast && stopped.met)
        #expect(!Report.Check.ratio(glpk, over: clp, atMost: 50).met)
        #expect(Report.Check.time(cbc, below: 5, name: "t").met)
        #expect(!Report.Check.time(Report.Run(label: "x", seconds: [5.2]), below: 5, name: "t").met)
        // On a busy machine: 12 s of wall time, 2 s of CPU.
        let busy = Report.Run(label: "busy", seconds: [12, 13, 11], cpuSeconds: [2.1, 1.9, 2])
        #expect(Report.Check.cpuTime(busy, below: 5, name: "cpu")?.met == true)
        #expect(Report.Check.cpuTime(busy, below: 5, name: "cpu")?.figure == "2.00 s")
        #expect(Report.Check.cpuTime(clp, below: 5, name: "cpu") == nil)
    }

    @Test func markdownTable() {
        let runs = [
            Report.Run(
                label: "one | two",
                seconds: [1.234],
                cpuSeconds: [0.5],
                peakBytes: [100 << 20],
                objective: 48_073_255_300,
                note: "CLP"
            ),
            Report.Run(label: "glpk", seconds: [120.5], objective: nil, stoppedAt: 120, note: "stopped"),
        ]
        let group = Report.Group(
            title: "T",
            description: "D",
            runs: runs,
            checks: [.ratio(runs[0], over: runs[0], atMost: 2, name: "same")],
            ratios: Report.Group.ratios(runs, against: runs[0])
        )
        let text = Report.markdown([group], intro: "I")
        #expect(text.contains("| one \\| two | 1.23 | 0.50 | 100 MiB | 48073255300 | 1 | CLP |"))
        #expect(text.contains("| glpk | > 120 | – | – |  | 1 | stopped |"))
        #expect(text.contains("| glpk / one \\| two | > 97.2 |"))
        #expect(text.contains("| same | 1.00× | ≤ 2.00× | met |"))
        #expect(group.objectivesAgree == nil)
        #expect(Report.plain([group]).contains("same: 1.00× (bound 2.00×) — met"))
    }

    /// Three municipalities over 2027–2029: the period and a target per year (2 % higher each year, rounded), the
    /// splits, and every weight — and the period reader takes the folder without an error.
    @Test func traineeshipFolderWithPeriod() throws {
        let inputs = TraineeshipInstanceGenerator(municipalities: 3).generate()
        let files = TraineeshipInputsWriter.files(inputs, years: 2027...2029)
        let yaml = try #require(files.first { $0.path == "traineeships.yaml" }?.text)
        #expect(yaml.contains("period: {from: 2027, to: 2029}"))
        // paedagog: 90 places per municipality → 270, 275.4 → 275, 280.8 → 281.
        #expect(yaml.contains("- {year: 2027, places: 270, kind: exact, illustrative: true}"))
        #expect(yaml.contains("- {year: 2028, places: 275, kind: exact, illustrative: true}"))
        #expect(yaml.contains("- {year: 2029, places: 281, kind: exact, illustrative: true}"))
        #expect(yaml.contains("percent: 40}"))
        let keys = try #require(files.first { $0.path == "distribution_keys.csv" }?.text)
        #expect(keys.split(separator: "\n").count == 1 + 4 * 3)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("period-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try TraineeshipInputsWriter.write(inputs, years: 2027...2029, to: folder)
        let periods = try PeriodInputReader.read(folder: folder, displayName: "generated")
        #expect(periods.count == 1 && periods.first?.years.count == 3)
        #expect(periods.first?.years.map(\.year) == [2027, 2028, 2029])
    }
}
