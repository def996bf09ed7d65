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

    /// The scenario folder: `<inputs>/scenarios`.
    public var library: ScenarioLibrary {
        ScenarioLibrary(
            folder: inputs.appendingPathComponent("scenarios"),
            displayName: inputsDisplayName.isEmpty ? "scenarios" : "\(inputsDisplayName)/scenarios"
        )
    }

    /// Reads the inputs and the scenario files `names` (with their bases); problems go to `problems`.
    func read(_ names: [String], problems: inout ProblemList) -> (
        inputs: ScenarioInputs, scenarios: [ResolvedScenario]
    )? {
        let training = problems.collect { () throws(InputError) in
            try TraineeshipInputReader.read(folder: inputs, displayName: inputsDisplayName, year: year)
        }
        let library = self.library
        let scenarios = names.isEmpty ? [] : problems.collect { () throws(InputError) in try library.load(names) }
        guard let training, let scenarios else { return nil }
        return (ScenarioInputs(traineeships: training), scenarios)
    }

    /// A runner with `jobs` workers.
    func runner(solver: any LinearSolver) -> ScenarioRunner {
        ScenarioRunner(solver: solver, jobs: jobs)
    }
}
