import Allocation
import Foundation
import KKRDomain
import LinearProgramming
import Reports

/// `kkr-plan roll-forward`: the decided plan of a year and what was realised become history, and the rest of the
/// period is planned again with the past fixed.
///
/// Reads the places of year Y from the period report it wrote
/// (`Reports/<from>-<to>/traineeships_period.json`) and the municipalities'
/// realised numbers (a CSV with `programme`, `code`, `realised`; optional),
/// rewrites `Inputs/history.csv` with the year's rows (allocated, realised)
/// and puts the same rows into `Inputs/last_year.csv` (replacing that year's
/// rows of the period's programmes, every other row kept byte for byte; both
/// files written at once), then plans the period again: year Y and earlier decided years are fixed, and
/// shortfalls carry over where `carry_over: true`. A bad realised file changes
/// nothing.
public struct RollForwardJob: Sendable {
    /// The input folder.
    public var inputs: URL
    /// How messages name the input folder.
    public var inputsDisplayName: String
    /// The output folder (`Reports`).
    public var output: URL
    /// The year that is now decided.
    public var year: Int
    /// The realised numbers, if given, and how messages name the file.
    public var realised: (url: URL, displayName: String)?
    /// The report language.
    public var language: Language

    /// Creates a job.
    public init(
        inputs: URL,
        inputsDisplayName: String,
        output: URL,
        year: Int,
        realised: (url: URL, displayName: String)? = nil,
        language: Language = .danish
    ) {
        self.inputs = inputs
        self.inputsDisplayName = inputsDisplayName
        self.output = output
        self.year = year
        self.realised = realised
        self.language = language
    }

    /// The periods containing the year, and `history.csv` and `last_year.csv` with the year decided (not yet
    /// written).
    ///
    /// Every period containing the year is rolled; `history.csv` keeps every other row (other programmes', other
    /// years'), and a realised number already recorded for the year stays unless the realised file gives one.
    ///
    /// - Throws: ``InputError`` for bad inputs, a bad realised file or `last_year.csv`, or a missing period report.
    public func prepare() throws(InputError) -> (periods: [PeriodInputs], files: [OutputFile]) {
        let all = try PeriodJob(inputs: inputs, inputsDisplayName: inputsDisplayName, output: output).validate()
        let settings = SourceLocation(file: "\(inputsDisplayName)/\(TraineeshipInputReader.FileName.settings)")
        let periods = all.filter { $0.period.years.contains(year) }
        guard let first = periods.first else {
            throw InputError(diagnostics: [
                Diagnostic(
                    .error,
                    at: settings,
                    "no agreement period contains \(year)",
                    hint: "declare 'period: {from: …, to: …}' covering \(year), or choose another --year"
                )
            ])
        }
        var places: [String: [String: Int]] = [:]
        for period in periods {
            let reportPath = PeriodReportSet.jsonPath(period.period)
            let decided = try decidedPlaces(
                report: output.appendingPathComponent(reportPath),
                shown: reportPath,
                period
            )
            places.merge(decided) { mine, _ in mine }
        }
        let programmes = periods.flatMap(\.programmes)
        let realisedFigures = try readRealised(
            parties: first.years.first.map { $0.municipalities + ($0.region.map { [$0] } ?? []) } ?? [],
            programmes: programmes.map(\.id)
        )
        var history = first.allHistory
        let source = Provenance(
            illustrative: false,
            source: "kkr-plan roll-forward --year \(year)",
            location: SourceLocation(file: "")
        )
        for programme in programmes {
            guard let decided = places[programme.id] else { continue }
            let recorded = history[programme.id]?[year] ?? [:]
            history[programme.id, default: [:]][year] = Dictionary(
                uniqueKeysWithValues: decided.map { code, allocated in
                    let realised = realisedFigures[programme.id]?[code] ?? recorded[code]?.realised
                    return (code, LastYearFigures(allocated: allocated, realised: realised, provenance: source))
                }
            )
        }
        let lastYear = try lastYearFile(history, programmes: programmes.map(\.id))
        return (periods, [HistoryCSV.file(history), lastYear])
    }

    /// The realised numbers by programme and code (empty without `--realised`).
    func readRealised(parties: [Party], programmes: [String]) throws(InputError) -> [String: [String: Int]] {
        guard let realised else { return [:] }
        var diagnostics = DiagnosticCollector()
        let file = InputFile.read(realised.url, displayName: realised.displayName, diagnostics: &diagnostics)
        var figures: [String: [String: Int]] = [:]
        if let file {
            figures = RealisedReader.read(file, parties: parties, programmes: programmes, diagnostics: &diagnostics)
        }
        if diagnostics.hasErrors {
            // Only a path that is not there is 66; a folder or a bad file is 65, as for every input file.
            let missing = !FileManager.default.fileExists(atPath: realised.url.path)
            throw InputError(diagnostics: diagnostics.sorted, isMissingInput: missing && file == nil)
        }
        return figures
    }

