/// The files of an input folder, read once per year of a period.
struct YearSources {
    let settings: TraineeshipSettings
    let municipalities: [Party]
    let region: Party?
    let partiesFile: InputFile
    let keysFile: InputFile
    let boundsFile: InputFile?
    let lastYearFile: InputFile?
    let capacityFile: InputFile?

    var parties: [Party] { municipalities + (region.map { [$0] } ?? []) }

    func context(year: Int) -> FigureTableContext {
        FigureTableContext(
            parties: parties,
            partiesFile: partiesFile.displayName,
            ids: settings.programmes.map(\.id),
            year: year
        )
    }

    /// The single-year inputs of `year` for `programmes`, validated with the single-year checks.
    ///
    /// "Last year" is the year before from `history.csv` where it has rows, else from `last_year.csv`.
    func inputs(
        year: Int,
        programmes: [Programme],
        period: AgreementPeriod,
        history: [String: [Int: [String: LastYearFigures]]],
        diagnostics: inout DiagnosticCollector
    ) -> TraineeshipInputs {
        let context = context(year: year)
        var lastYear = lastYearFile.map { LastYearReader.read($0, context: context, diagnostics: &diagnostics) } ?? [:]
        for programme in programmes {
            if let decided = history[programme.id]?[year - 1] { lastYear[programme.id] = decided }
        }
        let ids = Set(programmes.map(\.id))
        var inputs = TraineeshipInputs(
            year: year,
            municipalities: municipalities,
            region: region,
            keys: KeyWeightsReader.read(
                keysFile,
                parties: parties,
                partiesFile: partiesFile.displayName,
                keys: settings.keys,
                year: year,
                diagnostics: &diagnostics
            ),
            programmes: programmes,
            bounds: boundsFile.map { BoundsReader.read($0, context: context, diagnostics: &diagnostics) } ?? [:],
            lastYear: lastYear,
            jointCapacities: settings.jointCapacities.filter { $0.programmeIDs.allSatisfy(ids.contains) }
        )
        if let capacityFile {
            var capacityContext = context
            capacityContext.ids = settings.jointCapacities.map(\.id)
            capacityContext.idColumn = "group"
            let read = JointCapacityReader.read(
                capacityFile,
                capacities: settings.jointCapacities,
                context: capacityContext,
                diagnostics: &diagnostics
            )
            inputs.jointCapacities = read.filter { $0.programmeIDs.allSatisfy(ids.contains) }
        }
        for programme in programmes where programme.target(for: year) == nil {
            if programme.unreadableTargetYears.contains(year) { continue }
            diagnostics.error(
                "programme '\(programme.id)' has no target for \(year), a year of its period \(period.from)–\(period.to)",
                at: programme.location,
                hint: "add '- {year: \(year), places: …, kind: minimum}' under its 'targets:'"
            )
        }
        var checked = inputs
        checked.programmes = programmes.filter { $0.target(for: year) != nil }
        TraineeshipValidator.validate(
            checked,
            planYearLocation: period.location,
            keysFile: keysFile.displayName,
            yearWasGiven: false,
            diagnostics: &diagnostics
        )
        return inputs
    }
}
