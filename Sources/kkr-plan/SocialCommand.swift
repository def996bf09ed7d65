import ArgumentParser
import Foundation
import KKRDomain
import Planning

/// `kkr-plan social`: balances supply and demand of specialised social places and writes `Reports/<year>/socialaftale*`.
struct SocialCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "social",
        abstract: "Balance supply and demand of specialised social places (Nordjysk Socialaftale).",
        discussion: """
            Reads Inputs/municipalities.csv and Inputs/social/ (see Inputs/README.md), validates them, places the \
            expected demand in the offers at least cost, prices one more place and one more citizen, \
            and writes Reports/<year>/socialaftale.md (Danish unless --language en), socialaftale.json and four CSV \
            files. Nothing is written when the inputs are invalid (exit 65) or missing (exit 66), or when a report \
            cannot be written (exit 73; the previous reports stay).
            """
    )

    @OptionGroup var options: SocialOptions
    @OptionGroup var solver: SolverOption

    @Option(help: "What to print on stdout: text (a summary) or json (the balance as JSON).")
    var format: OutputFormat = .text

    func run() throws {
        try finish(
            SocialRequest(job: options.job, format: format).run(solver: solver.makeSolver(), console: StandardConsole())
        )
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
