import LinearProgramming

/// A solver-independent description of "round these fractional targets to whole numbers, fairly".
///
/// Cells have a fractional target (a quota), integer bounds, an optional
/// reference (last year's value) and a group (each group's largest deviation
/// is minimised together). Sum rows tie cells together: a programme's total,
/// a joint capacity, a municipality's pædagog places across specialisations.
/// ``LexicographicRounding`` solves it.
public struct RoundingProblem: Sendable {
    /// One integer unknown.
    public struct Cell: Sendable, Hashable {
        /// A readable name (used in model column names after sanitising).
        public var name: String
        /// The fractional value the cell should be close to.
        public var target: Double
        /// The smallest allowed value.
        public var lower: Int
        /// The largest allowed value (`Int.max` for none).
        public var upper: Int
        /// Last year's value, if the plan should stay close to it (third stage).
        public var reference: Int?
        /// The tie-break rank for the last stage: among otherwise equal plans, Σ rank·value is smallest.
        ///
        /// A position in the tie-break order (0 = served first) for a list of
        /// claimants; two-way tables use a product rank so that no exchange of
        /// places around a rectangle of cells is a tie.
        public var tieRank: Int
        /// The deviation group (0-based); the first stage minimises the sum of the groups' largest deviations.
        public var group: Int

        /// Creates a cell.
        public init(
            name: String,
            target: Double,
            lower: Int,
            upper: Int,
            reference: Int? = nil,
            tieRank: Int,
            group: Int = 0
        ) {
            self.name = name
            self.target = target
            self.lower = lower
            self.upper = upper
            self.reference = reference
            self.tieRank = tieRank
            self.group = group
        }
    }

    /// A constraint `lower ≤ Σ cells ≤ upper`.
    public struct SumRow: Sendable, Hashable {
        /// The row's name, unique in the problem (for example `total_ssa`, `joint_sosu_851`).
        public var name: String
        /// The cells added up.
        public var cells: [Int]
        /// The smallest allowed sum, if any.
        public var lower: Int?
        /// The largest allowed sum, if any.
        public var upper: Int?

        /// Creates a row.
        public init(name: String, cells: [Int], lower: Int?, upper: Int?) {
            self.name = name
            self.cells = cells
            self.lower = lower
            self.upper = upper
        }
    }

    /// The cells.
    public var cells: [Cell]
    /// The sum rows.
    public var rows: [SumRow]

    /// Creates a problem.
    public init(cells: [Cell], rows: [SumRow]) {
        self.cells = cells
        self.rows = rows
    }

    /// The number of deviation groups.
    public var groupCount: Int { (cells.map(\.group).max() ?? -1) + 1 }

    /// One group of claimants whose seats add up to `seats`, with targets already bounded.
    public static func single(claimants: [Claimant], targets: [Double], seats: Int) -> RoundingProblem {
        let remainders = targets.map { $0 - $0.rounded(.down) }
        let order = TieBreak.order(claimants, claims: remainders)
        var rank = [Int](repeating: 0, count: claimants.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        let cells = claimants.indices.map { index in
            Cell(
                name: claimants[index].name,
                target: targets[index],
                lower: claimants[index].lowerBound,
                upper: claimants[index].upperBound,
                tieRank: rank[index]
            )
        }
        return RoundingProblem(
            cells: cells,
            rows: [SumRow(name: "total", cells: Array(claimants.indices), lower: seats, upper: seats)]
        )
    }
}

/// What ``LexicographicRounding`` found.
public enum RoundingOutcome: Sendable {
    /// A plan, with the value reached at each stage.
    case solved(RoundingSolution)
    /// No integer point satisfies the bounds and rows.
    case infeasible
    /// The solver stopped without a proven answer (status text).
    case failed(String)
}

/// The integer values and the objective reached at each stage.
public struct RoundingSolution: Sendable {
    /// The value of each cell.
    public var values: [Int]
    /// Stage 1: the sum over groups of the largest |value − target|.
    public var largestDeviation: Double
    /// Stage 2: Σ |value − target|.
    public var totalDeviation: Double
    /// Stage 3: Σ |value − reference| over cells with a reference (0 when none has one).
    public var referenceDistance: Double
    /// The stage that did not finish optimally and its status, if any (the values are then the previous stage's).
    public var stoppedStage: String?
    /// The last stage's model as solved: every earlier stage's `keep_*` row and the last stage's objective.
    ///
    /// When a stage stopped early (``stoppedStage``), the model of the last stage solved to optimality,
    /// whose solution the values are. Solving it again gives ``lastStageObjective``; the plan writes it for audit.
    public var lastStageModel: LinearModel
    /// The optimum of ``lastStageModel``.
    public var lastStageObjective: Double
    /// The solver library that solved the stages, as the backend reported it.
    public var solver: SolverIdentity? = nil
    /// The method the backend ran for the last stage solved (every stage solves the same kind of model).
    public var method: SolveMethod? = nil
}
