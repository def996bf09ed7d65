import Allocation
import KKRDomain

/// The comparison's share of its chart page (`scenarier.html` / `scenarios.html`), built with
/// ``ComparisonReport``'s document: each programme's places per municipality, base and scenarios side by side,
/// and what each municipality pays for the Socialaftale.
extension ComparisonReport {
    /// The page share.
    func page() -> ReportPage {
        let common = text.common
        var sections = [
            ReportSection(id: "scenarios", heading: text.scenarioListHeading, blocks: pageScenarioList())
        ]
        sections += programmeSections()
        if let periods = periodPageSection() { sections.append(periods) }
        if let social = socialPageSection() { sections.append(social) }
        let missing = set.withoutPlan
        if !missing.isEmpty {
            sections.append(
                ReportSection(
                    id: "scenarios-without-plan",
                    heading: text.withoutPlanHeading,
                    blocks: missing.flatMap { compared -> [ReportBlock] in
                        let lines: [String]
                        switch compared.outcome {
                        case .infeasible(let conflicts): lines = conflicts.map(common.conflict)
                        case .invalid(let diagnostics): lines = diagnostics.map(\.description)
                        case .planned: lines = []
                        }
                        return [
                            .heading(level: 3, text: name(compared)),
                            .list(lines + common.periodProblems(compared.result)),
                        ]
                    }
                )
            )
        }
        let baseLines = Self.illustrativeLines(set.base.inputs, text: common)
        let own = set.scenarios.flatMap { compared in
            Self.illustrativeLines(compared.inputs, text: common).filter { !baseLines.contains($0) }
                .map { "\(name(compared)): \($0)" }
        }
        return ReportPage(
            year: set.base.inputs.year,
            title: text.scenariosTitle,
            decision: [
                text.comparisonDecision(
                    names: set.scenarios.map(name),
                    base: text.baseDescription(set.base.scenario)
                )
            ],
            keyFigures: pageKeyFigures(),
            sections: sections,
            method: [text.comparisonMethod, common.methodExplanation(.optimal), common.tieRule],
            checks: pageChecks(),
            illustrative: baseLines + [common.scenarioFiguresAreAssumptions] + own,
            inputFiles: ComparisonRows.files(set)
        )
    }

    func pageKeyFigures() -> [KeyFigure] {
        let places = set.scenarios.map { compared in
            let programmes = compared.comparison?.programmes
            return text.scenarioFigure(
                name(compared),
                totalChange: programmes.map { $0.reduce(0) { $0 + $1.totalDelta } },
                changedParties: programmes.map { $0.reduce(0) { $0 + $1.changedParties } } ?? 0
            )
        }
        let social = set.scenarios.compactMap { compared -> KeyFigure? in
            guard let social = compared.socialComparison, abs(social.scenario.payments - social.base.payments) >= 1
            else { return nil }
            return text.socialPaymentFigure(name(compared), change: social.scenario.payments - social.base.payments)
        }
        return places + social
    }

    func pageChecks() -> [CheckItem] {
        let common = text.common
        let places = columns.map { compared in
            let plan = compared.outcome.plan?.traineeships
            let passes = plan?.allChecksPass ?? false
            return CheckItem(
                passes ? .passed : .failed,
                common.variantCheck(name(compared), planned: plan != nil, passes: passes)
            )
        }
        let social = columns.compactMap { compared -> CheckItem? in
            guard compared.social != nil else { return nil }
            let plan = compared.result.socialPlan
            let passes = plan?.checks.allHold ?? false
            return CheckItem(
                passes ? .passed : .failed,
                common.variantCheck("\(name(compared)) (\(common.socialName))", planned: plan != nil, passes: passes)
            )
        }
        return places + social
    }

    /// Each scenario: its name, description, what it builds on and its changes.
    func pageScenarioList() -> [ReportBlock] {
        set.scenarios.flatMap { compared -> [ReportBlock] in
            guard let resolved = compared.scenario else { return [] }
            var blocks: [ReportBlock] = [
                .heading(level: 3, text: resolved.scenario.name), .paragraph(resolved.scenario.description),
            ]
            if !resolved.bases.isEmpty { blocks.append(.paragraph(text.buildsOn(resolved.bases.map(\.name)))) }
            let changes = resolved.changes.map { text.scenarioChange($0, inputs: set.base.inputs) }
            blocks.append(.list(changes.isEmpty ? [text.noChanges] : changes))
            return blocks
        }
    }

    // MARK: - Training places

