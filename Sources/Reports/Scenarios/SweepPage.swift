import Allocation
import KKRDomain

/// The sweep's share of its chart page (`sweep_<parameter>.html`), built with ``SweepReport``'s document: per
/// programme that changes, each municipality's places as the parameter moves, and the Socialaftale payments
/// that move.
extension SweepReport {
    /// The page share.
    func page() -> ReportPage {
        let values = analysis.values
        let parameter = text.sweepParameter(run.parameter, inputs: run.inputs)
        return ReportPage(
            year: run.inputs.year,
            title: text.sweepTitle,
            decision: [
                text.sweepDecision(
                    parameter: parameter,
                    from: value(values.first ?? run.from),
                    to: value(values.last ?? run.to),
                    changes: analysis.changeSteps.count,
                    transitions: max(0, values.count - 1)
                ),
                text.sweepThresholds(analysis.changeSteps.map { value(values[$0]) }),
            ],
            keyFigures: text.sweepFigures(
                steps: values.count,
                thresholds: analysis.changeSteps.count,
                withoutPlan: analysis.stepsWithoutPlan.count
            ),
            sections: programmePageSections(parameter) + (periodPageSection(parameter).map { [$0] } ?? [])
                + (socialPageSection(parameter).map { [$0] } ?? []),
            method: [text.sweepMethod(steps: values.count), common.methodExplanation(.optimal), common.tieRule],
            checks: pageChecks(),
            illustrative: ComparisonReport.illustrativeLines(run.inputs, text: common)
                + [common.scenarioFiguresAreAssumptions],
            inputFiles: pageInputFiles()
        )
    }

    /// The page's title: the parameter and its range.
    func pageTitle() -> String {
        let values = analysis.values
        return text.sweepPageTitle(
            year: run.inputs.year,
            parameter: text.sweepParameter(run.parameter, inputs: run.inputs),
            from: value(values.first ?? run.from),
            to: value(values.last ?? run.to)
        )
    }

    /// How the chart writes a value of the parameter (as ``value(_:)`` does).
    var parameterFormat: ChartNumberFormat { run.parameter.isCount ? .whole : .factor }

    func programmePageSections(_ parameter: String) -> [ReportSection] {
        analysis.changingProgrammeIDs.compactMap { id in
            let series = analysis.series.filter { $0.programme.id == id }
            guard let programme = series.first?.programme else { return nil }
            return ReportSection(
                id: "sweep-\(id)",
                heading: programme.name(in: text.language),
                blocks: [.chart(programmeChart(programme, series: series, parameter: parameter))]
            )
        }
    }

    /// Each municipality's places (lines) over the parameter's values.
    func programmeChart(_ programme: Programme, series: [SweepSeries], parameter: String) -> ReportChart {
        let values = analysis.values
        let steps = Self.gridSteps(values.count)
        let short = common.programmeName(programme)
        return ReportChart(
            labels: text.sweepChart(id: "chart-sweep-\(programme.id)", programme: short, parameter: parameter),
            categories: [],
            kind: .lines(
                parameter: values,
                parameterFormat: parameterFormat,
                series: series.map {
                    ChartValues($0.party.name, $0.places.map { $0.map(Double.init) }, .number(decimals: 0))
                },
                seriesHeading: common.municipalityWord,
                tableSteps: steps
            ),
            tickFormat: .number(decimals: 0),
            caption: text.sweepTableCaption(short, parameter: parameter, selected: steps.count < values.count)
        )
    }

