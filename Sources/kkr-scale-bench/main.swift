import BenchmarkSupport
import Foundation
import KKRDomain
import Planning
import SolverBackends

// `kkr-scale-bench`: the national-size part of `make bench` (issue 14). Runs the release `kkr-plan` (and the anchors)
// as child processes and measures each run's wall time and peak memory (RSS, from wait4):
//
// 1. social_synth.mps (generated from ../shared/bench/social_synth.py; skipped with a message when it is absent):
//    `kkr-plan solve --solver cbc`, `clp -dualsimplex`, `kkr-plan solve` with GLPK's defaults (stopped at
//    --glpk-limit seconds), HiGHS through highspy, PuLP reading the file and solving with CBC and with HiGHS.
// 2. The Socialaftale planned end to end by `kkr-plan social` (read, validate, build, solve, duals, savings, reports,
//    write) on two generated national input folders — the project's own instance (SocialInstanceGenerator) and one
//    shaped like social_synth (SocialSynthGenerator) — with --solver cbc and with GLPK; plus the stages in-process.
// 3. A national training-place plan: 98 generated municipalities, four programmes with the pædagog splits, the
//    agreement period 2027–2029 (`kkr-plan traineeships --period`), with GLPK and with --solver cbc.
//
// Prints the tables and ratios, and replaces the "scale" section of Reports/benchmarks.md (others are kept).
// Options: --kkr-plan PATH, --python PATH, --shared DIR, --work DIR, --glpk-limit SECONDS, --runs N,
// --report FILE, --only social_synth|social|synth|traineeships, --before PATH (an older kkr-plan, timed beside).

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
}
let kkrPlan = option("--kkr-plan") ?? ".build/release/kkr-plan"
let python = option("--python") ?? "python3"
let shared = option("--shared") ?? "../shared"
let work = URL(fileURLWithPath: option("--work") ?? ".build/bench-scale")
let glpkLimit = option("--glpk-limit").flatMap(Double.init) ?? 120
let runs = max(1, option("--runs").flatMap(Int.init) ?? 3)
let reportPath = option("--report") ?? "Reports/benchmarks.md"
let only = option("--only")
let before = option("--before")
let script = option("--script") ?? "Sources/kkr-scale-bench/scale_bench.py"

func progress(_ message: String) {
    FileHandle.standardError.write(Data("kkr-scale-bench: \(message)\n".utf8))
}

func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init)
        ?? "?"
}

/// The first number after `key` in `text` (`"objective":36`, `"total_cost" : 4.8e10`, `Optimal objective 480`).
func number(after key: String, in text: String) -> Double? {
    guard let range = text.range(of: key) else { return nil }
    let rest = text[range.upperBound...].drop { " :\"".contains($0) }
    return Double(String(rest.prefix { "0123456789.eE+-".contains($0) }))
}

/// The string value after `key` in JSON text, compact or pretty-printed (`"solver":"GLPK 5.0"`, `"name" : "CLP"`).
func text(after key: String, in output: Substring) -> String? {
    guard let range = output.range(of: key) else { return nil }
    let rest = output[range.upperBound...].drop { " :".contains($0) }
    guard rest.first == "\"" else { return nil }
    return String(rest.dropFirst().prefix { $0 != "\"" })
}

/// The solver a JSON report names: `"solver":"GLPK 5.0"` (`solve`) or `"solver" : {"name" : …, "version" : …}`.
func solverName(in output: String) -> String {
    if let flat = text(after: "\"solver\"", in: output[...]) { return flat }
    guard let range = output.range(of: "\"solver\"") else { return "?" }
    let rest = output[range.upperBound...].prefix(200)
    return [text(after: "\"name\"", in: rest), text(after: "\"version\"", in: rest)].compactMap { $0 }
        .joined(separator: " ")
}

/// The solver and the path (`lp`: the LP's vertex was whole) a `kkr-plan social --format json` run reports.
func planNote(_ output: String) -> String {
    solverName(in: output) + "; path " + (text(after: "\"solve_path\"", in: output[...]) ?? "?")
}

/// Runs `command` once, failing loudly on a non-zero exit status.
@MainActor func measured(_ command: String, _ arguments: [String], allowFailure: Bool = false) throws
    -> ChildProcess.Run
{
    let log = work.appendingPathComponent("last-run.txt")
    let run = try ChildProcess.run(command, arguments, output: log)
    if run.status != 0 && !allowFailure {
        throw BenchError(
            what: "\(command) \(arguments.joined(separator: " ")) exited \(run.status):\n\(run.output.suffix(2_000))"
        )
    }
    return run
}

