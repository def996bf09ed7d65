import Foundation
import GLPKSolver
import LinearProgramming

/// What `kkr-plan solve` prints.
struct SolveReport: Encodable {
    var file: String
    var fileFormat: ModelFileFormat
    var model: LinearModel
    var solution: Solution
    /// The solver that produced `solution`.
    var solver: SolverIdentity
    /// The algorithm that produced `solution` (nil when the solver does not say).
    var method: SolveMethod?
    /// Add the `sensitivity` key (`--sensitivity`).
    var includesSensitivity = false
    /// What `--explain` found; nil when it was not asked for.
    var explanation: Explanation?

    /// The outcome of `--explain`.
    enum Explanation {
        /// The model is not infeasible: nothing to explain.
        case notInfeasible
        /// An infeasible subset of rows and bounds.
        case conflict(Conflict)
        /// The search could not decide (its message).
        case failed(String)
    }

    private enum CodingKeys: String, CodingKey {
        case file, format, sense, termination, rows, columns, seconds, solver, conflict, sensitivity
        case algorithm, presolve
        case modelClass = "model_class"
        case conflictError = "conflict_error"
        case hasSolution = "has_solution"
        case objective
        case integerColumns = "integer_columns"
        case bestBound = "best_bound"
        case objectiveConstant = "objective_constant"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(fileFormat.rawValue, forKey: .format)
        try container.encode(model.objectiveSense.rawValue, forKey: .sense)
        try container.encode(solution.termination.rawValue, forKey: .termination)
        try container.encode(solution.hasSolution, forKey: .hasSolution)
        try container.encode(solution.objectiveValue.flatMap(Self.finite), forKey: .objective)
        try container.encode(Self.finite(model.objectiveConstant), forKey: .objectiveConstant)
        try container.encode(solution.bestBound.flatMap(Self.finite), forKey: .bestBound)
        try container.encode(model.rowCount, forKey: .rows)
        try container.encode(model.columnCount, forKey: .columns)
        try container.encode(model.integerColumnCount, forKey: .integerColumns)
        try container.encode((solution.seconds * 1000).rounded() / 1000, forKey: .seconds)
        try container.encode(solver.description, forKey: .solver)
        try container.encode(method?.algorithm.rawValue, forKey: .algorithm)
        try container.encode(method?.presolve, forKey: .presolve)
        try container.encode(method?.modelClass?.rawValue, forKey: .modelClass)
        if includesSensitivity {
            try container.encode(solution.sensitivity.map { SensitivityJSON($0, model: model) }, forKey: .sensitivity)
        }
        switch explanation {
        case nil: break
        case .notInfeasible: try container.encodeNil(forKey: .conflict)
        case .conflict(let conflict): try container.encode(ConflictJSON(conflict, model: model), forKey: .conflict)
        case .failed(let message):
            try container.encodeNil(forKey: .conflict)
            try container.encode(message, forKey: .conflictError)
        }
    }

    /// `value`, or nil (JSON `null`) when it is not finite: JSON has no ∞ and no NaN.
    static func finite(_ value: Double) -> Double? {
        value.isFinite ? value : nil
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A last resort, so that encoding never fails: the values a reader acts on are mapped to null above.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity",
            negativeInfinity: "-Infinity",
            nan: "NaN"
        )
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    func text() -> String {
        let availability = solution.hasSolution ? "solution available" : "no solution available"
        var lines = [
            "File:       \(file) (\(fileFormat.rawValue))",
            "Size:       \(model.rowCount) rows, \(model.columnCount) columns (\(model.integerColumnCount) integer)",
            "Status:     \(solution.termination.rawValue) (\(availability))",
        ]
        if let objective = solution.objectiveValue {
            lines.append("Objective:  \(String(format: "%.12g", objective)) (\(model.objectiveSense.rawValue))")
        }
        if let bound = solution.bestBound, solution.termination != .optimal {
            lines.append("Best bound: \(String(format: "%.12g", bound))")
        }
        lines.append("Time:       \(String(format: "%.3f", solution.seconds)) s (\(solver))")
        if let method { lines.append("Algorithm:  \(method)") }
        lines += explanationLines()
        if includesSensitivity { lines += sensitivityLines() }
        return lines.joined(separator: "\n") + "\n"
    }
}
