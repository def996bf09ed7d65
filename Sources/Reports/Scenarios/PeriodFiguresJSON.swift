import Allocation
import KKRDomain

/// One programme's agreement period in a scenario or sweep step, for `scenarios.json` (`period_programmes`) and
/// the sweep's JSON: `{"programme", "period":{"from","to"}, "status", "period_total", "period_total_delta",
/// "max_cumulative_deviation", "within_one_place", "binding_limits", "problems"}`.
struct PeriodFiguresDocument: Encodable {
    let figures: PeriodFigures
    /// The base's figures for the delta (nil for the base itself, and in a sweep).
    let base: PeriodFigures?
    let hasDelta: Bool

    init(_ figures: PeriodFigures, base: PeriodFigures? = nil, hasDelta: Bool = false) {
        self.figures = figures
        self.base = base
        self.hasDelta = hasDelta
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(figures.programme.id, forKey: StringKey("programme"))
        try container.encode(
            ["from": figures.period.from, "to": figures.period.to],
            forKey: StringKey("period")
        )
        try container.encode(figures.plan == nil ? "infeasible" : "planned", forKey: StringKey("status"))
        try container.encode(figures.total, forKey: StringKey("period_total"))
        if hasDelta {
            let delta = figures.total.flatMap { total in base?.total.map { total - $0 } }
            try container.encode(delta, forKey: StringKey("period_total_delta"))
        }
        try container.encode(
            figures.maxCumulativeDeviation.map(PeriodJSON.rounded),
            forKey: StringKey("max_cumulative_deviation")
        )
        try container.encode(
            figures.maxCumulativeDeviation.map(PeriodProgrammePlan.isWithinOnePlace),
            forKey: StringKey("within_one_place")
        )
        try container.encode(
            (figures.plan?.bindingLimits ?? []).map(PeriodJSON.Limit.init),
            forKey: StringKey("binding_limits")
        )
        try container.encode(figures.conflicts.map(PeriodConflictDocument.init), forKey: StringKey("problems"))
    }
}

/// Why a period has no plan, as data: a year's own conflict, or the change limits across the years.
struct PeriodConflictDocument: Encodable {
    let conflict: PeriodConflict

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        switch conflict {
        case .year(let year, let inner):
            try container.encode("year", forKey: StringKey("kind"))
            try container.encode(year, forKey: StringKey("year"))
            try container.encode(ConflictDocument(conflict: inner), forKey: StringKey("conflict"))
        case .changeLimitsAcrossYears(let programmes, let years):
            try container.encode("change_limits_across_years", forKey: StringKey("kind"))
            try container.encode(programmes.map(\.id), forKey: StringKey("programmes"))
            try container.encode(years, forKey: StringKey("years"))
        }
    }
}