    /// The swept programme's agreement period: the largest cumulative deviation over the parameter's values, and a
    /// table of the places over the period, the deviation and the binding limit.
    func periodPageSection(_ parameter: String) -> ReportSection? {
        guard let series = run.periodSeries else { return nil }
        let values = analysis.values
        // Loops, not closures over `series`: Swift 6.3's optimiser crashed on such a closure in release builds
        // (CopyPropagation, "Found ownership error"; see `SweepPeriods.swift`).
        var totals: [Int?] = []
        var deviations: [Double?] = []
        for figures in series.steps {
            let plan = figures?.plan
            totals.append(plan.map { $0.rows.reduce(0) { $0 + $1.totalPlaces } })
            deviations.append(plan.map { ComparisonPeriodRows.rounded($0.maxCumulativeDeviation) })
        }
        let chart = ReportChart(
            labels: common.periodSweepChart(series.programme, series.period, parameter: parameter),
            categories: [],
            kind: .lines(
                parameter: values,
                parameterFormat: parameterFormat,
                series: [ChartValues(common.periodDeviationColumn, deviations, .number(decimals: 2))],
                seriesHeading: common.periodColumn,
                tableSteps: nil
            ),
            tickFormat: .number(decimals: 1)
        )
        var table = ReportTable(columns: [
            .text(text.valueColumn), .number(common.periodTotalColumn), .number(common.periodDeviationColumn),
            .text(common.periodLimitColumn),
        ])
        for step in Self.gridSteps(values.count) {
            table.rows.append([
                .text(value(values[step])), .count(totals[step]), .decimal(deviations[step], decimals: 2),
                .text(common.periodLimits(series.steps[step])),
            ])
        }
        return ReportSection(
            id: "sweep-period-\(series.programme.id)",
            heading: common.periodHeading(series.programme, series.period),
            blocks: [.paragraph(common.periodSweepIntro), .chart(chart), .table(table)]
        )
    }

    /// What each municipality pays to the Socialaftale along the sweep, for those whose payments move.
    func socialPageSection(_ parameter: String) -> ReportSection? {
        let moving = analysis.socialSeries.filter { series in
            let known = series.payments.compactMap { $0 }
            guard let low = known.min(), let high = known.max() else { return false }
            return high - low >= 1
        }
        guard !moving.isEmpty else { return nil }
        let values = analysis.values
        let steps = Self.gridSteps(values.count)
        let chart = ReportChart(
            labels: text.sweepSocialChart(id: "chart-sweep-social", parameter: parameter),
            categories: [],
            kind: .lines(
                parameter: values,
                parameterFormat: parameterFormat,
                series: moving.map {
                    ChartValues($0.buyer.name, $0.payments.map { $0.map { $0 / 1e6 } }, .number(decimals: 1))
                },
                seriesHeading: common.buyerWord,
                tableSteps: steps
            ),
            tickFormat: .number(decimals: 1),
            caption: text.sweepSocialTableCaption(parameter: parameter, selected: steps.count < values.count)
        )
        return ReportSection(id: "sweep-social", heading: common.socialComparisonHeading, blocks: [.chart(chart)])
    }

    func pageChecks() -> [CheckItem] {
        let plans = analysis.outcomes.compactMap(\.plan)
        let passing = plans.filter(\.traineeships.allChecksPass).count
        var checks = [
            CheckItem(
                passing == plans.count ? .passed : .failed,
                text.sweepCheck(planned: plans.count, passing: passing)
            )
        ]
        let balances = analysis.socialOutcomes.compactMap { $0?.plan }
        if !balances.isEmpty {
            let holding = balances.filter(\.checks.allHold).count
            checks.append(
                CheckItem(
                    holding == balances.count ? .passed : .failed,
                    text.sweepSocialCheck(planned: balances.count, passing: holding)
                )
            )
        }
        if !analysis.stepsWithoutPlan.isEmpty {
            let values = analysis.stepsWithoutPlan.map { value(analysis.values[$0]) }
            checks.append(CheckItem(.note, common.variantCheck(common.list(values), planned: false, passes: false)))
        }
        return checks
    }

    /// The base's files, then the Socialaftale's and the base scenario's, each once.
    func pageInputFiles() -> [InputFile] {
        var files = run.inputs.traineeships.files
        for file in (run.inputs.social?.files ?? []) + (run.base?.files ?? [])
        where !files.contains(where: { $0.displayName == file.displayName }) {
            files.append(file)
        }
        return files
    }
}
