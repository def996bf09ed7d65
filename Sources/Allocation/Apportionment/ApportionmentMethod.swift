/// A rule that turns weights into whole seats (places) adding up to a given number.
///
/// The classic rules are offered beside the optimiser for comparison and as
/// rules a council may choose (DESIGN.md §5).
public enum ApportionmentMethod: String, Sendable, Hashable, CaseIterable, Codable {
    /// Largest remainder (Hamilton, Hare–Niemeyer): everyone gets the quota rounded down, the
    /// remaining seats go to the largest fractional remainders. Satisfies quota; shows the Alabama paradox.
    case hamilton
    /// Highest averages with divisors 1, 2, 3, … (Jefferson): favours large parties, may exceed the upper quota.
    case dhondt
    /// Highest averages with divisors 1, 3, 5, … (Webster); `firstDivisor` 1.4 gives the modified variant.
    case sainteLague = "sainte-lague"
    /// Highest averages with divisors √(s(s+1)) (equal proportions, US House since 1941): every party with
    /// a positive weight gets a first seat before anyone gets a second.
    case huntingtonHill = "huntington-hill"
    /// The lexicographic optimiser (smallest largest deviation from the quota, then smallest total deviation).
    case optimal

    /// True for the highest-averages (divisor) methods.
    public var isDivisorMethod: Bool {
        self == .dhondt || self == .sainteLague || self == .huntingtonHill
    }

    /// The divisor for a party that already holds `seats` seats, scaled so that comparisons are `weight / divisor`.
    ///
    /// `firstDivisor` replaces the divisor for 0 seats (D'Hondt: 1, Sainte-Laguë: 1 on the 1, 3, 5 scale).
    public func divisor(seats: Int, firstDivisor: Double? = nil) -> Double {
        let value = Double(seats)
        switch self {
        case .dhondt: return seats == 0 ? (firstDivisor ?? 1) : value + 1
        case .sainteLague: return seats == 0 ? (firstDivisor ?? 1) : 2 * value + 1
        case .huntingtonHill: return (value * (value + 1)).squareRoot()
        case .hamilton, .optimal: return 1
        }
    }

    /// The name as a planner reads it.
    public var displayName: String {
        switch self {
        case .hamilton: return "Hamilton (largest remainder)"
        case .dhondt: return "D'Hondt"
        case .sainteLague: return "Sainte-Laguë"
        case .huntingtonHill: return "Huntington–Hill"
        case .optimal: return "optimal (lexicographic)"
        }
    }
}
