/// Everything a scenario may change: the training-place inputs and, when they are read, the Socialaftale inputs.
///
/// The default inputs are one value of this type; each scenario is another,
/// made by ``ScenarioApplier`` from it. Value semantics make the variants
/// independent, so they can be planned on different threads at once.
public struct ScenarioInputs: Sendable {
    /// The training-place inputs.
    public var traineeships: TraineeshipInputs
    /// The Socialaftale inputs, when the input folder has them (`social/`).
    public var social: SocialInputs?

    /// Creates the inputs.
    public init(traineeships: TraineeshipInputs, social: SocialInputs? = nil) {
        self.traineeships = traineeships
        self.social = social
    }

    /// The plan year.
    public var year: Int { traineeships.year }
}
