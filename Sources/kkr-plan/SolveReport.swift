import Foundation
import GLPKSolver
import LinearProgramming

/// What `kkr-plan solve` prints.
struct SolveReport: Encodable {
    var file: String
    var fileFormat: ModelFileFormat
    var model: LinearModel
    var solution: Solution

    private enum CodingKeys: String, CodingKey {
        case file, format, sense, termination, rows, columns, seconds, solver
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
        try container.encode(solution.objectiveValue, forKey: .objective)
        try container.encode(model.objectiveConstant, forKey: .objectiveConstant)
        try container.encode(solution.bestBound, forKey: .bestBound)
        try container.encode(model.rowCount, forKey: .rows)
        try container.encode(model.columnCount, forKey: .columns)
        try container.encode(model.integerColumnCount, forKey: .integerColumns)
        try container.encode((solution.seconds * 1000).rounded() / 1000, forKey: .seconds)
        try container.encode("GLPK \(GLPKSolver.version)", forKey: .solver)
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
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
        lines.append("Time:       \(String(format: "%.3f", solution.seconds)) s (GLPK \(GLPKSolver.version))")
        return lines.joined(separator: "\n") + "\n"
    }
}
