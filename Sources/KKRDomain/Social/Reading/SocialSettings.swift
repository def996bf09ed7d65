/// The settings read from `social/socialaftale.yaml`, before the CSV data is attached.
public struct SocialSettings: Sendable {
    /// The plan year.
    public var planYear: Int
    /// Where `plan_year` is written.
    public var planYearLocation: SourceLocation
    /// The target groups, in file order.
    public var targetGroups: [TargetGroup]
    /// The law sections, in file order.
    public var sections: [LawSection]
    /// The policy weights.
    public var policy: SocialPolicy
    /// The distance rules (ferry codes not yet checked against the municipalities).
    public var distanceRules: DistanceRules

    /// Creates settings.
    public init(
        planYear: Int,
        planYearLocation: SourceLocation,
        targetGroups: [TargetGroup],
        sections: [LawSection],
        policy: SocialPolicy,
        distanceRules: DistanceRules
    ) {
        self.planYear = planYear
        self.planYearLocation = planYearLocation
        self.targetGroups = targetGroups
        self.sections = sections
        self.policy = policy
        self.distanceRules = distanceRules
    }
}
