import LinearProgramming
import Testing

@Suite("Merged rows")
struct MergedRowsTests {
    @Test("Repeats are added once, zeros dropped, first-appearance order kept, rows kept apart")
    func merging() {
        var model = LinearModel()
        let x = model.addVariable("x")
        let y = model.addVariable("y")
        let z = model.addVariable("z")
        model.addConstraint(z + x + z - x + y <= 1, name: "a")  // x cancels: 2z + y
        model.addConstraint(x + x <= 2, name: "b")  // 2x, with x already used by row a
        model.addConstraint(y - y >= 0, name: "empty")
        model.addConstraint(3 * y + 0 * z == 3, name: "d")
        let merged = model.mergedRows()
        #expect(merged.rowStarts == [0, 2, 3, 3, 4])
        #expect(merged.columns == [2, 1, 0, 1])
        #expect(merged.values == [2, 1, 2, 3])
        #expect(merged.range(of: 2).isEmpty)
        #expect(merged.entryCount == 4)
    }

    @Test("Agrees with rowTerms on a larger model with many repeats")
    func agreesWithRowTerms() {
        var model = LinearModel()
        let columns = (0..<30).map { model.addVariable("c\($0)") }
        for row in 0..<20 {
            let terms = (0..<60).map { LinearTerm(Double(($0 * 7 + row) % 5) - 2, columns[($0 * row + 3) % 30]) }
            model.addConstraint(LinearConstraint(terms: terms, lowerBound: 0, upperBound: 1), name: "r\(row)")
        }
        let merged = model.mergedRows()
        for row in 0..<20 {
            let view = merged.range(of: row)
                .map { LinearTerm(merged.values[$0], Variable(index: Int(merged.columns[$0]))) }
                .sorted { $0.variable < $1.variable }
            #expect(view == model.rowTerms(ConstraintReference(index: row)), "row \(row)")
        }
    }
}
