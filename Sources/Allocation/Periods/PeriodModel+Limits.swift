import KKRDomain

extension PeriodModel {
    /// For each party whose cumulative deviation reaches one place: the limit that holds it there.
    ///
    /// Looks back from the year of the party's largest deviation for the
    /// latest year in which a limit pressed its places in the direction of
    /// the deviation: its cap (too few places) or floor (too many), the change
    /// limit from the year before, a full joint capacity, or a decided year.
    func bindingLimits(
        members: [Int],
        rows: [PeriodRow],
        group: Int,
        solution: PeriodRoundingSolution
    ) -> [PeriodBindingLimit] {
        let years = inputs.period.years
        var limits: [PeriodBindingLimit] = []
        for (rowIndex, seriesIndex) in members.enumerated() {
            let row = rows[rowIndex]
            let series = problem.series[seriesIndex]
            let planned = years.indices.filter { series.fixed[$0] == nil }
            guard
                let worst = planned.max(by: {
                    abs(row.cumulativeDeviations[$0]) < abs(row.cumulativeDeviations[$1])
                }),
                !PeriodProgrammePlan.isWithinOnePlace(row.cumulativeDeviations[worst])
            else { continue }
            let tooFew = row.cumulativeDeviations[worst] < 0
            let found = (0...worst).reversed().lazy
                .compactMap { year in
                    limit(series, seriesIndex: seriesIndex, year: year, tooFew: tooFew, solution: solution)
                }
                .first
            guard let (kind, limitYear, value) = found else { continue }
            limits.append(
                PeriodBindingLimit(
                    party: row.party,
                    year: years[worst],
                    deviation: row.cumulativeDeviations[worst],
                    kind: kind,
                    limitYear: years[limitYear],
                    value: value
                )
            )
        }
        return limits
    }

    private func limit(
        _ series: PeriodRoundingProblem.Series,
        seriesIndex: Int,
        year: Int,
        tooFew: Bool,
        solution: PeriodRoundingSolution
    ) -> (PeriodBindingLimit.Kind, Int, Int?)? {
        let places = solution.values[seriesIndex]
        if series.fixed[year] != nil { return (.decidedYear, year, series.fixed[year]) }
        if tooFew && places[year] >= series.upper[year] { return (.cap, year, series.upper[year]) }
        if !tooFew && places[year] <= series.lower[year] && series.lower[year] > 0 {
            return (.floor, year, series.lower[year])
        }
        if year > 0, let allowance = series.allowance[year] {
            let change = places[year] - places[year - 1]
            if tooFew ? change >= allowance : -change >= allowance { return (.changeLimit, year, allowance) }
        }
        if tooFew {
            let cell = problem.cell(series: seriesIndex, year: year)
            for row in problem.rows where row.name.hasPrefix("joint_") && row.cells.contains(cell) {
                let used = row.cells.reduce(0) { $0 + solution.values[$1 / yearCount][$1 % yearCount] }
                if let cap = row.upper, used >= cap { return (.jointCapacity, year, cap) }
            }
        }
        return nil
    }

    private var yearCount: Int { problem.years.count }
}
