import Allocation
import KKRDomain

/// The training places as a part of the HTML meeting page.
///
/// Per programme: the places against the exact quota per municipality, the
/// change from last year, the splits (pædagog: specialisation and start) and
/// the joint capacities, each chart with its table.
public struct TraineeshipHTML: HTMLReportPart {
    /// The plan.
    public var plan: TraineeshipPlan
    /// The first divisor of a divisor method (named in the method).
    public var firstDivisor: Double?

    /// Creates the part.
    public init(plan: TraineeshipPlan, firstDivisor: Double? = nil) {
        self.plan = plan
        self.firstDivisor = firstDivisor
    }

    public var year: Int { plan.year }

    public func title(_ text: ReportText) -> String { TraineeshipText(text.language).traineeshipsTitle }

    public func decision(_ text: ReportText) -> [String] {
        let words = TraineeshipText(text.language)
        let totals = plan.programmes.map { "\(text.programmeName($0.programme)) \(text.number($0.total))" }
        let parties = Set(plan.programmes.flatMap { $0.rows.map(\.party) })
        var lines = [
            words.traineeshipDecision(
                year: plan.year,
                totals: totals,
                parties: parties.filter { $0.kind == .municipality }.count,
                region: parties.contains { $0.kind == .region }
            )
        ]
        for programme in plan.programmes {
            for split in programme.splits {
                let dates = split.dimension.categories.compactMap { words.startDate($0, year: plan.year) }
                guard !dates.isEmpty, dates.count == split.dimension.categories.count else { continue }
                lines.append(words.placementStarts(text.programmeName(programme.programme), dates: dates))
            }
        }
        return lines
    }

    public func keyFigures(_ text: ReportText) -> [KeyFigure] {
        let words = TraineeshipText(text.language)
        var figures = plan.programmes.map { programme in
            KeyFigure(
                label: programme.programme.name(in: text.language),
                value: text.number(programme.total),
                note: words.targetNote(programme),
                illustrative: programme.target.provenance.illustrative
            )
        }
        let rows = plan.programmes.flatMap(\.rows)
        let deviation = rows.map { abs(Double($0.places) - $0.quota) }.max() ?? 0
        figures.append(
            words.largestDeviation(
                deviation,
                quotaPropertyHolds: plan.programmes.allSatisfy(\.checks.quotaPropertyHolds)
            )
        )
        let changes = rows.map(\.change)
        if !changes.isEmpty, changes.allSatisfy({ $0 != nil }) {
            figures.append(words.changeFigure(changes.reduce(0) { $0 + ($1 ?? 0) }, year: plan.year))
        }
        return figures
    }

    public func sections(_ text: ReportText) -> [HTMLSection] {
        let charts = TraineeshipCharts(text: text, plan: plan)
        var sections = plan.programmes.map { programme in
            HTMLSection(
                id: "traineeships-\(programme.programme.id)",
                heading: programme.programme.name(in: text.language),
                content: charts.programme(programme)
            )
        }
        if !plan.jointCapacities.isEmpty {
            sections.append(
                HTMLSection(
                    id: "traineeships-joint-capacity",
                    heading: TraineeshipText(text.language).jointCapacityHeading,
                    content: plan.jointCapacities.enumerated().map { charts.capacity($1, index: $0).node }
                )
            )
        }
        return sections
    }

    public func method(_ text: ReportText) -> [String] {
        [
            TraineeshipText(text.language).methodLine(text.method(plan.method, firstDivisor: firstDivisor)),
            text.methodExplanation(plan.method), text.tieRule,
        ]
    }

    public func checks(_ text: ReportText) -> [CheckItem] {
        let words = TraineeshipText(text.language)
        return TraineeshipReport.checkItems(plan, text: words)
            + plan.jointCapacities.map {
                CheckItem(
                    $0.holds ? .passed : .failed,
                    words.capacityCheck($0.capacity.name(in: text.language), holds: $0.holds)
                )
            }
    }

    public func illustrative(_ text: ReportText) -> [String] {
        plan.inputs.illustrativeFigures.map { text.illustrative($0, inputs: plan.inputs) }
    }

    public var inputFiles: [InputFile] { plan.inputs.files }
}
