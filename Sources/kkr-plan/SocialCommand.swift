import ArgumentParser
import Foundation
import KKRDomain
import Reports

/// `kkr-plan social`: balances supply and demand of specialised social places and writes `Reports/<year>/socialaftale*`.
struct SocialCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "social",
        abstract: "Balance supply and demand of specialised social places (Nordjysk Socialaftale).",
        discussion: """
            Reads Inputs/municipalities.csv and Inputs/social/ (see Inputs/README.md), validates them, places the \
            expected demand in the offers at least cost, prices places and citizens with the LP relaxation's duals, \
            and writes Reports/<year>/socialaftale.md (Danish unless --language en), socialaftale.json and four CSV \
            files. Nothing is written when the inputs are invalid (exit 65) or missing (exit 66).
            """
    )

    @OptionGroup var options: SocialOptions

    @Option(help: "What to print on stdout: text (a summary) or json (the balance as JSON).")
    var format: OutputFormat = .text

    func run() throws {
        let job = options.job
        let inputs = try validateOrExit(job)
        switch try runOrExit(job, inputs: inputs) {
        case .written(let plan, _, let json):
            print(format == .json ? json : SocialSummary.render(plan, language: options.language), terminator: "")
        case .infeasible:
            throw ExitCode.infeasible
        }
    }
}

/// The options of `kkr-plan social`.
struct SocialOptions: ParsableArguments {
    @Option(help: "The input folder (holding municipalities.csv and social/).")
    var inputs: String = "Inputs"

    @Option(help: "The output folder; reports go to <output>/<year>/.")
    var output: String = "Reports"

    @Option(help: "The plan year (default: plan_year in social/socialaftale.yaml; another year is an error).")
    var year: Int?

    @Option(help: "The report language: da or en.")
    var language: Language = .danish

    var job: SocialJob {
        SocialJob(
            inputs: URL(fileURLWithPath: inputs),
            inputsDisplayName: inputs,
            output: URL(fileURLWithPath: output),
            year: year,
            language: language
        )
    }
}

/// The Socialaftale as a part of the default plan.
struct SocialPart: PlanPart {
    let job: SocialJob

    func prepare() throws(InputError) -> any PreparedPlanPart {
        let inputs = try validatePrintingWarnings(job)
        return Prepared(job: job, inputs: inputs)
    }

    struct Prepared: PreparedPlanPart {
        let job: SocialJob
        let inputs: SocialInputs

        func run() throws -> PlanPartOutcome {
            switch try runOrExit(job, inputs: inputs) {
            case .written(let plan, _, _):
                print("\n" + SocialSummary.render(plan, language: job.language), terminator: "")
                return PlanPartOutcome(isInfeasible: false, page: SocialHTML(plan: plan))
            case .infeasible:
                return .infeasible
            }
        }
    }
}
