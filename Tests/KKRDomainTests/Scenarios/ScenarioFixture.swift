import KKRDomain

/// The shipped inputs as scenario inputs, and changes applied to them as if written on lines 5, 6, … of `S/x.yaml`.
enum ScenarioFixture {
    /// The shipped training-place and Socialaftale inputs (nil only if they cannot be read, which other tests report).
    static let shipped: ScenarioInputs? = try? ScenarioInputs(
        traineeships: TraineeshipInputReader.read(folder: DefaultInputsTests.inputs, displayName: "Inputs"),
        social: SocialInputReader.read(folder: DefaultInputsTests.inputs, displayName: "Inputs")
    )

    /// `S/x.yaml:line:5`.
    static func at(_ line: Int) -> KKRDomain.SourceLocation {
        KKRDomain.SourceLocation(file: "S/x.yaml", line: line, column: 5)
    }

    /// `actions` applied to `base` in order, the first at line 5.
    static func apply(_ actions: [ScenarioChange.Action], to base: ScenarioInputs) throws(InputError) -> ScenarioInputs
    {
        try ScenarioApplier.apply(actions.enumerated().map { ScenarioChange($1, at: at($0 + 5)) }, to: base)
    }

    /// The diagnostics of applying `actions` to `base` (empty when they apply cleanly).
    static func problems(_ actions: [ScenarioChange.Action], base: ScenarioInputs) -> [String] {
        do {
            _ = try apply(actions, to: base)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }
}
