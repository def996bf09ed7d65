import Allocation
import KKRDomain

/// The `compare` run as a part of an HTML page: each programme's places per municipality, base and scenarios side by side.
public struct ComparisonHTML: HTMLReportPart {
    /// The planned base and scenarios.
    public var comparison: ScenarioSet

    /// Creates the part.
    public init(comparison: ScenarioSet) {
        self.comparison = comparison
    }

    /// The page for `comparison` in `language`: `<year>/scenarier.html` (Danish) or `scenarios.html` (English).
    public static func file(for comparison: ScenarioSet, language: Language) -> OutputFile {
        let year = comparison.base.inputs.year
        let page = HTMLPage(
            year: year,
            parts: [ComparisonHTML(comparison: comparison)],
            language: language,
            title: ComparisonText(language).comparisonPageTitle(year: year)
        )
        let name = ComparisonText(language).pageFileName
        return OutputFile(relativePath: "\(year)/\(name)", text: page.render())
    }

    public var year: Int { comparison.base.inputs.year }

    public func title(_ text: ReportText) -> String { ComparisonText(text.language).scenariosTitle }

    /// The base and the scenarios, in column order.
    var columns: [ComparedScenario] { [comparison.base] + comparison.scenarios }

    func name(_ compared: ComparedScenario, _ text: ReportText) -> String {
        text.scenarioName(compared)
    }

    public func decision(_ text: ReportText) -> [String] {
        [
            ComparisonText(text.language)
                .comparisonDecision(
                    names: comparison.scenarios.map { name($0, text) },
                    base: ComparisonText(text.language).baseDescription(comparison.base.scenario)
                )
        ]
    }

    public func keyFigures(_ text: ReportText) -> [KeyFigure] {
        let places = comparison.scenarios.map { compared in
            let programmes = compared.comparison?.programmes
            return ComparisonText(text.language)
                .scenarioFigure(
                    name(compared, text),
                    totalChange: programmes.map { $0.reduce(0) { $0 + $1.totalDelta } },
                    changedParties: programmes.map { $0.reduce(0) { $0 + $1.changedParties } } ?? 0
                )
        }
        let social = comparison.scenarios.compactMap { compared -> KeyFigure? in
            guard let social = compared.socialComparison, abs(social.scenario.payments - social.base.payments) >= 1
            else { return nil }
            return ComparisonText(text.language)
                .socialPaymentFigure(
                    name(compared, text),
                    change: social.scenario.payments - social.base.payments
                )
        }
        return places + social
    }

    public func sections(_ text: ReportText) -> [HTMLSection] {
        var sections = [
            HTMLSection(
                id: "scenarios",
                heading: ComparisonText(text.language).scenarioListHeading,
                content: scenarioList(text)
            )
        ]
        let charts = ComparisonCharts(text: text, comparison: comparison)
        sections += charts.programmeSections()
        if let periods = charts.periodSection() { sections.append(periods) }
        if let social = ComparisonSocialChart(charts: charts).section() { sections.append(social) }
        let missing = comparison.withoutPlan
        if !missing.isEmpty {
            sections.append(
                HTMLSection(
                    id: "scenarios-without-plan",
                    heading: ComparisonText(text.language).withoutPlanHeading,
                    content: withoutPlan(missing, text)
                )
            )
        }
        return sections
    }

    func scenarioList(_ text: ReportText) -> [HTMLNode] {
        comparison.scenarios.flatMap { compared -> [HTMLNode] in
            guard let resolved = compared.scenario else { return [] }
            var nodes: [HTMLNode] = [
                .element("h3", text: resolved.scenario.name), .element("p", text: resolved.scenario.description),
            ]
            if !resolved.bases.isEmpty {
                nodes.append(.element("p", text: ComparisonText(text.language).buildsOn(resolved.bases.map(\.name))))
            }
            let changes = resolved.changes.map {
                ComparisonText(text.language).scenarioChange($0, inputs: comparison.base.inputs)
            }
            nodes.append(
                .element(
                    "ul",
                    [],
                    (changes.isEmpty ? [ComparisonText(text.language).noChanges] : changes)
                        .map { .element("li", text: $0) }
                )
            )
            return nodes
        }
    }

    func withoutPlan(_ missing: [ComparedScenario], _ text: ReportText) -> [HTMLNode] {
        missing.flatMap { compared -> [HTMLNode] in
            let lines: [String]
            switch compared.outcome {
            case .infeasible(let conflicts): lines = conflicts.map(text.conflict)
            case .invalid(let diagnostics): lines = diagnostics.map(\.description)
            case .planned: lines = []
            }
            let all = lines + text.periodProblems(compared.result)
            return [
                .element("h3", text: name(compared, text)), .element("ul", [], all.map { .element("li", text: $0) }),
            ]
        }
    }

    public func method(_ text: ReportText) -> [String] {
        [ComparisonText(text.language).comparisonMethod, text.methodExplanation(.optimal), text.tieRule]
    }

    public func checks(_ text: ReportText) -> [CheckItem] {
        let places = columns.map { compared in
            let plan = compared.outcome.plan?.traineeships
            let passes = plan?.allChecksPass ?? false
            return CheckItem(
                passes ? .passed : .failed,
                text.variantCheck(name(compared, text), planned: plan != nil, passes: passes)
            )
        }
        let social = columns.compactMap { compared -> CheckItem? in
            guard compared.social != nil else { return nil }
            let plan = compared.result.socialPlan
            let passes = plan?.checks.allHold ?? false
            return CheckItem(
                passes ? .passed : .failed,
                text.variantCheck("\(name(compared, text)) (\(text.socialName))", planned: plan != nil, passes: passes)
            )
        }
        return places + social
    }

    public func illustrative(_ text: ReportText) -> [String] {
        let lines = ComparisonReport.illustrativeLines(comparison.base.inputs, text: text)
        let own = comparison.scenarios.flatMap { compared in
            ComparisonReport.illustrativeLines(compared.inputs, text: text).filter { !lines.contains($0) }
                .map { "\(name(compared, text)): \($0)" }
        }
        return lines + [text.scenarioFiguresAreAssumptions] + own
    }

    public var inputFiles: [InputFile] { ComparisonRows.files(comparison) }
}
