import CGLPK
import LinearProgramming

/// Ranging of an optimal LP basis with `glp_analyze_coef` and `glp_analyze_bound`, as `glpsol --ranges` reports it.
///
/// Both GLPK routines call `abort()` unless the basic solution is optimal
/// (primal and dual feasible) and the basis factorization exists, and each
/// takes only one kind of variable: `glp_analyze_bound` non-basic ones,
/// `glp_analyze_coef` basic ones. Everything is checked here first; after
/// presolve (which leaves a basis but no factorization) the basis is
/// factorized, and when that fails the LP is re-solved without presolve
/// from that basis.
enum GLPKSensitivity {
    /// The report for the optimal LP in `problem`, or nil when no valid optimal basis can be had.
    static func analyze(_ problem: OpaquePointer, model: LinearModel, parameters: glp_smcp) -> SensitivityReport? {
        guard prepareBasis(problem, parameters: parameters) else { return nil }
        let rows = model.rowCount
        let rowReports = (0..<rows).map { row(problem, Int32($0 + 1), definition: model.constraints[$0]) }
        let columnReports = (0..<model.columnCount)
            .map {
                column(problem, Int32($0 + 1), rows: Int32(rows), sense: model.objectiveSense)
            }
        return SensitivityReport(rows: rowReports, columns: columnReports)
    }

    /// True when `problem` holds an optimal basic solution with a factorized basis (re-solving if need be).
    private static func prepareBasis(_ problem: OpaquePointer, parameters: glp_smcp) -> Bool {
        if isOptimal(problem), glp_bf_exists(problem) != 0 || glp_factorize(problem) == 0 {
            return true
        }
        var warm = parameters
        warm.presolve = GLP_OFF
        var code = glp_simplex(problem, &warm)
        if code == GLP_EBADB {
            glp_std_basis(problem)
            code = glp_simplex(problem, &warm)
        }
        return code == 0 && isOptimal(problem) && glp_bf_exists(problem) != 0
    }

    private static func isOptimal(_ problem: OpaquePointer) -> Bool {
        glp_get_status(problem) == GLP_OPT && glp_get_prim_stat(problem) == GLP_FEAS
            && glp_get_dual_stat(problem) == GLP_FEAS
    }

    private static func status(_ code: Int32) -> BasisStatus {
        switch code {
        case GLP_BS: .basic
        case GLP_NL: .atLower
        case GLP_NU: .atUpper
        case GLP_NF: .free
        default: .fixed
        }
    }

    /// GLPK's ±DBL_MAX ("no limit") as ±∞.
    private static func limit(_ value: Double) -> Double {
        value >= Double.greatestFiniteMagnitude
            ? .infinity : (value <= -Double.greatestFiniteMagnitude ? -.infinity : value)
    }

    private static func boundRange(_ problem: OpaquePointer, _ k: Int32) -> ValueRange {
        var value1 = 0.0
        var value2 = 0.0
        var var1: Int32 = 0
        var var2: Int32 = 0
        glp_analyze_bound(problem, k, &value1, &var1, &value2, &var2)
        return ValueRange(limit(value1), limit(value2))
    }

    private static func row(_ problem: OpaquePointer, _ i: Int32, definition: ConstraintDefinition) -> RowSensitivity {
        let basis = status(glp_get_row_stat(problem, i))
        let activity = glp_get_row_prim(problem, i)
        let range: ValueRange?
        switch (basis, definition.sense) {
        case (.basic, .lessOrEqual): range = ValueRange(activity, .infinity)
        case (.basic, .greaterOrEqual): range = ValueRange(-.infinity, activity)
        case (.basic, .equal): range = ValueRange(activity, activity)
        case (.basic, _), (_, .free): range = nil
        default: range = boundRange(problem, i)
        }
        return RowSensitivity(
            status: basis,
            activity: activity,
            dual: glp_get_row_dual(problem, i),
            rightHandSideRange: range
        )
    }

    private static func column(_ problem: OpaquePointer, _ j: Int32, rows: Int32, sense: ObjectiveSense)
        -> ColumnSensitivity
    {
        let basis = status(glp_get_col_stat(problem, j))
        let cost = glp_get_obj_coef(problem, j)
        let reducedCost = glp_get_col_dual(problem, j)
        let costRange: ValueRange
        var bound: ValueRange?
        if basis == .basic {
            var coef1 = 0.0
            var coef2 = 0.0
            var value1 = 0.0
            var value2 = 0.0
            var var1: Int32 = 0
            var var2: Int32 = 0
            glp_analyze_coef(problem, rows + j, &coef1, &var1, &value1, &coef2, &var2, &value2)
            costRange = ValueRange(limit(coef1), limit(coef2))
        } else {
            bound = boundRange(problem, rows + j)
            // A non-basic column stays out of the basis while its reduced cost keeps its sign (glp_print_ranges).
            switch (basis, sense) {
            case (.free, _): costRange = ValueRange(cost, cost)
            case (.fixed, _): costRange = ValueRange(-.infinity, .infinity)
            case (.atLower, .minimize), (.atUpper, .maximize): costRange = ValueRange(cost - reducedCost, .infinity)
            default: costRange = ValueRange(-.infinity, cost - reducedCost)
            }
        }
        return ColumnSensitivity(
            status: basis,
            value: glp_get_col_prim(problem, j),
            cost: cost,
            reducedCost: reducedCost,
            costRange: costRange,
            boundRange: bound
        )
    }
}
