import Allocation
import KKRDomain

/// The Socialaftale rows every comparison format shares: buyers and changed offers in a fixed order.
enum SocialRows {
    /// The buyers of `plans`, in the order of the first balance, then buyers only a later one has.
    static func buyers(_ plans: [SocialPlan?]) -> [Party] {
        var result: [Party] = []
        for plan in plans {
            for row in plan?.buyers ?? [] where !result.contains(row.buyer) { result.append(row.buyer) }
        }
        return result
    }

    /// The ids of the offers whose use changes in any scenario, in the base's offer order.
    static func changedOffers(_ set: ScenarioSet) -> [String] {
        var ids: [String] = []
        for compared in set.scenarios {
            for offer in compared.socialComparison?.offers ?? [] where !ids.contains(offer.offer.id) {
                ids.append(offer.offer.id)
            }
        }
        let order = (set.base.result.socialPlan?.offers ?? []).map(\.offer.id)
        return ids.sorted { (order.firstIndex(of: $0) ?? Int.max, $0) < (order.firstIndex(of: $1) ?? Int.max, $1) }
    }
}
