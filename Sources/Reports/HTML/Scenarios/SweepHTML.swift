import Allocation
import KKRDomain

/// The `sweep` run as a part of an HTML page: per programme that changes, each municipality's places as the parameter moves.
public struct SweepHTML: HTMLReportPart {
    /// The run.
    public var run: SweepRun

    /// Creates the part.
    public init(run: SweepRun) {
        self.run = run
    }

    /// The page for `run` in `language`, next to the sweep's Markdown: `<year>/sweep_<parameter>.html`.
    public static func file(for run: SweepRun, language: Language) -> OutputFile {
        let part = SweepHTML(run: run)
        let text = ReportText(language)
        let page = HTMLPage(year: run.inputs.year, parts: [part], language: language, title: part.pageTitle(text))
        return OutputFile(
            relativePath: SweepReportSet.path(run.parameter, year: run.inputs.year, suffix: "html"),
            text: page.render()
        )
    }

    public var year: Int { run.inputs.year }

    public func title(_ text: ReportText) -> String { SweepText(text.language).sweepTitle }

    func parameterName(_ text: ReportText) -> String {
        SweepText(text.language).sweepParameter(run.parameter, inputs: run.inputs)
    }

    func value(_ value: Double, _ text: ReportText) -> String {
        SweepText(text.language).sweepValue(value, run.parameter)
    }

    func pageTitle(_ text: ReportText) -> String {
        let values = run.analysis.values
        return SweepText(text.language)
            .sweepPageTitle(
                year: year,
                parameter: parameterName(text),
                from: value(values.first ?? run.from, text),
                to: value(values.last ?? run.to, text)
            )
    }

    public func decision(_ text: ReportText) -> [String] {
        let values = run.analysis.values
        return [
            SweepText(text.language)
                .sweepDecision(
                    parameter: parameterName(text),
                    from: value(values.first ?? run.from, text),
                    to: value(values.last ?? run.to, text),
                    changes: run.analysis.changeSteps.count,
                    transitions: max(0, values.count - 1)
                ),
            SweepText(text.language).sweepThresholds(run.analysis.changeSteps.map { value(values[$0], text) }),
        ]
    }

    public func keyFigures(_ text: ReportText) -> [KeyFigure] {
        SweepText(text.language)
            .sweepFigures(
                steps: run.analysis.values.count,
                thresholds: run.analysis.changeSteps.count,
                withoutPlan: run.analysis.stepsWithoutPlan.count
            )
    }

    public func sections(_ text: ReportText) -> [HTMLSection] {
        programmeSections(text) + (periodSection(text).map { [$0] } ?? []) + (socialSection(text).map { [$0] } ?? [])
    }

    /// What each municipality pays to the Socialaftale along the sweep, for those whose payments move.
    func socialSection(_ text: ReportText) -> HTMLSection? {
        let moving = run.analysis.socialSeries.filter { series in
            let known = series.payments.compactMap { $0 }
            guard let low = known.min(), let high = known.max() else { return false }
            return high - low >= 1
        }
        guard !moving.isEmpty else { return nil }
        let values = run.analysis.values
        let steps = SweepReport.gridSteps(values.count)
        let parameter = run.parameter
        let chart = LineChart(
            labels: SweepText(text.language).sweepSocialChart(id: "chart-sweep-social", parameter: parameterName(text)),
            parameter: values,
            parameterFormat: { SweepText(text.language).sweepValue($0, parameter) },
            series: moving.map { item in
                ChartSeries(name: item.buyer.name, values: item.payments.map { $0.map { $0 / 1e6 } }) {
                    text.number($0, decimals: 1)
                }
            },
            seriesHeading: text.buyerWord,
            tickFormat: { text.number($0, decimals: 1) },
            tableSteps: steps,
            tableCaption: SweepText(text.language)
                .sweepSocialTableCaption(
                    parameter: parameterName(text),
                    selected: steps.count < values.count
                )
        )
        return HTMLSection(id: "sweep-social", heading: text.socialComparisonHeading, content: [chart.figure.node])
    }

    func programmeSections(_ text: ReportText) -> [HTMLSection] {
        run.analysis.changingProgrammeIDs.compactMap { id in
            let series = run.analysis.series.filter { $0.programme.id == id }
            guard let programme = series.first?.programme else { return nil }
            return HTMLSection(
                id: "sweep-\(id)",
                heading: programme.name(in: text.language),
                content: [chart(programme, series: series, text: text).node]
            )
        }
    }

    /// Each municipality's places (lines) over the parameter's values.
    func chart(_ programme: Programme, series: [SweepSeries], text: ReportText) -> ChartFigure {
        let values = run.analysis.values
        let steps = SweepReport.gridSteps(values.count)
        let parameter = run.parameter
        let short = text.programmeName(programme)
        return LineChart(
            labels: SweepText(text.language)
                .sweepChart(
                    id: "chart-sweep-\(programme.id)",
                    programme: short,
                    parameter: parameterName(text)
                ),
            parameter: values,
            parameterFormat: { SweepText(text.language).sweepValue($0, parameter) },
            series: series.map { item in
                ChartSeries(name: item.party.name, values: item.places.map { $0.map(Double.init) }) { text.number($0) }
            },
            seriesHeading: text.municipalityWord,
            tickFormat: { text.number($0) },
            tableSteps: steps,
            tableCaption: SweepText(text.language)
                .sweepTableCaption(
                    short,
                    parameter: parameterName(text),
                    selected: steps.count < values.count
                )
        )
        .figure
    }

    public func method(_ text: ReportText) -> [String] {
        [
            SweepText(text.language).sweepMethod(steps: run.analysis.values.count), text.methodExplanation(.optimal),
            text.tieRule,
        ]
    }

    public func checks(_ text: ReportText) -> [CheckItem] {
        let plans = run.analysis.outcomes.compactMap(\.plan)
        let passing = plans.filter(\.traineeships.allChecksPass).count
        var checks = [
            CheckItem(
                passing == plans.count ? .passed : .failed,
                SweepText(text.language).sweepCheck(planned: plans.count, passing: passing)
            )
        ]
        let balances = run.analysis.socialOutcomes.compactMap { $0?.plan }
        if !balances.isEmpty {
            let holding = balances.filter(\.checks.allHold).count
            checks.append(
                CheckItem(
                    holding == balances.count ? .passed : .failed,
                    SweepText(text.language).sweepSocialCheck(planned: balances.count, passing: holding)
                )
            )
        }
        if !run.analysis.stepsWithoutPlan.isEmpty {
            let values = run.analysis.stepsWithoutPlan.map { value(run.analysis.values[$0], text) }
            checks.append(CheckItem(.note, text.variantCheck(text.list(values), planned: false, passes: false)))
        }
        return checks
    }

    public func illustrative(_ text: ReportText) -> [String] {
        ComparisonReport.illustrativeLines(run.inputs, text: text) + [text.scenarioFiguresAreAssumptions]
    }

    public var inputFiles: [InputFile] {
        var files = run.inputs.traineeships.files
        for file in (run.inputs.social?.files ?? []) + (run.base?.files ?? [])
        where !files.contains(where: { $0.displayName == file.displayName }) {
            files.append(file)
        }
        return files
    }
}
