import ArgumentParser
import Foundation
import KKRDomain
import Reports

/// `kkr-plan validate`: checks the inputs and reports every problem; writes nothing.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the inputs and list every problem (file:line:column: message — hint); writes nothing.",
        discussion: """
            Checks the training-place inputs, the Socialaftale inputs (social/) and, when both are valid, every \
            scenario in <inputs>/scenarios applied to them. Exit codes: 0 valid, 65 invalid, 66 a file or the \
            folder is missing.
            """
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
        var failure: ExitCode?
        var checked: TraineeshipInputs?
        do { checked = try validateOrExit(job) } catch let code as ExitCode { failure = code }
        // A missing folder is reported once, by the training places.
        var social: SocialInputs?
        if FileManager.default.fileExists(atPath: inputs) {
            do {
                social = try validateOrExit(
                    SocialJob(inputs: job.inputs, inputsDisplayName: inputs, output: job.output, year: year)
                )
            } catch let code as ExitCode {
                failure = failure == .dataError ? failure : code
            }
        }
        if let checked {
            print(
                "\(inputs): valid (\(checked.files.count) files, plan year \(checked.year), "
                    + "\(checked.programmes.count) programmes, \(checked.municipalities.count) municipalities)"
            )
        }
        var periods: [PeriodInputs] = []
        if FileManager.default.fileExists(atPath: inputs) {
            let periodJob = PeriodJob(inputs: job.inputs, inputsDisplayName: inputs, output: job.output)
            do {
                periods = try periodsOnly(PeriodPart(job: periodJob, traineeships: job).prepare())
            } catch {
                failure = failure == .dataError ? failure : reportedExitCode(for: error)
            }
        }
        if let social {
            print(
                "\(inputs): Socialaftale valid (\(social.files.count) files, plan year \(social.year), "
                    + "\(social.offers.count) offers, \(social.demand.count) demand figures)"
            )
        }
        for period in periods {
            print(
                "\(inputs): agreement period \(period.period.from)–\(period.period.to) valid "
                    + "(\(period.programmes.map(\.id).joined(separator: ", ")))"
            )
        }
        if let failure { throw failure }
        if let checked { try validateScenarios(ScenarioInputs(traineeships: checked, social: social)) }
    }

    /// Applies every scenario in `<inputs>/scenarios` to the valid inputs; prints every problem and exits 65 on failure.
    func validateScenarios(_ checked: ScenarioInputs) throws {
        let settings = ScenarioJobSettings(
            inputs: URL(fileURLWithPath: inputs),
            inputsDisplayName: inputs,
            output: URL(fileURLWithPath: "Reports"),
            year: year,
            jobs: 1
        )
        do {
            let scenarios = try settings.validateScenarios(on: checked)
            if !scenarios.isEmpty {
                print(
                    "\(inputs): \(scenarios.count) scenarios valid (\(scenarios.map(\.scenario.id).joined(separator: ", ")))"
                )
            }
        } catch {
            throw reportedExitCode(for: error)
        }
    }
}
