import Foundation
import LinearProgramming

/// Netlib LP and MIPLIB 3 instances from `../shared/data/mps` against their published answers.
extension ConformanceCase {
    /// Every Netlib LP instance and its published optima: the MINOS value, plus the other solvers' values
    /// the same readme gives (quoted in the source column, e.g. "[CPLEX in same readme: -1.0958573613E+05]").
    public static let netlibOptima: [(String, [Double])] = SharedData.table("optima.csv")
        .filter { $0["kind"] == "LP" }
        .compactMap { row in
            guard let name = row["name"], let optimum = row["optimum"].flatMap(Double.init) else { return nil }
            return (name, [optimum] + alternativeOptima(in: row["source"] ?? ""))
        }

    /// The numbers after "in same readme:" in a source note.
    public static func alternativeOptima(in source: String) -> [Double] {
        guard let range = source.range(of: "in same readme:") else { return [] }
        let rest = source[range.upperBound...]
        let number = rest.drop { $0 == " " }.prefix { $0.isNumber || "+-.Ee".contains($0) }
        return Double(number).map { [$0] } ?? []
    }

    /// MIPLIB 3 instances GLPK solves in seconds with default settings (glpsol_reference.csv), two of them free MPS.
    public static let quickMIPs = [
        "p0033", "egout", "flugpl", "lseu", "mod008", "misc03", "stein27", "enigma", "dcmulti", "bell5",
        "gesa3", "qnet1_o", "bell3a", "blend2", "p0282", "mod010", "misc06", "gen", "dsbmip",
    ]

    static let publishedOptima: [String: Double] = Dictionary(
        uniqueKeysWithValues: SharedData.table("optima.csv")
            .compactMap { row in
                guard let name = row["name"], let optimum = row["optimum"].flatMap(Double.init) else { return nil }
                return (name, optimum)
            }
    )

    /// The Netlib LPs reach a published optimum to 1e-6 relative.
    public static let netlib: [ConformanceCase] = netlibOptima.map { instance, published in
        ConformanceCase(instance) { solver in
            let (model, _) = try ModelFileReader.read(path: SharedData.path(of: instance))
            let solution = try solver.solve(model, options: SolverOptions(timeLimit: 60))
            guard solution.termination == .optimal, var objective = solution.objectiveValue else {
                return ["termination \(solution.termination)"]
            }
            if instance == "netlib/e226" {
                // optima.csv: the published value excludes the objective row's constant.
                objective -= model.objectiveConstant
            }
            let close = published.contains { abs(objective - $0) <= ConformanceTolerance.published * max(1, abs($0)) }
            return close ? [] : ["\(objective) vs published \(published)"]
        }
    }

    /// The quick MIPLIB 3 set reaches the published optimum (within 300 s: a generous bound, for a loaded CI machine).
    public static let miplib: [ConformanceCase] = quickMIPs.map { name in
        ConformanceCase("miplib3/\(name)", requires: [.mixedInteger, .timeLimit]) { solver in
            let instance = "miplib3/" + name
            guard let expected = publishedOptima[instance] else { return ["no published optimum"] }
            let (model, _) = try ModelFileReader.read(path: SharedData.path(of: instance))
            let solution = try solver.solve(model, options: SolverOptions(timeLimit: 300))
            guard solution.termination == .optimal, let objective = solution.objectiveValue else {
                return ["termination \(solution.termination)"]
            }
            var failures = feasibilityFailures(of: solution, in: model)
            if abs(objective - expected) > ConformanceTolerance.published * max(1, abs(expected)) {
                failures.append("\(objective) vs published \(expected)")
            }
            return failures
        }
    }

    /// Infeasible and unbounded instances (status_only.csv) report their status and no point.
    public static let statusOnly: [ConformanceCase] = SharedData.table("status_only.csv")
        .compactMap { row in
            guard let instance = row["name"] else { return nil }
            let expected: TerminationStatus = row["expected_status"] == "UNBOUNDED" ? .unbounded : .infeasible
            return ConformanceCase("status/\(instance)") { solver in
                let (model, _) = try ModelFileReader.read(path: SharedData.path(of: instance))
                let solution = try solver.solve(model, options: SolverOptions(timeLimit: 60))
                var failures: [String] = []
                if solution.termination != expected {
                    failures.append("termination \(solution.termination), expected \(expected)")
                }
                if solution.hasSolution { failures.append("a point for a model without optimum") }
                return failures
            }
        }
}
