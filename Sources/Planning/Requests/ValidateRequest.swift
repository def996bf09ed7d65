import Foundation
import KKRDomain

/// `kkr-plan validate`: checks every part's inputs and every scenario; plans nothing, writes nothing.
///
/// Needs no output folder: it runs the validate stage of each part only.
public struct ValidateRequest: Sendable {
    /// The input folder.
    public var inputs: URL
    /// How messages name the input folder.
    public var inputsDisplayName: String
    /// The plan year, or nil for the settings' `plan_year`.
    public var year: Int?
    /// The language of the messages (`ValidationCatalogue`): Danish unless `--language en`.
    public var language: Language

    /// Creates the request.
    public init(inputs: URL, inputsDisplayName: String, year: Int? = nil, language: Language = .danish) {
        self.inputs = inputs
        self.inputsDisplayName = inputsDisplayName
        self.year = year
        self.language = language
    }

    /// Validates; prints a line per valid part on stdout and every problem on stderr.
    public func run(console: any Console) -> RunStatus {
        let name = inputsDisplayName
        let shown = InputsName(inputsDisplayName)
        var failure: RunStatus?
        var checked: TraineeshipInputs?
        do {
            checked = try TraineeshipJob.validate(folder: inputs, displayName: name, year: year)
            console.warn(shown.shown(checked?.warnings ?? []), language: language)
        } catch {
            failure = console.report(error, language: language)
        }
        // A missing folder is reported once, by the training places.
        var social: SocialInputs?
        if FileManager.default.fileExists(atPath: inputs.path) {
            if SocialJob.hasInputs(in: inputs) {
                do {
                    social = try SocialJob.validate(folder: inputs, displayName: name, year: year)
                    console.warn(shown.shown(social?.warnings ?? []), language: language)
                } catch {
                    failure = console.report(error, language: language).after(failure)
                }
            } else {
                console.error(SocialJob.skippedMessage(name, language: language))
            }
        }
        if let checked {
            console.output(
                "\(name): valid (\(checked.files.count) files, plan year \(checked.year), "
                    + "\(checked.programmes.count) programmes, \(checked.municipalities.count) municipalities)\n"
            )
        }
        var periods: [PeriodInputs] = []
        if FileManager.default.fileExists(atPath: inputs.path) {
            let job = PeriodJob(inputs: inputs, inputsDisplayName: name, output: inputs, language: language)
            let single = TraineeshipJob(
                inputs: inputs,
                inputsDisplayName: name,
                output: inputs,
                year: year,
                language: language
            )
            do {
                if try job.prepareBeside(single, console: console) != nil { periods = try job.validate() }
            } catch {
                failure = console.report(error, language: language).after(failure)
            }
        }
        if let social {
            console.output(
                "\(name): Socialaftale valid (\(social.files.count) files, plan year \(social.year), "
                    + "\(social.offers.count) offers, \(social.demand.count) demand figures)\n"
            )
        }
        for period in periods {
            console.output(
                "\(name): agreement period \(period.period.from)–\(period.period.to) valid "
                    + "(\(period.programmes.map(\.id).joined(separator: ", ")))\n"
            )
        }
        if let failure { return failure }
        guard let checked else { return .dataError }
        do {
            let scenarios = try ScenarioJobSettings.validateScenarios(
                folder: inputs,
                displayName: name,
                on: ScenarioInputs(traineeships: checked, social: social, periods: periods)
            )
            if !scenarios.isEmpty {
                console.output(
                    "\(name): \(scenarios.count) scenarios valid (\(scenarios.map(\.scenario.id).joined(separator: ", ")))\n"
                )
            }
        } catch {
            return console.report(error, language: language)
        }
        return .success
    }
}
