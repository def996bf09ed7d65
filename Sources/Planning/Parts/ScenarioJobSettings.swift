import Allocation
import Foundation
import KKRDomain
import LinearProgramming

/// What `compare` and `sweep` share: where inputs and reports are, the year, the language and the number of workers.
public struct ScenarioJobSettings: Sendable {
    /// The input folder.
    public var inputs: URL
    /// How messages name the input folder.
    public var inputsDisplayName: String
    /// The output folder (`Reports`).
    public var output: URL
    /// The plan year, or nil for the settings' `plan_year`.
    public var year: Int?
    /// The report language.
    public var language: Language
    /// The number of variants planned at once.
    public var jobs: Int

    /// Creates settings.
    public init(
        inputs: URL,
        inputsDisplayName: String,
        output: URL,
        year: Int? = nil,
        language: Language = .danish,
        jobs: Int
    ) {
        self.inputs = inputs
        self.inputsDisplayName = inputsDisplayName
        self.output = output
        self.year = year
        self.language = language
        self.jobs = jobs
    }

    /// The scenario folder: `<inputs>/scenarios`, named as reports name the input folder (``InputsName``).
    public var library: ScenarioLibrary { Self.library(inputs, displayName: inputsDisplayName) }

    /// The scenario folder of the input folder `folder`.
    static func library(_ folder: URL, displayName: String) -> ScenarioLibrary {
        let name = InputsName(displayName).report
        return ScenarioLibrary(
            folder: folder.appendingPathComponent("scenarios"),
            displayName: name.isEmpty ? "scenarios" : "\(name)/scenarios"
        )
    }

    /// True when the input folder has the Socialaftale inputs (`social/`); without them scenarios cover the training places only.
    public var hasSocialInputs: Bool { SocialJob.hasInputs(in: inputs) }

    /// Reads the inputs (the Socialaftale too, when present) and the scenario files `names` with their bases.
    ///
    /// Problems go to `problems`; nil when anything could not be read.
    func read(_ names: [String], problems: inout ProblemList) -> (
        inputs: ScenarioInputs, scenarios: [ResolvedScenario]
    )? {
        // Read under the name reports use; the callers map the problems to the user's spelling.
        let name = InputsName(inputsDisplayName).report
        let training = problems.collect { () throws(InputError) in
            try TraineeshipInputReader.read(folder: inputs, displayName: name, year: year)
        }
        var social: SocialInputs?
        if hasSocialInputs, let planYear = year ?? training?.year {
            social = problems.collect { () throws(InputError) in
                try SocialInputReader.read(folder: inputs, displayName: name, year: planYear)
            }
        }
        // The agreement periods, once the single-year inputs are valid (their problems are not repeated).
        var periods: [PeriodInputs]? = []
        if training != nil {
            periods = problems.collect { () throws(InputError) in
                try PeriodInputReader.read(folder: inputs, displayName: name)
            }
        }
        let library = self.library
        let scenarios = names.isEmpty ? [] : problems.collect { () throws(InputError) in try library.load(names) }
        guard let training, let periods, let scenarios, !problems.hasErrors else { return nil }
        return (ScenarioInputs(traineeships: training, social: social, periods: periods), scenarios)
    }

    /// Reads every scenario file in `<folder>/scenarios` and applies it to `inputs` (`kkr-plan validate`).
    ///
    /// - Returns: the scenarios, in file-name order (empty when the folder has none).
    /// - Throws: ``InputError`` with every problem in every scenario file.
    public static func validateScenarios(
        folder: URL,
        displayName: String,
        on inputs: ScenarioInputs
    ) throws(InputError) -> [ResolvedScenario] {
        let library = Self.library(folder, displayName: displayName)
        let names = library.available
        guard !names.isEmpty else { return [] }
        let name = InputsName(displayName)
        let scenarios = try name.read { _ throws(InputError) in try library.load(names) }
        var problems = ProblemList()
        for scenario in scenarios {
            _ = problems.collect { () throws(InputError) in try ScenarioApplier.apply(scenario, to: inputs) }
        }
        if problems.hasErrors { throw name.shown(problems.error) }
        return scenarios
    }

    /// The warnings of every input part, in order.
    func warnings(_ inputs: ScenarioInputs) -> [Diagnostic] {
        InputsName(inputsDisplayName).shown(inputs.traineeships.warnings + (inputs.social?.warnings ?? []))
    }

    /// Runs `body`; its problems come back in the user's spelling of the input folder.
    func inUserSpelling<T>(_ body: () throws(InputError) -> T) throws(InputError) -> T {
        do {
            return try body()
        } catch {
            throw InputsName(inputsDisplayName).shown(error)
        }
    }

    /// A runner with `jobs` workers.
    func runner(solver: any LinearSolver) -> ScenarioRunner {
        ScenarioRunner(solver: solver, jobs: jobs)
    }
}
