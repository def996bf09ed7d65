import Allocation
import ArgumentParser
import Foundation
import KKRDomain
import Planning

/// `kkr-plan traineeships`: distributes the training places of every programme and writes `Reports/<year>/`.
struct TraineeshipsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "traineeships",
        abstract: "Distribute the pædagog, PAU, SSH and SSA training places across the municipalities.",
        discussion: """
            Reads Inputs/ (see Inputs/README.md), validates it, distributes every programme and writes \
            Reports/<year>/traineeships.md (Danish unless --language en), traineeships.json and one CSV per \
            programme. Nothing is written when the inputs are invalid (exit 65) or missing (exit 66); an \
            infeasible plan exits 1 with an explanation on stderr and in traineeships_infeasible.md; when a \
            report cannot be written, none is and the previous ones stay (exit 73).
            """
    )

    @OptionGroup var options: TraineeshipOptions
    @OptionGroup var solver: SolverOption

    @Option(help: "What to print on stdout: text (a summary table) or json (the plan as JSON).")
    var format: OutputFormat = .text

    func run() throws {
        try finish(
            TraineeshipsRequest(job: options.job, format: format)
                .run(solver: solver.makeSolver(), console: StandardConsole())
        )
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
extension OutputFormat: ExpressibleByArgument {}

/// `--format`, for every command (`solve` too, which does not import the planning layer).
typealias OutputFormat = Planning.OutputFormat

// MARK: - Shared checks

/// Rejects `--first-divisor` for methods without a first divisor, and values that are not positive.
func validateFirstDivisor(_ divisor: Double?, method: ApportionmentMethod) throws {
    guard let divisor else { return }
    guard method == .dhondt || method == .sainteLague else {
        throw ValidationError("--first-divisor applies to dhondt and sainte-lague only, not \(method.rawValue)")
    }
    guard divisor.isFinite, divisor > 0 else { throw ValidationError("--first-divisor must be a number > 0") }
}
