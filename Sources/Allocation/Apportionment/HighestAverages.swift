/// The divisor (highest-averages) methods: D'Hondt, Sainte-Laguë and Huntington–Hill, with optional bounds.
///
/// Every claimant starts at its floor; then seat after seat goes to the
/// claimant with the highest average `weight / divisor(seats held)` among
/// those below their cap, ties by ``TieBreak``. Huntington–Hill's divisor for
/// 0 seats is 0, so every claimant with a positive weight gets a first seat
/// before anyone gets a second.
public enum HighestAverages {
    /// Hands out `seats` seats to `claimants` by `method`.
    ///
    /// - Parameters:
    ///   - claimants: the parties, with weights and optional bounds.
    ///   - seats: the number of seats.
    ///   - method: the method.
    ///   - firstDivisor: replaces the divisor for 0 seats (for example 1.4 for modified Sainte-Laguë).
    /// - Returns: each claimant's quota and seats, in input order.
    /// - Throws: ``ApportionmentError`` for impossible bounds or no positive weight.
    public static func apportion(
        _ claimants: [Claimant],
        seats: Int,
        method: ApportionmentMethod,
        firstDivisor: Double? = nil
    ) throws(ApportionmentError) -> Apportionment {
        precondition(method.isDivisorMethod, "not a divisor method: \(method)")
        let quotas = try Apportioner.quotas(claimants, seats: seats)
        let lower = claimants.map(\.lowerBound)
        let upper = claimants.map(\.upperBound)
        _ = try LargestRemainder.boundedQuotas(claimants, quotas: quotas, seats: seats)
        var allocation = lower
        var left = seats - allocation.reduce(0, +)
        while left > 0 {
            var best: Int?
            var bestAverage = -Double.infinity
            for index in claimants.indices where allocation[index] < upper[index] {
                let average = Self.average(
                    weight: claimants[index].weight,
                    divisor: method.divisor(seats: allocation[index], firstDivisor: firstDivisor)
                )
                if let current = best {
                    if TieBreak.precedes(
                        claimants[index],
                        claim: average,
                        index: index,
                        claimants[current],
                        claim: bestAverage,
                        index: current
                    ) {
                        best = index
                        bestAverage = average
                    }
                } else {
                    best = index
                    bestAverage = average
                }
            }
            guard let chosen = best else { break }
            allocation[chosen] += 1
            left -= 1
        }
        return Apportionment(method: method, seats: seats, quotas: quotas, allocation: allocation)
    }

    /// `weight / divisor`, with a zero divisor meaning "first in line" for a positive weight.
    static func average(weight: Double, divisor: Double) -> Double {
        if divisor == 0 { return weight > 0 ? .infinity : 0 }
        return weight / divisor
    }
}
