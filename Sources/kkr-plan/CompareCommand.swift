import ArgumentParser
import Foundation
import KKRDomain
import Planning

/// `kkr-plan compare SCENARIO…`: plans the base and each scenario and writes the comparison report.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare scenarios with the base, per programme and municipality.",
        discussion: """
            A SCENARIO is a file name in <inputs>/scenarios without .yaml (minimum_plus_10) or a path to a \
            scenario file; with none, every scenario in <inputs>/scenarios is compared. Writes \
            Reports/<year>/scenarios.md (Danish unless --language en), scenarios.json, scenarios.csv, \
            scenarios_social.csv (when the inputs have social/) and the chart page scenarier.html \
            (scenarios.html with --language en). \
            Exit codes: 0 ok; 1 a scenario (or the base) has no possible plan (explained in the report and \
            on stderr, in the report language); 64 usage; 65 bad input or scenario file (every problem as \
            file:line:column); 66 a file is missing; 73 a report cannot be written (none is; the previous ones stay).
            """
    )

    @Argument(help: "Scenario names or paths (default: every file in <inputs>/scenarios).")
    var scenarios: [String] = []
    @Option(help: "Compare against this scenario instead of the inputs without changes.")
    var base: String?
    @OptionGroup var options: ScenarioOptions
    @OptionGroup var solver: SolverOption

    func validate() throws {
        let duplicates = Set(scenarios.filter { name in scenarios.filter { $0 == name }.count > 1 })
        guard duplicates.isEmpty else {
            throw ValidationError("each scenario may be named once: \(duplicates.sorted().joined(separator: ", "))")
        }
        if let base, scenarios.contains(base) {
            throw ValidationError("--base \(base) is also listed as a scenario; list it once")
        }
    }

    func run() throws {
        try finish(
            CompareRequest(
                job: CompareJob(settings: options.settings, scenarios: scenarios, base: base),
                format: options.format
            )
            .run(solver: solver.makeSolver(), console: StandardConsole())
        )
    }
}

/// The options `compare` and `sweep` share.
struct ScenarioOptions: ParsableArguments {
    @Option(help: "The input folder (scenario names are looked up in <inputs>/scenarios).")
    var inputs: String = "Inputs"
    @Option(help: "The output folder; reports go to <output>/<year>/.")
    var output: String = "Reports"
    @Option(help: "The plan year (default: plan_year in traineeships.yaml).")
    var year: Int?
    @Option(help: "What to print on stdout: text (a summary) or json (the whole result as JSON).")
    var format: OutputFormat = .text
    @Option(help: "The report language: da or en.")
    var language: Language = .danish
    @Option(help: "How many variants to plan at once (default: the number of cores); results do not depend on it.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    var settings: ScenarioJobSettings {
        ScenarioJobSettings(
            inputs: URL(fileURLWithPath: inputs),
            inputsDisplayName: inputs,
            output: URL(fileURLWithPath: output),
            year: year,
            language: language,
            jobs: jobs
        )
    }
}
