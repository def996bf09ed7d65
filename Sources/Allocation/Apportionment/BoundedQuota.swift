/// Quotas scaled to respect floors and caps: the continuous fair share when some bounds bind.
///
/// Finds λ with `Σ clamp(λ·qᵢ, Lᵢ, Uᵢ) = N` and returns `clamp(λ·qᵢ, Lᵢ, Uᵢ)`:
/// parties held at a floor or cap get exactly that, and the others share
/// the rest in proportion to their quotas. Without binding bounds λ = 1 and
/// the bounded quota is the quota. Parties with quota 0 stay at their floor
/// unless the others' caps leave seats over, which are then shared equally
/// among them (again within their bounds).
public enum BoundedQuota {
    /// The bounded quotas, or nil when `Σ L > N` or `Σ U < N`.
    ///
    /// - Parameters:
    ///   - quotas: the unbounded quotas (≥ 0).
    ///   - lower: the floors.
    ///   - upper: the caps (`Int.max` for none).
    ///   - total: N.
    /// - Returns: one bounded quota per party, adding up to `total`.
    public static func compute(quotas: [Double], lower: [Int], upper: [Int], total: Int) -> [Double]? {
        let floorSum = lower.reduce(0, +)
        let capSum = upper.reduce(0) { $0 >= Int.max - $1 ? Int.max : $0 + $1 }
        guard floorSum <= total, capSum >= total else { return nil }
        let positive = quotas.indices.filter { quotas[$0] > 0 }
        let zero = quotas.indices.filter { quotas[$0] <= 0 }
        var result = lower.map(Double.init)
        let target = Double(total)
        let reachable = positive.reduce(0.0) { $0 + Double(upper[$1]) } + zero.reduce(0.0) { $0 + Double(lower[$1]) }
        if reachable >= target {
            let lambda = solveScale(
                positive.map { quotas[$0] },
                positive.map { lower[$0] },
                positive.map { upper[$0] },
                target - zero.reduce(0.0) { $0 + Double(lower[$1]) }
            )
            for index in positive {
                result[index] = clamp(lambda * quotas[index], lower[index], upper[index])
            }
            return result
        }
        for index in positive { result[index] = Double(upper[index]) }
        let rest = target - positive.reduce(0.0) { $0 + Double(upper[$1]) }
        let equal = [Double](repeating: 1, count: zero.count)
        let lambda = solveScale(equal, zero.map { lower[$0] }, zero.map { upper[$0] }, rest)
        for index in zero { result[index] = clamp(lambda, lower[index], upper[index]) }
        return result
    }

    /// λ with `Σ clamp(λ·qᵢ, Lᵢ, Uᵢ) = target`, all qᵢ > 0, found exactly on the piecewise-linear sum.
    static func solveScale(_ quotas: [Double], _ lower: [Int], _ upper: [Int], _ target: Double) -> Double {
        guard !quotas.isEmpty else { return 1 }
        var breakpoints: [Double] = [0]
        for index in quotas.indices {
            breakpoints.append(Double(lower[index]) / quotas[index])
            if upper[index] != Int.max { breakpoints.append(Double(upper[index]) / quotas[index]) }
        }
        breakpoints.sort()
        func sum(_ lambda: Double) -> Double {
            quotas.indices.reduce(0) { $0 + clamp(lambda * quotas[$1], lower[$1], upper[$1]) }
        }
        // Prefer λ = 1 exactly when it works, so unbounded problems keep their quotas bit for bit.
        if abs(sum(1) - target) <= 1e-9 * max(1, target) { return 1 }
        var low = 0.0
        for point in breakpoints where sum(point) <= target { low = point }
        let high = breakpoints.first { $0 > low && sum($0) >= target } ?? (low + 1 + target / quotas.reduce(0, +))
        // On [low, high] the sum is linear: a + b·λ, with b the quotas strictly inside their bounds.
        let slope = quotas.indices.reduce(0.0) { partial, index in
            let middle = (low + high) / 2 * quotas[index]
            return middle > Double(lower[index]) && middle < Double(upper[index]) ? partial + quotas[index] : partial
        }
        guard slope > 0 else { return high }
        return low + (target - sum(low)) / slope
    }

    static func clamp(_ value: Double, _ lower: Int, _ upper: Int) -> Double {
        min(max(value, Double(lower)), upper == Int.max ? .infinity : Double(upper))
    }
}
