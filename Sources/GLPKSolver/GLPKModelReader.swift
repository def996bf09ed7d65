import CGLPK
import LinearProgramming

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads MPS and CPLEX-LP files into ``LinearModel`` values through GLPK's readers.
///
/// `kkr-plan solve` reads model files with the solver-free ``ModelFileReader``; this
/// reader stays as the second method the tests compare it with.
///
/// Each attempt reads into a fresh GLPK problem (a failed read leaves a
/// problem emptied). For MPS the format is detected: fixed first, then free
/// (several MIPLIB files read only as free MPS).
public enum GLPKModelReader {
    /// Reads the model at `path`; the format follows the extension (`.lp` → CPLEX LP, otherwise MPS, detected).
    public static func read(path: String, format: ModelFileFormat? = nil) throws(ModelReadError) -> (
        LinearModel, ModelFileFormat
    ) {
        guard access(path, R_OK) == 0 else {
            throw ModelReadError(
                reason: .missing,
                path: path,
                message: "no such file or not readable",
                hint: "check the path"
            )
        }
        var isDirectory = false
        var info = stat()
        if stat(path, &info) == 0 { isDirectory = (info.st_mode & S_IFMT) == S_IFDIR }
        if isDirectory {
            throw ModelReadError(
                reason: .malformed,
                path: path,
                message: "this is a folder, not a file",
                hint: "give the path of an .mps or .lp file"
            )
        }
        let formats: [ModelFileFormat]
        if let format {
            formats = [format]
        } else if path.lowercased().hasSuffix(".lp") {
            formats = [.cplexLP]
        } else {
            formats = [.fixedMPS, .freeMPS]
        }
        var failures: [ModelReadError] = []
        for candidate in formats {
            switch attempt(path: path, format: candidate) {
            case .success(let model): return (model, candidate)
            case .failure(let error): failures.append(error)
            }
        }
        // Report the attempt that got furthest into the file.
        let furthest = failures.max { ($0.line ?? 0) < ($1.line ?? 0) }
        throw furthest
            ?? ModelReadError(reason: .malformed, path: path, message: "cannot be read", hint: "check the file")
    }

    private static func attempt(path: String, format: ModelFileFormat) -> Result<LinearModel, ModelReadError> {
        let terminal = GLPKTerminal(log: .silent)
        let outcome = terminal.capture {
            Result { () throws(GLPKFailure) in
                try GLPKGuard.run(terminal: terminal) {
                    withGLPKProblem { problem -> Result<LinearModel, ModelReadError> in
                        let code: Int32
                        switch format {
                        case .fixedMPS: code = glp_read_mps(problem, GLP_MPS_DECK, nil, path)
                        case .freeMPS: code = glp_read_mps(problem, GLP_MPS_FILE, nil, path)
                        case .cplexLP: code = glp_read_lp(problem, nil, path)
                        }
                        guard code == 0 else {
                            return .failure(readError(path: path, format: format, lines: terminal.lines))
                        }
                        return .success(extractModel(from: problem, fallbackName: path))
                    }
                }
            }
        }
        switch outcome {
        case .success(let result): return result
        case .failure(let failure):
            return .failure(
                ModelReadError(reason: .malformed, path: path, message: "\(failure)", hint: "see GLPK's message")
            )
        }
    }

    private static func readError(path: String, format: ModelFileFormat, lines: [String]) -> ModelReadError {
        // GLPK's reader messages look like "path:LINE: message".
        let prefix = path + ":"
        let located = lines.last { $0.hasPrefix(prefix) } ?? lines.last ?? "cannot be read"
        var line: Int?
        if located.hasPrefix(prefix) {
            let rest = located.dropFirst(prefix.count)
            line = Int(rest.prefix { $0.isNumber })
        }
        let message =
            located.hasPrefix(prefix)
            ? String(located.dropFirst(prefix.count).drop { $0.isNumber || $0 == ":" || $0 == " " }) : located
        return ModelReadError(
            reason: .malformed,
            path: path,
            message: "GLPK: \(message)",
            hint: "see GLPK's message",
            line: line,
            format: format
        )
    }

    /// Copies GLPK's problem into a ``LinearModel`` (names generated where the file had none).
    static func extractModel(from problem: OpaquePointer, fallbackName: String) -> LinearModel {
        let name = glp_get_prob_name(problem).map { String(cString: $0) } ?? fallbackName
        var model = LinearModel(name: name)
        let rows = Int(glp_get_num_rows(problem))
        let columns = Int(glp_get_num_cols(problem))
        for j in 1...max(columns, 1) where j <= columns {
            let index = Int32(j)
            let columnName = glp_get_col_name(problem, index).map { String(cString: $0) } ?? "x\(j)"
            let (lower, upper) = bounds(
                type: glp_get_col_type(problem, index),
                lower: glp_get_col_lb(problem, index),
                upper: glp_get_col_ub(problem, index)
            )
            let kind: VariableKind = glp_get_col_kind(problem, index) == GLP_CV ? .continuous : .integer
            model.addVariable(
                columnName,
                kind: kind,
                lowerBound: lower,
                upperBound: upper,
                objective: glp_get_obj_coef(problem, index)
            )
        }
        var indices = [Int32](repeating: 0, count: columns + 1)
        var values = [Double](repeating: 0, count: columns + 1)
        for i in 1...max(rows, 1) where i <= rows {
            let index = Int32(i)
            let rowName = glp_get_row_name(problem, index).map { String(cString: $0) } ?? "r\(i)"
            let (lower, upper) = bounds(
                type: glp_get_row_type(problem, index),
                lower: glp_get_row_lb(problem, index),
                upper: glp_get_row_ub(problem, index)
            )
            let length = Int(glp_get_mat_row(problem, index, &indices, &values))
            model.addConstraint(
                name: rowName,
                columns: (1...max(length, 1)).prefix(length).map { Int(indices[$0]) - 1 },
                coefficients: Array(values[1..<(length + 1)]),
                lowerBound: lower,
                upperBound: upper
            )
        }
        model.objectiveSense = glp_get_obj_dir(problem) == GLP_MAX ? .maximize : .minimize
        model.objectiveConstant = glp_get_obj_coef(problem, 0)
        return model
    }

    private static func bounds(type: Int32, lower: Double, upper: Double) -> (Double, Double) {
        switch type {
        case GLP_FR: return (-.infinity, .infinity)
        case GLP_LO: return (lower, .infinity)
        case GLP_UP: return (-.infinity, upper)
        default: return (lower, upper)
        }
    }
}