struct BenchError: Error, CustomStringConvertible {
    var what: String
    var description: String { what }
}

/// Adds one child run to `run` (seconds, memory) and returns its output.
@discardableResult
@MainActor func record(_ into: inout ScaleBenchmarkReport.Run, _ command: String, _ arguments: [String]) throws
    -> String
{
    let child = try measured(command, arguments)
    into.seconds.append(child.seconds)
    into.cpuSeconds.append(child.cpuSeconds)
    into.peakBytes.append(child.peakBytes)
    progress(
        String(
            format: "%@: %.2f s (%.2f s CPU), %.0f MiB",
            into.label,
            child.seconds,
            child.cpuSeconds,
            Double(child.peakBytes) / 1_048_576
        )
    )
    return child.output
}

try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
let loadAtStart = loadAverage()
var groups: [ScaleBenchmarkReport.Group] = []
var skipped: [String] = []

// MARK: - 1. social_synth.mps

@MainActor func socialSynthGroup() throws -> ScaleBenchmarkReport.Group? {
    let generator = URL(fileURLWithPath: shared).appendingPathComponent("bench/social_synth.py")
    guard FileManager.default.fileExists(atPath: generator.path) else {
        let message = "\(generator.path) is absent: social_synth.mps skipped (it is generated from that script)"
        progress(message)
        skipped.append(message)
        return nil
    }
    let mps = work.appendingPathComponent("social_synth.mps")
    if !FileManager.default.fileExists(atPath: mps.path) {
        progress("generating \(mps.path) from \(generator.path)")
        let partial = work.appendingPathComponent("social_synth.partial.mps")
        _ = try measured("python3", [generator.path, partial.path])
        try FileManager.default.moveItem(at: partial, to: mps)
    }
    let hasCLP = ChildProcess.resolve("clp", path: ProcessInfo.processInfo.environment["PATH"] ?? "") != nil
    if !hasCLP {
        let message = "clp is not installed (Debian package coinor-clp): clp alone and the 2× ratio left out"
        progress(message)
        skipped.append(message)
    }
    var cbc = ScaleBenchmarkReport.Run(label: "kkr-plan solve --solver cbc", seconds: [])
    var clp = ScaleBenchmarkReport.Run(label: "clp social_synth.mps -dualsimplex", seconds: [])
    // Round by round, so a busy moment of the shared machine slows both alike.
    for _ in 0..<runs {
        let output = try record(&cbc, kkrPlan, ["solve", "--solver", "cbc", "--format", "json", mps.path])
        cbc.objective = number(after: "\"objective\"", in: output)
        cbc.note = solverName(in: output) + " (dual simplex)"
        guard hasCLP else { continue }
        let clpOutput = try record(&clp, "clp", [mps.path, "-dualsimplex"])
        clp.objective = number(after: "Optimal objective", in: clpOutput)
        clp.note = "COIN-OR CLP alone (Debian coinor-clp)"
    }
    var glpk = ScaleBenchmarkReport.Run(label: "kkr-plan solve (GLPK defaults)", seconds: [])
    let glpkLimitText = glpkLimit == glpkLimit.rounded() ? String(Int(glpkLimit)) : String(glpkLimit)
    let glpkOutput = try record(
        &glpk,
        kkrPlan,
        ["solve", "--time-limit", glpkLimitText, "--format", "json", mps.path]
    )
    let termination = text(after: "\"termination\"", in: glpkOutput[...]) ?? "?"
    if termination == "optimal" {
        glpk.objective = number(after: "\"objective\"", in: glpkOutput)
    } else {
        glpk.stoppedAt = glpkLimit
    }
    glpk.note =
        solverName(in: glpkOutput) + ", " + (text(after: "\"algorithm\"", in: glpkOutput[...]) ?? "?")
        + (glpkOutput.contains("\"presolve\":true") ? " with presolve" : " without presolve")
        + (termination == "optimal" ? "" : "; stopped by --time-limit \(glpkLimitText) (\(termination))")
    var anchors: [ScaleBenchmarkReport.Run] = []
    for (what, label) in [
        ("highs", "HiGHS (highspy: read + solve)"), ("pulp-cbc", "PuLP: read the MPS, solve with CBC"),
        ("pulp-highs", "PuLP: read the MPS, solve with HiGHS"),
    ] {
        var run = ScaleBenchmarkReport.Run(label: label, seconds: [])
        do {
            let output = try record(&run, python, [script, what, mps.path])
            let json = output.split(separator: "\n").last { $0.hasPrefix("{") }.map(String.init) ?? ""
            run.objective = number(after: "\"objective\"", in: json)
            let read = number(after: "\"read\"", in: json) ?? .nan
            let solve = number(after: "\"solve\"", in: json) ?? .nan
            run.note = String(
                format: "%@; %@ %.1f s, solve %.1f s inside (%@)",
                text(after: "\"version\"", in: json[...]) ?? "",
                what == "highs" ? "read" : "read + build",
                read,
                solve,
                text(after: "\"status\"", in: json[...]) ?? "?"
            )
        } catch {
            run.note = "not run: \(String(describing: error).prefix(200))"
        }
        anchors.append(run)
    }
    let all = [cbc] + (hasCLP ? [clp] : []) + [glpk] + anchors.filter { !$0.seconds.isEmpty && $0.objective != nil }
    let reference = hasCLP ? clp : cbc
    return ScaleBenchmarkReport.Group(
        title: "social_synth.mps: 7,460 rows, about 199,000 columns (a min-cost flow in LP form)",
        description:
            "Generated at bench time by `../shared/bench/social_synth.py` into `\(work.path)/` (never committed). "
            + "Every run is a child process timed from spawn to exit (reading the 11 MB MPS file included); its CPU "
            + "seconds and peak memory come from GNU time. `kkr-plan solve --solver cbc` and clp alone: median of \(runs), alternating; the others once. "
            + "PuLP + GLPK is left out: GLPK's simplex alone needs the time the GLPK row shows.",
        runs: all,
        checks: hasCLP
            ? [.ratio(cbc, over: clp, atMost: 2, name: "`kkr-plan solve --solver cbc` / `clp -dualsimplex`")] : [],
        ratios: ScaleBenchmarkReport.Group.ratios(all, against: reference)
            + (hasCLP
                ? [
                    (
                        "kkr-plan solve --solver cbc / clp, in CPU seconds",
                        (cbc.cpuMedian ?? .nan) / (clp.cpuMedian ?? .nan), false
                    )
                ] : [])
    )
}

