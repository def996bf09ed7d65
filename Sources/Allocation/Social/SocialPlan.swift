import KKRDomain
import LinearProgramming

/// The Socialaftale balance for one plan year: who buys where, how full each offer is, what is missing, what places are worth.
///
/// Placements come from the LP relaxation's integral vertex (after the tie-break of ``SocialLinearSolve``), or
/// from the MIP when that vertex is not integral (``SocialSolveSummary/path`` says which); place and citizen
/// values from the duals of the cost LP (a MIP has no duals; for this totally unimodular model both optima
/// coincide, which ``SocialChecks`` verifies).
public struct SocialPlan: Sendable {
    /// The plan year.
    public var year: Int
    /// The inputs the plan was made from.
    public var inputs: SocialInputs
    /// Solver statuses, objectives, model size and times.
    public var summary: SocialSolveSummary
    /// Every non-zero purchase, by buyer (code order), then offer (file order).
    public var purchases: [SocialPurchase]
    /// Every offer, in file order.
    public var offers: [OfferUse]
    /// Every demand cell, in file order.
    public var demand: [DemandOutcome]
    /// Every buyer with demand, in code order.
    public var buyers: [BuyerCost]
    /// The objective split into its parts.
    public var costs: SocialCosts
    /// Recommendations drawn from the duals.
    public var recommendations: [SocialRecommendation]
    /// The invariants.
    public var checks: SocialChecks
    /// The integer model as solved, kept for the audit file (`socialaftale_model.lp`).
    public var model: LinearModel

    /// Creates a plan.
    public init(
        year: Int,
        inputs: SocialInputs,
        summary: SocialSolveSummary,
        purchases: [SocialPurchase],
        offers: [OfferUse],
        demand: [DemandOutcome],
        buyers: [BuyerCost],
        costs: SocialCosts,
        recommendations: [SocialRecommendation],
        checks: SocialChecks,
        model: LinearModel
    ) {
        self.year = year
        self.inputs = inputs
        self.summary = summary
        self.purchases = purchases
        self.offers = offers
        self.demand = demand
        self.buyers = buyers
        self.costs = costs
        self.recommendations = recommendations
        self.checks = checks
        self.model = model
    }

    /// Citizens in the demand, placed, outside the region, unmet — summed over the whole region.
    public var totals: (citizens: Int, placed: Int, outside: Int, unmet: Int) {
        demand.reduce((0, 0, 0, 0)) {
            ($0.0 + $1.demand.citizens, $0.1 + $1.placed, $0.2 + $1.outside, $0.3 + $1.unmet)
        }
    }

    /// The offers used below their occupancy bound.
    public var offersUnderBound: [OfferUse] { offers.filter(\.isUnderBound) }
}
