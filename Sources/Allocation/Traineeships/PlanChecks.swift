import KKRDomain

/// The checks a report states for each programme: sums, bounds and the quota property.
public struct PlanChecks: Sendable, Hashable {
    /// Σ places equals the total distributed (and, for a minimum, is at least the target).
    public var sumHolds: Bool
    /// Every party lies within its floor, cap and change limit.
    public var boundsHold: Bool
    /// Every party got its exact quota rounded down or up.
    public var quotaPropertyHolds: Bool
    /// The parties that did not (codes), in code order.
    public var outsideQuota: [String]
    /// The parties whose own limits bind (see ``AllocationRow/limitBinds``), in code order.
    public var bindingLimits: [String]
    /// Every party got its bounded quota rounded down or up (the quota property where limits bind).
    public var boundedQuotaPropertyHolds: Bool
    /// Every split adds up exactly, by party and by category.
    public var splitsAddUp: Bool

    /// Checks `rows` against `total` and `target`.
    public init(rows: [AllocationRow], total: Int, target: Target, splits: [SplitPlan]) {
        let sum = rows.reduce(0) { $0 + $1.places }
        sumHolds = sum == total && (target.kind == .minimum ? sum >= target.places : sum == total)
        boundsHold = rows.allSatisfy { row in
            row.places >= row.lowerLimit && row.upperLimit.map { row.places <= $0 } ?? true
        }
        outsideQuota = rows.filter { !$0.withinQuota }.map(\.party.code)
        quotaPropertyHolds = outsideQuota.isEmpty
        bindingLimits = rows.filter(\.limitBinds).map(\.party.code)
        boundedQuotaPropertyHolds = rows.allSatisfy { row in
            Double(row.places) >= (row.boundedQuota - 1e-6).rounded(.down)
                && Double(row.places) <= (row.boundedQuota + 1e-6).rounded(.up)
        }
        splitsAddUp = splits.allSatisfy { split in
            zip(rows, split.cells).allSatisfy { $0.places == $1.reduce(0, +) }
                && split.regionalTotals.reduce(0, +) == sum
                && split.regionalTotals.indices.allSatisfy { column in
                    split.cells.reduce(0) { $0 + $1[column] } == split.regionalTotals[column]
                }
        }
    }
}
