import ArgumentParser
import Foundation
import Reports

/// `kkr-plan validate`: checks the inputs and reports every problem; writes nothing.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the inputs and list every problem (file:line:column: message — hint); writes nothing.",
        discussion: "Exit codes: 0 valid, 65 invalid, 66 a file or the folder is missing."
    )

    @Option(help: "The input folder.")
    var inputs: String = "Inputs"

    @Option(help: "The plan year (default: plan_year in traineeships.yaml).")
    var year: Int?

    func run() throws {
        let job = TraineeshipJob(
            inputs: URL(fileURLWithPath: inputs),
            inputsDisplayName: inputs,
            output: URL(fileURLWithPath: "Reports"),
            year: year
        )
        let checked = try validateOrExit(job)
        print(
            "\(inputs): valid (\(checked.files.count) files, plan year \(checked.year), "
                + "\(checked.programmes.count) programmes, \(checked.municipalities.count) municipalities)"
        )
    }
}
