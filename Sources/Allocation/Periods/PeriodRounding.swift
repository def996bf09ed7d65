import LinearProgramming

/// Solves a ``PeriodRoundingProblem`` in five stages with any ``LinearSolver``.
///
/// 1. Minimise the largest cumulative deviation |Σ_{s≤t} x − Σ_{s≤t} q| over
///    every series and planned year t.
/// 2. Keep it; minimise the largest single-year deviation |x − q| (per group,
///    added up over the groups solved together).
/// 3. Keep that; minimise the sum of cumulative deviations.
/// 4. Keep that; minimise the year-to-year change Σ |x_t − x_{t−1}| (the
///    first year from the year before the period, where known).
/// 5. Keep that; minimise Σ rank·(G − group)·2^(Y−1−t)·x, which hands places
///    that are still interchangeable to the parties earliest in the tie-break
///    order, in the earliest year possible (the powers of two put every year
///    before all later ones, so two plans that trade places back and forth
///    between two parties over the years never tie).
///
/// Decided years are fixed; their deviations are constants and not
/// minimised, but they count in every later cumulative sum. For one year
/// the stages are those of ``LexicographicRounding`` (same plan). Without
/// binding limits stage 1 stays below one place (Tijdeman 1980, the
/// chairman assignment problem with varying weights).
public struct PeriodRounding: Sendable {
    /// The solver used for every stage.
    public var solver: any LinearSolver
    /// The solver options for every stage.
    public var options: SolverOptions

    /// Creates a rounding with `solver`.
    public init(solver: any LinearSolver, options: SolverOptions = SolverOptions()) {
        self.solver = solver
        self.options = options
    }

    /// Solves `problem`.
    ///
    /// Stage 1 is a bottleneck problem: its optimum is one of the values
    /// |k − Q| (k whole), and for a given bound Z the cumulative sums only need
    /// whole-number row bounds ⌈Q − Z⌉ … ⌊Q + Z⌋. So it is found by bisection
    /// over those values, each step a feasibility check whose LP relaxation is
    /// integral without joint capacities and change limits (prefix sums per
    /// party and totals per year are two laminar families: a totally
    /// unimodular matrix); a min–max MIP would need a deep search. Stages 2–4
    /// then minimise deviations interpolated between whole numbers (exact at
    /// every integer point, convex, and without fractional kinks).
    ///
    /// - Throws: what the solver throws for an invalid model (a programming error here).
    public func solve(_ problem: PeriodRoundingProblem) throws -> PeriodRoundingOutcome {
        var model = PeriodRoundingModel(problem)
        let start = try solver.solve(model.linearModel, options: options)
        if start.termination == .infeasible { return .infeasible }
        guard start.termination == .optimal, start.hasSolution else {
            return .failed("stage feasibility: \(start.termination.rawValue)")
        }
        let candidates = model.cumulativeCandidates(upTo: model.largestCumulativeDeviation(start))
        var low = 0
        var high = candidates.count - 1
        while low < high {
            let middle = (low + high) / 2
            var trial = model
            trial.boundCumulative(by: candidates[middle])
            let check = try solver.solve(trial.linearModel, options: options)
            if check.termination == .optimal && check.hasSolution {
                high = middle
            } else if check.termination == .infeasible {
                low = middle + 1
            } else {
                return .failed("stage cumulative_deviation: \(check.termination.rawValue)")
            }
        }
        model.boundCumulative(by: candidates[low])
        model.addDeviations()
        let staged = LexicographicStages(solver: solver, options: options, tolerance: LexicographicRounding.tolerance)
        switch try staged.solve(model.linearModel, stages: model.stages) {
        case .solved(let solution, let lastModel, let objective, let stoppedStage):
            var result = model.solution(from: solution, model: lastModel, objective: objective)
            result.stoppedStage = stoppedStage
            return .solved(result)
        case .infeasible: return .failed("the bound on the cumulative deviation made the model infeasible")
        case .failed(let status): return .failed(status)
        }
    }
}

/// The linear model behind ``PeriodRounding``.
///
/// Columns: x<cell>_<name>_<year> (integer places), c<cell> (cumulative
/// deviation), d<cell> (yearly deviation), e<cell> (change), `largest_yearly<group>`.
/// Rows `keep_cumulative_<cell>` hold stage 1's bound on each cumulative sum.
struct PeriodRoundingModel {
    var linearModel = LinearModel(name: "period")
    /// Places by series and year (a constant for a decided year).
    var places: [[LinearExpression]] = []
    /// Cumulative places by series and year.
    var sums: [[LinearExpression]] = []
    /// The whole-number range of each cumulative sum once stage 1 is bounded (by series and year).
    var sumRanges: [[ClosedRange<Int>]] = []
    var cumulative: [Variable] = []
    var yearly: [Variable] = []
    var changes: [Variable] = []
    var largestYearly: [Variable] = []
    let problem: PeriodRoundingProblem
    /// Ranges wider than this use two plain rows instead of one row per whole number.
    static let widestInterpolation = 40

