/// Applies a scenario's changes to the inputs, in order, then re-validates the result.
///
/// Every change is a pure function of the domain values. A change naming
/// something that does not exist is an error at the change. The changed
/// inputs are then checked as the input reader checks the files (keys cover
/// every party, floors and caps can hold the regional numbers); each problem
/// is reported at the change that caused it: the earliest change after which
/// the problem (its message with the numbers left out) is there until the end.
public enum ScenarioApplier {
    /// The inputs of `scenario` (its bases' changes first).
    ///
    /// - Throws: ``InputError`` with every problem, each at its change in the scenario files.
    public static func apply(_ scenario: ResolvedScenario, to inputs: ScenarioInputs) throws(InputError)
        -> ScenarioInputs
    {
        try apply(scenario.changes, to: inputs)
    }

    /// The inputs after `changes`.
    ///
    /// - Throws: ``InputError`` with every problem, each at its change.
    public static func apply(_ changes: [ScenarioChange], to inputs: ScenarioInputs) throws(InputError)
        -> ScenarioInputs
    {
        var diagnostics = DiagnosticCollector()
        let states = states(after: changes, from: inputs, diagnostics: &diagnostics)
        if !diagnostics.hasErrors, let last = states.last, !validationErrors(last).isEmpty {
            let problems = states.map(validationErrors)
            for problem in problems.last ?? [] {
                diagnostics.append(attribute(problem, problems: problems, changes: changes))
            }
        }
        guard !diagnostics.hasErrors else { throw InputError(diagnostics: diagnostics.sorted) }
        return states.last ?? inputs
    }

    /// The problems with what `change` names (programmes, keys, municipalities, offers), without re-validation.
    ///
    /// A sweep checks its parameter with this once: a reference that does not
    /// exist is a usage error, while a value that makes the inputs invalid is
    /// a step without a plan.
    public static func referenceProblems(of change: ScenarioChange, in inputs: ScenarioInputs) -> [Diagnostic] {
        var diagnostics = DiagnosticCollector()
        _ = states(after: [change], from: inputs, diagnostics: &diagnostics)
        return diagnostics.errors
    }

    /// The inputs before and after each change, in order.
    static func states(
        after changes: [ScenarioChange],
        from inputs: ScenarioInputs,
        diagnostics: inout DiagnosticCollector
    ) -> [ScenarioInputs] {
        var states = [inputs]
        var current = inputs
        for change in changes {
            if change.touchesTraineeships {
                TraineeshipChanges.apply(change, to: &current.traineeships, diagnostics: &diagnostics)
                applyToPeriods(change, &current.periods, diagnostics: &diagnostics)
            } else if var social = current.social {
                SocialChanges.apply(change, to: &social, diagnostics: &diagnostics)
                current.social = social
            } else {
                diagnostics.error(
                    "the change '\(change.kindName)' needs the Socialaftale inputs, and the input folder has none",
                    at: change.location,
                    hint: "add the folder social/ to the inputs (see Inputs/README.md) or remove the change"
                )
            }
            states.append(current)
        }
        return states
    }

    /// Applies `change` to every year of every period, for the period's programmes it names.
    ///
    /// A problem already found in the plan year is not repeated.
    static func applyToPeriods(
        _ change: ScenarioChange,
        _ periods: inout [PeriodInputs],
        diagnostics: inout DiagnosticCollector
    ) {
        var seen = Set(diagnostics.diagnostics)
        for period in periods.indices {
            guard let restricted = change.restricted(to: Set(periods[period].programmes.map(\.id))) else { continue }
            for year in periods[period].years.indices {
                var found = DiagnosticCollector()
                TraineeshipChanges.apply(restricted, to: &periods[period].years[year], diagnostics: &found)
                for diagnostic in found.diagnostics where seen.insert(diagnostic).inserted {
                    diagnostics.append(diagnostic)
                }
            }
            // Each year changed its own year's target; every year's programme carries all of them (the period
            // planner reads the targets from one programme value).
            var years = periods[period].years
            for index in years.indices {
                for (programme, value) in years[index].programmes.enumerated() {
                    years[index].programmes[programme].targets = value.targets.map { target in
                        years.first { $0.year == target.year }?.programmes[programme].target(for: target.year) ?? target
                    }
                }
            }
            periods[period].years = years
        }
    }

