import ArgumentParser
import Foundation
import GLPKSolver
import KKRDomain
import LinearProgramming
import Reports

/// A library job the CLI runs the same way: validate, print warnings, plan with GLPK, name what was written.
///
/// The training places (``TraineeshipJob``) and the Socialaftale
/// (``SocialJob``) differ in what they plan, not in how a command drives
/// them, so `traineeships`, `social`, `validate` and the default plan share
/// these steps and print the same messages for both.
protocol ReportJob {
    /// The validated inputs.
    associatedtype Inputs: InputsWithWarnings
    /// What a run produced.
    associatedtype Result: JobOutcome

    /// The output folder, as the user named it.
    var output: URL { get }
    /// Reads and validates the inputs.
    func validate() throws(InputError) -> Inputs
    /// Plans and writes the reports.
    func run(_ inputs: Inputs, solver: any LinearSolver) throws -> Result
}

/// Validated inputs that may carry warnings (printed on stderr, never fatal).
protocol InputsWithWarnings {
    /// The problems that do not stop the run.
    var warnings: [Diagnostic] { get }
}

/// A job's result as the CLI reports it on stderr.
protocol JobOutcome {
    /// The files written, or nil when there is no plan.
    var writtenFiles: [URL]? { get }
    /// The explanation when there is no plan, and where it was written.
    var infeasibilityNote: (text: String, url: URL?)? { get }
}

extension TraineeshipJob: ReportJob {}
extension SocialJob: ReportJob {}
extension TraineeshipInputs: InputsWithWarnings {}
extension SocialInputs: InputsWithWarnings {}

extension TraineeshipJob.Result: JobOutcome {
    var writtenFiles: [URL]? {
        if case .written(_, let files, _) = self { files } else { nil }
    }
    var infeasibilityNote: (text: String, url: URL?)? {
        if case .infeasible(_, let note, let url) = self { (note, url) } else { nil }
    }
}

extension SocialJob.Result: JobOutcome {
    var writtenFiles: [URL]? {
        if case .written(_, let files, _) = self { files } else { nil }
    }
    var infeasibilityNote: (text: String, url: URL?)? {
        if case .infeasible(let note, let url) = self { (note, url) } else { nil }
    }
}

// MARK: - Shared steps

/// Validates the job's inputs and prints their warnings on stderr (in `language`, see `ValidationCatalogue`).
func validatePrintingWarnings<Job: ReportJob>(_ job: Job, language: Language = .english) throws(InputError)
    -> Job.Inputs
{
    let inputs = try job.validate()
    for warning in inputs.warnings { printError(warning.description(in: language)) }
    return inputs
}

/// Validates the job's inputs; prints every problem and exits 65 (or 66 when files are missing) on failure.
func validateOrExit<Job: ReportJob>(_ job: Job, language: Language = .english) throws -> Job.Inputs {
    do {
        return try validatePrintingWarnings(job, language: language)
    } catch {
        throw reportedExitCode(for: error, language: language)
    }
}

/// Prints `error`'s diagnostics (in `language`) and returns the exit code for it.
func reportedExitCode(for error: InputError, language: Language = .english) -> ExitCode {
    printError(error.description(in: language))
    return error.isMissingInput ? .noInput : .dataError
}

/// Plans and writes; prints the written files (or the infeasibility explanation) on stderr.
func runOrExit<Job: ReportJob>(_ job: Job, inputs: Job.Inputs) throws -> Job.Result {
    let result: Job.Result
    do {
        result = try job.run(inputs, solver: GLPKSolver())
    } catch {
        printError("kkr-plan: internal error: \(error)")
        throw ExitCode.internalError
    }
    if let files = result.writtenFiles { printWritten(files, output: job.output) }
    if let note = result.infeasibilityNote {
        printError(note.text + (note.url.map { "\n(written to \($0.path))" } ?? ""))
    }
    return result
}

/// Prints "wrote Reports/2027/…" on stderr for each file, relative to the output folder as the user named it.
func printWritten(_ files: [URL], output: URL) {
    let root = output.standardizedFileURL.path
    for file in files {
        let path = file.standardizedFileURL.path
        printError("wrote " + (path.hasPrefix(root) ? output.relativePath + path.dropFirst(root.count) : path))
    }
}
