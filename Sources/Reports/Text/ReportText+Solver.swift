import Foundation

extension ReportText {
    // MARK: - Which solver ran

    /// One library and the method it ran, as a plan records it (the values of `kkr-plan solve --json`): the library
    /// ("GLPK 5.0"), the algorithm (`dual_simplex`, …), whether a presolver ran, the model class GLPK chose its
    /// settings for (`network`, `general`; nil for CLP/CBC).
    public typealias SolverRunWords = (library: String, algorithm: String, presolve: Bool, modelClass: String?)

    /// The libraries and methods that solved a part, each once: "GLPK 5.0 (dual simplex uden presolve,
    /// indstillinger for netværksmodeller)" / "GLPK 5.0 (dual simplex, no presolve, settings for network models)";
    /// several joined as a list. Nil when none is known (a backend that names no library or method).
    public func solverRuns(_ runs: [SolverRunWords]) -> String? {
        guard !runs.isEmpty else { return nil }
        return list(runs.map { "\($0.library) (\(solveMethod($0)))" })
    }

    /// "dual simplex uden presolve, indstillinger for netværksmodeller" / "dual simplex, no presolve, settings for
    /// network models".
    func solveMethod(_ run: SolverRunWords) -> String {
        let presolve =
            run.presolve ? pick(" med presolve", ", with presolve") : pick(" uden presolve", ", no presolve")
        let settings = run.modelClass.map { ", " + modelClassSettings($0) } ?? ""
        return algorithm(run.algorithm) + presolve + settings
    }

    /// The algorithm in words, from its key in `kkr-plan solve --json`.
    func algorithm(_ key: String) -> String {
        switch key {
        case "primal_simplex": return pick("primal simplex", "primal simplex")
        case "dual_simplex": return pick("dual simplex", "dual simplex")
        case "out_of_kilter": return pick("out-of-kilter-netværksalgoritme", "out-of-kilter network algorithm")
        case "branch_and_cut": return pick("branch-and-cut", "branch-and-cut")
        default: return key.replacingOccurrences(of: "_", with: " ")
        }
    }

    /// "indstillinger for netværksmodeller" / "settings for network models".
    func modelClassSettings(_ key: String) -> String {
        switch key {
        case "network": return pick("indstillinger for netværksmodeller", "settings for network models")
        case "general": return pick("indstillinger for generelle modeller", "settings for general models")
        default: return pick("indstillinger for \(key)-modeller", "settings for \(key) models")
        }
    }
}
