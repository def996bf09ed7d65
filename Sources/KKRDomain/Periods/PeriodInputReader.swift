import Foundation

/// Reads the agreement periods declared in an input folder: one ``PeriodInputs`` per distinct period.
///
/// Reads the same files as ``TraineeshipInputReader`` plus the optional
/// `history.csv`, and validates every year of every period with the
/// single-year checks (each problem reported once, however many years it
/// touches). Besides, every programme needs a target for every year of its
/// period, and programmes sharing a joint capacity must share their period.
public enum PeriodInputReader {
    /// The decided years (optional).
    public static let historyFile = "history.csv"

    /// Reads the periods; an empty list when the settings declare none.
    ///
    /// - Parameter replacing: files read from these bytes instead of the disk, by name (`history.csv`).
    /// - Throws: ``InputError`` with every problem found.
    public static func read(
        folder: URL,
        displayName: String,
        replacing: [String: Data] = [:]
    ) throws(InputError) -> [PeriodInputs] {
        typealias Name = TraineeshipInputReader.FileName
        var input = try InputFolder(url: folder, displayName: displayName)
        input.replacing = replacing
        let settingsFile = input.load(Name.settings)
        let partiesFile = input.load(Name.parties)
        let keysFile = input.load(Name.keys)
        let boundsFile = input.load(Name.bounds, optional: true)
        let lastYearFile = input.load(Name.lastYear, optional: true)
        let historyFile = input.load(Self.historyFile, optional: true)
        let settings = settingsFile.flatMap { SettingsReader.read($0, diagnostics: &input.diagnostics) }
        let capacityFile = input.load(Name.jointCapacity, optional: settings?.jointCapacities.isEmpty ?? true)
        let (municipalities, region) =
            partiesFile.map { PartiesReader.read($0, diagnostics: &input.diagnostics) } ?? ([], nil)
        guard let settings, let partiesFile, let keysFile else { throw input.error }
        let periods = Set(settings.programmes.compactMap(\.period)).sorted()
        guard !periods.isEmpty else {
            if input.diagnostics.hasErrors { throw input.error }
            return []
        }
        let files = [settingsFile, partiesFile, keysFile, boundsFile, lastYearFile, capacityFile, historyFile]
            .compactMap { $0 }
        let sources = YearSources(
            settings: settings,
            municipalities: municipalities,
            region: region,
            partiesFile: partiesFile,
            keysFile: keysFile,
            boundsFile: boundsFile,
            lastYearFile: lastYearFile,
            capacityFile: capacityFile
        )
        let history = historyFile.map {
            HistoryReader.read($0, context: sources.context(year: 0), diagnostics: &input.diagnostics)
        }
        checkJointPeriods(settings, diagnostics: &input.diagnostics)
        var seen = Set(input.diagnostics.diagnostics)
        var result: [PeriodInputs] = []
        for period in periods {
            let programmes = settings.programmes.filter { $0.period == period }
            var years: [TraineeshipInputs] = []
            for year in period.years {
                var yearDiagnostics = DiagnosticCollector()
                var inputs = sources.inputs(
                    year: year,
                    programmes: programmes,
                    period: period,
                    history: history ?? [:],
                    diagnostics: &yearDiagnostics
                )
                for diagnostic in yearDiagnostics.diagnostics where seen.insert(diagnostic).inserted {
                    input.diagnostics.append(diagnostic)
                }
                inputs.files = files
                years.append(inputs)
            }
            checkHistory(history ?? [:], programmes: programmes, years: years, file: historyFile, &input.diagnostics)
            var periodInputs = PeriodInputs(period: period, years: years, history: history ?? [:], files: files)
            periodInputs.allHistory = periodInputs.history
            periodInputs.history = periodInputs.history.filter { id, _ in programmes.contains { $0.id == id } }
            result.append(periodInputs)
        }
        if input.diagnostics.hasErrors { throw input.error }
        let warnings = input.diagnostics.sorted.filter { $0.severity == .warning }
        return result.map {
            var inputs = $0
            inputs.warnings = warnings
            return inputs
        }
    }

    // MARK: - Checks

    /// Programmes solved together (a joint capacity) must be planned over the same years.
    static func checkJointPeriods(_ settings: TraineeshipSettings, diagnostics: inout DiagnosticCollector) {
        for capacity in settings.jointCapacities {
            let members = settings.programmes.filter { capacity.programmeIDs.contains($0.id) }
            let periods = Set(members.map { $0.period.map { "\($0.from)–\($0.to)" } ?? "none" })
            guard periods.count > 1 else { continue }
            diagnostics.error(
                "the programmes of joint capacity '\(capacity.id)' have different periods ("
                    + members.map { "\($0.id): \($0.period.map { "\($0.from)–\($0.to)" } ?? "none")" }
                    .joined(separator: ", ") + ")",
                at: capacity.location,
                hint: "give them the same 'period:' (they are planned in one model)"
            )
        }
    }

    /// A decided year needs a row for every party of the programme.
    static func checkHistory(
        _ history: [String: [Int: [String: LastYearFigures]]],
        programmes: [Programme],
        years: [TraineeshipInputs],
        file: InputFile?,
        _ diagnostics: inout DiagnosticCollector
    ) {
        guard let file else { return }
        for programme in programmes {
            for inputs in years {
                guard let rows = history[programme.id]?[inputs.year] else { continue }
                let missing = inputs.parties(for: programme).filter { rows[$0.code] == nil }
                guard !missing.isEmpty else { continue }
                diagnostics.error(
                    "\(programme.id) \(inputs.year) is decided for some parties but not for "
                        + missing.map { "\($0.name) (\($0.code))" }.joined(separator: ", "),
                    at: SourceLocation(file: file.displayName),
                    hint: "add a row '\(programme.id);\(inputs.year);<code>;<allocated>;<realised>' for each,"
                        + " or remove the year's rows to plan it"
                )
            }
        }
    }
}
