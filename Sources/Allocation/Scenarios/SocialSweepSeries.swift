import KKRDomain

/// One Socialaftale buyer along a sweep: what it pays, how many of its citizens have no place, and where it buys.
///
/// A change point is a step at which the buyer's purchases (citizens per
/// offer, inside and outside the region) differ from the step before: the
/// allocation of its citizens changes there.
public struct SocialSweepSeries: Sendable {
    /// The buyer.
    public var buyer: Party
    /// Payments (tariffs and outside purchases) at each value, nil where there is no balance.
    public var payments: [Double?]
    /// Citizens without a place at each value, nil where there is no balance.
    public var unmet: [Int?]
    /// Citizens per offer id (and `outside:<target group>:<section>` for places outside the region) at each value.
    public var purchases: [[String: Int]?]
    /// The steps (≥ 1) at which the purchases change, with the values around them.
    public var changes: [(step: Int, previousValue: Double, value: Double)]

    /// The series of `buyer` in `plans` (one per value, nil where there is none).
    public init(buyer: Party, values: [Double], plans: [SocialPlan?]) {
        self.buyer = buyer
        payments = plans.map { plan in plan.map { $0.buyers.first { $0.buyer == buyer }?.payments ?? 0 } }
        unmet = plans.map { plan in plan.map { $0.buyers.first { $0.buyer == buyer }?.unmet ?? 0 } }
        purchases = plans.map { plan in
            plan.map { plan in
                var cells: [String: Int] = [:]
                for purchase in plan.purchases where purchase.buyer == buyer && purchase.citizens > 0 {
                    cells[purchase.offer.id, default: 0] += purchase.citizens
                }
                for outcome in plan.demand where outcome.demand.buyer == buyer && outcome.outside > 0 {
                    cells["outside:\(outcome.demand.targetGroupID):\(outcome.demand.sectionID)", default: 0] +=
                        outcome.outside
                }
                return cells
            }
        }
        let purchases = self.purchases
        changes = purchases.indices.dropFirst()
            .filter { purchases[$0] != purchases[$0 - 1] }
            .map { ($0, values[$0 - 1], values[$0]) }
    }

    /// The first value at which the purchases change, if they ever do.
    public var firstChange: Double? { changes.first?.value }
}
