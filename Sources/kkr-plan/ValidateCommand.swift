import ArgumentParser
import Foundation
import KKRDomain
import Planning

/// `kkr-plan validate`: checks the inputs and reports every problem; writes nothing.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the inputs and list every problem (file:line:column: message — hint); writes nothing.",
        discussion: """
            Checks the training-place inputs, the Socialaftale inputs (social/; a folder without it is a \
            training-place-only region, said on stderr) and, when both are valid, every scenario in \
            <inputs>/scenarios applied to them. Exit codes: 0 valid, 65 invalid, 66 a file or the folder is missing.
            """
    )

    @Option(help: "The input folder.")
    var inputs: String = "Inputs"

    @Option(help: "The plan year (default: plan_year in traineeships.yaml).")
    var year: Int?

    @Option(help: "The language of the messages: da or en.")
    var language: Language = .danish

    func run() throws {
        try finish(
            ValidateRequest(
                inputs: URL(fileURLWithPath: inputs),
                inputsDisplayName: inputs,
                year: year,
                language: language
            )
            .run(console: StandardConsole())
        )
    }
}