    /// `last_year.csv` with the rows of `year` for `programmes` replaced by the decided ones.
    func lastYearFile(
        _ history: [String: [Int: [String: LastYearFigures]]],
        programmes: [String]
    ) throws(InputError) -> OutputFile {
        let name = TraineeshipInputReader.FileName.lastYear
        let ids = Set(programmes)
        let existing = try? Data(contentsOf: inputs.appendingPathComponent(name))
        let header = HistoryCSV.columns.joined(separator: ";") + "\n"
        let bytes = existing ?? Data(("\u{FEFF}" + header).utf8)
        var diagnostics = DiagnosticCollector()
        let rewrite = CSVRowRewriter.rewrite(
            bytes,
            file: "\(inputsDisplayName)/\(name)",
            columns: LastYearReader.requiredColumns,
            replaces: { row in
                ids.contains(row["programme"]?.trimmingCharacters(in: .whitespaces) ?? "")
                    && row["year"]?.trimmingCharacters(in: .whitespaces) == String(year)
            },
            with: programmes.flatMap { id in HistoryCSV.rows(id, year: year, history[id]?[year] ?? [:]) },
            diagnostics: &diagnostics
        )
        guard let rewrite else { throw InputError(diagnostics: diagnostics.sorted) }
        return OutputFile(relativePath: name, contents: rewrite.contents)
    }

    /// Validates, plans every period again with the new `history.csv` (in memory), then writes `history.csv`,
    /// `last_year.csv` and `Reports/<from>-<to>/` together, and prints the summary.
    ///
    /// - Returns: 65/66 for bad or missing inputs, 1 when a period has no plan, 70 for an internal error, 73 when a
    ///   file cannot be written; in each of these cases nothing is written.
    public func run(solver: any LinearSolver, console: any Console) -> RunStatus {
        let prepared: (periods: [PeriodInputs], files: [OutputFile])
        do {
            prepared = try prepare()
        } catch {
            return console.report(error, language: language)
        }
        var job = PeriodJob(inputs: inputs, inputsDisplayName: inputsDisplayName, output: output, language: language)
        job.replacing = Dictionary(uniqueKeysWithValues: prepared.files.map { ($0.relativePath, $0.contents) })
        let shown = InputsName(inputsDisplayName).shown
        let staged = StagedInputs(
            folder: inputs,
            shown: inputsDisplayName,
            files: prepared.files,
            unchangedMessage: "kkr-plan: error: with \(year) decided the period has no plan; nothing was written"
                + " (\(shown)/\(PeriodInputReader.historyFile) and \(shown)/\(TraineeshipInputReader.FileName.lastYear)"
                + " are as they were) — hint: correct the inputs or the realised numbers and run roll-forward again"
        )
        do {
            let part = try job.prepare(console: console) { job, _, outcome in job.summary(outcome) }
            return runParts([part], solver: solver, output: output, console: console, inputs: staged)
        } catch {
            return console.report(error, language: language)
        }
    }

    /// The places of `year` by programme and code, from the period report's JSON.
    func decidedPlaces(report: URL, shown: String, _ period: PeriodInputs) throws(InputError) -> [String: [String: Int]]
    {
        let location = SourceLocation(file: "\(output.relativePath)/\(shown)")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: report.path, isDirectory: &isDirectory) && isDirectory.boolValue {
            throw InputError(diagnostics: [
                Diagnostic(
                    .error,
                    at: location,
                    "this is a folder, not a file",
                    hint: "move the folder away and run 'kkr-plan traineeships --period' to write the period report"
                )
            ])
        }
        guard let data = try? Data(contentsOf: report) else {
            throw InputError(
                diagnostics: [
                    Diagnostic(
                        .error,
                        at: location,
                        "the period report is missing",
                        hint: "run 'kkr-plan traineeships --period' first: roll-forward takes the decided plan from it"
                    )
                ],
                isMissingInput: true
            )
        }
        var result: [String: [String: Int]] = [:]
        let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        for programme in json?["programmes"] as? [[String: Any]] ?? [] {
            guard let id = programme["programme"] as? String,
                let years = programme["years"] as? [[String: Any]],
                let entry = years.first(where: { $0["year"] as? Int == year })
            else { continue }
            for allocation in entry["allocations"] as? [[String: Any]] ?? [] {
                if let code = allocation["code"] as? String, let places = allocation["places"] as? Int {
                    result[id, default: [:]][code] = places
                }
            }
        }
        let missing = period.programmes.filter { result[$0.id] == nil }.map(\.id)
        guard missing.isEmpty else {
            throw InputError(diagnostics: [
                Diagnostic(
                    .error,
                    at: location,
                    "the period report has no \(year) places for \(missing.joined(separator: ", "))",
                    hint: "run 'kkr-plan traineeships --period' again with the current inputs"
                )
            ])
        }
        return result
    }
}
