import Allocation
import KKRDomain

/// The training places' share of the meeting page, built with ``TraineeshipReport``'s document.
///
/// Per programme: the places against the exact quota per municipality, the change from last year, the
/// splits (pædagog: specialisation and start) and the joint capacities, each chart with its table; the
/// totals are the programme's ``ProgrammeTotals``, the checks and illustrative figures those of the report.
extension TraineeshipReport {
    /// The page share; `checks` and `illustrative` are the report's own.
    func page(totals: [ProgrammeTotals], checks: [CheckItem], illustrative: [String]) -> ReportPage {
        var sections = zip(plan.programmes, totals)
            .map { programme, totals in
                ReportSection(
                    id: "traineeships-\(programme.programme.id)",
                    heading: programme.programme.name(in: text.language),
                    blocks: blocks(programme, totals: totals)
                )
            }
        if !plan.jointCapacities.isEmpty {
            sections.append(
                ReportSection(
                    id: "traineeships-joint-capacity",
                    heading: text.jointCapacityHeading,
                    blocks: plan.jointCapacities.enumerated().map { .chart(capacityChart($1, index: $0)) }
                )
            )
        }
        return ReportPage(
            year: plan.year,
            title: text.traineeshipsTitle,
            decision: decision(),
            keyFigures: keyFigures(),
            sections: sections,
            method: [
                text.methodLine(common.method(plan.method, firstDivisor: firstDivisor)),
                common.methodExplanation(plan.method), common.tieRule,
            ],
            checks: checks
                + plan.jointCapacities.map {
                    CheckItem(
                        $0.holds ? .passed : .failed,
                        text.capacityCheck($0.capacity.name(in: text.language), holds: $0.holds)
                    )
                },
            illustrative: illustrative,
            inputFiles: plan.inputs.files
        )
    }

    // MARK: - Decision and key figures

    func decision() -> [String] {
        let totals = plan.programmes.map { "\(common.programmeName($0.programme)) \(common.number($0.total))" }
        let parties = Set(plan.programmes.flatMap { $0.rows.map(\.party) })
        var lines = [
            text.traineeshipDecision(
                year: plan.year,
                totals: totals,
                parties: parties.filter { $0.kind == .municipality }.count,
                region: parties.contains { $0.kind == .region }
            )
        ]
        for programme in plan.programmes {
            for split in programme.splits {
                let dates = split.dimension.categories.compactMap { text.startDate($0, year: plan.year) }
                guard !dates.isEmpty, dates.count == split.dimension.categories.count else { continue }
                lines.append(text.placementStarts(common.programmeName(programme.programme), dates: dates))
            }
        }
        return lines
    }

    func keyFigures() -> [KeyFigure] {
        var figures = plan.programmes.map { programme in
            KeyFigure(
                label: programme.programme.name(in: text.language),
                value: common.number(programme.total),
                note: text.targetNote(programme),
                illustrative: programme.target.provenance.illustrative
            )
        }
        let rows = plan.programmes.flatMap(\.rows)
        let deviation = rows.map { abs(Double($0.places) - $0.quota) }.max() ?? 0
        figures.append(
            text.largestDeviation(
                deviation,
                quotaPropertyHolds: plan.programmes.allSatisfy(\.checks.quotaPropertyHolds)
            )
        )
        let changes = rows.map(\.change)
        if !changes.isEmpty, changes.allSatisfy({ $0 != nil }) {
            figures.append(text.changeFigure(changes.reduce(0) { $0 + ($1 ?? 0) }, year: plan.year))
        }
        return figures
    }

    // MARK: - A programme's section

    /// Intro, places versus quota, notes, the check line, the change and the splits.
    func blocks(_ programme: ProgrammePlan, totals: ProgrammeTotals) -> [ReportBlock] {
        var blocks: [ReportBlock] = [
            .paragraph(text.programmeIntro(programme, plan: plan)), .chart(quotaChart(programme, totals: totals)),
        ]
        blocks += [text.carryOverNote(programme), text.bindingNote(programme)].compactMap { $0 }.map { .footnote($0) }
        blocks.append(.paragraph(text.checkLine(programme, sum: totals.places)))
        if let change = changeChart(programme, totals: totals) { blocks.append(.chart(change)) }
        blocks += programme.splits.map { .chart(splitChart($0, programme: programme)) }
        return blocks
    }

    /// The municipalities' names, the categories of a programme's charts.
    func partyNames(_ programme: ProgrammePlan) -> [String] {
        programme.rows.map(\.party.name)
    }

    func chartID(_ programme: ProgrammePlan, _ kind: String) -> String {
        "chart-\(programme.programme.id)-\(kind)"
    }

    // MARK: - Charts

    /// Places (bars) against the exact quota (marker) per municipality.
    func quotaChart(_ programme: ProgrammePlan, totals: ProgrammeTotals) -> ReportChart {
        let rows = programme.rows
        let most = rows.max { $0.places == $1.places ? $0.party > $1.party : $0.places < $1.places }
        let fewest = rows.min { $0.places == $1.places ? $0.party < $1.party : $0.places < $1.places }
        let describe = { (row: AllocationRow?) in row.map { "\($0.party.name) \(common.number($0.places))" } ?? "–" }
        let names = text.quotaSeries(year: plan.year)
        return ReportChart(
            labels: text.quotaChart(
                id: chartID(programme, "quota"),
                programme: common.programmeName(programme.programme),
                year: plan.year,
                most: describe(most),
                fewest: describe(fewest)
            ),
            categories: partyNames(programme),
            kind: .groupedBars(
                series: [ChartValues(names.places, rows.map { Double($0.places) }, .number(decimals: 0))],
                marker: ChartValues(names.quota, rows.map(\.quota), .number(decimals: 2)),
                tableOnly: []
            ),
            tickFormat: .number(decimals: 0),
            totals: [.text(common.totalWord), .count(totals.places), .decimal(totals.quota, decimals: 2)]
        )
    }

