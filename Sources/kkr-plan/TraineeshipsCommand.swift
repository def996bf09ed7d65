import Allocation
import ArgumentParser
import Foundation
import KKRDomain
import Reports

/// `kkr-plan traineeships`: distributes the training places of every programme and writes `Reports/<year>/`.
struct TraineeshipsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "traineeships",
        abstract: "Distribute the pædagog, PAU, SSH and SSA training places across the municipalities.",
        discussion: """
            Reads Inputs/ (see Inputs/README.md), validates it, distributes every programme and writes \
            Reports/<year>/traineeships.md (Danish unless --language en), traineeships.json and one CSV per \
            programme. Nothing is written when the inputs are invalid (exit 65) or missing (exit 66); an \
            infeasible plan exits 1 with an explanation on stderr and in traineeships_infeasible.md.
            """
    )

    @OptionGroup var options: TraineeshipOptions

    @Option(help: "What to print on stdout: text (a summary table) or json (the plan as JSON).")
    var format: OutputFormat = .text

    @Flag(help: "Plan the agreement period declared in traineeships.yaml; writes Reports/<from>-<to>/.")
    var period = false

    func run() throws {
        if period {
            try runPeriod()
            return
        }
        let job = options.job
        let inputs = try validateOrExit(job)
        let result = try runOrExit(job, inputs: inputs)
        if case .written(let plan, _, let json) = result {
            print(format == .json ? json : TraineeshipSummary.render(plan, language: options.language), terminator: "")
        }
        if case .infeasible = result { throw ExitCode.infeasible }
    }
}

extension TraineeshipsCommand {
    /// `--period`: every declared period, into `Reports/<from>-<to>/`.
    func runPeriod() throws {
        let job = options.periodJob
        let periods: [PeriodInputs]
        do {
            periods = try job.validate()
        } catch {
            throw reportedExitCode(for: error)
        }
        for warning in periods.first?.warnings ?? [] { printError(warning.description) }
        guard !periods.isEmpty else {
            printError(
                "kkr-plan: no agreement period is declared in \(options.inputs)/traineeships.yaml"
                    + " — hint: add 'period: {from: 2027, to: 2029}' at the top or to a programme"
            )
            throw ExitCode.dataError
        }
        let results = try runPeriods(job, periods: periods)
        for case .written(let plan, _, let json) in results {
            print(format == .json ? json : PeriodSummary.render(plan, language: options.language), terminator: "")
        }
        if results.contains(where: { if case .infeasible = $0 { true } else { false } }) {
            throw ExitCode.infeasible
        }
    }
}

/// The options shared by `traineeships` and the default plan.
struct TraineeshipOptions: ParsableArguments {
    @Option(help: "The input folder.")
    var inputs: String = "Inputs"

    @Option(help: "The output folder; reports go to <output>/<year>/.")
    var output: String = "Reports"

    @Option(help: "The plan year (default: plan_year in traineeships.yaml).")
    var year: Int?

    @Option(help: "optimal, hamilton, dhondt, sainte-lague or huntington-hill.")
    var method: ApportionmentMethod = .optimal

    @Option(help: "For dhondt and sainte-lague: the divisor for 0 places (e.g. 1.4 for modified Sainte-Laguë).")
    var firstDivisor: Double?

    @Option(help: "The report language: da or en.")
    var language: Language = .danish

    func validate() throws {
        try validateFirstDivisor(firstDivisor, method: method)
    }

    var periodJob: PeriodJob {
        PeriodJob(
            inputs: URL(fileURLWithPath: inputs),
            inputsDisplayName: inputs,
            output: URL(fileURLWithPath: output),
            language: language
        )
    }

    var job: TraineeshipJob {
        TraineeshipJob(
            inputs: URL(fileURLWithPath: inputs),
            inputsDisplayName: inputs,
            output: URL(fileURLWithPath: output),
            year: year,
            method: method,
            firstDivisor: firstDivisor,
            language: language
        )
    }
}

extension ApportionmentMethod: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

// MARK: - Shared steps

/// Rejects `--first-divisor` for methods without a first divisor, and values that are not positive.
func validateFirstDivisor(_ divisor: Double?, method: ApportionmentMethod) throws {
    guard let divisor else { return }
    guard method == .dhondt || method == .sainteLague else {
        throw ValidationError("--first-divisor applies to dhondt and sainte-lague only, not \(method.rawValue)")
    }
    guard divisor.isFinite, divisor > 0 else { throw ValidationError("--first-divisor must be a number > 0") }
}
