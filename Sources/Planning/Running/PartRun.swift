import Foundation
import KKRDomain
import LinearProgramming
import Reports

/// One part of a run (training places, Socialaftale) planned and rendered, not yet written.
struct PartResult {
    /// Its files (or its infeasibility note) and the stale files they replace.
    var set: ReportSet
    /// The explanation printed on stderr when there is no plan.
    var note: String?
    /// What goes to stdout after writing (a summary or the JSON).
    var stdout: String
    /// Its sections of the meeting page.
    var page: (any HTMLReportPart)?

    /// True when the part has no plan.
    var isInfeasible: Bool { note != nil }
}

/// A part whose inputs are valid: plans and renders on demand.
struct PreparedPart {
    /// Plans with the solver and renders; throws internal errors only.
    var run: (any LinearSolver) throws -> PartResult
}

/// A plan part's stages as the default plan and the single-part commands drive them (``TraineeshipJob``,
/// ``SocialJob``); a new part conforms and is added to ``DefaultPlanRequest``.
protocol StagedPart: Sendable {
    /// The validated inputs.
    associatedtype Inputs: Sendable
    /// What planning gave.
    associatedtype Outcome: Sendable

    /// How messages name the input folder.
    var inputsDisplayName: String { get }
    /// The language of the reports and of the input messages (`ValidationCatalogue`).
    var language: Language { get }
    /// The output folder.
    var output: URL { get }
    /// Reads and validates the inputs.
    func validate() throws(InputError) -> Inputs
    /// The inputs' warnings (printed, never fatal).
    func warnings(_ inputs: Inputs) -> [Diagnostic]
    /// Plans with `solver`.
    func plan(_ inputs: Inputs, solver: any LinearSolver) throws -> Outcome
    /// Every file of the outcome.
    func reportSet(_ outcome: Outcome) throws -> ReportSet
    /// The explanation when there is no plan; nil with a plan.
    func note(_ outcome: Outcome) -> String?
    /// The part's sections of the meeting page, if it has any.
    func pagePart(_ outcome: Outcome) -> (any HTMLReportPart)?
    /// The summary on stdout, or "" without a plan.
    func summary(_ outcome: Outcome) -> String
    /// The JSON (for `--format json`), or "" without a plan.
    func json(_ set: ReportSet, _ outcome: Outcome) -> String
}

extension StagedPart {
    /// Validates (printing warnings) and returns the part ready to plan; `stdout` chooses what it prints.
    func prepare(console: any Console, stdout: @escaping @Sendable (Self, ReportSet, Outcome) -> String)
        throws(InputError) -> PreparedPart
    {
        let inputs = try validate()
        console.warn(InputsName(inputsDisplayName).shown(warnings(inputs)), language: language)
        return PreparedPart { solver in
            let outcome = try plan(inputs, solver: solver)
            let set = try reportSet(outcome)
            return PartResult(
                set: set,
                note: note(outcome),
                stdout: stdout(self, set, outcome),
                page: pagePart(outcome)
            )
        }
    }

    /// The part as a command of its own: validate, plan, write, print the summary or the JSON.
    func runAlone(format: OutputFormat, solver: any LinearSolver, console: any Console) -> RunStatus {
        do {
            let part = try prepare(console: console) { job, set, outcome in
                format == .json ? job.json(set, outcome) : job.summary(outcome)
            }
            return runParts([part], solver: solver, output: output, console: console)
        } catch {
            return console.report(error, language: language)
        }
    }
}

extension TraineeshipJob: StagedPart {
    func warnings(_ inputs: TraineeshipInputs) -> [Diagnostic] { inputs.warnings }

    func note(_ outcome: Outcome) -> String? {
        guard case .infeasible(let conflicts, let inputs) = outcome else { return nil }
        return TraineeshipReportSet.infeasibilityNote(conflicts, year: inputs.year, language: language)
    }

    func pagePart(_ outcome: Outcome) -> (any HTMLReportPart)? { page(outcome) }

    func summary(_ outcome: Outcome) -> String {
        guard case .planned(let plan) = outcome else { return "" }
        return TraineeshipSummary.render(plan, language: language)
    }
}

extension SocialJob: StagedPart {
    func warnings(_ inputs: SocialInputs) -> [Diagnostic] { inputs.warnings }

    func pagePart(_ outcome: Outcome) -> (any HTMLReportPart)? {
        guard case .planned(let plan) = outcome else { return nil }
        return SocialHTML(plan: plan)
    }

    func summary(_ outcome: Outcome) -> String {
        guard case .planned(let plan) = outcome else { return "" }
        return SocialSummary.render(plan, language: language)
    }
}

/// Input files a run writes in the same staged commit as its reports (`roll-forward`'s `history.csv` and
/// `last_year.csv`): written only when every part has a plan and every file can be written.
struct StagedInputs {
    /// The input folder.
    var folder: URL
    /// How messages name it (the user's spelling).
    var shown: String
    /// The files, relative to the folder.
    var files: [OutputFile]
    /// Printed after the notes when a part has no plan (then nothing is written).
    var unchangedMessage: String
}

/// Plans every prepared part, writes all their files (and `page`, built from their page parts, and `inputs`) as
/// one set, then prints what was written, the notes and the summaries.
///
/// - Returns: `.success`, `.infeasible` when a part has no plan, `.cannotWrite` or `.internalError`.
func runParts(
    _ parts: [PreparedPart],
    solver: any LinearSolver,
    output: URL,
    console: any Console,
    page: (([any HTMLReportPart]) -> OutputFile?)? = nil,
    inputs: StagedInputs? = nil
) -> RunStatus {
    var results: [PartResult] = []
    do {
        for part in parts { results.append(try part.run(solver)) }
    } catch {
        return console.internalError(error)
    }
    if let inputs, results.contains(where: \.isInfeasible) {
        for note in results.compactMap(\.note) { console.error(note) }
        console.error(inputs.unchangedMessage)
        return .infeasible
    }
    var set = ReportSet()
    for result in results { set.append(result.set) }
    let pageFile = page?(results.compactMap(\.page))
    if let pageFile { set.files.append(pageFile) }
    let urls: [URL]
    switch console.write(set, to: output, inputs: inputs) {
    case .success(let written): urls = written
    case .failure(let failure):
        for note in results.compactMap(\.note) { console.error(note) }
        return failure.status
    }
    for file in inputs?.files ?? [] {
        console.error("wrote \(InputsName(inputs?.shown ?? "").shown)/\(file.relativePath)")
    }
    var offset = inputs?.files.count ?? 0
    for result in results {
        let files = Array(zip(result.set.files, urls[offset..<offset + result.set.files.count]))
        offset += result.set.files.count
        // A part with plans and notes (one period planned, another not) lists its reports, then each note.
        let notes =
            result.note == nil ? [] : result.set.notes.isEmpty ? result.set.files.map(\.relativePath) : result.set.notes
        console.written(files.filter { !notes.contains($0.0.relativePath) }.map(\.1), output: output)
        if let note = result.note {
            let shown = files.filter { notes.contains($0.0.relativePath) }.map { shownPath($0.1, output: output) }
            console.error(note + (shown.isEmpty ? "" : "\n(written to \(shown.joined(separator: ", ")))"))
        }
    }
    console.written(Array(urls[offset...]), output: output)
    for result in results { console.output(result.stdout) }
    return results.contains(where: \.isInfeasible) ? .infeasible : .success
}
