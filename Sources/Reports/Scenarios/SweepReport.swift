import Allocation
import KKRDomain

/// A sweep as one ``ReportDocument``: the blocks of `sweep_<parameter>.md` and the sheet `steps`
/// (`sweep_<parameter>.csv`, one row per step).
///
/// Where the distribution changes (thresholds), and per programme how each municipality moves. Long lists
/// (change points, the grid of values) are shortened in the blocks; the sheet holds every step.
struct SweepReport {
    /// The words.
    let text: SweepText
    /// The sweep.
    let run: SweepRun

    /// At most this many values are listed as thresholds, and this many change points per municipality.
    static let listLimit = 40
    static let pointLimit = 8
    /// At most this many values are shown as columns of a programme's grid.
    static let gridColumns = 11

    var common: ReportText { text.common }
    var analysis: SweepAnalysis { run.analysis }

    /// The document.
    func build() -> ReportDocument {
        let name = text.sweepParameter(run.parameter, inputs: run.inputs)
        var document = ReportDocument([
            .heading(
                level: 1,
                text: text.title(
                    year: run.inputs.year,
                    name: name,
                    from: value(analysis.values.first ?? run.from),
                    to: value(analysis.values.last ?? run.to)
                )
            ),
            .paragraph(
                text.intro(
                    path: run.parameter.path,
                    steps: analysis.values.count,
                    base: run.base,
                    isCount: run.parameter.isCount
                )
            ),
        ])
        document += thresholds()
        for id in analysis.changingProgrammeIDs {
            document += programmeSection(id)
        }
        document += periodSection()
        document += socialSection()
        document += unchanged()
        document += withoutPlan()
        document += illustrative()
        document += MarkdownSections.inputFiles(SweepJSON.files(run), text: common)
        document.sheets = [sheet()]
        document.page = page()
        return document
    }

    /// A value of the parameter as the report writes it.
    func value(_ value: Double) -> String {
        text.sweepValue(value, run.parameter)
    }

    /// At most ``gridColumns`` evenly spread step indices, the first and the last included.
    static func gridSteps(_ count: Int) -> [Int] {
        guard count > gridColumns else { return Array(0..<count) }
        var steps: [Int] = []
        for index in 0..<gridColumns {
            let step = Int((Double(index * (count - 1)) / Double(gridColumns - 1)).rounded())
            if !steps.contains(step) { steps.append(step) }
        }
        return steps
    }

    // MARK: - Sections

    func thresholds() -> [ReportBlock] {
        let steps = analysis.changeSteps
        var blocks: [ReportBlock] = [
            .heading(level: 2, text: text.thresholdsHeading),
            .paragraph(text.thresholds(changes: steps.count, transitions: max(0, analysis.values.count - 1))),
        ]
        if !steps.isEmpty {
            let shown = steps.prefix(Self.listLimit).map { value(analysis.values[$0]) }
            blocks.append(.paragraph(text.values(shown, more: max(0, steps.count - Self.listLimit))))
        }
        let turning = analysis.series.filter(\.changesDirection)
            .map { "\($0.party.name) (\(common.programmeName($0.programme)))" }
        if !turning.isEmpty {
            blocks.append(.paragraph(text.turning(turning)))
        }
        return blocks
    }

    func programmeSection(_ id: String) -> [ReportBlock] {
        let series = analysis.series.filter { $0.programme.id == id }
        guard let programme = series.first?.programme else { return [] }
        let values = analysis.values
        let columns = Self.gridSteps(values.count)
        var blocks: [ReportBlock] = [
            .heading(level: 2, text: text.programmeHeading(programme.name(in: text.language)))
        ]
        if columns.count < values.count {
            blocks.append(.paragraph(text.selectedSteps))
        }
        var grid = ReportTable(
            columns: [.text(common.municipalityWord)] + columns.map { .number(value(values[$0])) },
            rows: series.map { item in [.party(item.party)] + columns.map { .count(item.places[$0]) } }
        )
        grid.total =
            [.text(common.totalWord)]
            + columns.map { step in
                .count(analysis.outcomes[step].plan == nil ? nil : series.reduce(0) { $0 + ($1.places[step] ?? 0) })
            }
        var changes = ReportTable(columns: changeColumns(first: common.municipalityWord, last: ReportTable.Column.text))
        changes.rows = series.map { item -> [ReportCell] in
            var points = item.changes.prefix(Self.pointLimit)
                .map { point in "\(value(point.value)): \(place(point.from)) → \(place(point.to))" }
            if item.changes.count > Self.pointLimit { points.append("…") }
            return [
                .party(item.party), .text(item.firstChange.map { value($0.value) } ?? "–"),
                .count(item.changes.count), .text(points.joined(separator: "; ")),
            ]
        }
        return blocks + [.table(grid), .table(changes)]
    }

    /// The change table's columns: `first`, the first change, the number of changes, and the last column.
    func changeColumns(first: String, last: (String) -> ReportTable.Column) -> [ReportTable.Column] {
        let columns = text.changeColumns
        return [.text(first), .number(columns[0]), .number(columns[1]), last(columns[2])]
    }

    func place(_ value: Int?) -> String {
        value.map { common.number($0) } ?? text.noPlan
    }

