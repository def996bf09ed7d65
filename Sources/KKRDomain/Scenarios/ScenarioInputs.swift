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
    /// The agreement periods the settings declare (empty when none): a scenario's training-place changes apply to
    /// every year of each period, for the period's programmes.
    public var periods: [PeriodInputs]

    /// Creates the inputs.
    public init(traineeships: TraineeshipInputs, social: SocialInputs? = nil, periods: [PeriodInputs] = []) {
        self.traineeships = traineeships
        self.social = social
        self.periods = periods
    }

    /// The plan year.
    public var year: Int { traineeships.year }
}
