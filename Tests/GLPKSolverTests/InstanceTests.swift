import Foundation
import GLPKSolver
import LinearProgramming
import TestSupport
import Testing

/// GLPK with and without presolve, and the reader's format detection, on the instances of `../shared/data/mps`
/// (their answers are checked for every backend by the conformance suite, Tests/ConformanceTests).
@Suite("Published instances", .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
struct InstanceTests {
    @Test("Infeasible and unbounded instances report their status with presolve on and off")
    func statusWithAndWithoutPresolve() throws {
        for row in SharedData.table("status_only.csv") {
            let instance = try #require(row["name"])
            let expected: TerminationStatus = row["expected_status"] == "UNBOUNDED" ? .unbounded : .infeasible
            let (model, _) = try ModelFileReader.read(path: SharedData.path(of: instance))
            for presolve in [true, false] {
                let solution = try GLPKSolver(parameters: GLPKParameters(presolve: presolve)).solve(model)
                #expect(solution.termination == expected, "\(instance) presolve \(presolve)")
                #expect(!solution.hasSolution)
            }
        }
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
