import KKRDomain

/// Splits each party's places of a programme by category (pædagog: specialisation, start date).
///
/// 1. The region-wide places are split by the category shares with
///    Hamilton's method (ties: category order), so the regional totals per
///    category are the shares rounded fairly.
/// 2. Each party's places are split so that every party's row adds up to
///    its places and every category's column adds up to its regional total.
///    The fractional target of a cell is `placesₘ · regionalₖ / total`,
///    which has exactly those row and column sums. Rounding the cells while
///    keeping both sums is the controlled rounding of a two-way table, a
///    network-flow problem (``ControlledRounding``): smallest largest
///    deviation first, then the smallest sum of deviations, then the
///    tie-break order. Such a rounding always exists, and each cell ends up
///    at its target rounded down or up.
///
/// Each dimension is split on its own (specialisation and start are two
/// tables, not one three-way table). No solver is involved: the flow takes
/// polynomial time, where the same rounding as a MIP grew exponentially with
/// the number of municipalities (issue 13, item 7).
public struct PlacementSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// Splits `places` (one entry per party, in order) by `dimension`.
    ///
    /// - Throws: ``SplitError`` when the table cannot be rounded (the category shares are all 0 while there are
    ///   places, or the numbers overflow).
    public func split(_ places: [Int], by dimension: SplitDimension) throws -> SplitPlan {
        let regional = try Self.regionalTotals(places, by: dimension)
        let categoryCount = dimension.categories.count
        let rounding = ControlledRounding(rows: places, columns: regional) { party, category in
            Self.tieRank(party: party, category: category, categoryCount: categoryCount)
        }
        guard let cells = rounding.solve() else { throw SplitError(dimension: dimension.id) }
        return SplitPlan(
            dimension: dimension,
            regionalTotals: regional,
            cells: cells,
            targets: Self.targets(places, regional: regional)
        )
    }

    /// The region-wide places per category: Hamilton on the shares (all 0 when there is nothing to split).
    public static func regionalTotals(_ places: [Int], by dimension: SplitDimension) throws -> [Int] {
        let total = places.reduce(0, +)
        let categories = dimension.categories
        let shares = categories.enumerated().map { Claimant(name: $1.id, weight: $1.percent, tieRank: $0) }
        return total == 0 || shares.allSatisfy({ $0.weight == 0 })
            ? [Int](repeating: 0, count: categories.count)
            : try LargestRemainder.apportion(shares, seats: total).allocation
    }

    /// The fractional cell targets `placesₘ · regionalₖ / total`.
    static func targets(_ places: [Int], regional: [Int]) -> [[Double]] {
        let total = places.reduce(0, +)
        return places.map { party in
            regional.map { total > 0 ? Double(party) * Double($0) / Double(total) : 0 }
        }
    }

    /// partyIndex · (K − 1 − categoryIndex): an exchange around any rectangle of cells changes Σ rank·x by
    /// (a − b)(d − c) ≠ 0, so earlier parties get earlier categories.
    static func tieRank(party: Int, category: Int, categoryCount: Int) -> Int {
        party * (categoryCount - 1 - category)
    }

    /// The same split as a ``RoundingProblem`` for ``LexicographicRounding`` (the MIP the flow replaced).
    ///
    /// Kept as the independent second method: tests and `kkr-traineeship-bench` solve it with a solver and
    /// compare the result and the time with ``split(_:by:)``.
    public static func roundingProblem(_ places: [Int], by dimension: SplitDimension) throws -> RoundingProblem {
        let regional = try regionalTotals(places, by: dimension)
        let targets = targets(places, regional: regional)
        let categories = dimension.categories
        let categoryCount = categories.count
        var cells: [RoundingProblem.Cell] = []
        var rows: [RoundingProblem.SumRow] = []
        for (partyIndex, party) in places.enumerated() {
            let members = regional.indices.map { partyIndex * categoryCount + $0 }
            for (categoryIndex, category) in categories.enumerated() {
                cells.append(
                    RoundingProblem.Cell(
                        name: "\(dimension.id)_\(partyIndex)_\(category.id)",
                        target: targets[partyIndex][categoryIndex],
                        lower: 0,
                        upper: party,
                        tieRank: tieRank(party: partyIndex, category: categoryIndex, categoryCount: categoryCount)
                    )
                )
            }
            rows.append(RoundingProblem.SumRow(name: "party_\(partyIndex)", cells: members, lower: party, upper: party))
        }
        for (categoryIndex, category) in categories.enumerated() {
            let members = places.indices.map { $0 * categoryCount + categoryIndex }
            rows.append(
                RoundingProblem.SumRow(
                    name: "category_\(category.id)",
                    cells: members,
                    lower: regional[categoryIndex],
                    upper: regional[categoryIndex]
                )
            )
        }
        return RoundingProblem(cells: cells, rows: rows)
    }
}

/// Thrown when a split could not be computed.
public struct SplitError: Error, Sendable, CustomStringConvertible {
    /// The dimension's id.
    public var dimension: String

    /// A one-line description for messages.
    public var description: String {
        "the split by '\(dimension)' could not be computed (the category totals cannot be kept)"
    }
}
