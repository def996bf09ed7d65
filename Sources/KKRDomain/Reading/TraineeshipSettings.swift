/// The plan settings read from `traineeships.yaml`, before the CSV data is attached.
public struct TraineeshipSettings: Sendable {
    /// The default plan year.
    public var planYear: Int
    /// Where `plan_year` is written.
    public var planYearLocation: SourceLocation
    /// The keys declared (without weights).
    public var keys: [DistributionKey]
    /// The programmes.
    public var programmes: [Programme]
    /// The joint capacities declared (without caps).
    public var jointCapacities: [JointCapacity]
    /// The agreement period declared for all programmes (`period:` at the top), if any.
    public var period: AgreementPeriod?

    /// Creates settings.
    public init(
        planYear: Int,
        planYearLocation: SourceLocation,
        keys: [DistributionKey],
        programmes: [Programme],
        jointCapacities: [JointCapacity]
    ) {
        self.planYear = planYear
        self.planYearLocation = planYearLocation
        self.keys = keys
        self.programmes = programmes
        self.jointCapacities = jointCapacities
    }
}
