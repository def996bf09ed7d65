import Foundation

/// Reads and validates the Socialaftale inputs: `municipalities.csv` (shared with the training places) and `social/`.
///
/// The files and their columns are documented in `Inputs/README.md`.
/// Everything is read before anything is judged, and every problem in every
/// file is reported together through ``InputError``.
public enum SocialInputReader {
    /// The file names, relative to the input folder.
    public enum FileName {
        /// Municipalities and region (shared with the training places).
        public static let parties = "municipalities.csv"
        /// Settings: plan year, target groups, sections, policy, distance rules.
        public static let settings = "social/socialaftale.yaml"
        /// The offers.
        public static let offers = "social/offers.csv"
        /// The demand.
        public static let demand = "social/demand.csv"
        /// Existing placements (optional).
        public static let placements = "social/placements.csv"
        /// Prices outside the region (optional).
        public static let outsidePrices = "social/outside_prices.csv"
        /// Coordinates of the municipalities (needed unless `distances.csv` gives every pair).
        public static let coordinates = "social/coordinates.csv"
        /// Distances given directly (optional).
        public static let distances = "social/distances.csv"
    }

    /// Reads the folder at `folder`.
    ///
    /// - Parameters:
    ///   - folder: the input folder (the one holding `municipalities.csv` and `social/`).
    ///   - displayName: how messages name the folder (for example `Inputs`).
    ///   - year: the plan year asked for, or nil for the settings' `plan_year`; another year is an error.
    /// - Returns: the validated inputs, with any warnings.
    /// - Throws: ``InputError`` with every problem found; `isMissingInput` when only files are missing.
    public static func read(folder: URL, displayName: String, year: Int? = nil) throws(InputError) -> SocialInputs {
        var input = try InputFolder(url: folder, displayName: displayName)
        let partiesFile = input.load(FileName.parties)
        let settingsFile = input.load(FileName.settings)
        let offersFile = input.load(FileName.offers)
        let demandFile = input.load(FileName.demand)
        let placementsFile = input.load(FileName.placements, optional: true)
        let pricesFile = input.load(FileName.outsidePrices, optional: true)
        let coordinatesFile = input.load(FileName.coordinates, optional: true)
        let distancesFile = input.load(FileName.distances, optional: true)
        let settings = settingsFile.flatMap { SocialSettingsReader.read($0, diagnostics: &input.diagnostics) }
        let (municipalities, region) =
            partiesFile.map { PartiesReader.read($0, diagnostics: &input.diagnostics) } ?? ([], nil)
        guard let settings, let partiesFile, let settingsFile, let offersFile, let demandFile else {
            throw input.error
        }
        if let year, year != settings.planYear {
            input.diagnostics.error(
                "the Socialaftale inputs are for \(settings.planYear), not \(year)",
                at: settings.planYearLocation,
                hint:
                    "run with --year \(settings.planYear), or update \(settingsFile.displayName) and the social files for \(year)"
            )
        }
        let context = SocialTableContext(
            parties: municipalities + (region.map { [$0] } ?? []),
            partiesFile: partiesFile.displayName,
            settingsFile: settingsFile.displayName,
            targetGroupIDs: settings.targetGroups.map(\.id),
            sectionIDs: settings.sections.map(\.id)
        )
        var diagnostics = input.diagnostics
        let (offers, writtenOfferIDs) = OfferReader.read(
            offersFile,
            context: context,
            defaultOccupancy: settings.policy.minimumOccupancy.value,
            diagnostics: &diagnostics
        )
        let coordinates =
            coordinatesFile.map { DistanceInputReader.readCoordinates($0, context: context, diagnostics: &diagnostics) }
            ?? [:]
        let overrides =
            distancesFile.map { DistanceInputReader.readOverrides($0, context: context, diagnostics: &diagnostics) }
            ?? []
        var inputs = SocialInputs(
            year: settings.planYear,
            municipalities: municipalities,
            region: region,
            targetGroups: settings.targetGroups,
            sections: settings.sections,
            offers: offers,
            demand: DemandReader.read(demandFile, context: context, diagnostics: &diagnostics),
            placements: placementsFile.map {
                PlacementReader.read(
                    $0,
                    context: context,
                    offerIDs: Set(offers.map(\.id)),
                    unreadableOfferIDs: writtenOfferIDs.subtracting(offers.map(\.id)),
                    offersFile: offersFile.displayName,
                    diagnostics: &diagnostics
                )
            } ?? [],
            outsidePrices: pricesFile.map { OutsidePriceReader.read($0, context: context, diagnostics: &diagnostics) }
                ?? [],
            distances: DistanceMatrix.derived(
                codes: municipalities.map(\.code),
                coordinates: coordinates,
                rules: settings.distanceRules,
                overrides: overrides
            ),
            distanceRules: settings.distanceRules,
            distanceOverrides: overrides,
            policy: settings.policy,
            files: [
                partiesFile, settingsFile, offersFile, demandFile, placementsFile, pricesFile, coordinatesFile,
                distancesFile,
            ]
            .compactMap { $0 }
        )
        SocialValidator(
            inputs: inputs,
            coordinates: coordinates,
            files: SocialValidator.Files(
                settings: settingsFile.displayName,
                offers: offersFile.displayName,
                demand: demandFile.displayName,
                placements: placementsFile?.displayName ?? input.shownName(FileName.placements),
                coordinates: input.shownName(FileName.coordinates)
            )
        )
        .validate(diagnostics: &diagnostics)
        input.diagnostics = diagnostics
        if diagnostics.hasErrors { throw input.error }
        inputs.warnings = diagnostics.sorted.filter { $0.severity == .warning }
        return inputs
    }
}