    /// A section per programme in which some scenario moves a place; a sentence names the unchanged ones.
    func programmeSections() -> [ReportSection] {
        let plans = columns.map { $0.outcome.plan?.traineeships }
        var sections: [ReportSection] = []
        var unchanged: [String] = []
        for programme in ComparisonRows.programmes(plans) {
            let rows = ComparisonRows(programmeID: programme.id, plans: plans)
            let moves = rows.rows.contains { row in
                let base = row.places.first ?? nil
                return row.places.dropFirst().contains { $0 != nil && $0 != base }
            }
            guard moves else {
                unchanged.append(text.common.programmeName(programme))
                continue
            }
            sections.append(
                ReportSection(
                    id: "scenarios-\(programme.id)",
                    heading: programme.name(in: text.language),
                    blocks: programmeChart(programme, rows: rows)
                )
            )
        }
        if !unchanged.isEmpty, var last = sections.popLast() {
            last.blocks.append(.paragraph(text.unchangedProgrammes(unchanged)))
            sections.append(last)
        } else if !unchanged.isEmpty {
            sections.append(
                ReportSection(
                    id: "scenarios-unchanged",
                    heading: text.scenariosTitle,
                    blocks: [.paragraph(text.unchangedProgrammes(unchanged))]
                )
            )
        }
        return sections
    }

    /// Places per municipality: the base and each scenario that changes the programme, as grouped bars; the table
    /// adds Δ after each scenario (totals from ``ComparisonRows``); a sentence names the scenarios that leave the
    /// programme as it is.
    func programmeChart(_ programme: Programme, rows: ComparisonRows) -> [ReportBlock] {
        let kept =
            [0]
            + set.scenarios.indices.map { $0 + 1 }
            .filter { column in
                rows.rows.contains { $0.places[column] != $0.places[0] }
            }
        var table = ReportTable(
            columns: sideBySideHeader(kept.map { columns[$0] }, first: text.common.municipalityWord)
        )
        table.rows = rows.rows.map { row in [.text(row.party.name)] + sideBySide(kept.map { row.places[$0] }) }
        table.total = [.text(text.common.totalWord)] + sideBySide(kept.map { rows.totals[$0] })
        let chart = ReportChart(
            labels: text.comparisonChart(
                id: "chart-scenarios-\(programme.id)",
                programme: text.common.programmeName(programme),
                largest: largestChange(rows)
            ),
            categories: rows.rows.map(\.party.name),
            kind: .groupedBars(
                series: kept.map { column in
                    ChartValues(
                        name(columns[column]),
                        rows.rows.map { $0.places[column].map(Double.init) },
                        .number(decimals: 0)
                    )
                },
                marker: nil,
                tableOnly: []
            ),
            tickFormat: .number(decimals: 0),
            table: table
        )
        let same = set.scenarios.indices.filter { !kept.contains($0 + 1) }.map { name(set.scenarios[$0]) }
        return [.chart(chart)] + (same.isEmpty ? [] : [.paragraph(text.unchangedIn(same))])
    }

    /// "Aalborg +17 (Minimumstal +10 %)": the largest move of one municipality, first found on ties.
    func largestChange(_ rows: ComparisonRows) -> String {
        var largest: (delta: Int, label: String)?
        for (index, compared) in set.scenarios.enumerated() {
            for row in rows.rows {
                guard let base = row.places[0], let value = row.places[index + 1] else { continue }
                if abs(value - base) > abs(largest?.delta ?? 0) {
                    largest = (
                        value - base, "\(row.party.name) \(text.common.change(value - base)) (\(name(compared)))"
                    )
                }
            }
        }
        return largest?.label ?? "–"
    }

    /// The columns of a page table side by side: `first`, the base, then each of `shown`'s scenarios and its Δ.
    func sideBySideHeader(_ shown: [ComparedScenario], first: String) -> [ReportTable.Column] {
        [.text(first)] + shown.prefix(1).map { .number(name($0)) }
            + shown.dropFirst().flatMap { [.number(name($0)), .number("Δ")] }
    }

    /// The base's places, then each scenario's places and Δ, not highlighted (missing where either has no plan).
    func sideBySide(_ places: [Int?]) -> [ReportCell] {
        let base = places.first ?? nil
        var cells: [ReportCell] = [.count(base)]
        for value in places.dropFirst() {
            cells += [.count(value), .signed(value.flatMap { value in base.map { value - $0 } })]
        }
        return cells
    }

    // MARK: - Agreement periods

