/// The deterministic order in which equal claims are served.
///
/// When two claimants have the same claim on the next seat (the same
/// remainder under Hamilton, the same average under a divisor method, the
/// same deviation under the optimiser), the seat goes to:
/// 1. the larger claim, where claims differing by at most
///    ``tolerance`` (relative) count as equal, so rounding noise in
///    `seats · weight / Σ weight` never decides a seat;
/// 2. then the larger weight (same tolerance);
/// 3. then the lower ``Claimant/tieRank`` (DST code order for municipalities,
///    name order in `kkr-plan apportion`);
/// 4. then the earlier input position.
public enum TieBreak {
    /// Relative tolerance under which two claims or weights count as equal.
    public static let tolerance = 1e-9

    /// True when `lhs` and `rhs` are equal within ``tolerance``.
    public static func nearlyEqual(_ lhs: Double, _ rhs: Double) -> Bool {
        if lhs == rhs { return true }
        if lhs.isInfinite || rhs.isInfinite { return false }
        return abs(lhs - rhs) <= tolerance * max(1, abs(lhs), abs(rhs))
    }

    /// True when claimant `lhs` (at input position `lhsIndex`, with claim `lhsClaim`) is served before `rhs`.
    public static func precedes(
        _ lhs: Claimant,
        claim lhsClaim: Double,
        index lhsIndex: Int,
        _ rhs: Claimant,
        claim rhsClaim: Double,
        index rhsIndex: Int
    ) -> Bool {
        if !nearlyEqual(lhsClaim, rhsClaim) { return lhsClaim > rhsClaim }
        if !nearlyEqual(lhs.weight, rhs.weight) { return lhs.weight > rhs.weight }
        if lhs.tieRank != rhs.tieRank { return lhs.tieRank < rhs.tieRank }
        return lhsIndex < rhsIndex
    }

    /// The input positions of `claimants` ordered by `claims`, first served first.
    public static func order(_ claimants: [Claimant], claims: [Double]) -> [Int] {
        claimants.indices.sorted { left, right in
            precedes(
                claimants[left],
                claim: claims[left],
                index: left,
                claimants[right],
                claim: claims[right],
                index: right
            )
        }
    }
}