    init(_ problem: PeriodRoundingProblem) {
        self.problem = problem
        for (index, series) in problem.series.enumerated() {
            addPlaces(series, index: index)
        }
        for row in problem.rows {
            var expression = LinearExpression()
            for cell in row.cells {
                expression += places[cell / problem.years.count][cell % problem.years.count]
            }
            let lower = row.lower.map(Double.init) ?? -.infinity
            let upper = row.upper.map(Double.init) ?? .infinity
            linearModel.addConstraint(
                LinearConstraint(
                    terms: expression.terms,
                    lowerBound: lower - expression.constant,
                    upperBound: upper - expression.constant
                ),
                name: row.name
            )
        }
    }

    /// Adds one series' places and its change limits between years.
    mutating func addPlaces(_ series: PeriodRoundingProblem.Series, index: Int) {
        let suffix = RoundingModel.columnSuffix(series.name)
        var row: [LinearExpression] = []
        var sumRow: [LinearExpression] = []
        var sum = LinearExpression()
        for (year, name) in problem.years.enumerated() {
            let cell = problem.cell(series: index, year: year)
            let x: LinearExpression
            if let value = series.fixed[year] {
                x = LinearExpression(constant: Double(value))
            } else {
                let upper = series.upper[year] == Int.max ? Double.infinity : Double(series.upper[year])
                x = LinearExpression(
                    linearModel.addVariable(
                        "x\(cell)_\(suffix)_\(name)",
                        kind: .integer,
                        lowerBound: Double(series.lower[year]),
                        upperBound: upper
                    )
                )
                if year > 0, let allowance = series.allowance[year] {
                    addRange(x - row[year - 1], -Double(allowance)...Double(allowance), name: "change\(cell)")
                }
            }
            row.append(x)
            sum += x
            sumRow.append(sum)
        }
        places.append(row)
        sums.append(sumRow)
    }

    /// Adds `lower ≤ expression ≤ upper` (the constant moved to the bounds).
    mutating func addRange(_ expression: LinearExpression, _ range: ClosedRange<Double>, name: String) {
        linearModel.addConstraint(
            LinearConstraint(
                terms: expression.terms,
                lowerBound: range.lowerBound - expression.constant,
                upperBound: range.upperBound - expression.constant
            ),
            name: name
        )
    }

    /// The planned (series, year) pairs.
    var plannedCells: [(series: Int, year: Int)] {
        problem.series.indices.flatMap { index in
            problem.years.indices.filter { problem.series[index].fixed[$0] == nil }.map { (index, $0) }
        }
    }

    /// The value of `expression` in `solution`.
    static func value(_ expression: LinearExpression, in solution: Solution) -> Double {
        expression.constant + expression.terms.reduce(0) { $0 + $1.coefficient * solution[$1.variable] }
    }

    /// The largest cumulative deviation of a feasible `solution`.
    func largestCumulativeDeviation(_ solution: Solution) -> Double {
        plannedCells.map { cell in
            let quota = problem.series[cell.series].cumulativeQuotas[cell.year]
            return abs(Self.value(sums[cell.series][cell.year], in: solution).rounded() - quota)
        }
        .max() ?? 0
    }

    /// Every value |k − Q| ≤ `bound` (k whole, Q a cumulative quota of a planned year), ascending, without repeats.
    func cumulativeCandidates(upTo bound: Double) -> [Double] {
        var values: [Double] = [0]
        for cell in plannedCells {
            let quota = problem.series[cell.series].cumulativeQuotas[cell.year]
            let lowest = Int((quota - bound - 1e-9).rounded(.up))
            let highest = Int((quota + bound + 1e-9).rounded(.down))
            for whole in lowest...max(lowest, highest) { values.append(abs(Double(whole) - quota)) }
        }
        values.sort()
        var result: [Double] = []
        for value in values where value <= bound + 1e-9 {
            if let last = result.last, value - last < 1e-9 { continue }
            result.append(value)
        }
        return result
    }

    /// Bounds every planned cumulative sum to the whole numbers within `bound` of its quota (stage 1's result).
    mutating func boundCumulative(by bound: Double) {
        sumRanges = sums.indices.map { index in
            problem.years.indices.map { year in
                let quota = problem.series[index].cumulativeQuotas[year]
                guard problem.series[index].fixed[year] == nil else {
                    let value = Int(sums[index][year].constant.rounded())
                    return value...value
                }
                let lower = Int((quota - bound - 1e-7).rounded(.up))
                return lower...max(lower, Int((quota + bound + 1e-7).rounded(.down)))
            }
        }
        for cell in plannedCells {
            let range = sumRanges[cell.series][cell.year]
            addRange(
                sums[cell.series][cell.year],
                Double(range.lowerBound)...Double(range.upperBound),
                name: "keep_cumulative_c\(problem.cell(series: cell.series, year: cell.year))"
            )
        }
    }

