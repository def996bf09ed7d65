import LinearProgramming

/// A solver-independent description of "round these yearly quotas so that every cumulative sum stays close".
///
/// A series is one (programme, party) over the years of a period: a
/// fractional quota per year, integer limits per year, decided years fixed.
/// Sum rows tie cells of one year together (a programme's yearly total, a
/// joint capacity). ``PeriodRounding`` solves it. Cells are numbered
/// `series × years + year index`.
public struct PeriodRoundingProblem: Sendable {
    /// One party's places in one programme over the period.
    public struct Series: Sendable, Hashable {
        /// A readable name (used in model column names after sanitising).
        public var name: String
        /// The quota of each year (fractional).
        public var quotas: [Double]
        /// The smallest allowed value of each year.
        public var lower: [Int]
        /// The largest allowed value of each year (`Int.max` for none).
        public var upper: [Int]
        /// The decided value of each year, or nil when the year is planned.
        public var fixed: [Int?]
        /// The places of the year before the period, if known (the first year's change is measured from it).
        public var reference: Int?
        /// The largest allowed change from the year before, per year (nil for none).
        ///
        /// The first year's change limit from the year before the period is
        /// already part of ``lower`` and ``upper``; later years' limits are rows
        /// between consecutive years.
        public var allowance: [Int?]
        /// The tie-break rank (0 = served first).
        public var tieRank: Int
        /// The deviation group (a programme; 0-based).
        public var group: Int

        /// Creates a series.
        public init(
            name: String,
            quotas: [Double],
            lower: [Int],
            upper: [Int],
            fixed: [Int?],
            reference: Int? = nil,
            allowance: [Int?],
            tieRank: Int,
            group: Int = 0
        ) {
            self.name = name
            self.quotas = quotas
            self.lower = lower
            self.upper = upper
            self.fixed = fixed
            self.reference = reference
            self.allowance = allowance
            self.tieRank = tieRank
            self.group = group
        }

        /// The cumulative quota at the end of each year.
        public var cumulativeQuotas: [Double] {
            var sum = 0.0
            return quotas.map {
                sum += $0
                return sum
            }
        }
    }

    /// The years, in order (for names only).
    public var years: [Int]
    /// The series.
    public var series: [Series]
    /// Sum rows over cells (`series × years.count + year index`).
    public var rows: [RoundingProblem.SumRow]

    /// Creates a problem; every series has one entry per year.
    public init(years: [Int], series: [Series], rows: [RoundingProblem.SumRow]) {
        self.years = years
        self.series = series
        self.rows = rows
    }

    /// The cell of `series` in year index `year`.
    public func cell(series: Int, year: Int) -> Int { series * years.count + year }

    /// The number of deviation groups.
    public var groupCount: Int { (series.map(\.group).max() ?? -1) + 1 }
}

/// What ``PeriodRounding`` found.
public enum PeriodRoundingOutcome: Sendable {
    /// A plan.
    case solved(PeriodRoundingSolution)
    /// No integer plan satisfies the limits and rows.
    case infeasible
    /// The solver stopped without a proven answer (status text).
    case failed(String)
}

/// The places of every series and year, and the measures recomputed from them.
public struct PeriodRoundingSolution: Sendable {
    /// Places by series, then year index.
    public var values: [[Int]]
    /// Stage 1: the largest |cumulative places − cumulative quota| over the planned years.
    public var largestCumulativeDeviation: Double
    /// Stage 2: the largest |places − quota| in a planned year (per group, added up over groups).
    public var largestYearlyDeviation: Double
    /// Stage 3: Σ |cumulative places − cumulative quota| over the planned years.
    public var totalCumulativeDeviation: Double
    /// Stage 4: Σ |places − places the year before| over the planned years (first year: from the reference).
    public var totalChange: Double
    /// The stage that did not finish optimally and its status, if any.
    public var stoppedStage: String?
    /// The last stage's model as solved (for audit).
    public var lastStageModel: LinearModel
    /// The optimum of ``lastStageModel``.
    public var lastStageObjective: Double
}
