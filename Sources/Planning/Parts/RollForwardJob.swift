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

    /// The period containing the year, and `history.csv` and `last_year.csv` with the year decided (not yet written).
    ///
    /// - Throws: ``InputError`` for bad inputs, a bad realised file or `last_year.csv`, or a missing period report.
    public func prepare() throws(InputError) -> (period: PeriodInputs, files: [OutputFile]) {
        let periods = try PeriodJob(inputs: inputs, inputsDisplayName: inputsDisplayName, output: output).validate()
        let settings = SourceLocation(file: "\(inputsDisplayName)/\(TraineeshipInputReader.FileName.settings)")
        guard let period = periods.first(where: { $0.period.years.contains(year) }) else {
            throw InputError(diagnostics: [
                Diagnostic(
                    .error,
                    at: settings,
                    "no agreement period contains \(year)",
                    hint: "declare 'period: {from: …, to: …}' covering \(year), or choose another --year"
                )
            ])
        }
        let reportPath = PeriodReportSet.jsonPath(period.period)
        let places = try decidedPlaces(report: output.appendingPathComponent(reportPath), shown: reportPath, period)
        var diagnostics = DiagnosticCollector()
        var realisedFigures: [String: [String: Int]] = [:]
        if let realised {
            let file = InputFile.read(realised.url, displayName: realised.displayName, diagnostics: &diagnostics)
            if let file, let parties = period.years.first.map({ $0.municipalities + ($0.region.map { [$0] } ?? []) }) {
                realisedFigures = RealisedReader.read(
                    file,
                    parties: parties,
                    programmes: period.programmes.map(\.id),
                    diagnostics: &diagnostics
                )
            }
            if diagnostics.hasErrors {
                // Only a path that is not there is 66; a folder or a bad file is 65, as for every input file.
                let missing = !FileManager.default.fileExists(atPath: realised.url.path)
                throw InputError(diagnostics: diagnostics.sorted, isMissingInput: missing && file == nil)
            }
        }
        var history = period.history
        for programme in period.programmes {
            guard let decided = places[programme.id] else { continue }
            let source = Provenance(
                illustrative: false,
                source: "kkr-plan roll-forward --year \(year)",
                location: SourceLocation(file: "")
            )
            history[programme.id, default: [:]][year] = decided.mapValues { allocated in
                LastYearFigures(allocated: allocated, realised: nil, provenance: source)
            }
            for (code, value) in realisedFigures[programme.id] ?? [:] {
                history[programme.id]?[year]?[code]?.realised = value
            }
        }
        let lastYear = try lastYearFile(history, period: period)
        return (period, [HistoryCSV.file(history), lastYear])
    }

    /// `last_year.csv` with the rows of `year` for the period's programmes replaced by the decided ones.
    func lastYearFile(
        _ history: [String: [Int: [String: LastYearFigures]]],
        period: PeriodInputs
    ) throws(InputError) -> OutputFile {
        let name = TraineeshipInputReader.FileName.lastYear
        let ids = Set(period.programmes.map(\.id))
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
            with: period.programmes.flatMap { programme in
                HistoryCSV.rows(programme.id, year: year, history[programme.id]?[year] ?? [:])
            },
            diagnostics: &diagnostics
        )
        guard let rewrite else { throw InputError(diagnostics: diagnostics.sorted) }
        return OutputFile(relativePath: name, contents: rewrite.contents)
    }

    /// Validates, writes `history.csv`, plans every period again into `Reports/<from>-<to>/`, prints the summary.
    ///
    /// - Returns: 65/66 for bad or missing inputs (nothing written), 73 when `history.csv` cannot be written.
    public func run(solver: any LinearSolver, console: any Console) -> RunStatus {
        let prepared: (period: PeriodInputs, files: [OutputFile])
        do {
            prepared = try prepare()
        } catch {
            return console.report(error, language: language)
        }
        do {
            _ = try AtomicFileWriter(root: inputs).write(prepared.files)
        } catch {
            console.error("kkr-plan: error: \(error.description) — hint: check that the input folder can be written")
            return .cannotWrite
        }
        for file in prepared.files {
            console.error("wrote \(InputsName(inputsDisplayName).shown)/\(file.relativePath)")
        }
        let job = PeriodJob(inputs: inputs, inputsDisplayName: inputsDisplayName, output: output, language: language)
        return job.runAlone(format: .text, solver: solver, console: console)
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