    /// Adds the deviation and change columns of stages 2–4 (after ``boundCumulative(by:)``).
    mutating func addDeviations() {
        for group in 0..<problem.groupCount {
            largestYearly.append(linearModel.addVariable("largest_yearly\(group)"))
        }
        for cell in plannedCells {
            let series = problem.series[cell.series]
            let name = problem.cell(series: cell.series, year: cell.year)
            let sumRange = sumRanges[cell.series][cell.year]
            cumulative.append(
                addDeviation(
                    of: sums[cell.series][cell.year],
                    from: series.cumulativeQuotas[cell.year],
                    over: sumRange,
                    name: "c\(name)"
                )
            )
            let before = cell.year > 0 ? sumRanges[cell.series][cell.year - 1] : 0...0
            let lowest = max(series.lower[cell.year], sumRange.lowerBound - before.upperBound)
            let highest = min(series.upper[cell.year], sumRange.upperBound - before.lowerBound)
            let x = places[cell.series][cell.year]
            let d = addDeviation(
                of: x,
                from: series.quotas[cell.year],
                over: lowest...max(lowest, highest),
                name: "d\(name)"
            )
            linearModel.addConstraint(
                LinearExpression(largestYearly[series.group]) - LinearExpression(d) >= 0,
                name: "d\(name)_max"
            )
            yearly.append(d)
            let previous: LinearExpression? =
                cell.year > 0
                ? places[cell.series][cell.year - 1] : series.reference.map { LinearExpression(constant: Double($0)) }
            if let previous {
                changes.append(addDeviation(of: x - previous, from: 0, over: 0...0, name: "e\(name)"))
            }
        }
    }

    /// Adds a column v ≥ |expression − target| for whole-number values of `expression` in `range`; returns v.
    ///
    /// Within a narrow range, v lies above the line through each pair of neighbouring whole numbers (the
    /// convex interpolation: exact at whole numbers, kinks only at whole numbers); otherwise two plain rows.
    mutating func addDeviation(
        of expression: LinearExpression,
        from target: Double,
        over range: ClosedRange<Int>,
        name: String
    ) -> Variable {
        let v = linearModel.addVariable(name)
        let narrow = range.count > 1 && range.count <= Self.widestInterpolation
        let wholeTarget = target == target.rounded()
        if narrow && !wholeTarget {
            for whole in range.lowerBound..<range.upperBound {
                let here = abs(Double(whole) - target)
                let slope = abs(Double(whole + 1) - target) - here
                addRange(
                    LinearExpression(v) - slope * expression,
                    (here - slope * Double(whole))...Double.infinity,
                    name: "\(name)_\(whole - range.lowerBound)"
                )
            }
        } else {
            addRange(LinearExpression(v) - expression, -target...Double.infinity, name: "\(name)_above")
            addRange(LinearExpression(v) + expression, target...Double.infinity, name: "\(name)_below")
        }
        return v
    }

    /// Stages 2–5, in order (stage 1 is the bound on the cumulative sums).
    var stages: [LexicographicStages.Stage] {
        let groups = Double(problem.groupCount)
        let years = problem.years.count
        var tieBreak = LinearExpression()
        for (index, series) in problem.series.enumerated() {
            for (year, x) in places[index].enumerated() where series.fixed[year] == nil {
                tieBreak +=
                    Double(series.tieRank) * (groups - Double(series.group)) * Double(1 << (years - 1 - year)) * x
            }
        }
        var stages = [
            LexicographicStages.Stage(name: "yearly_deviation", objective: LinearExpression.sum(largestYearly)),
            LexicographicStages.Stage(name: "total_cumulative_deviation", objective: LinearExpression.sum(cumulative)),
        ]
        if !changes.isEmpty {
            stages.append(LexicographicStages.Stage(name: "change", objective: LinearExpression.sum(changes)))
        }
        stages.append(LexicographicStages.Stage(name: "tie_break", objective: tieBreak))
        return stages
    }

    /// The places of `solution` and the stage measures recomputed from them.
    func solution(from solution: Solution, model: LinearModel, objective: Double) -> PeriodRoundingSolution {
        let values = places.map { row in row.map { Int(Self.value($0, in: solution).rounded()) } }
        var cumulative = 0.0
        var total = 0.0
        var yearlyByGroup = [Double](repeating: 0, count: problem.groupCount)
        var change = 0.0
        for (index, series) in problem.series.enumerated() {
            var placesSum = 0
            let quotas = series.cumulativeQuotas
            for year in problem.years.indices {
                placesSum += values[index][year]
                guard series.fixed[year] == nil else { continue }
                let deviation = abs(Double(placesSum) - quotas[year])
                cumulative = max(cumulative, deviation)
                total += deviation
                yearlyByGroup[series.group] = max(
                    yearlyByGroup[series.group],
                    abs(Double(values[index][year]) - series.quotas[year])
                )
                if let before = year > 0 ? values[index][year - 1] : series.reference {
                    change += Double(abs(values[index][year] - before))
                }
            }
        }
        return PeriodRoundingSolution(
            values: values,
            largestCumulativeDeviation: cumulative,
            largestYearlyDeviation: yearlyByGroup.reduce(0, +),
            totalCumulativeDeviation: total,
            totalChange: change,
            lastStageModel: model,
            lastStageObjective: objective
        )
    }
}
