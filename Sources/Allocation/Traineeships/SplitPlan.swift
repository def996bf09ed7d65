import KKRDomain

/// One second-stage split of a programme's places (for example pædagog by specialisation).
public struct SplitPlan: Sendable, Hashable {
    /// The dimension.
    public var dimension: SplitDimension
    /// The region-wide places per category (Hamilton on the shares).
    public var regionalTotals: [Int]
    /// Places per party (rows, in the programme's row order) and category (columns).
    public var cells: [[Int]]
    /// The fractional targets `placesₘ · regionalₖ / total` of the cells.
    public var targets: [[Double]]

    /// Creates a split.
    public init(dimension: SplitDimension, regionalTotals: [Int], cells: [[Int]], targets: [[Double]]) {
        self.dimension = dimension
        self.regionalTotals = regionalTotals
        self.cells = cells
        self.targets = targets
    }

    /// True when every cell is its target rounded down or up.
    public var withinTargets: Bool {
        zip(cells, targets)
            .allSatisfy { row in
                zip(row.0, row.1)
                    .allSatisfy { Double($0) >= ($1 - 1e-9).rounded(.down) && Double($0) <= ($1 + 1e-9).rounded(.up) }
            }
    }
}
