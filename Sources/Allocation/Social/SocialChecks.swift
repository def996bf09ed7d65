/// The invariants of a Socialaftale plan, each checked on the solution (not assumed from the model).
public struct SocialChecks: Sendable, Hashable {
    /// For every buyer, target group and section: placed + outside + unmet = demand.
    public var demandBalances: Bool
    /// For every offer: used ≤ places.
    public var capacityHolds: Bool
    /// Every existing placement is kept (purchases ≥ existing).
    public var existingKept: Bool
    /// Every purchase, outside purchase and unmet count is a whole number.
    public var integral: Bool
    /// The LP relaxation's optimum equals the MIP's (so its duals price the integer plan).
    public var relaxationMatches: Bool

    /// Creates the checks.
    public init(
        demandBalances: Bool,
        capacityHolds: Bool,
        existingKept: Bool,
        integral: Bool,
        relaxationMatches: Bool
    ) {
        self.demandBalances = demandBalances
        self.capacityHolds = capacityHolds
        self.existingKept = existingKept
        self.integral = integral
        self.relaxationMatches = relaxationMatches
    }

    /// True when every check holds.
    public var allHold: Bool { demandBalances && capacityHolds && existingKept && integral && relaxationMatches }
}