// MARK: - 2. The Socialaftale end to end

/// The stages of one plan in this process: read + validate, plan (build, LP, savings, interpretation), reports.
@MainActor func stages(_ folder: URL, backend: SolverBackend) throws -> [ScaleBenchmarkReport.Run] {
    let clock = ContinuousClock()
    let job = SocialJob(
        inputs: folder,
        inputsDisplayName: folder.lastPathComponent,
        output: work.appendingPathComponent("unused")
    )
    var start = clock.now
    let inputs = try job.validate()
    let read = start.duration(to: clock.now)
    start = clock.now
    let outcome = try job.plan(inputs, solver: backend.makeSolver())
    let planned = start.duration(to: clock.now)
    start = clock.now
    let files = try job.reportSet(outcome).files
    let rendered = start.duration(to: clock.now)
    start = clock.now
    let model = job.artifacts(outcome)
    let modelFile = start.duration(to: clock.now)
    guard case .planned(let plan) = outcome else { throw BenchError(what: "\(folder.path): no plan") }
    let summary = plan.summary
    let rest = planned.inSeconds - summary.buildSeconds - summary.lpSeconds
    let name = backend.rawValue.uppercased()
    return [
        .init(label: "\(name): read + validate the folder", seconds: [read.inSeconds], note: "in this process"),
        .init(
            label: "\(name): build the model",
            seconds: [summary.buildSeconds],
            note: "\(summary.rows) rows, \(summary.columns) columns"
        ),
        .init(
            label: "\(name): LP solves in the solver",
            seconds: [summary.lpSeconds],
            note: "\(summary.lpSolves) block LPs (cost + tie-break)"
        ),
        .init(
            label: "\(name): the rest of planning",
            seconds: [rest],
            note: "blocks, tie-break faces, integrality check, place savings, interpretation"
        ),
        .init(
            label: "\(name): reports (in memory)",
            seconds: [rendered.inSeconds - modelFile.inSeconds],
            note: "\(files.count - model.count) files: Markdown, JSON, CSV sheets"
        ),
        .init(
            label: "\(name): the model file (CPLEX LP, in memory)",
            seconds: [modelFile.inSeconds],
            note: "\(model.reduce(0) { $0 + $1.contents.count } / 1_048_576) MiB"
        ),
    ]
}

