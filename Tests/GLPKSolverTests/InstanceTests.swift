import Foundation
import GLPKSolver
import LinearProgramming
import TestSupport
import Testing

/// Netlib LP and MIPLIB 3 instances from `../shared/data/mps` against their published answers.
@Suite("Published instances", .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
struct InstanceTests {
    /// Every Netlib LP instance and its published optima: the MINOS value, plus the other solvers' values
    /// the same readme gives (quoted in the source column, e.g. "[CPLEX in same readme: -1.0958573613E+05]").
    static let netlib: [(String, [Double])] = SharedData.table("optima.csv")
        .filter { $0["kind"] == "LP" }
        .compactMap { row in
            guard let name = row["name"], let optimum = row["optimum"].flatMap(Double.init) else { return nil }
            return (name, [optimum] + alternativeOptima(in: row["source"] ?? ""))
        }

    /// The numbers after "in same readme:" in a source note.
    static func alternativeOptima(in source: String) -> [Double] {
        guard let range = source.range(of: "in same readme:") else { return [] }
        let rest = source[range.upperBound...]
        let number = rest.drop { $0 == " " }.prefix { $0.isNumber || "+-.Ee".contains($0) }
        return Double(number).map { [$0] } ?? []
    }

    /// MIPLIB 3 instances GLPK solves in seconds with default settings (glpsol_reference.csv), two of them free MPS.
    static let quickMIPs = [
        "p0033", "egout", "flugpl", "lseu", "mod008", "misc03", "stein27", "enigma", "dcmulti", "bell5",
        "gesa3", "qnet1_o", "bell3a", "blend2", "p0282", "mod010", "misc06", "gen", "dsbmip",
    ]

    static let mipOptima: [String: Double] = Dictionary(
        uniqueKeysWithValues: SharedData.table("optima.csv")
            .compactMap { row in
                guard let name = row["name"], let optimum = row["optimum"].flatMap(Double.init) else { return nil }
                return (name, optimum)
            }
    )

    @Test("Netlib LPs reach the published optimum to 1e-6 relative", arguments: netlib.map(\.0))
    func netlibOptimum(_ instance: String) throws {
        let published = try #require(Self.netlib.first { $0.0 == instance }?.1)
        let (model, _) = try ModelFileReader.read(path: SharedData.path(of: instance))
        let solution = try GLPKSolver().solve(model)
        #expect(solution.termination == .optimal)
        var objective = try #require(solution.objectiveValue)
        if instance == "netlib/e226" {
            // optima.csv: the published value excludes the objective row's constant.
            objective -= model.objectiveConstant
        }
        #expect(
            published.contains { abs(objective - $0) <= 1e-6 * max(1, abs($0)) },
            "\(objective) vs published \(published)"
        )
    }

    @Test("The Netlib LP list is complete, and alternative optima are parsed from the notes")
    func netlibListIsComplete() {
        #expect(Self.netlib.count >= 50)
        #expect(Self.alternativeOptima(in: "x (GANGES) [CPLEX in same readme: -1.0958573613E+05]") == [-109_585.736_13])
    }

    @Test("Infeasible and unbounded instances report their status", arguments: SharedData.table("status_only.csv"))
    func statusOnly(_ row: [String: String]) throws {
        let instance = try #require(row["name"])
        let expected: TerminationStatus = row["expected_status"] == "UNBOUNDED" ? .unbounded : .infeasible
        let (model, _) = try ModelFileReader.read(path: SharedData.path(of: instance))
        for presolve in [true, false] {
            let solution = try GLPKSolver().solve(model, options: SolverOptions(presolve: presolve))
            #expect(solution.termination == expected, "presolve \(presolve)")
            #expect(!solution.hasSolution)
        }
    }

    @Test("Quick MIPLIB 3 instances reach the published optimum", arguments: quickMIPs)
    func miplibOptimum(_ name: String) throws {
        let instance = "miplib3/" + name
        let expected = try #require(Self.mipOptima[instance])
        let (model, _) = try ModelFileReader.read(path: SharedData.path(of: instance))
        #expect(model.isMixedInteger)
        let solution = try GLPKSolver().solve(model, options: SolverOptions(timeLimit: 60))
        #expect(solution.termination == .optimal)
        let objective = try #require(solution.objectiveValue)
        #expect(abs(objective - expected) <= 1e-6 * max(1, abs(expected)), "\(objective) vs \(expected)")
    }

    @Test("Files that only read as free MPS are detected as free")
    func freeFormatDetection() throws {
        for name in ["gesa3", "qnet1_o", "bell3a"] {
            let (_, format) = try ModelFileReader.read(path: SharedData.path(of: "miplib3/" + name))
            #expect(format == .freeMPS, "\(name)")
        }
        let (_, format) = try ModelFileReader.read(path: SharedData.path(of: "netlib/afiro"))
        #expect(format == .fixedMPS)
    }
}
