import KKRDomain

/// The period rounding problem of a group of programmes solved together, and the way back to a plan.
///
/// Series are (programme, party) pairs in programme order, then party code
/// order; years in period order.
struct PeriodModel {
    let programmes: [Programme]
    let inputs: PeriodInputs
    /// Setups by year index, then the group's programme index.
    let setups: [[ProgrammeSetup]]
    private(set) var problem: PeriodRoundingProblem
    /// The (programme index, party index) of each series.
    private(set) var owners: [(programme: Int, party: Int)] = []

    /// Builds the problem; every programme must have a setup in every year (validated before).
    init(programmes: [Programme], setups allSetups: [[ProgrammeSetup?]], inputs: PeriodInputs) {
        self.programmes = programmes
        self.inputs = inputs
        let allProgrammes = inputs.programmes
        setups = allSetups.map { year in
            programmes.compactMap { programme in
                allProgrammes.firstIndex(of: programme).flatMap { year[$0] }
            }
        }
        let years = inputs.period.years
        problem = PeriodRoundingProblem(years: years, series: [], rows: [])
        var series: [PeriodRoundingProblem.Series] = []
        for (group, programme) in programmes.enumerated() {
            let yearSetups = setups.map { $0[group] }
            let decided = years.map { inputs.decided(programme.id, year: $0) }
            let firstPlanned = decided.firstIndex { $0 == nil } ?? 0
            let ranks = Self.tieRanks(yearSetups[firstPlanned])
            let last = inputs.years.first?.lastYear[programme.id] ?? [:]
            for (partyIndex, party) in yearSetups[0].parties.enumerated() {
                owners.append((group, partyIndex))
                let quotas = yearSetups.map { ($0.boundedQuotas ?? $0.quotas)[partyIndex] }
                var allowance: [Int?] = [nil]
                for year in years.indices.dropFirst() {
                    let known = yearSetups[year].allowance[partyIndex] != nil || decided[year - 1] != nil
                    let previous = Int(quotas[year - 1].rounded(.down))
                    allowance.append(known ? nil : programme.changeLimit?.allowance(lastYear: previous))
                }
                series.append(
                    PeriodRoundingProblem.Series(
                        name: "\(programme.id)_\(party.code)",
                        quotas: quotas,
                        lower: yearSetups.map { $0.lower[partyIndex] },
                        upper: yearSetups.map { $0.upper[partyIndex] },
                        fixed: decided.map { $0?[party.code] },
                        reference: last[party.code]?.allocated,
                        allowance: allowance,
                        tieRank: ranks[partyIndex],
                        group: group
                    )
                )
            }
        }
        problem.series = series
        problem.rows = rows()
    }

    /// The tie-break rank of each party: larger remainder first, then the documented order (as the single-year plan).
    static func tieRanks(_ setup: ProgrammeSetup) -> [Int] {
        let targets = setup.boundedQuotas ?? setup.quotas
        let order = TieBreak.order(setup.claimants, claims: targets.map { $0 - $0.rounded(.down) })
        var rank = [Int](repeating: 0, count: order.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        return rank
    }

    /// The yearly totals and joint capacities of the planned years.
    func rows() -> [RoundingProblem.SumRow] {
        var rows: [RoundingProblem.SumRow] = []
        let years = inputs.period.years
        for (yearIndex, year) in years.enumerated() {
            var cellsByProgramme: [String: [String: Int]] = [:]
            for (seriesIndex, owner) in owners.enumerated() {
                let setup = setups[yearIndex][owner.programme]
                cellsByProgramme[setup.programme.id, default: [:]][setup.parties[owner.party].code] =
                    problem.cell(series: seriesIndex, year: yearIndex)
            }
            for (group, programme) in programmes.enumerated()
            where inputs.decided(programme.id, year: year) == nil {
                let cells = owners.indices.filter { owners[$0].programme == group }
                    .map { problem.cell(series: $0, year: yearIndex) }
                let total = setups[yearIndex][group].total
                rows.append(
                    RoundingProblem.SumRow(
                        name: "total_\(programme.id)_\(year)",
                        cells: cells,
                        lower: total,
                        upper: total
                    )
                )
            }
            for capacity in inputs.years[yearIndex].jointCapacities {
                let planned = capacity.programmeIDs.contains { inputs.decided($0, year: year) == nil }
                guard planned else { continue }
                for (code, cap) in capacity.caps.sorted(by: { Party.codeOrder($0.key, $1.key) }) {
                    let cells = capacity.programmeIDs.compactMap { cellsByProgramme[$0]?[code] }
                    guard !cells.isEmpty else { continue }
                    rows.append(
                        RoundingProblem.SumRow(
                            name: "joint_\(capacity.id)_\(code)_\(year)",
                            cells: cells,
                            lower: nil,
                            upper: cap
                        )
                    )
                }
            }
        }
        return rows
    }

    /// The plan of each programme from `solution`.
    func programmePlans(_ solution: PeriodRoundingSolution) -> [PeriodProgrammePlan] {
        programmes.enumerated()
            .map { group, programme in
                let years = inputs.period.years.enumerated()
                    .map { index, year in
                        let setup = setups[index][group]
                        let decided = inputs.decided(programme.id, year: year)
                        return PeriodYear(
                            year: year,
                            target: setup.target,
                            carryOver: setup.carryOver.reduce(0, +),
                            total: decided.map { $0.values.reduce(0, +) } ?? setup.total,
                            isDecided: decided != nil
                        )
                    }
                let members = owners.indices.filter { owners[$0].programme == group }
                let rows = members.map { seriesIndex in
                    let partyIndex = owners[seriesIndex].party
                    return PeriodRow(
                        party: setups[0][group].parties[partyIndex],
                        places: solution.values[seriesIndex],
                        quotas: problem.series[seriesIndex].quotas,
                        unadjustedQuotas: setups.map { $0[group].quotas[partyIndex] }
                    )
                }
                let planned = years.indices.filter { !years[$0].isDecided }
                let largest = rows.flatMap { row in planned.map { abs(row.cumulativeDeviations[$0]) } }.max() ?? 0
                return PeriodProgrammePlan(
                    programme: programme,
                    years: years,
                    rows: rows,
                    maxCumulativeDeviation: largest,
                    bindingLimits: bindingLimits(members: members, rows: rows, group: group, solution: solution)
                )
            }
    }
}
