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
        var input = try InputFolder(url: folder, displayName: displayName)
        let settingsFile = input.load(FileName.settings)
        let partiesFile = input.load(FileName.parties)
        let keysFile = input.load(FileName.keys)
        let boundsFile = input.load(FileName.bounds, optional: true)
        let lastYearFile = input.load(FileName.lastYear, optional: true)
        let settings = settingsFile.flatMap { SettingsReader.read($0, diagnostics: &input.diagnostics) }
        let capacityFile = input.load(FileName.jointCapacity, optional: settings?.jointCapacities.isEmpty ?? true)
        let (municipalities, region) =
            partiesFile.map { PartiesReader.read($0, diagnostics: &input.diagnostics) } ?? ([], nil)

        guard let settings, let partiesFile, let keysFile else {
            throw input.error
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
                diagnostics: &input.diagnostics
            ),
            programmes: settings.programmes,
            bounds: boundsFile.map { BoundsReader.read($0, context: context, diagnostics: &input.diagnostics) } ?? [:],
            lastYear: lastYearFile.map { LastYearReader.read($0, context: context, diagnostics: &input.diagnostics) }
                ?? [:],
            jointCapacities: settings.jointCapacities,
            files: [settingsFile, partiesFile, keysFile, boundsFile, lastYearFile, capacityFile].compactMap { $0 }
        )
        inputs.files += StatBankKeyCheck.check(inputs.keys, input: &input, partiesFile: partiesFile)
        if let capacityFile {
            var capacityContext = context
            capacityContext.ids = settings.jointCapacities.map(\.id)
            capacityContext.idColumn = "group"
            inputs.jointCapacities = JointCapacityReader.read(
                capacityFile,
                capacities: settings.jointCapacities,
                context: capacityContext,
                diagnostics: &input.diagnostics
            )
        }
        TraineeshipValidator.validate(
            inputs,
            settings: settings,
            keysFile: keysFile.displayName,
            yearWasGiven: year != nil,
            diagnostics: &input.diagnostics
        )
        if input.diagnostics.hasErrors {
            throw input.error
        }
        inputs.warnings = input.diagnostics.sorted.filter { $0.severity == .warning }
        return inputs
    }
}
