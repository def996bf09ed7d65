import Foundation
import GLPKSolver
import LinearProgramming
import TestSupport
import Testing

/// The solver-free ``ModelFileReader`` against GLPK's own readers (the second method) on every instance in
/// `../shared/data/mps`: the same format detected, the same sizes, names, kinds, bounds, objective and matrix
/// entries, bit for bit. The one documented difference: an RHS on the objective row is the negated constant
/// (GLPK adds it; CPLEX, Gurobi and HiGHS subtract it), which only `netlib/e226` has.
@Suite(
    "Model-file reader against GLPK's readers",
    .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage))
)
struct ModelReaderComparisonTests {
    /// Every `.mps` file of the three folders, as `folder/name`.
    static let instances: [String] = ["netlib", "netlib_infeas", "miplib3"]
        .flatMap { folder in
            let url = SharedData.mpsFolder.appendingPathComponent(folder)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return files.filter { $0.hasSuffix(".mps") }.map { folder + "/" + $0.dropLast(4) }
        }
        .sorted()

    /// The first index where `a` and `b` differ, with both values, or nil when they are equal.
    static func firstDifference<T: Equatable>(_ a: [T], _ b: [T]) -> String? {
        guard a != b else { return nil }
        guard let index = (0..<min(a.count, b.count)).first(where: { a[$0] != b[$0] }) else {
            return "lengths \(a.count) and \(b.count)"
        }
        return "at \(index): \(a[index]) vs \(b[index])"
    }

    /// Checks that `model` and `reference` are the same model (the objective constant up to `constantSign`).
    static func expectSame(_ model: LinearModel, _ reference: LinearModel, constantSign: Double = 1, _ what: String) {
        #expect(model.rowCount == reference.rowCount && model.columnCount == reference.columnCount, "\(what)")
        #expect(model.objectiveSense == reference.objectiveSense, "\(what)")
        #expect(model.objectiveConstant == constantSign * reference.objectiveConstant, "\(what)")
        let rows = model.mergedRows()
        let referenceRows = reference.mergedRows()
        let differences: [(String, String?)] = [
            ("objective", firstDifference(model.objectiveCoefficients, reference.objectiveCoefficients)),
            ("columns", firstDifference(model.variables.map(\.name), reference.variables.map(\.name))),
            (
                "kinds",
                firstDifference(model.variables.map(\.kind.isInteger), reference.variables.map(\.kind.isInteger))
            ),
            ("lower bounds", firstDifference(model.variables.map(\.lowerBound), reference.variables.map(\.lowerBound))),
            ("upper bounds", firstDifference(model.variables.map(\.upperBound), reference.variables.map(\.upperBound))),
            ("rows", firstDifference(model.constraints, reference.constraints)),
            ("row lengths", firstDifference(rows.rowStarts, referenceRows.rowStarts)),
            ("entry columns", firstDifference(rows.columns, referenceRows.columns)),
            ("entry values", firstDifference(rows.values, referenceRows.values)),
        ]
        for case (let part, let difference?) in differences {
            Issue.record("\(what): \(part) differ \(difference)")
        }
    }

    @Test("There is something to compare")
    func instancesFound() {
        #expect(Self.instances.count >= 110)
        #expect(Self.instances.contains("miplib3/bell3a") && Self.instances.contains("netlib/afiro"))
    }

    @Test("The same model and format from the MPS file", arguments: instances)
    func mps(_ instance: String) throws {
        let path = SharedData.path(of: instance)
        let (model, format) = try ModelFileReader.read(path: path)
        let (reference, referenceFormat) = try GLPKModelReader.read(path: path)
        #expect(format == referenceFormat)
        Self.expectSame(model, reference, constantSign: instance == "netlib/e226" ? -1 : 1, instance)
    }

    @Test("The same model from the CPLEX-LP file the writer makes of it", arguments: instances)
    func lp(_ instance: String) throws {
        let (model, _) = try ModelFileReader.read(path: SharedData.path(of: instance))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("model.lp").path
        try CPLEXLPWriter().write(model, to: path)
        let (reread, format) = try ModelFileReader.read(path: path)
        let (reference, _) = try GLPKModelReader.read(path: path)
        #expect(format == .cplexLP)
        Self.expectSame(reread, reference, instance)
    }
}
