import Foundation
import LinearProgramming

/// `"conflict": {"rows": [NAMES], "bounds": [{"column": NAME, "side": "lower"|"upper"}], …}`.
struct ConflictJSON: Encodable {
    struct Bound: Encodable {
        var column: String
        var side: String
    }

    var rows: [String]
    var bounds: [Bound]
    var irreducible: Bool
    var solves: Int

    init(_ conflict: Conflict, model: LinearModel) {
        rows = conflict.rowNames(in: model)
        bounds = conflict.boundNames(in: model).map { Bound(column: $0.column, side: $0.side.rawValue) }
        irreducible = conflict.isIrreducible
        solves = conflict.solves
    }
}

/// `"sensitivity": {"rows": […], "columns": […]}`; an infinite end of a range is `null`.
struct SensitivityJSON: Encodable {
    struct Row: Encodable {
        var name: String
        var status: String
        var activity: Double
        var dual: Double
        var rhsLow: Double?
        var rhsHigh: Double?

        enum CodingKeys: String, CodingKey {
            case name, status, activity, dual
            case rhsLow = "rhs_low"
            case rhsHigh = "rhs_high"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(status, forKey: .status)
            try container.encode(activity, forKey: .activity)
            try container.encode(dual, forKey: .dual)
            try container.encode(rhsLow, forKey: .rhsLow)  // null when unlimited or not defined
            try container.encode(rhsHigh, forKey: .rhsHigh)
        }
    }

    struct Column: Encodable {
        var name: String
        var status: String
        var value: Double
        var cost: Double
        var reducedCost: Double
        var costLow: Double?
        var costHigh: Double?
        var boundLow: Double?
        var boundHigh: Double?

        enum CodingKeys: String, CodingKey {
            case name, status, value, cost
            case reducedCost = "reduced_cost"
            case costLow = "cost_low"
            case costHigh = "cost_high"
            case boundLow = "bound_low"
            case boundHigh = "bound_high"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(status, forKey: .status)
            try container.encode(value, forKey: .value)
            try container.encode(cost, forKey: .cost)
            try container.encode(reducedCost, forKey: .reducedCost)
            try container.encode(costLow, forKey: .costLow)  // null when unlimited
            try container.encode(costHigh, forKey: .costHigh)
            try container.encode(boundLow, forKey: .boundLow)  // null when unlimited, or for a basic column
            try container.encode(boundHigh, forKey: .boundHigh)
        }
    }

    var rows: [Row]
    var columns: [Column]

    init(_ report: SensitivityReport, model: LinearModel) {
        rows = zip(report.rows, model.constraints)
            .map { entry, definition in
                Row(
                    name: definition.name,
                    status: entry.status.rawValue,
                    activity: entry.activity,
                    dual: entry.dual,
                    rhsLow: Self.finite(entry.rightHandSideRange?.lower),
                    rhsHigh: Self.finite(entry.rightHandSideRange?.upper)
                )
            }
        columns = zip(report.columns, model.variables)
            .map { entry, definition in
                Column(
                    name: definition.name,
                    status: entry.status.rawValue,
                    value: entry.value,
                    cost: entry.cost,
                    reducedCost: entry.reducedCost,
                    costLow: Self.finite(entry.costRange.lower),
                    costHigh: Self.finite(entry.costRange.upper),
                    boundLow: Self.finite(entry.boundRange?.lower),
                    boundHigh: Self.finite(entry.boundRange?.upper)
                )
            }
    }

    private static func finite(_ value: Double?) -> Double? {
        value.flatMap { $0.isFinite ? $0 : nil }
    }
}

extension SolveReport {
    /// The `--explain` section of the text output.
    func explanationLines() -> [String] {
        switch explanation {
        case nil:
            return []
        case .notInfeasible:
            return ["Conflict:   none (the model was not found infeasible: nothing to explain)"]
        case .failed(let message):
            return ["Conflict:   not found: \(message)"]
        case .conflict(let conflict):
            let rows = conflict.rows.count == 1 ? "1 row" : "\(conflict.rows.count) rows"
            let bounds = conflict.bounds.count == 1 ? "1 bound" : "\(conflict.bounds.count) bounds"
            let kind =
                conflict.isIrreducible
                ? "irreducible: without any one of them the rest can hold"
                : "the search ran out of time: infeasible, but perhaps not minimal"
            return ["Conflict:   \(rows) and \(bounds) cannot all hold (\(kind))"]
                + conflict.memberDescriptions(in: model).map { "  " + $0 }
        }
    }

    /// The `--sensitivity` section of the text output: one line per row and column.
    func sensitivityLines() -> [String] {
        guard let report = solution.sensitivity else {
            return ["Sensitivity: none (only for an LP solved to optimality)"]
        }
        var lines = ["Sensitivity (each range keeps the basis optimal, all else fixed):"]
        for (entry, definition) in zip(report.rows, model.constraints) {
            let range = entry.rightHandSideRange.map { ", rhs range \(Self.range($0))" } ?? ""
            lines.append(
                "  row \(definition.name): \(entry.status.rawValue), activity \(Self.number(entry.activity)), "
                    + "dual \(Self.number(entry.dual))\(range)"
            )
        }
        for (entry, definition) in zip(report.columns, model.variables) {
            let bound = entry.boundRange.map { ", bound range \(Self.range($0))" } ?? ""
            lines.append(
                "  column \(definition.name): \(entry.status.rawValue), value \(Self.number(entry.value)), "
                    + "cost \(Self.number(entry.cost)), cost range \(Self.range(entry.costRange))\(bound)"
            )
        }
        return lines
    }

    private static func number(_ value: Double) -> String {
        value.isInfinite ? (value > 0 ? "+inf" : "-inf") : String(format: "%.10g", value)
    }

    private static func range(_ range: ValueRange) -> String {
        "[\(number(range.lower)), \(number(range.upper))]"
    }
}
