/// Hamilton's method (largest remainder), with optional floors and caps.
///
/// Each claimant first gets its quota rounded down; the seats left over go
/// one each to the largest fractional remainders, ties by ``TieBreak``. With
/// floors or caps the quotas are first replaced by ``BoundedQuota`` values,
/// so a capped claimant's excess is shared in proportion to the others'
/// quotas; without binding bounds the result is the textbook one.
public enum LargestRemainder {
    /// Hands out `seats` seats to `claimants`.
    ///
    /// - Throws: ``ApportionmentError`` for impossible bounds or no positive weight.
    public static func apportion(_ claimants: [Claimant], seats: Int) throws(ApportionmentError) -> Apportionment {
        let quotas = try Apportioner.quotas(claimants, seats: seats)
        let bounded = try boundedQuotas(claimants, quotas: quotas, seats: seats)
        return Apportionment(
            method: .hamilton,
            seats: seats,
            quotas: quotas,
            allocation: round(claimants, targets: bounded, seats: seats)
        )
    }

    /// Rounds `targets` (which add up to `seats`) down, then up in order of remainder.
    public static func round(_ claimants: [Claimant], targets: [Double], seats: Int) -> [Int] {
        var allocation = targets.enumerated()
            .map { index, target in
                let down = Int((target + 1e-9).rounded(.down))
                return min(max(down, claimants[index].lowerBound), claimants[index].upperBound)
            }
        let remainders = targets.indices.map { targets[$0] - Double(allocation[$0]) }
        var left = seats - allocation.reduce(0, +)
        for index in TieBreak.order(claimants, claims: remainders) where left > 0 {
            if allocation[index] < claimants[index].upperBound {
                allocation[index] += 1
                left -= 1
            }
        }
        return allocation
    }

    static func boundedQuotas(_ claimants: [Claimant], quotas: [Double], seats: Int) throws(ApportionmentError)
        -> [Double]
    {
        let lower = claimants.map(\.lowerBound)
        let upper = claimants.map(\.upperBound)
        guard let bounded = BoundedQuota.compute(quotas: quotas, lower: lower, upper: upper, total: seats) else {
            throw Apportioner.boundsError(lower: lower, upper: upper, seats: seats)
        }
        return bounded
    }
}
