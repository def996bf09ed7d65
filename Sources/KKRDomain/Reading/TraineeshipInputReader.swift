import Foundation

/// Reads and validates a whole training-places input folder (`Inputs/` by default).
///
/// The files and their columns are documented in `Inputs/README.md`.
/// Everything is read before anything is judged, and every problem in every
/// file is reported together through ``InputError``.
public enum TraineeshipInputReader {
    /// The file names inside the input folder.
    public enum FileName {
        /// Plan settings (YAML).
        public static let settings = "traineeships.yaml"
        /// Municipalities and region.
        public static let parties = "municipalities.csv"
        /// Distribution key weights.
        public static let keys = "distribution_keys.csv"
        /// Floors and caps (optional).
        public static let bounds = "bounds.csv"
        /// Last year's figures (optional).
        public static let lastYear = "last_year.csv"
        /// Joint capacities (required when the settings declare any).
        public static let jointCapacity = "joint_capacity.csv"
    }

    /// Reads the folder at `folder` for the plan year `year` (the settings' `plan_year` when nil).
    ///
    /// - Parameters:
    ///   - folder: the input folder.
    ///   - displayName: how messages name the folder (for example `Inputs`).
    ///   - year: the plan year, or nil for the settings' default.
    /// - Returns: the validated inputs, with any warnings.
    /// - Throws: ``InputError`` with every problem found; `isMissingInput` when only files are missing.
    public static func read(folder: URL, displayName: String, year: Int? = nil) throws(InputError) -> TraineeshipInputs
    {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            let diagnostic = Diagnostic(
                .error,
                at: SourceLocation(file: displayName),
                "the input folder does not exist",
                hint: "run from the project folder or pass --inputs DIR"
            )
            throw InputError(diagnostics: [diagnostic], isMissingInput: true)
        }
        var diagnostics = DiagnosticCollector()
        var missing = 0
        func load(_ name: String, optional: Bool) -> InputFile? {
            let url = folder.appendingPathComponent(name)
            let folderName = displayName.hasSuffix("/") ? String(displayName.dropLast()) : displayName
            let shown = folderName.isEmpty ? name : "\(folderName)/\(name)"
            if optional && !FileManager.default.fileExists(atPath: url.path) { return nil }
            let before = diagnostics.errors.count
            let file = InputFile.read(url, displayName: shown, diagnostics: &diagnostics)
            if file == nil && !FileManager.default.fileExists(atPath: url.path) {
                missing += diagnostics.errors.count - before
            }
            return file
        }
        let settingsFile = load(FileName.settings, optional: false)
        let partiesFile = load(FileName.parties, optional: false)
        let keysFile = load(FileName.keys, optional: false)
        let boundsFile = load(FileName.bounds, optional: true)
        let lastYearFile = load(FileName.lastYear, optional: true)
        let settings = settingsFile.flatMap { SettingsReader.read($0, diagnostics: &diagnostics) }
        let capacityFile = load(FileName.jointCapacity, optional: settings?.jointCapacities.isEmpty ?? true)
        let (municipalities, region) =
            partiesFile.map { PartiesReader.read($0, diagnostics: &diagnostics) } ?? ([], nil)

        guard let settings, let partiesFile, let keysFile else {
            throw InputError(diagnostics: diagnostics.sorted, isMissingInput: missing == diagnostics.errors.count)
        }
        let planYear = year ?? settings.planYear
        let parties = municipalities + (region.map { [$0] } ?? [])
        let context = FigureTableContext(
            parties: parties,
            partiesFile: partiesFile.displayName,
            ids: settings.programmes.map(\.id),
            year: planYear
        )
        var inputs = TraineeshipInputs(
            year: planYear,
            municipalities: municipalities,
            region: region,
            keys: KeyWeightsReader.read(
                keysFile,
                parties: parties,
                partiesFile: partiesFile.displayName,
                keys: settings.keys,
                diagnostics: &diagnostics
            ),
            programmes: settings.programmes,
            bounds: boundsFile.map { BoundsReader.read($0, context: context, diagnostics: &diagnostics) } ?? [:],
            lastYear: lastYearFile.map { LastYearReader.read($0, context: context, diagnostics: &diagnostics) } ?? [:],
            jointCapacities: settings.jointCapacities,
            files: [settingsFile, partiesFile, keysFile, boundsFile, lastYearFile, capacityFile].compactMap { $0 }
        )
        if let capacityFile {
            var capacityContext = context
            capacityContext.ids = settings.jointCapacities.map(\.id)
            capacityContext.idColumn = "group"
            inputs.jointCapacities = JointCapacityReader.read(
                capacityFile,
                capacities: settings.jointCapacities,
                context: capacityContext,
                diagnostics: &diagnostics
            )
        }
        TraineeshipValidator.validate(
            inputs,
            settings: settings,
            keysFile: keysFile.displayName,
            yearWasGiven: year != nil,
            diagnostics: &diagnostics
        )
        if diagnostics.hasErrors {
            throw InputError(diagnostics: diagnostics.sorted, isMissingInput: missing == diagnostics.errors.count)
        }
        inputs.warnings = diagnostics.sorted.filter { $0.severity == .warning }
        return inputs
    }
}
