import Foundation
import GLPKSolver

/// The benchmark's figures as plain text (stdout) and Markdown (`Reports/benchmarks.md`).
struct BenchmarkReport {
    var sections: [BenchmarkSection]
    var netlib: [NetlibRuns.Total]
    var runs: Int
    var swiftVersion: String

    /// CPU, cores, memory and system, as far as the machine tells.
    var machine: String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model =
            cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
            ?? "unknown CPU"
        let info = ProcessInfo.processInfo
        let memory = Double(info.physicalMemory) / 1_073_741_824
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first
        return "\(model), \(info.activeProcessorCount) cores, \(String(format: "%.0f", memory)) GiB, "
            + "\(info.operatingSystemVersionString)" + (load.map { "; load average \($0) at the end" } ?? "")
    }

    private var software: String {
        var parts = ["GLPK \(GLPKSolver.version)"]
        if !swiftVersion.isEmpty { parts.append(swiftVersion) }
        if let pulp = sections.first?.pulpVersion { parts.append("PuLP \(pulp)") }
        return parts.joined(separator: "; ")
    }

    private func rows(_ section: BenchmarkSection) -> [(String, String, String, String)] {
        var rows: [(String, String, String, String)] = []
        func seconds(_ value: Double?) -> String { value.map { BenchmarkSection.format($0, digits: 4) } ?? "" }
        func objective(_ value: Double?) -> String { value.map { String(format: "%.10g", $0) } ?? "" }
        if let build = section.swiftDefault?.buildSeconds {
            rows.append(("Swift: building the model alone", seconds(build), "", ""))
        }
        if let load = section.swiftLoad { rows.append((load.name, seconds(load.seconds), "", "")) }
        for run in section.swift {
            let marker = run.name == BenchmarkSection.defaultLabel ? " [default]" : ""
            rows.append((run.name + marker, seconds(run.seconds), objective(run.objective), run.note ?? ""))
        }
        for run in section.glpsol {
            rows.append((run.name, seconds(run.seconds), objective(run.objective), run.note ?? ""))
        }
        if let build = section.pulpBuild { rows.append(("PuLP: building the model alone", seconds(build), "", "")) }
        for run in section.pulp {
            rows.append((run.name, seconds(run.seconds), objective(run.objective), run.note ?? ""))
        }
        return rows
    }

    private func heading(_ section: BenchmarkSection) -> String {
        let integers = section.integerColumns > 0 ? ", \(section.integerColumns) binary" : ""
        return "\(section.title): \(section.columns) columns\(integers), \(section.rows) rows"
    }

    func plain() -> String {
        var lines = [
            "kkr-bench — medians of \(runs) runs; end to end = build or read + solve", "Machine: \(machine)",
            "Software: \(software)",
        ]
        for section in sections {
            lines += ["", heading(section)]
            for row in rows(section) {
                let name = row.0.padding(toLength: 44, withPad: " ", startingAt: 0)
                lines.append("  \(name) \(row.1.leftPadded(9)) s  \(row.2) \(row.3)")
            }
            lines.append("  objectives agree: \(section.objectivesAgree ? "yes" : "NO")")
            lines.append(
                section.integerColumns == 0
                    ? "  targets (issue 3, stated for this LP):" : "  the same checks, for information:"
            )
            for target in section.targets {
                lines.append("  \(target.name): \(target.value) — \(target.met ? "met" : "MISSED")")
            }
            if let note = section.solverNote { lines.append("  " + note) }
        }
        if !netlib.isEmpty {
            lines += [
                "", "Netlib LPs (\(netlib[0].instances) instances), total solve seconds per setting (median of 3 each)",
            ]
            for total in netlib {
                lines.append(
                    "  \(total.label.padding(toLength: 22, withPad: " ", startingAt: 0)) "
                        + "\(BenchmarkSection.format(total.seconds, digits: 3).leftPadded(8)) s  "
                        + "optimal \(total.optimal)/\(total.instances), slowest \(total.slowest.0) "
                        + "\(BenchmarkSection.format(total.slowest.1, digits: 3)) s"
                )
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The id of this program's section of `Reports/benchmarks.md` (other benchmarks keep theirs).
    static let sectionID = "solver"

    /// The Markdown of this program's section (without its markers).
    func markdown() -> String {
        var lines = [
            "## Solver layer: Swift + GLPK against glpsol and PuLP (kkr-bench)", "",
            "Written by `make bench` (`kkr-bench`, Sources/kkr-bench). Medians of \(runs) runs; every time is wall-clock,",
            "end to end: building (Swift, PuLP) or reading (glpsol) the model, solving, and reading the answer.", "",
            "- Machine: \(machine)", "- Software: \(software)", "",
            "The runs go in rounds, every variant once per round, so that other work on the machine slows them",
            "alike; on a busy shared machine single figures still move by a third between invocations, so read",
            "the ratios, which are taken within one invocation.", "",
        ]
        for section in sections {
            lines += ["### \(heading(section))", "", "| run | seconds | objective | note |", "|---|---:|---:|---|"]
            lines += rows(section).map { "| \($0.0) | \($0.1) | \($0.2) | \($0.3) |" }
            lines += [
                "", "Objectives agree: \(section.objectivesAgree ? "yes" : "**no**").", "",
                section.integerColumns == 0
                    ? "Targets (issue 3, stated for the transportation LP):" : "The same checks, for information:",
                "", "| target | figure | |", "|---|---:|---|",
            ]
            lines += section.targets.map { "| \($0.name) | \($0.value) | \($0.met ? "met" : "**missed**") |" }
            if let note = section.solverNote { lines += ["", note] }
            lines.append("")
        }
        lines += defaultsRationale()
        if !netlib.isEmpty {
            lines += [
                "### Netlib LPs (\(netlib[0].instances) instances) under each simplex setting", "",
                "Total of per-instance medians (3 runs each), through GLPKSolver.", "",
                "| setting | total seconds | optimal | slowest |", "|---|---:|---:|---|",
            ]
            lines += netlib.map {
                "| \($0.label) | \(BenchmarkSection.format($0.seconds, digits: 3)) | \($0.optimal)/\($0.instances) | "
                    + "\($0.slowest.0) (\(BenchmarkSection.format($0.slowest.1, digits: 3)) s) |"
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}

extension BenchmarkReport {
    /// Why `GLPKParameters()` defaults to the dual simplex with presolve, with this run's figures.
    func defaultsRationale() -> [String] {
        func time(_ section: Int, _ label: String) -> String {
            guard sections.indices.contains(section),
                let run = sections[section].swift.first(where: { $0.name == label })
            else { return "–" }
            return BenchmarkSection.format(run.seconds, digits: 3) + " s"
        }
        let settings = ["Swift (dual, presolve)", "Swift (dual, no presolve)", "Swift (primal, presolve)"]
        return [
            "### The default simplex settings", "",
            "`GLPKParameters()` uses the dual simplex with presolve (`\(BenchmarkSection.defaultLabel)`). In this run:",
            "the transportation LP took \(time(0, settings[0])) with it, \(time(0, settings[1])) without presolve and "
                + "\(time(0, settings[2])) with the primal simplex;",
            "the assignment MIP took \(time(1, settings[0])) with it and \(time(1, settings[1])) without presolve "
                + "(one flag serves LPs and MIPs, and GLPK's MIP preprocessor is what makes MIPLIB's bell5 solve in a second).",
            "The primal simplex is faster on the small Netlib LPs in total (table below) but about twice as slow on the "
                + "large transportation LP, which is shaped like the planning models; dropping presolve gains little on "
                + "LPs and loses on MIPs. So: dual, presolve on.",
            "",
        ]
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