    /// The agreement periods: the places over the period and the largest cumulative deviation, base and scenarios
    /// side by side, and why a deviation reaches one place (as in `scenarios.md`).
    func periodPageSection() -> ReportSection? {
        let common = text.common
        let programmes = ComparisonPeriodRows.programmes(columns)
        guard !programmes.isEmpty else { return nil }
        func cells(_ values: [Double?], decimals: Int) -> [ReportCell] {
            let base = values.first ?? nil
            var cells: [ReportCell] = [.decimal(base, decimals: decimals)]
            for value in values.dropFirst() {
                cells += [
                    .decimal(value, decimals: decimals),
                    .signedDecimal(value.flatMap { value in base.map { value - $0 } }, decimals: decimals),
                ]
            }
            return cells
        }
        var table = ReportTable(columns: sideBySideHeader(columns, first: text.programmeColumn))
        var notes: [String] = []
        for (programme, period) in programmes {
            let figures = columns.map { ComparisonPeriodRows.figures($0, programme.id) }
            table.rows.append(
                [.text(common.periodFigure(programme, period, common.periodTotalWord))]
                    + cells(figures.map { $0?.total.map(Double.init) }, decimals: 0)
            )
            table.rows.append(
                [.text(common.periodFigure(programme, period, common.periodDeviationWord))]
                    + cells(figures.map { $0?.maxCumulativeDeviation.map(ComparisonPeriodRows.rounded) }, decimals: 2)
            )
            notes += zip(columns, figures)
                .compactMap { column, figures in figures.flatMap { common.periodNotes($0, name: name(column)) } }
        }
        return ReportSection(
            id: "scenarios-periods",
            heading: common.periodsHeading,
            blocks: [.paragraph(common.periodScenarioIntro), .table(table)] + (notes.isEmpty ? [] : [.list(notes)])
        )
    }

    // MARK: - Socialaftale

    /// Changes below this (million kr, that is 1 kr) count as none.
    static let smallestChange = 0.000_001

    /// What each municipality pays a year, or nil when no variant has a Socialaftale balance.
    func socialPageSection() -> ReportSection? {
        let plans = columns.map(\.result.socialPlan)
        guard plans.contains(where: { $0 != nil }) else { return nil }
        let rows = buyerPayments()
            .map { buyer, payments in (label: buyer.name, values: payments.map { $0.map { $0 / 1e6 } }) }
        let moves = rows.contains { row in
            let base = row.values.first ?? nil
            return row.values.dropFirst()
                .contains { value in
                    guard let value, let base else { return value != base }
                    return abs(value - base) >= Self.smallestChange
                }
        }
        let blocks: [ReportBlock] =
            moves
            ? [.chart(socialChart(rows, totals: plans.map { $0.map { $0.costs.payments / 1e6 } }))]
            : [.paragraph(text.socialPaymentsUnchanged)]
        return ReportSection(id: "scenarios-social", heading: text.common.socialComparisonHeading, blocks: blocks)
    }

    /// The change of each buyer's payments (million kr) under each scenario that changes any; the table gives
    /// every variant's payments with Δ after each scenario.
    func socialChart(_ rows: [(label: String, values: [Double?])], totals: [Double?]) -> ReportChart {
        let changing = set.scenarios.indices.filter { index in
            rows.contains { row in
                guard let base = row.values[0], let value = row.values[index + 1] else { return false }
                return abs(value - base) >= Self.smallestChange
            }
        }
        func cells(_ values: [Double?]) -> [ReportCell] {
            let base = values.first ?? nil
            var cells: [ReportCell] = [.decimal(base, decimals: 1)]
            for value in values.dropFirst() {
                cells += [
                    .decimal(value, decimals: 1),
                    .signedDecimal(value.flatMap { value in base.map { value - $0 } }, decimals: 1),
                ]
            }
            return cells
        }
        var table = ReportTable(columns: sideBySideHeader(columns, first: text.common.buyerWord))
        table.rows = rows.map { [.text($0.label)] + cells($0.values) }
        table.total = [.text(text.common.totalWord)] + cells(totals)
        return ReportChart(
            labels: text.socialComparisonChart(id: "chart-scenarios-social"),
            categories: rows.map(\.label),
            kind: .groupedBars(
                series: changing.map { index in
                    ChartValues(
                        name(set.scenarios[index]),
                        rows.map { row in row.values[index + 1].flatMap { value in row.values[0].map { value - $0 } } },
                        .signed(decimals: 1)
                    )
                },
                marker: nil,
                tableOnly: []
            ),
            tickFormat: .signed(decimals: 1),
            table: table,
            caption: text.socialComparisonTableCaption
        )
    }
}
