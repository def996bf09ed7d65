import KKRDomain
import LinearProgramming

/// Splits each party's places of a programme by category (pædagog: specialisation, start date).
///
/// 1. The region-wide places are split by the category shares with
///    Hamilton's method (ties: category order), so the regional totals per
///    category are the shares rounded fairly.
/// 2. Each party's places are split so that every party's row adds up to
///    its places and every category's column adds up to its regional total.
///    The fractional target of a cell is `placesₘ · regionalₖ / total`,
///    which has exactly those row and column sums; the cells are rounded by
///    ``LexicographicRounding`` (smallest largest deviation first). Such a
///    "controlled rounding" of a two-way table always exists, and each cell
///    ends up at its target rounded down or up.
///
/// Each dimension is split on its own (specialisation and start are two
/// tables, not one three-way table).
public struct PlacementSplitter: Sendable {
    /// The rounding engine.
    public var rounding: LexicographicRounding

    /// Creates a splitter that solves with `solver`.
    public init(solver: any LinearSolver, options: SolverOptions = SolverOptions()) {
        rounding = LexicographicRounding(solver: solver, options: options)
    }

    /// Splits `places` (one entry per party, in order) by `dimension`.
    ///
    /// - Throws: ``SplitError`` when the solver does not finish (it should not: the problem is always feasible).
    public func split(_ places: [Int], by dimension: SplitDimension) throws -> SplitPlan {
        let total = places.reduce(0, +)
        let categories = dimension.categories
        let shares = categories.enumerated().map { Claimant(name: $1.id, weight: $1.percent, tieRank: $0) }
        let regional =
            total == 0 || shares.allSatisfy({ $0.weight == 0 })
            ? [Int](repeating: 0, count: categories.count)
            : try LargestRemainder.apportion(shares, seats: total).allocation
        let targets = places.map { party in
            regional.map { total > 0 ? Double(party) * Double($0) / Double(total) : 0 }
        }
        var cells: [RoundingProblem.Cell] = []
        var rows: [RoundingProblem.SumRow] = []
        for (partyIndex, party) in places.enumerated() {
            let members = categories.indices.map { partyIndex * categories.count + $0 }
            for (categoryIndex, category) in categories.enumerated() {
                cells.append(
                    RoundingProblem.Cell(
                        name: "\(dimension.id)_\(partyIndex)_\(category.id)",
                        target: targets[partyIndex][categoryIndex],
                        lower: 0,
                        upper: party,
                        // partyIndex · (K − 1 − categoryIndex): an exchange around any rectangle of cells
                        // changes Σ rank·x by (a − b)(d − c) ≠ 0, so earlier parties get earlier categories.
                        tieRank: partyIndex * (categories.count - 1 - categoryIndex)
                    )
                )
            }
            rows.append(RoundingProblem.SumRow(name: "party_\(partyIndex)", cells: members, lower: party, upper: party))
        }
        for (categoryIndex, category) in categories.enumerated() {
            let members = places.indices.map { $0 * categories.count + categoryIndex }
            rows.append(
                RoundingProblem.SumRow(
                    name: "category_\(category.id)",
                    cells: members,
                    lower: regional[categoryIndex],
                    upper: regional[categoryIndex]
                )
            )
        }
        guard case .solved(let solution) = try rounding.solve(RoundingProblem(cells: cells, rows: rows)) else {
            throw SplitError(dimension: dimension.id)
        }
        let matrix = places.indices.map { partyIndex in
            Array(solution.values[(partyIndex * categories.count)..<((partyIndex + 1) * categories.count)])
        }
        return SplitPlan(dimension: dimension, regionalTotals: regional, cells: matrix, targets: targets)
    }
}

/// Thrown when a split could not be computed (the solver did not finish).
public struct SplitError: Error, Sendable, CustomStringConvertible {
    /// The dimension's id.
    public var dimension: String

    /// A one-line description for messages.
    public var description: String { "the split by '\(dimension)' could not be computed (solver did not finish)" }
}