    /// The change from last year per municipality, when last year is known for some.
    func changeChart(_ programme: ProgrammePlan, totals: ProgrammeTotals) -> ReportChart? {
        let rows = programme.rows
        guard rows.contains(where: { $0.lastYear != nil }) else { return nil }
        let names = text.changeSeries(year: plan.year)
        return ReportChart(
            labels: text.changeChart(
                id: chartID(programme, "change"),
                programme: common.programmeName(programme.programme),
                year: plan.year,
                total: common.change(totals.knownChange)
            ),
            categories: partyNames(programme),
            kind: .divergingBars(
                change: ChartValues(names.change, rows.map { $0.change.map(Double.init) }, .change),
                increase: names.increase,
                decrease: names.decrease,
                tableOnly: [
                    ChartValues(String(plan.year - 1), rows.map { $0.lastYear.map(Double.init) }, .number(decimals: 0)),
                    ChartValues(String(plan.year), rows.map { Double($0.places) }, .number(decimals: 0)),
                ]
            ),
            tickFormat: .change,
            totals: [.text(common.totalWord), .count(totals.lastYear), .count(totals.places), .signed(totals.change)]
        )
    }

    /// One split (pædagog by specialisation or start) as stacked bars per municipality; the totals are the
    /// split's regional totals, as in the report's table.
    func splitChart(_ split: SplitPlan, programme: ProgrammePlan) -> ReportChart {
        let segments = split.dimension.categories.enumerated()
            .map { column, category in
                ChartValues(
                    "\(text.categoryName(category, year: plan.year)) (\(common.percent(category.percent / 100, decimals: 0)))",
                    split.cells.map { Double($0[column]) },
                    .number(decimals: 0)
                )
            }
        return ReportChart(
            labels: text.splitChart(
                id: chartID(programme, split.dimension.id),
                programme: common.programmeName(programme.programme),
                dimension: split.dimension.name(in: text.language),
                illustrative: split.dimension.provenance.illustrative
            ),
            categories: partyNames(programme),
            kind: .stackedBars(segments: segments, totalName: common.totalWord),
            tickFormat: .number(decimals: 0),
            totals: [.text(common.totalWord)] + split.regionalTotals.map { .count($0) }
                + [.count(split.regionalTotals.reduce(0, +))]
        )
    }

    /// A joint capacity: each municipality's places across its programmes against its cap.
    func capacityChart(_ use: JointCapacityUse, index: Int) -> ReportChart {
        let programmes = common.list(
            use.capacity.programmeIDs.compactMap { id in plan.programmes.first { $0.programme.id == id } }
                .map { common.programmeName($0.programme) }
        )
        let names = text.capacitySeries(programmes: programmes)
        return ReportChart(
            labels: text.capacityChart(
                id: "chart-capacity-\(index)",
                capacity: use.capacity.name(in: text.language),
                programmes: programmes
            ),
            categories: use.uses.map(\.party.name),
            kind: .groupedBars(
                series: [ChartValues(names.places, use.uses.map { Double($0.places) }, .number(decimals: 0))],
                marker: ChartValues(names.capacity, use.uses.map { Double($0.cap) }, .number(decimals: 0)),
                tableOnly: []
            ),
            tickFormat: .number(decimals: 0)
        )
    }

    // MARK: - No possible plan

    /// The document when no distribution meets every limit: the short note, and on the page the conflicts in
    /// plain words (so the decision becomes which limit to relax), the illustrative inputs and the files read.
    static func infeasible(_ conflicts: [PlanConflict], inputs: TraineeshipInputs, text: TraineeshipText)
        -> ReportDocument
    {
        let common = text.common
        var document = ReportDocument(infeasibleNote(conflicts, year: inputs.year, text: text))
        document.page = ReportPage(
            year: inputs.year,
            title: text.traineeshipsTitle,
            decision: [text.conflictDecision(year: inputs.year)],
            keyFigures: [text.conflictFigure(conflicts.count)],
            sections: [
                ReportSection(
                    id: "traineeships-conflicts",
                    heading: text.noPlanHeading(year: inputs.year),
                    blocks: [.conflicts(conflicts.map(common.conflict))]
                )
            ],
            checks: [CheckItem(.failed, text.conflictCheck)],
            illustrative: inputs.illustrativeFigures.map { common.illustrative($0, inputs: inputs) },
            inputFiles: inputs.files
        )
        return document
    }

    /// The blocks of the short note (`traineeships_infeasible.md`).
    static func infeasibleNote(_ conflicts: [PlanConflict], year: Int, text: TraineeshipText) -> [ReportBlock] {
        [
            .heading(level: 1, text: text.noPlanHeading(year: year)), .paragraph(text.infeasibleReason),
            .conflicts(conflicts.map(text.common.conflict)), .paragraph(text.infeasibleHint),
        ]
    }
}
