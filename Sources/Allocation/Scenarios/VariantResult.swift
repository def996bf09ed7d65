import KKRDomain

/// What planning one variant (a scenario, the base, or a sweep step) gave, part by part.
public struct VariantResult: Sendable {
    /// The training places; `.invalid` when the variant's changed inputs fail validation (then nothing is planned).
    public var outcome: ScenarioOutcome
    /// The Socialaftale balance, when the variant has Socialaftale inputs and the part was planned.
    public var social: SocialOutcome?

    /// Creates a result.
    public init(outcome: ScenarioOutcome, social: SocialOutcome? = nil) {
        self.outcome = outcome
        self.social = social
    }

    /// The Socialaftale plan, when there is one.
    public var socialPlan: SocialPlan? {
        social?.plan
    }

    /// True when every part that was planned has a plan.
    public var isPlanned: Bool {
        guard outcome.plan != nil else { return false }
        if case .infeasible = social { return false }
        return true
    }
}

/// The parts of the plan a run computes.
public struct ScenarioParts: OptionSet, Sendable, Hashable {
    /// The raw bits.
    public let rawValue: Int

    /// Creates parts from bits.
    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// The training places.
    public static let traineeships = ScenarioParts(rawValue: 1)
    /// The Socialaftale (planned only when the inputs have it).
    public static let social = ScenarioParts(rawValue: 2)
    /// Both.
    public static let all: ScenarioParts = [.traineeships, .social]
}
