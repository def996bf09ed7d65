import Foundation

/// `kkr-plan import statbank`: reads StatBank exports and writes one key's rows in `distribution_keys.csv`.
///
/// Everything is read and checked first; `distribution_keys.csv` is rewritten
/// atomically (``AtomicFileWriter``) only when there is no error and it is not
/// a dry run, replacing that key's rows and keeping every other row byte for
/// byte (``KeyFileRewriter``).
public enum StatBankImporter {
    /// What to import.
    public struct Request: Sendable {
        /// The export files, as the user named them.
        public var files: [String]
        /// The input folder holding `municipalities.csv`, `distribution_keys.csv` and `traineeships.yaml`.
        public var inputs: URL
        /// How messages name the input folder.
        public var inputsDisplayName: String
        /// The key id.
        public var key: String
        /// An age band or the population.
        public var measure: StatBankMeasure
        /// `--period`, or nil.
        public var period: StatBankLabels.Period?
        /// True: print only, write nothing.
        public var dryRun: Bool
        /// The language of the messages (``ValidationCatalogue``).
        public var language: Language

        /// Creates a request.
        public init(
            files: [String],
            inputs: URL,
            inputsDisplayName: String,
            key: String,
            measure: StatBankMeasure,
            period: StatBankLabels.Period?,
            dryRun: Bool,
            language: Language = .danish
        ) {
            self.files = files
            self.inputs = inputs
            self.inputsDisplayName = inputsDisplayName
            self.key = key
            self.measure = measure
            self.period = period
            self.dryRun = dryRun
            self.language = language
        }
    }

    /// What an import did.
    public struct Outcome: Sendable {
        /// The table of old and new weights and the summary (for stdout).
        public var summary: String
        /// Warnings (all-zero bands) and notes (an undeclared key, rows kept), for stderr.
        public var messages: [String]
        /// The file written, as messages name it (`Inputs/distribution_keys.csv`), or nil for a dry run.
        public var written: String?
    }

    /// Imports the key.
    ///
    /// - Throws: ``InputError`` with every problem (nothing is written), or ``OutputError`` when the file
    ///   cannot be written.
    public static func run(_ request: Request) throws -> Outcome {
        var folder = try InputFolder(url: request.inputs, displayName: request.inputsDisplayName)
        let partiesFile = folder.load(TraineeshipInputReader.FileName.parties)
        let keysFile = folder.load(TraineeshipInputReader.FileName.keys)
        let settingsFile = folder.load(TraineeshipInputReader.FileName.settings, optional: true)
        let areas = partiesFile.map { StatBankAreas.read($0, diagnostics: &folder.diagnostics) }
        var exports: [StatBankExport] = []
        var missingFiles = 0
        for path in request.files {
            let url = URL(fileURLWithPath: path)
            if !FileManager.default.fileExists(atPath: url.path) { missingFiles += 1 }
            guard let areas else { continue }
            if let export = StatBankReader.read(url, displayName: path, areas: areas, diagnostics: &folder.diagnostics)
            {
                exports.append(export)
            }
        }
        guard let areas, let keysFile, exports.count == request.files.count, !folder.diagnostics.hasErrors else {
            let error = folder.error
            throw InputError(
                diagnostics: error.diagnostics,
                isMissingInput: error.isMissingInput || missingFiles == folder.diagnostics.errors.count
            )
        }
        var diagnostics = folder.diagnostics
        let built = StatBankKeyBuilder.build(
            exports,
            measure: request.measure,
            period: request.period,
            areas: areas,
            diagnostics: &diagnostics
        )
        let keysURL = request.inputs.appendingPathComponent(TraineeshipInputReader.FileName.keys)
        let rewrite = built.flatMap { built in
            (try? Data(contentsOf: keysURL))
                .flatMap {
                    KeyFileRewriter.rewrite(
                        $0,
                        file: keysFile.displayName,
                        key: request.key,
                        rows: areas.municipalities.compactMap { party in
                            built.weights[party.code].map { (party.code, $0) }
                        },
                        source: built.source.text,
                        diagnostics: &diagnostics
                    )
                }
        }
        guard let built, let rewrite, !diagnostics.hasErrors else {
            throw InputError(diagnostics: diagnostics.sorted)
        }
        var messages = diagnostics.sorted.filter { $0.severity == .warning }
            .map { $0.description(in: request.language) }
        messages += notes(request, settingsFile: settingsFile, keptCodes: rewrite.keptCodes)
        var written: String?
        if !request.dryRun {
            try AtomicFileWriter(root: request.inputs)
                .write([OutputFile(relativePath: TraineeshipInputReader.FileName.keys, contents: rewrite.contents)])
            written = keysFile.displayName
        }
        return Outcome(
            summary: summary(request, built: built, old: rewrite.oldWeights, areas: areas),
            messages: messages,
            written: written
        )
    }