@MainActor func socialGroup(_ name: String, title: String, description: String, inputs: SocialInputs) throws
    -> ScaleBenchmarkReport.Group
{
    let folder = work.appendingPathComponent(name)
    try? FileManager.default.removeItem(at: folder)
    try SocialInputsWriter.write(inputs, to: folder, source: title)
    let output = work.appendingPathComponent(name + "-reports")
    func command(_ solver: [String]) -> [String] {
        ["social", "--inputs", folder.path, "--output", output.path, "--format", "json"] + solver
    }
    var cbc = ScaleBenchmarkReport.Run(label: "kkr-plan social --solver cbc", seconds: [])
    var glpk = ScaleBenchmarkReport.Run(label: "kkr-plan social (GLPK)", seconds: [])
    var old = ScaleBenchmarkReport.Run(
        label: "--before \(before ?? ""): kkr-plan social --solver cbc",
        seconds: [],
        note: "the kkr-plan given with --before (an older build)"
    )
    for _ in 0..<runs {
        let output = try record(&cbc, kkrPlan, command(["--solver", "cbc"]))
        cbc.objective = number(after: "\"total_cost\"", in: output)
        cbc.note =
            planNote(output)
        if let before {
            let output = try record(&old, before, command(["--solver", "cbc"]))
            old.objective = number(after: "\"total_cost\"", in: output)
        }
    }
    let glpkOutput = try record(&glpk, kkrPlan, command([]))
    glpk.objective = number(after: "\"total_cost\"", in: glpkOutput)
    glpk.note =
        planNote(glpkOutput)
    let stageRuns = try stages(folder, backend: .cbc) + stages(folder, backend: .glpk)
    let model = SocialModelSize(inputs)
    var timed = [cbc, glpk]
    if before != nil { timed.append(old) }
    return ScaleBenchmarkReport.Group(
        title: title,
        description: description + " \(model.text) `kkr-plan social --inputs DIR --output DIR --format json` "
            + "as a child process: reading and validating the CSV/YAML files, building, solving, duals, place savings, "
            + "interpretation, every report and the model file written. --solver cbc: median of \(runs) runs; "
            + "GLPK once. Below the table, the stages of one plan measured inside one process.",
        runs: timed + stageRuns,
        checks: [
            .time(cbc, below: 5, name: "national Socialaftale end to end with `--solver cbc`"),
            .time(glpk, below: 5, name: "the same with GLPK (stated beside it; not a target)"),
        ]
            + [
                .cpuTime(
                    cbc,
                    below: 5,
                    name: "`--solver cbc` in CPU seconds (the idle machine's wall time, one thread)"
                ),
                .cpuTime(glpk, below: 5, name: "GLPK in CPU seconds"),
            ]
            .compactMap { $0 }
    )
}

/// The model's size in words, without solving.
struct SocialModelSize {
    var text: String
    init(_ inputs: SocialInputs) {
        text =
            "\(inputs.municipalities.count) municipalities, \(inputs.offers.count) offers, "
            + "\(inputs.demand.count) demand cells, \(inputs.demand.reduce(0) { $0 + $1.citizens }) citizens."
    }
}

// MARK: - 3. Training places

