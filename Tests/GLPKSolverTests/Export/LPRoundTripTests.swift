import Foundation
import GLPKSolver
import LinearProgramming
import TestSupport
import Testing

/// The CPLEX-LP writer against GLPK's own reader and `glpsol`: a written file is the same model.
@Suite("CPLEX-LP export round trip")
struct LPRoundTripTests {
    /// Netlib LPs with ranged rows (boeing2), free and minus-infinity bounds (capri), an objective constant
    /// (e226), and MIPLIB 3 instances with binary and general integer columns (flugpl) that solve in well under 1 s.
    static let instances = [
        "netlib/afiro", "netlib/adlittle", "netlib/boeing2", "netlib/capri", "netlib/e226", "netlib/sc105",
        "netlib/share2b", "netlib/kb2", "miplib3/p0033", "miplib3/flugpl", "miplib3/egout", "miplib3/stein27",
    ]

    private static func relativeDifference(_ a: Double, _ b: Double) -> Double {
        abs(a - b) / max(1, abs(a), abs(b))
    }

    private static func withTemporaryFile<T>(_ body: (String) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder.appendingPathComponent("model.lp").path)
    }

    static let shared = Comment(rawValue: SharedData.skipMessage)

    @Test(
        "Written, read back by GLPK and solved again: the same objective to 1e-9",
        .enabled(if: SharedData.isAvailable, shared),
        arguments: instances
    )
    func sameObjective(_ instance: String) throws {
        let (model, _) = try GLPKModelReader.read(path: SharedData.path(of: instance))
        let original = try GLPKSolver().solve(model, options: SolverOptions(timeLimit: 30))
        #expect(original.termination == .optimal)
        let expected = try #require(original.objectiveValue)
        try Self.withTemporaryFile { path in
            try CPLEXLPWriter().write(model, to: path)
            let (reread, format) = try GLPKModelReader.read(path: path)
            #expect(format == .cplexLP)
            let again = try GLPKSolver().solve(reread, options: SolverOptions(timeLimit: 30))
            #expect(again.termination == .optimal)
            let objective = try #require(again.objectiveValue)
            #expect(Self.relativeDifference(objective, expected) <= 1e-9, "\(objective) vs \(expected)")
            // The shape: ranged rows split in two, free rows left out, one column for a constant.
            let ranged = model.constraints.count { $0.sense == .ranged }
            let free = model.constraints.count { $0.sense == .free }
            #expect(reread.rowCount == model.rowCount + ranged - free)
            #expect(reread.columnCount == model.columnCount + (model.objectiveConstant != 0 ? 1 : 0))
            #expect(reread.integerColumnCount == model.integerColumnCount)
        }
    }

    @Test(
        "Written and solved by glpsol --lp: the same objective to 1e-9",
        .enabled(if: SharedData.isAvailable, shared),
        .enabled(if: Glpsol.isAvailable, Comment(rawValue: Glpsol.skipMessage)),
        arguments: instances
    )
    func glpsolAgrees(_ instance: String) throws {
        let (model, _) = try GLPKModelReader.read(path: SharedData.path(of: instance))
        let expected = try #require(try GLPKSolver().solve(model).objectiveValue)
        let outcome = try Self.withTemporaryFile { path in
            try CPLEXLPWriter().write(model, to: path)
            return try Glpsol.solve(["--lp", path, "--tmlim", "30"])
        }
        let result = try #require(outcome, "glpsol wrote no solution")
        #expect(result.kind == (model.isMixedInteger ? "mip" : "bas"))
        #expect(Self.relativeDifference(result.objective, expected) <= 1e-9, "\(result.objective) vs \(expected)")
    }

    @Test(
        "Every number and name reads back bit for bit",
        .enabled(if: SharedData.isAvailable, shared),
        arguments: ["netlib/boeing2", "netlib/capri", "miplib3/flugpl"]
    )
    func exactNumbers(_ instance: String) throws {
        let (model, _) = try GLPKModelReader.read(path: SharedData.path(of: instance))
        let reread = try Self.withTemporaryFile { path in
            try CPLEXLPWriter().write(model, to: path)
            return try GLPKModelReader.read(path: path).0
        }
        let names = CPLEXLPNames(for: model)
        for (index, column) in model.variables.enumerated() {
            let copy = reread.variables[index]
            #expect(copy.name == names.columns[index])
            #expect(copy.lowerBound == column.lowerBound && copy.upperBound == column.upperBound, "\(column.name)")
            #expect(reread.objectiveCoefficients[index] == model.objectiveCoefficients[index])
        }
        var rereadRow = 0
        for (index, row) in model.constraints.enumerated() where row.sense != .free {
            let terms = model.rowTerms(ConstraintReference(index: index))
            #expect(reread.rowTerms(ConstraintReference(index: rereadRow)) == terms, "\(row.name)")
            #expect(reread.constraints[rereadRow].name == names.rows[index])
            if row.sense == .ranged {
                #expect(reread.constraints[rereadRow].lowerBound == row.lowerBound)
                #expect(reread.constraints[rereadRow + 1].upperBound == row.upperBound)
                rereadRow += 2
            } else {
                #expect(reread.constraints[rereadRow].lowerBound == row.lowerBound)
                #expect(reread.constraints[rereadRow].upperBound == row.upperBound)
                rereadRow += 1
            }
        }
    }

    @Test("Names that break the LP format (blanks, '-', '[', ':', Danish letters, a leading digit) read back")
    func awkwardNames() throws {
        var model = LinearModel(name: "names")
        let names = ["Læsø: SSA", "x-1", "flow[2,3]", "1st", ".5", "50%", "#x", "end", "bounds", "free", "inf"]
        let columns = names.map { model.addVariable($0, upperBound: 10, objective: 1) }
        model.addConstraint(.sum(columns) >= 7.25, name: "subject to")
        model.addConstraint(columns[0] - columns[1] <= 0.5, name: "st")
        model.addConstraint(columns[2] == 1, name: "e")
        model.objectiveConstant = 0.125
        let reread = try Self.withTemporaryFile { path in
            try CPLEXLPWriter().write(model, to: path)
            return try GLPKModelReader.read(path: path).0
        }
        #expect(reread.rowCount == 3)
        #expect(reread.columnCount == names.count + 1)
        #expect(Set(reread.variables.prefix(names.count).map(\.name)).count == names.count)
        let solution = try GLPKSolver().solve(reread)
        // min Σx + 0.125 with Σx ≥ 7.25: 7.375.
        #expect(solution.objectiveValue == 7.375)
    }
}