    // MARK: - Messages

    static func notes(_ request: Request, settingsFile: InputFile?, keptCodes: [String]) -> [String] {
        var notes: [String] = []
        var ignored = DiagnosticCollector()
        let settingsName = "\(request.inputsDisplayName)/\(TraineeshipInputReader.FileName.settings)"
        if let settingsFile, let settings = SettingsReader.read(settingsFile, diagnostics: &ignored),
            !settings.keys.contains(where: { $0.id == request.key })
        {
            let kind = request.measure == .population ? "population" : "age_band"
            let message =
                "the key '\(request.key)' is not declared in \(settingsName); until it is, every command reports "
                + "its rows as an unknown key"
            let hint =
                "add under 'keys:' {id: \(request.key), name_da: …, name_en: …, kind: \(kind)} and name it in a programme's 'key'"
            notes.append(
                "note: \(ValidationCatalogue.text(message, in: request.language)) — hint: "
                    + ValidationCatalogue.text(hint, in: request.language)
            )
        }
        if !keptCodes.isEmpty {
            let codes = keptCodes.joined(separator: ", ")
            let message = "kept the key's rows for \(codes) (not municipalities in the file)"
            notes.append("note: " + ValidationCatalogue.text(message, in: request.language))
        }
        return notes
    }

    static func summary(
        _ request: Request,
        built: StatBankKeyBuilder.Result,
        old: [String: Double?],
        areas: StatBankAreas
    ) -> String {
        var rows: [[String]] = [["municipality", "old weight", "new weight", "change"]]
        var oldTotal = 0.0
        var newTotal = 0
        var oldComplete = true
        for party in areas.municipalities {
            guard let new = built.weights[party.code] else { continue }
            newTotal += new
            let before = old[party.code] ?? nil
            if let before { oldTotal += before } else { oldComplete = false }
            rows.append([
                "\(party.name) (\(party.code))", before.map(NumberFormatting.plain) ?? "–", "\(new)",
                before.map { signed(Double(new) - $0) } ?? "new",
            ])
        }
        rows.append([
            "total", oldComplete ? NumberFormatting.plain(oldTotal) : "–", "\(newTotal)",
            oldComplete ? signed(Double(newTotal) - oldTotal) : "",
        ])
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        let table = rows.map { row in
            row.enumerated()
                .map { column, text in
                    let pad = String(repeating: " ", count: widths[column] - text.count)
                    return column == 0 ? text + pad : pad + text
                }
                .joined(separator: "  ")
        }
        var lines = ["\(request.key): \(built.source.text)", ""] + table
        if built.skippedRows > 0 {
            let labels =
                built.skippedAreas.prefix(6).joined(separator: ", ") + (built.skippedAreas.count > 6 ? ", …" : "")
            lines.append(
                "skipped \(built.skippedRows) row\(built.skippedRows == 1 ? "" : "s") of areas that are not "
                    + "municipalities in \(areas.partiesFile): \(labels)"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func signed(_ value: Double) -> String {
        value > 0 ? "+" + NumberFormatting.plain(value) : NumberFormatting.plain(value)
    }
}