@MainActor func traineeshipGroup() throws -> ScaleBenchmarkReport.Group {
    let folder = work.appendingPathComponent("traineeships-national")
    try? FileManager.default.removeItem(at: folder)
    let inputs = TraineeshipInstanceGenerator(municipalities: 98).generate()
    try TraineeshipInputsWriter.write(inputs, years: 2027...2029, to: folder)
    let output = work.appendingPathComponent("traineeships-national-reports")
    var glpk = ScaleBenchmarkReport.Run(label: "kkr-plan traineeships --period (GLPK)", seconds: [])
    var cbc = ScaleBenchmarkReport.Run(label: "kkr-plan traineeships --period --solver cbc", seconds: [])
    var single = ScaleBenchmarkReport.Run(label: "kkr-plan traineeships (2027 alone, GLPK)", seconds: [])
    for _ in 0..<runs {
        let base = ["traineeships", "--inputs", folder.path, "--output", output.path]
        try record(&glpk, kkrPlan, base + ["--period"])
        try record(&cbc, kkrPlan, base + ["--period", "--solver", "cbc"])
        try record(&single, kkrPlan, base)
    }
    glpk.note = "4 programmes × 3 years, pædagog splits"
    cbc.note = glpk.note
    return ScaleBenchmarkReport.Group(
        title: "Training places: 98 municipalities, agreement period 2027–2029",
        description:
            "`TraineeshipInstanceGenerator` (98 municipalities, seed 2027: pædagog with the specialisation and start "
            + "splits, PAU, SSH, SSA; about 190 places per municipality a year) written as an input folder with "
            + "`period: {from: 2027, to: 2029}` (targets 2 % higher each year) and planned by "
            + "`kkr-plan traineeships --period` as a child process; median of \(runs) each, round by round.",
        runs: [glpk, cbc, single],
        ratios: [
            (
                "--solver cbc / GLPK (period)",
                cbc.median / max(glpk.median, 1e-9),
                false
            ),
            ("period (3 years) / 2027 alone, GLPK", glpk.median / max(single.median, 1e-9), false),
        ]
    )
}

// MARK: - Run

do {
    if only == nil || only == "social_synth", let group = try socialSynthGroup() { groups.append(group) }
    if only == nil || only == "social" {
        progress("Socialaftale: the project's generated national instance")
        groups.append(
            try socialGroup(
                "social-national",
                title: "Socialaftale end to end: the generated national instance",
                description:
                    "`SocialInstanceGenerator` (seed 2027: 12 target groups × 3 sections, demand ≈ places, half already "
                    + "placed, 95 % occupancy bounds) written as an input folder by `SocialInputsWriter`:",
                inputs: SocialInstanceGenerator().generate()
            )
        )
    }
    if only == nil || only == "synth" {
        progress("Socialaftale: the input set shaped like social_synth")
        groups.append(
            try socialGroup(
                "social-synth",
                title: "Socialaftale end to end: an input set shaped like social_synth",
                description:
                    "`SocialSynthGenerator` (seed 2027: 36 kinds, a demand cell per municipality and kind with probability "
                    + "0.98 and 1–20 citizens, 5–60 places and 300,000–2,000,000 kr per offer, 90 % bounds, no existing "
                    + "placements) written as an input folder by `SocialInputsWriter`:",
                inputs: SocialSynthGenerator().generate()
            )
        )
    }
    if only == nil || only == "traineeships" {
        progress("training places: 98 municipalities, 2027–2029")
        groups.append(try traineeshipGroup())
    }
} catch {
    progress("\(error)")
    exit(1)
}

let info = ProcessInfo.processInfo
let intro =
    [
        "Written by `make bench` (`kkr-scale-bench`, Sources/kkr-scale-bench) with the release build of `kkr-plan`. "
            + "Every time is wall-clock of a whole process (start-up, reading, solving, writing); beside it the "
            + "process's CPU seconds (user + system) and its peak memory (maximum resident set size), both from GNU "
            + "time. On a machine shared with other work the wall times grow with the load while the CPU seconds "
            + "hardly move: kkr-plan runs one thread, so its CPU seconds are about what it takes on an idle machine. "
            + "Ratios are taken within one run.",
        "",
        "- Machine: \(info.activeProcessorCount) cores, \(String(format: "%.0f", Double(info.physicalMemory) / 1_073_741_824)) GiB, "
            + "\(info.operatingSystemVersionString); load average \(loadAtStart) at the start, \(loadAverage()) at the end",
        "- Measured \(ISO8601DateFormatter().string(from: Date()))",
    ]
    + skipped.map { "- Skipped: \($0)" }
print(ScaleBenchmarkReport.plain(groups))
if only == nil {
    let section = ScaleBenchmarkReport.markdown(groups, intro: intro.joined(separator: "\n"))
    let url = URL(fileURLWithPath: reportPath)
    // Re-read the file just before replacing our section, so sections other programs wrote meanwhile survive.
    let current = try? String(contentsOf: url, encoding: .utf8)
    let updated = MarkedSection.replace(
        ScaleBenchmarkReport.sectionID,
        with: section,
        in: current,
        title: "# Benchmarks"
    )
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(updated.utf8).write(to: url, options: .atomic)
    progress("scale section written to \(reportPath)")
} else {
    progress("--only \(only ?? ""): printed, not written")
}
