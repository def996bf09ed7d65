import Allocation
import Foundation
import KKRDomain
import LinearProgramming

/// The whole Socialaftale run: read → validate → plan → render → write.
///
/// The CLI only maps its results to exit codes.
public struct SocialJob: Sendable {
    /// What a run produced.
    public enum Result: Sendable {
        /// The plan, the files written and the JSON (for `--format json`).
        case written(plan: SocialPlan, files: [URL], json: String)
        /// No placement exists; the note (also written to `noteURL` when writing succeeded).
        case infeasible(note: String, noteURL: URL?)
    }

    /// The input folder (the one holding `municipalities.csv` and `social/`).
    public var inputs: URL
    /// How messages name the input folder.
    public var inputsDisplayName: String
    /// The output folder (`Reports`).
    public var output: URL
    /// The plan year asked for, or nil for the settings' `plan_year`.
    public var year: Int?
    /// The report language.
    public var language: Language

    /// Creates a job.
    public init(inputs: URL, inputsDisplayName: String, output: URL, year: Int? = nil, language: Language = .danish) {
        self.inputs = inputs
        self.inputsDisplayName = inputsDisplayName
        self.output = output
        self.year = year
        self.language = language
    }

    /// Reads and validates the inputs only (`kkr-plan validate`, and the first step of every run).
    public func validate() throws(InputError) -> SocialInputs {
        try SocialInputReader.read(folder: inputs, displayName: inputsDisplayName, year: year)
    }

    /// Plans `inputs` with `solver` and writes the reports (all of them, or none).
    ///
    /// - Throws: `PlanningError`, `InvalidModelError` or `OutputError` (internal errors).
    public func run(_ inputs: SocialInputs, solver: any LinearSolver) throws -> Result {
        let writer = AtomicFileWriter(root: output)
        switch try SocialPlanner(solver: solver).plan(inputs) {
        case .planned(let plan):
            let files = try SocialReportSet.files(for: plan, language: language)
            let urls = try writer.writeReports(files, replacingNote: SocialReportSet.infeasiblePath(year: plan.year))
            return .written(plan: plan, files: urls, json: files.text(at: SocialReportSet.jsonPath(year: plan.year)))
        case .infeasible(let termination):
            let note = SocialReportSet.infeasibilityNote(termination.rawValue, year: inputs.year, language: language)
            let url = writer.writeNote(note, at: SocialReportSet.infeasiblePath(year: inputs.year))
            return .infeasible(note: note, noteURL: url)
        }
    }
}
