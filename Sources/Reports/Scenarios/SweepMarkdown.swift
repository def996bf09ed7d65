import Allocation
import KKRDomain

/// The sweep report: where the distribution changes (thresholds), and per programme how each municipality moves.
///
/// Byte-identical for identical inputs. Long lists (change points, the
/// grid of values) are shortened here; the JSON and CSV hold every step.
public struct SweepMarkdown: Sendable {
    /// The texts.
    public var text: ReportText
    /// At most this many values are listed as thresholds, and this many change points per municipality.
    static let listLimit = 40
    static let pointLimit = 8
    /// At most this many values are shown as columns of a programme's grid.
    static let gridColumns = 11

    /// Creates a renderer for `language`.
    public init(language: Language) {
        text = ReportText(language)
    }

    /// The whole report.
    public func render(_ run: SweepRun) -> String {
        let name = text.sweepParameter(run.parameter, inputs: run.inputs)
        let from = text.sweepValue(run.analysis.values.first ?? run.from, run.parameter)
        let to = text.sweepValue(run.analysis.values.last ?? run.to, run.parameter)
        var lines = [
            text.pick(
                "# Følsomhed \(run.inputs.year): \(name) fra \(from) til \(to)",
                "# Sensitivity \(run.inputs.year): \(name) from \(from) to \(to)"
            ), "", intro(run), "",
        ]
        lines += thresholds(run)
        for id in run.analysis.changingProgrammeIDs {
            lines += programmeSection(id, run)
        }
        lines += socialSection(run)
        lines += unchanged(run)
        lines += withoutPlan(run)
        lines += illustrativeAndFiles(run)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    func intro(_ run: SweepRun) -> String {
        let steps = text.number(run.analysis.values.count)
        let base =
            run.base.map {
                text.pick(
                    "scenariet »\($0.scenario.name)« (`\($0.scenario.id)`)",
                    "the scenario “\($0.scenario.name)” (`\($0.scenario.id)`)"
                )
            } ?? text.pick("inputtene uden ændringer", "the inputs without changes")
        var intro = text.pick(
            "Beregnet af `kkr-plan sweep --parameter \(run.parameter.path)`. Parameteren gennemløber \(steps) jævnt fordelte værdier; alt andet er som i basis, \(base). Hvert trin er beregnet helt forfra med samme metoder som standardplanen.",
            "Computed by `kkr-plan sweep --parameter \(run.parameter.path)`. The parameter runs through \(steps) evenly spaced values; everything else is as in the base, \(base). Every step is computed from scratch with the same methods as the default plan."
        )
        if run.parameter.isCount {
            intro += text.pick(
                " Parameteren er et antal pladser: hver værdi er rundet til nærmeste hele tal (halve væk fra 0).",
                " The parameter is a number of places: each value is rounded to the nearest whole number (halves away from 0)."
            )
        }
        return intro
    }

    func thresholds(_ run: SweepRun) -> [String] {
        let analysis = run.analysis
        let steps = analysis.changeSteps
        var lines = [text.pick("## Tærskler", "## Thresholds"), ""]
        lines.append(
            text.pick(
                "Fordelingen ændrer sig ved \(text.number(steps.count)) af \(text.number(max(0, analysis.values.count - 1))) overgange mellem to nabotrin. En tærskel ligger mellem den forrige værdi og den viste (første værdi med den nye fordeling).",
                "The distribution changes at \(text.number(steps.count)) of \(text.number(max(0, analysis.values.count - 1))) transitions between neighbouring steps. A threshold lies between the previous value and the one shown (the first value with the new distribution)."
            )
        )
        if !steps.isEmpty {
            let shown = steps.prefix(Self.listLimit).map { text.sweepValue(analysis.values[$0], run.parameter) }
            let more =
                steps.count > Self.listLimit
                ? text.pick(
                    " … og \(text.number(steps.count - Self.listLimit)) flere (alle i CSV og JSON)",
                    " … and \(text.number(steps.count - Self.listLimit)) more (all in the CSV and JSON)"
                ) : ""
            lines += ["", text.pick("Værdier: ", "Values: ") + shown.joined(separator: ", ") + more + "."]
        }
        let turning = analysis.series.filter(\.changesDirection)
            .map { "\($0.party.name) (\(text.programmeName($0.programme)))" }
        if !turning.isEmpty {
            lines += [
                "",
                text.pick(
                    "**Bemærk:** \(text.list(turning)) får både flere og færre pladser undervejs. Afrunding til hele pladser er ikke monoton: én plads mere i regionen kan koste en kommune en plads.",
                    "**Note:** \(text.list(turning)) both gain and lose places along the way. Rounding to whole places is not monotone: one more place in the region can cost a municipality a place."
                ),
            ]
        }
        return lines + [""]
    }

    func programmeSection(_ id: String, _ run: SweepRun) -> [String] {
        let series = run.analysis.series.filter { $0.programme.id == id }
        guard let programme = series.first?.programme else { return [] }
        let values = run.analysis.values
        let columns = Self.gridSteps(values.count)
        var lines = [
            text.pick(
                "## \(programme.name(in: text.language)): pladser pr. kommune",
                "## \(programme.name(in: text.language)): places by municipality"
            ), "",
        ]
        if columns.count < values.count {
            lines += [
                text.pick(
                    "Udvalgte trin (alle trin står i CSV-filen):",
                    "Selected steps (every step is in the CSV file):"
                ), "",
            ]
        }
        let header = [text.pick("Kommune", "Municipality")] + columns.map { text.sweepValue(values[$0], run.parameter) }
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("|---|" + String(repeating: "--:|", count: columns.count))
        for item in series {
            let cells = columns.map { item.places[$0].map { text.number($0) } ?? "–" }
            lines.append("| \(text.party(item.party)) | " + cells.joined(separator: " | ") + " |")
        }
        let totals = columns.map { step in
            run.analysis.outcomes[step].plan == nil
                ? "–" : text.number(series.reduce(0) { $0 + ($1.places[step] ?? 0) })
        }
        lines.append(text.pick("| **I alt** | ", "| **Total** | ") + totals.joined(separator: " | ") + " |")
        lines += changeTable(series, run) + [""]
        return lines
    }

    func changeTable(_ series: [SweepSeries], _ run: SweepRun) -> [String] {
        var lines = [
            "",
            text.pick(
                "| Kommune | Første ændring ved | Ændringer | Ændringspunkter (værdi: før → efter) |",
                "| Municipality | First change at | Changes | Change points (value: before → after) |"
            ),
            "|---|--:|--:|---|",
        ]
        for item in series {
            let first = item.firstChange.map { text.sweepValue($0.value, run.parameter) } ?? "–"
            var points = item.changes.prefix(Self.pointLimit)
                .map { point in
                    "\(text.sweepValue(point.value, run.parameter)): \(place(point.from)) → \(place(point.to))"
                }
            if item.changes.count > Self.pointLimit { points.append("…") }
            lines.append(
                "| \(text.party(item.party)) | \(first) | \(text.number(item.changes.count)) | \(points.joined(separator: "; ")) |"
            )
        }
        return lines
    }

    func place(_ value: Int?) -> String {
        value.map { text.number($0) } ?? text.pick("ingen plan", "no plan")
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
}
