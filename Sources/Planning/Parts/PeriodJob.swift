import Allocation
import Foundation
import KKRDomain
import LinearProgramming
import Reports

/// The agreement periods as a part: validate → plan every declared period → `Reports/<from>-<to>/`.
///
/// Part of the default plan (nothing happens when no period is declared) and
/// of `kkr-plan traineeships --period`.
public struct PeriodJob: Sendable {
    /// What planning one period gave.
    public enum PeriodOutcome: Sendable {
        /// The plan.
        case planned(PeriodPlan)
        /// No plan exists, and why.
        case infeasible([PeriodConflict], period: AgreementPeriod)
    }

    /// The input folder.
    public var inputs: URL
    /// How messages name the input folder.
    public var inputsDisplayName: String
    /// The output folder (`Reports`).
    public var output: URL
    /// The report language.
    public var language: Language
    /// Input files read from these bytes instead of the disk (roll-forward's `history.csv` before it is written).
    var replacing: [String: Data] = [:]
    /// Warnings another part of the run prints already (the default plan: the training places'), not repeated.
    var printedWarnings: Set<Diagnostic> = []

    /// Creates a job.
    public init(inputs: URL, inputsDisplayName: String, output: URL, language: Language = .danish) {
        self.inputs = inputs
        self.inputsDisplayName = inputsDisplayName
        self.output = output
        self.language = language
    }

    /// Reads and validates every declared period (empty when none is).
    public func validate() throws(InputError) -> [PeriodInputs] {
        try InputsName(inputsDisplayName)
            .read { name throws(InputError) in
                try PeriodInputReader.read(folder: inputs, displayName: name, replacing: replacing)
            }
    }
}

extension PeriodJob: StagedPart {
    func warnings(_ inputs: [PeriodInputs]) -> [Diagnostic] {
        (inputs.first?.warnings ?? []).filter { !printedWarnings.contains($0) }
    }

    func plan(_ inputs: [PeriodInputs], solver: any LinearSolver) throws -> [PeriodOutcome] {
        try inputs.map { period in
            switch try PeriodPlanner(solver: solver).plan(period) {
            case .planned(let plan): .planned(plan)
            case .infeasible(let conflicts): .infeasible(conflicts, period: period.period)
            }
        }
    }

    func reportSet(_ outcome: [PeriodOutcome]) throws -> ReportSet {
        var set = ReportSet()
        for entry in outcome {
            switch entry {
            case .planned(let plan):
                let writer = CPLEXLPWriter()
                let models = plan.models.map { entry in
                    OutputFile(
                        relativePath: PeriodReportSet.modelPath(plan.period, name: entry.name),
                        text: writer.text(for: entry.model)
                    )
                }
                set.append(
                    ReportSet(
                        files: try PeriodReportSet.files(for: plan, language: language) + models,
                        obsolete: [PeriodReportSet.infeasiblePath(plan.period)]
                    )
                )
            case .infeasible(let conflicts, let period):
                let note = PeriodReportSet.infeasibilityNote(conflicts, period: period, language: language)
                let path = PeriodReportSet.infeasiblePath(period)
                set.append(ReportSet(files: [OutputFile(relativePath: path, text: note)], notes: [path]))
            }
        }
        return set
    }

    func note(_ outcome: [PeriodOutcome]) -> String? {
        let notes = outcome.compactMap { entry -> String? in
            guard case .infeasible(let conflicts, let period) = entry else { return nil }
            return PeriodReportSet.infeasibilityNote(conflicts, period: period, language: language)
        }
        return notes.isEmpty ? nil : notes.joined(separator: "\n")
    }

    func pagePart(_ outcome: [PeriodOutcome]) -> ReportPage? { nil }

    func summary(_ outcome: [PeriodOutcome]) -> String {
        outcome.compactMap { entry in
            guard case .planned(let plan) = entry else { return nil }
            return PeriodSummary.render(plan, language: language)
        }
        .joined(separator: "\n")
    }

    /// One JSON document: a period's `traineeships_period.json` as it is, or with several planned periods
    /// `{"periods":[…]}` holding each of them in period order.
    func json(_ set: ReportSet, _ outcome: [PeriodOutcome]) -> String {
        let documents = outcome.compactMap { entry -> String? in
            guard case .planned(let plan) = entry else { return nil }
            return set.files.text(at: PeriodReportSet.jsonPath(plan.period))
        }
        guard documents.count > 1 else { return documents.first ?? "" }
        // The same layout as ReportJSON (two-space indent, " : "), each document indented one level deeper.
        let indented = documents.map { document in
            document.split(separator: "\n", omittingEmptySubsequences: false)
                .dropLast(document.hasSuffix("\n") ? 1 : 0)
                .map { $0.isEmpty ? "" : "    " + $0 }
                .joined(separator: "\n")
        }
        return "{\n  \"periods\" : [\n" + indented.joined(separator: ",\n") + "\n  ]\n}\n"
    }

    /// The part for the default plan: problems the training places report already are not repeated.
    func prepareBeside(_ traineeships: TraineeshipJob, console: any Console) throws(InputError) -> PreparedPart? {
        do {
            let periods = try validate()
            guard !periods.isEmpty else { return nil }
            var job = self
            job.printedWarnings = Set((try? traineeships.validate())?.warnings ?? [])
            return try job.prepare(console: console) { job, _, outcome in "\n" + job.summary(outcome) }
        } catch {
            if let remaining = remaining(error, beside: traineeships) { throw remaining }
            return nil
        }
    }

    /// Validates the periods only (`kkr-plan traineeships`: a period fixes its years' places, so a broken
    /// `period:` block is bad input, not something to plan around); throws the problems `traineeships` does not
    /// report already.
    func check(beside traineeships: TraineeshipJob) throws(InputError) {
        do {
            _ = try validate()
        } catch {
            if let remaining = remaining(error, beside: traineeships) { throw remaining }
        }
    }

    /// `error` without the problems the training places part reports already; nil when no error is left.
    func remaining(_ error: InputError, beside traineeships: TraineeshipJob) -> InputError? {
        var reported: Set<Diagnostic> = []
        do { _ = try traineeships.validate() } catch let single { reported = Set(single.diagnostics) }
        let remaining = error.diagnostics.filter { !reported.contains($0) }
        guard remaining.contains(where: { $0.severity == .error }) else { return nil }
        return InputError(diagnostics: remaining, isMissingInput: error.isMissingInput)
    }
}

/// `kkr-plan traineeships --period`: every declared period alone.
public struct PeriodRequest: Sendable {
    /// The job.
    public var job: PeriodJob
    /// What stdout carries.
    public var format: OutputFormat

    /// Creates the request.
    public init(job: PeriodJob, format: OutputFormat) {
        self.job = job
        self.format = format
    }

    /// Validates, plans with `solver`, writes `Reports/<from>-<to>/`, prints the summary or the JSON.
    public func run(solver: any LinearSolver, console: any Console) -> RunStatus {
        do {
            if try job.validate().isEmpty {
                let folder = InputsName(job.inputsDisplayName).shown
                let settings = (folder.isEmpty ? "" : folder + "/") + TraineeshipInputReader.FileName.settings
                let diagnostic = Diagnostic(
                    .error,
                    at: SourceLocation(file: settings),
                    "no agreement period is declared",
                    hint: "add 'period: {from: 2027, to: 2029}' at the top or to a programme"
                )
                return console.report(InputError(diagnostics: [diagnostic]), language: job.language)
            }
        } catch {
            return console.report(error, language: job.language)
        }
        return job.runAlone(format: format, solver: solver, console: console)
    }
}