    /// The Socialaftale along the sweep: payments per buyer at selected steps, totals, and where each buyer's
    /// purchases change.
    func socialSection() -> [ReportBlock] {
        guard !analysis.socialSeries.isEmpty else { return [] }
        let values = analysis.values
        let columns = Self.gridSteps(values.count)
        let plans = analysis.socialOutcomes.map { $0?.plan }
        var grid = ReportTable(
            columns: [.text(common.buyerWord)] + columns.map { .number(value(values[$0])) },
            rows: analysis.socialSeries.map { series in
                [.party(series.buyer)] + columns.map { .kroner(series.payments[$0]) }
            }
        )
        grid.rows += [
            [.bold(.text(common.paidInTotal))] + columns.map { .kroner(plans[$0]?.costs.payments) },
            [.text(common.unmetCitizens)] + columns.map { .count(plans[$0]?.totals.unmet) },
            [.text(common.offersUnderBound)] + columns.map { .count(plans[$0]?.offersUnderBound.count) },
        ]
        var changes = ReportTable(
            columns: changeColumns(first: common.buyerWord, last: { _ in .number(text.unmetFirstLast) })
        )
        changes.rows = analysis.socialSeries.map { series in
            [
                .party(series.buyer), .text(series.firstChange.map(value) ?? "–"), .count(series.changes.count),
                .text("\(place(series.unmet.first ?? nil)) → \(place(series.unmet.last ?? nil))"),
            ]
        }
        return [
            .heading(level: 2, text: text.socialHeading), .table(grid), .paragraph(text.buyerChanges),
            .table(changes),
        ]
    }

    func unchanged() -> [ReportBlock] {
        let changing = analysis.changingProgrammeIDs
        var names: [String] = []
        for item in analysis.series where !changing.contains(item.programme.id) {
            let name = common.programmeName(item.programme)
            if !names.contains(name) { names.append(name) }
        }
        return names.isEmpty ? [] : [.paragraph(text.unchanged(names))]
    }

    /// Runs of consecutive steps without a plan (and the same status), each with the reasons at its first step.
    func withoutPlan() -> [ReportBlock] {
        let missing = analysis.stepsWithoutPlan
        guard !missing.isEmpty else { return [] }
        var runs: [[Int]] = []
        for step in missing {
            if let last = runs.last?.last, last == step - 1,
                outcomeStatus(analysis.outcomes[last]).status == outcomeStatus(analysis.outcomes[step]).status,
                analysis.socialOutcomes[last].map(socialStatus) == analysis.socialOutcomes[step].map(socialStatus)
            {
                runs[runs.count - 1].append(step)
            } else {
                runs.append([step])
            }
        }
        let items = runs.compactMap { steps -> String? in
            guard let first = steps.first, let last = steps.last else { return nil }
            let range =
                first == last
                ? value(analysis.values[first])
                : "\(value(analysis.values[first]))–\(value(analysis.values[last]))"
            return text.stepsWithoutPlan(range: range, steps: steps.count, reasons: reasons(first))
        }
        return [.heading(level: 2, text: text.withoutPlanHeading), .list(items)]
    }

    /// The reasons step `step` has no plan, both parts.
    func reasons(_ step: Int) -> String {
        [reasons(analysis.outcomes[step]), socialReason(analysis.socialOutcomes[step]) ?? ""]
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    func reasons(_ outcome: ScenarioOutcome) -> String {
        switch outcome {
        case .planned: return ""
        case .infeasible(let conflicts): return conflicts.map(common.conflict).joined(separator: " ")
        case .invalid(let diagnostics):
            // The checks' messages are in English, as everywhere in kkr-plan's input validation.
            return text.invalidInputs
                + diagnostics.map { $0.message + ($0.hint.isEmpty ? "" : " (\($0.hint))") }.joined(separator: "; ")
        }
    }

    /// Why a step has no Socialaftale balance.
    func socialReason(_ outcome: SocialOutcome?) -> String? {
        guard case .infeasible(let termination) = outcome else { return nil }
        return common.socialNoPlacement(termination.rawValue)
    }

    func illustrative() -> [ReportBlock] {
        let inputs = run.inputs.traineeships
        let figures =
            inputs.illustrativeFigures.map { common.illustrative($0, inputs: inputs) }
            + (run.inputs.social?.illustrativeFigures ?? []).map(common.illustrative)
        return [
            .heading(level: 2, text: common.illustrativeHeading), .paragraph(text.parameterAssumptions),
            .list(figures.isEmpty ? [common.noneWord] : figures),
        ]
    }

    // MARK: - Sheet

    /// One row per step: the value, the status, each municipality's places and each buyer's payments (kr).
    func sheet() -> ReportSheet {
        var sheet = ReportSheet(
            name: "steps",
            header: [text.valueColumn, text.statusColumn]
                + analysis.series.map { "\(common.programmeName($0.programme)) \($0.party.name) (\($0.party.code))" }
                + analysis.socialSeries.map { text.paidColumn("\($0.buyer.name) (\($0.buyer.code))") }
        )
        let periods = periodColumns()
        sheet.header += periods?.header ?? []
        for (step, value) in analysis.values.enumerated() {
            var status: String
            switch analysis.outcomes[step] {
            case .planned: status = text.planned
            case .infeasible: status = text.infeasible
            case .invalid: status = text.invalid
            }
            if case .infeasible = analysis.socialOutcomes[step] {
                status = text.socialNoPlacement
            }
            sheet.rows.append(
                [spreadsheetValue(value), .text(status)] + analysis.series.map { .count($0.places[step]) }
                    + analysis.socialSeries.map { .kroner($0.payments[step]) } + (periods?.steps[step] ?? [])
            )
        }
        return sheet
    }

    /// A value with as many decimals as it needs (at most 6), or a whole number for a count.
    func spreadsheetValue(_ value: Double) -> ReportCell {
        if run.parameter.isCount { return .count(Int(value.rounded())) }
        var decimals = 0
        var scaled = value
        while decimals < 6 && abs(scaled - scaled.rounded()) > 1e-9 {
            decimals += 1
            scaled *= 10
        }
        return .decimal(value, decimals: decimals)
    }
}
