import Allocation
import Foundation
import KKRDomain

/// The machine-readable plan: `{"year":…, "programmes":[{"programme", "target", "target_kind", "allocations":[…]}]}` and more.
///
/// Keys are sorted and numbers rounded (quotas to 6 decimals) so identical
/// inputs give identical bytes. Missing values are written as `null`, not
/// left out, so every allocation has the same keys.
public enum TraineeshipJSON {
    /// The JSON text (pretty-printed, sorted keys, trailing newline).
    public static func render(_ plan: TraineeshipPlan) throws -> String {
        try ReportJSON.render(PlanDocument(plan))
    }

    static func rounded(_ value: Double, _ decimals: Double = 1e6) -> Double {
        ReportJSON.rounded(value, toScale: decimals)
    }
}

// MARK: - Document

struct PlanDocument: Encodable {
    let plan: TraineeshipPlan
    init(_ plan: TraineeshipPlan) { self.plan = plan }

    enum Keys: String, CodingKey {
        case year, method, deviation, programmes
        case jointCapacities = "joint_capacities"
        case inputs, illustrative
        case tieRule = "tie_rule"
        case solverNotes = "solver_notes"
        case solver
        case solverRuns = "solver_runs"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(plan.year, forKey: .year)
        try container.encode(plan.method.rawValue, forKey: .method)
        try container.encode("absolute", forKey: .deviation)
        try container.encode(["larger_remainder", "larger_weight", "lower_code"], forKey: .tieRule)
        try container.encode(plan.programmes.map(ProgrammeDocument.init), forKey: .programmes)
        try container.encode(plan.solverNotes, forKey: .solverNotes)
        try container.encode(plan.solver.map { ["name": $0.name, "version": $0.version] }, forKey: .solver)
        try container.encode(plan.solverRuns, forKey: .solverRuns)
        try container.encode(plan.jointCapacities.map(JointCapacityDocument.init), forKey: .jointCapacities)
        try container.encode(plan.inputs.files.map { ["file": $0.displayName, "sha256": $0.sha256] }, forKey: .inputs)
        try container.encode(IllustrativeDocument.groups(plan.inputs, nil), forKey: .illustrative)
    }
}

struct ProgrammeDocument: Encodable {
    let plan: ProgrammePlan

    enum Keys: String, CodingKey {
        case programme, name, target
        case targetKind = "target_kind"
        case carryOver = "carry_over"
        case total, key
        case solvedWith = "solved_with"
        case allocations, splits, checks
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(plan.programme.id, forKey: .programme)
        try container.encode(plan.programme.nameEnglish, forKey: .name)
        try container.encode(plan.target.places, forKey: .target)
        try container.encode(plan.target.kind.rawValue, forKey: .targetKind)
        try container.encode(plan.carryOver, forKey: .carryOver)
        try container.encode(plan.total, forKey: .total)
        try container.encode(plan.key.id, forKey: .key)
        try container.encode(plan.solvedWith, forKey: .solvedWith)
        try container.encode(plan.rows.map(RowDocument.init), forKey: .allocations)
        try container.encode(plan.splits.map { SplitDocument(split: $0, rows: plan.rows) }, forKey: .splits)
        try container.encode(
            [
                "sum": plan.checks.sumHolds, "bounds": plan.checks.boundsHold,
                "quota_property": plan.checks.quotaPropertyHolds, "splits_add_up": plan.checks.splitsAddUp,
            ],
            forKey: .checks
        )
    }
}

struct RowDocument: Encodable {
    let row: AllocationRow

    enum Keys: String, CodingKey {
        case code, municipality, kind, weight, share, quota
        case carryOver = "carry_over"
        case boundedQuota = "bounded_quota"
        case places, floor, cap
        case lastYear = "last_year"
        case realised = "realised_last_year"
        case change
        case withinQuota = "within_quota"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(row.party.code, forKey: .code)
        try container.encode(row.party.name, forKey: .municipality)
        try container.encode(row.party.kind.rawValue, forKey: .kind)
        try container.encode(row.weight, forKey: .weight)
        try container.encode(TraineeshipJSON.rounded(row.share, 1e8), forKey: .share)
        try container.encode(TraineeshipJSON.rounded(row.quota), forKey: .quota)
        try container.encode(row.carryOver, forKey: .carryOver)
        try container.encode(TraineeshipJSON.rounded(row.boundedQuota), forKey: .boundedQuota)
        try container.encode(row.places, forKey: .places)
        try container.encode(row.floor, forKey: .floor)
        try container.encode(row.cap, forKey: .cap)
        try container.encode(row.lastYear, forKey: .lastYear)
        try container.encode(row.realised, forKey: .realised)
        try container.encode(row.change, forKey: .change)
        try container.encode(row.withinQuota, forKey: .withinQuota)
    }
}

struct SplitDocument: Encodable {
    let split: SplitPlan
    let rows: [AllocationRow]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(split.dimension.id, forKey: StringKey("dimension"))
        try container.encode(split.dimension.categories.map(\.id), forKey: StringKey("categories"))
        try container.encode(split.regionalTotals, forKey: StringKey("regional_totals"))
        let cells = zip(rows, split.cells)
            .map { row, cells in
                Dictionary(uniqueKeysWithValues: zip(split.dimension.categories.map(\.id), cells))
                    .merging(["total": row.places]) { first, _ in first }
            }
        try container.encode(
            Dictionary(uniqueKeysWithValues: zip(rows.map(\.party.code), cells)),
            forKey: StringKey("allocations")
        )
    }
}

struct JointCapacityDocument: Encodable {
    let use: JointCapacityUse

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(use.capacity.id, forKey: StringKey("id"))
        try container.encode(use.capacity.programmeIDs, forKey: StringKey("programmes"))
        try container.encode(use.holds, forKey: StringKey("holds"))
        try container.encode(
            use.uses.map { Use(code: $0.party.code, places: $0.places, cap: $0.cap) },
            forKey: StringKey("uses")
        )
    }

    struct Use: Encodable {
        let code: String
        let places: Int
        let cap: Int
    }
}
