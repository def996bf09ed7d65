/// A named set of changes to the baseline inputs (scenarie), read from a YAML file in `Inputs/scenarios/`.
///
/// A scenario builds on a base: the default inputs, or another scenario
/// whose changes come first. ``ScenarioLibrary`` resolves the chain;
/// ``ScenarioApplier`` applies it.
public struct Scenario: Hashable, Sendable {
    /// The id: the file name without `.yaml` (`minimum_plus_10`).
    public var id: String
    /// The name for reports (`Minimumstal +10 %`).
    public var name: String
    /// What the scenario assumes, in plain words.
    public var description: String
    /// What it builds on.
    public var base: ScenarioBase
    /// The changes, in file order.
    public var changes: [ScenarioChange]
    /// The file it was read from (for the report's input list and SHA-256).
    public var file: InputFile

    /// Creates a scenario.
    public init(
        id: String,
        name: String,
        description: String,
        base: ScenarioBase,
        changes: [ScenarioChange],
        file: InputFile
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.base = base
        self.changes = changes
        self.file = file
    }
}

/// What a scenario builds on.
public enum ScenarioBase: Hashable, Sendable {
    /// The default inputs (`base: default`, or no `base:` line).
    case inputs
    /// Another scenario, by id, with where the `base:` line is.
    case scenario(id: String, location: SourceLocation)

    /// The id of the base scenario, or nil for the default inputs.
    public var scenarioID: String? {
        if case .scenario(let id, _) = self { return id }
        return nil
    }
}

/// A scenario with its bases resolved: the chain from the outermost base to itself.
public struct ResolvedScenario: Hashable, Sendable {
    /// The bases, outermost first (empty when the scenario builds on the default inputs).
    public var bases: [Scenario]
    /// The scenario itself.
    public var scenario: Scenario

    /// Creates a resolved scenario.
    public init(bases: [Scenario], scenario: Scenario) {
        self.bases = bases
        self.scenario = scenario
    }

    /// The bases and the scenario, outermost first.
    public var chain: [Scenario] {
        bases + [scenario]
    }

    /// Every change to apply, bases first, in file order.
    public var changes: [ScenarioChange] {
        chain.flatMap(\.changes)
    }

    /// The files of the chain, bases first.
    public var files: [InputFile] {
        chain.map(\.file)
    }
}
