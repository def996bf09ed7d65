import Allocation
import Foundation
import KKRDomain
import LinearProgramming
import Reports

/// The whole `compare` run: read inputs and scenario files → apply and validate → plan all in parallel → write.
///
/// Nothing is planned or written while any input or scenario file has a
/// problem (all are reported together). Scenarios without a possible plan are
/// explained in the report; the CLI maps them to exit code 1.
public struct CompareJob: Sendable {
    /// Folders, year, language, workers.
    public var settings: ScenarioJobSettings
    /// The scenarios as given on the command line (names or paths); empty for every file in the scenario folder.
    public var scenarios: [String]
    /// The scenario to compare against instead of the default inputs, if any.
    public var base: String?

    /// Creates a job.
    public init(settings: ScenarioJobSettings, scenarios: [String], base: String? = nil) {
        self.settings = settings
        self.scenarios = scenarios
        self.base = base
    }

    /// The base and the scenarios, read, applied and validated.
    public struct Prepared: Sendable {
        /// The base's scenario (nil: the default inputs) and inputs.
        public var base: (scenario: ResolvedScenario?, inputs: ScenarioInputs)
        /// Each scenario with its inputs, in command-line order.
        public var scenarios: [(scenario: ResolvedScenario, inputs: ScenarioInputs)]
        /// Warnings from reading the inputs.
        public var warnings: [Diagnostic]
    }

    /// Reads everything and applies every scenario.
    ///
    /// - Throws: ``InputError`` with every problem in the inputs and the scenario files, named as the user
    ///   spelled the input folder.
    public func prepare() throws(InputError) -> Prepared {
        try settings.inUserSpelling(prepareUnderReportName)
    }

    private func prepareUnderReportName() throws(InputError) -> Prepared {
        var problems = ProblemList()
        let library = settings.library
        // Every scenario in the folder, but not the base itself (`kkr-plan compare --base X`).
        let baseID = base.map { library.locate($0).0.deletingPathExtension().lastPathComponent }
        let names = scenarios.isEmpty ? library.available.filter { $0 != baseID } : scenarios
        if names.isEmpty {
            problems.add(
                InputError(
                    diagnostics: [
                        Diagnostic(
                            .error,
                            at: SourceLocation(file: library.displayName),
                            "there are no scenario files to compare",
                            hint: "name scenario files on the command line or put them in \(library.displayName)"
                        )
                    ],
                    isMissingInput: true
                )
            )
        }
        let read = settings.read(names + (base.map { [$0] } ?? []), problems: &problems)
        guard let read, !problems.hasErrors else { throw problems.error }
        let baseInputs = read.inputs
        let resolved = read.scenarios
        var applied: [(scenario: ResolvedScenario, inputs: ScenarioInputs)] = []
        for scenario in resolved {
            if let inputs = problems.collect({ () throws(InputError) in
                try ScenarioApplier.apply(scenario, to: baseInputs)
            }) {
                applied.append((scenario, inputs))
            }
        }
        guard !problems.hasErrors else { throw problems.error }
        let chosenBase = base == nil ? nil : applied.popLast()
        return Prepared(
            base: (chosenBase?.scenario, chosenBase?.inputs ?? baseInputs),
            scenarios: applied,
            warnings: settings.warnings(baseInputs)
        )
    }

    /// Plans the base and the scenarios with `solver` (all at once, `settings.jobs` at a time).
    ///
    /// - Throws: ``PlanningError`` (an internal error).
    public func plan(_ prepared: Prepared, solver: any LinearSolver) throws -> ScenarioSet {
        try settings.runner(solver: solver).compare(base: prepared.base, scenarios: prepared.scenarios)
    }

    /// Every file of the comparison, rendered by `Reports`.
    ///
    /// - Throws: an encoding error from the JSON renderer (an internal error).
    public func reportSet(_ set: ScenarioSet) throws -> ReportSet {
        ReportSet(files: try ComparisonReportSet.files(for: set, language: settings.language))
    }
}
