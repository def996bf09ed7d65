import CGLPK
import LinearProgramming

/// Copies a validated ``LinearModel`` into a GLPK problem.
enum GLPKLoader {
    /// The outcome of loading: either loaded, or the model is infeasible already
    /// because an integer column has no whole number between its bounds.
    enum Outcome {
        case loaded
        case emptyIntegerDomain(column: Int)
    }

    /// Loads `model` (which must have passed ``LinearModel/validate()``) into the empty `problem`.
    ///
    /// Repeated entries of a row are merged here, once, and zeros dropped;
    /// the matrix goes to GLPK in a single `glp_load_matrix` call.
    static func load(_ model: LinearModel, into problem: OpaquePointer) -> Outcome {
        let rows = model.rowCount
        let columns = model.columnCount
        glp_set_prob_name(problem, String(model.name.prefix(255)).filter { !$0.isNewline })
        glp_set_obj_dir(problem, model.objectiveSense == .minimize ? GLP_MIN : GLP_MAX)
        glp_set_obj_coef(problem, 0, model.objectiveConstant)
        if rows > 0 { glp_add_rows(problem, Int32(rows)) }
        if columns > 0 { glp_add_cols(problem, Int32(columns)) }

        for (index, row) in model.constraints.enumerated() {
            let i = Int32(index + 1)
            glp_set_row_name(problem, i, row.name)
            let bounds = GLPKBounds(lower: row.lowerBound, upper: row.upperBound)
            glp_set_row_bnds(problem, i, bounds.type, bounds.lower, bounds.upper)
        }
        var emptyDomain: Int?
        for (index, column) in model.variables.enumerated() {
            let j = Int32(index + 1)
            glp_set_col_name(problem, j, column.name)
            var lower = column.lowerBound
            var upper = column.upperBound
            if column.kind.isInteger {
                glp_set_col_kind(problem, j, GLP_IV)
                if let rounded = VariableDefinition.integerBounds(lower: lower, upper: upper) {
                    (lower, upper) = rounded
                } else {
                    emptyDomain = emptyDomain ?? index
                    (lower, upper) = (0, 0)
                }
            }
            let bounds = GLPKBounds(lower: lower, upper: upper)
            glp_set_col_bnds(problem, j, bounds.type, bounds.lower, bounds.upper)
            glp_set_obj_coef(problem, j, model.objectiveCoefficients[index])
        }
        loadMatrix(model, into: problem)
        if let column = emptyDomain { return .emptyIntegerDomain(column: column) }
        return .loaded
    }

    /// One `glp_load_matrix` call with the model's merged rows (repeats added once, zeros dropped).
    private static func loadMatrix(_ model: LinearModel, into problem: OpaquePointer) {
        let merged = model.mergedRows()
        let count = merged.entryCount
        guard count > 0 else { return }
        var ia = [Int32](repeating: 0, count: count + 1)
        var ja = [Int32](repeating: 0, count: count + 1)
        var ar = [Double](repeating: 0, count: count + 1)
        for row in 0..<model.rowCount {
            let rowNumber = Int32(row + 1)
            for entry in merged.range(of: row) {
                ia[entry + 1] = rowNumber
                ja[entry + 1] = merged.columns[entry] + 1
                ar[entry + 1] = merged.values[entry]
            }
        }
        glp_load_matrix(problem, Int32(count), ia, ja, ar)
    }
}
