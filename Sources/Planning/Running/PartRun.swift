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
    var page: ReportPage?

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
    func pagePart(_ outcome: Outcome) -> ReportPage?
    /// The summary on stdout, or "" without a plan.
    func summary(_ outcome: Outcome) -> String
    /// The files, the page share and the summary together (a part with a ``ReportDocument`` builds it once).
    func rendered(_ outcome: Outcome) throws -> RenderedPart
    /// The JSON (for `--format json`), or "" without a plan.
    func json(_ set: ReportSet, _ outcome: Outcome) -> String
}

/// A part's outcome rendered: its files, its share of the meeting page and its summary.
struct RenderedPart {
    /// The files (or the infeasibility note).
    var set: ReportSet
    /// The share of the meeting page, if the part has one.
    var page: ReportPage?
    /// The summary on stdout, or "" without a plan.
    var summary: String
}

extension StagedPart {
    /// Each stage of rendering on its own.
    func rendered(_ outcome: Outcome) throws -> RenderedPart {
        RenderedPart(set: try reportSet(outcome), page: pagePart(outcome), summary: summary(outcome))
    }

    /// Validates (printing warnings) and returns the part ready to plan; `stdout` chooses what it prints.
    func prepare(console: any Console, stdout: @escaping @Sendable (Self, RenderedPart, Outcome) -> String)
        throws(InputError) -> PreparedPart
    {
        let inputs = try validate()
        console.warn(InputsName(inputsDisplayName).shown(warnings(inputs)), language: language)
        return PreparedPart { solver in
            let outcome = try plan(inputs, solver: solver)
            let rendered = try rendered(outcome)
            return PartResult(
                set: rendered.set,
                note: note(outcome),
                stdout: stdout(self, rendered, outcome),
                page: rendered.page
            )
        }
    }

    /// The part as a command of its own: validate, plan, write, print the summary or the JSON.
    func runAlone(format: OutputFormat, solver: any LinearSolver, console: any Console) -> RunStatus {
        do {
            let part = try prepare(console: console) { job, rendered, outcome in
                format == .json ? job.json(rendered.set, outcome) : rendered.summary
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
        guard case .infeasible = outcome else { return nil }
        return MarkdownRenderer(language: language).render(document(outcome))
    }

    func pagePart(_ outcome: Outcome) -> ReportPage? { page(outcome) }

    func summary(_ outcome: Outcome) -> String {
        guard case .planned = outcome else { return "" }
        return TextRenderer(language: language).render(document(outcome).terminal)
    }

    /// The files, the page share and the summary from one document.
    func rendered(_ outcome: Outcome) throws -> RenderedPart {
        let document = document(outcome)
        let isPlanned = if case .planned = outcome { true } else { false }
        return RenderedPart(
            set: try reportSet(outcome, document: document),
            page: document.page,
            summary: isPlanned ? TextRenderer(language: language).render(document.terminal) : ""
        )
    }
}

extension SocialJob: StagedPart {
    func warnings(_ inputs: SocialInputs) -> [Diagnostic] { inputs.warnings }

    func pagePart(_ outcome: Outcome) -> ReportPage? {
        guard case .planned(let plan) = outcome else { return nil }
        return SocialReportSet.document(for: plan, language: language).page
    }

    func summary(_ outcome: Outcome) -> String {
        guard case .planned(let plan) = outcome else { return "" }
        return SocialSummary.render(plan, language: language)
    }

    /// The files, the page share and the summary from one document (the note alone without a placement).
    func rendered(_ outcome: Outcome) throws -> RenderedPart {
        guard case .planned(let plan) = outcome else {
            return RenderedPart(set: try reportSet(outcome), page: nil, summary: "")
        }
        let document = SocialReportSet.document(for: plan, language: language)
        return RenderedPart(
            set: try reportSet(outcome, document: document),
            page: document.page,
            summary: TextRenderer(language: language).render(document.terminal)
        )
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
    page: (([ReportPage]) -> OutputFile?)? = nil,
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