    // MARK: - Shared by the kinds

    /// The provenance of a figure set by `change`: an assumption, sourced to the change.
    static func provenance(of change: ScenarioChange) -> Provenance {
        Provenance(
            illustrative: true,
            source: "scenario change (\(change.location.description))",
            location: change.location
        )
    }

    /// A computed number of places: rounded half away from zero (after dropping binary noise), never below 0.
    public static func wholePlaces(_ value: Double) -> Int {
        let cleaned = (value * 1e6).rounded() / 1e6
        return max(0, Int(min(cleaned, 9e15).rounded(.toNearestOrAwayFromZero)))
    }

    // MARK: - Re-validation

    static func validationErrors(_ inputs: ScenarioInputs) -> [Diagnostic] {
        var diagnostics = DiagnosticCollector()
        let training = inputs.traineeships
        let keysFile =
            training.files.first { $0.displayName.hasSuffix(TraineeshipInputReader.FileName.keys) }?.displayName
            ?? TraineeshipInputReader.FileName.keys
        let settingsFile =
            training.files.first { $0.displayName.hasSuffix(TraineeshipInputReader.FileName.settings) }?.displayName
            ?? TraineeshipInputReader.FileName.settings
        // The bounds reader checks floor ≤ cap row by row; a change can break that, so check it here too.
        for programme in training.programmes {
            for party in training.parties(for: programme) {
                guard let bounds = training.bounds[programme.id]?[party.code], let floor = bounds.floor,
                    let cap = bounds.cap, floor > cap
                else { continue }
                diagnostics.error(
                    "the floor \(floor) is above the cap \(cap) for \(party.name) (\(party.code)), programme \(programme.id)",
                    at: bounds.provenance.location,
                    hint: "change the floor and the cap together so that floor ≤ cap"
                )
            }
        }
        TraineeshipValidator.validate(
            training,
            planYearLocation: SourceLocation(file: settingsFile),
            keysFile: keysFile,
            yearWasGiven: false,
            diagnostics: &diagnostics
        )
        if let social = inputs.social {
            socialValidation(social, diagnostics: &diagnostics)
        }
        return diagnostics.errors
    }

    /// The Socialaftale checks a change can break: existing placements must fit their offers and their buyers' demand.
    static func socialValidation(_ social: SocialInputs, diagnostics: inout DiagnosticCollector) {
        func name(_ suffix: String) -> String {
            social.files.first { $0.displayName.hasSuffix(suffix) }?.displayName ?? suffix
        }
        let validator = SocialValidator(
            inputs: social,
            coordinates: [:],
            files: SocialValidator.Files(
                settings: name(SocialInputReader.FileName.settings),
                offers: name(SocialInputReader.FileName.offers),
                demand: name(SocialInputReader.FileName.demand),
                placements: name(SocialInputReader.FileName.placements),
                coordinates: name(SocialInputReader.FileName.coordinates)
            )
        )
        validator.checkPlacementsAgainstPlaces(diagnostics: &diagnostics)
        validator.checkPlacementsAgainstDemand(diagnostics: &diagnostics)
    }

    /// `problem` (found after the last change) moved to the change that caused it.
    static func attribute(_ problem: Diagnostic, problems: [[Diagnostic]], changes: [ScenarioChange]) -> Diagnostic {
        let key = shape(problem.message)
        var first = problems.count - 1
        while first > 0 && problems[first - 1].contains(where: { shape($0.message) == key }) { first -= 1 }
        guard first > 0 else { return problem }
        var moved = problem
        moved.location = changes[first - 1].location
        moved.message = "with this change, " + problem.message
        return moved
    }

    /// The message with every run of digits replaced by `#`, so "add up to 660" and "add up to 700" match.
    static func shape(_ message: String) -> String {
        var result = ""
        var inNumber = false
        for character in message {
            if character.isNumber {
                if !inNumber { result.append("#") }
                inNumber = true
            } else {
                result.append(character)
                inNumber = false
            }
        }
        return result
    }
}
