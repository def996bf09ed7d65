import ArgumentParser
import BenchmarkSupport
import Foundation
import GLPKSolver
import LinearProgramming

/// `kkr-bench`: times the Swift modelling layer and GLPKSolver against glpsol and PuLP on the same models.
///
/// Not a test: it prints seconds and ratios (medians of a few runs) and writes them, with the machine,
/// to a Markdown file. `make bench` runs it.
@main
struct KKRBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kkr-bench",
        abstract: "Benchmark: Swift + GLPK against glpsol and PuLP (GLPK, CBC, HiGHS) on generated models."
    )

    @Option(help: "Sources of the transportation LP.") var sources = 300
    @Option(help: "Sinks of the transportation LP (columns = sources × sinks).") var sinks = 300
    @Option(help: "Agents of the assignment MIP.") var agents = 20
    @Option(help: "Tasks of the assignment MIP (binary columns = agents × tasks).") var tasks = 100
    @Option(help: "Runs per measurement (the median is reported).") var runs = 5
    @Option(help: "The PuLP script.") var pulpScript = "Sources/kkr-bench/pulp_bench.py"
    @Option(help: "The Python interpreter with PuLP and highspy.") var python = "python3"
    @Flag(help: "Skip PuLP.") var noPulp = false
    @Option(help: "Write the figures as Markdown here.") var report = "Reports/benchmarks.md"
    @Option(help: "The Swift compiler's version line, for the record.") var swiftVersion = ""
    @Option(help: "The Netlib LP folder (timed under each simplex setting; skipped when absent).")
    var netlib = "../shared/data/mps/netlib"

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kkr-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let transport = TransportationData(sources: sources, sinks: sinks)
        let assignment = AssignmentData(agents: agents, tasks: tasks)
        let external = ExternalRuns(folder: folder)
        let models: [(title: String, key: String, build: () -> LinearModel, glpsol: [[String]])] = [
            (
                "Transportation LP", "transportation", { BenchmarkModels.transportation(transport) },
                [[], ["--dual"], ["--nopresol"], ["--dual", "--nopresol"]]
            ),
            ("Assignment MIP", "assignment", { BenchmarkModels.assignment(assignment) }, [[], ["--nointopt"]]),
        ]
        var files: [String] = []
        for model in models {
            let built = model.build()
            files.append(folder.appendingPathComponent("\(built.name).lp").path)
            try CPLEXLPWriter().write(built, to: files[files.count - 1])
        }
        // Round by round, every variant once per round: a busy moment of the machine then slows them alike.
        var samples = [Samples](repeating: Samples(), count: models.count)
        var pulpVersion: String?
        for round in 1...max(1, runs) {
            progress("round \(round) of \(runs): Swift, glpsol\(noPulp ? "" : ", PuLP")")
            for (index, model) in models.enumerated() {
                try SwiftRuns.round(into: &samples[index], build: model.build)
                for options in model.glpsol {
                    try external.glpsol(files[index], options: options, into: &samples[index])
                }
            }
            guard !noPulp else { continue }
            let sizes = [
                "--sources", "\(sources)", "--sinks", "\(sinks)", "--agents", "\(agents)", "--tasks", "\(tasks)",
            ]
            let pulp = try external.pulp(python: python, script: pulpScript, arguments: sizes)
            pulpVersion = pulp["pulp"] as? String
            for (index, model) in models.enumerated() {
                ExternalRuns.addPulp(pulp[model.key] as? [String: Any] ?? [:], into: &samples[index])
            }
        }
        let sections = models.enumerated()
            .map { index, model in
                var section = BenchmarkSection(title: model.title, model: model.build())
                section.take(samples[index])
                section.pulpVersion = pulpVersion
                return section
            }
        var netlibTotals: [NetlibRuns.Total] = []
        if FileManager.default.fileExists(atPath: netlib) {
            progress("Netlib LPs under each simplex setting")
            netlibTotals = try NetlibRuns(folder: URL(fileURLWithPath: netlib), runs: 3).measure()
        } else {
            progress("\(netlib) is absent: Netlib timings skipped")
        }
        let text = BenchmarkReport(sections: sections, netlib: netlibTotals, runs: runs, swiftVersion: swiftVersion)
        print(text.plain())
        try FileManager.default.createDirectory(
            at: URL(fileURLWithPath: report).deletingLastPathComponent(),
            withIntermediateDirectories: true
        )
        // Re-read the file just before writing: only this program's marked section is replaced.
        let current = try? String(contentsOfFile: report, encoding: .utf8)
        let updated = MarkedSection.replace(
            BenchmarkReport.sectionID,
            with: text.markdown(),
            in: current,
            title: "# Benchmarks"
        )
        try Data(updated.utf8).write(to: URL(fileURLWithPath: report), options: .atomic)
        progress("written to \(report)")
    }

    private func progress(_ message: String) {
        FileHandle.standardError.write(Data("kkr-bench: \(message)\n".utf8))
    }
}
