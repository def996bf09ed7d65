import LinearProgramming
import Testing

/// The CPLEX-LP reader on small files whose models are derived by hand.
@Suite("CPLEX-LP reader")
struct CPLEXLPReaderTests {
    static func read(_ text: String, path: String = "test.lp") throws(ModelReadError) -> ModelFile {
        try ModelFileReader.read(bytes: Array(text.utf8), path: path)
    }

    static let example = """
        \\ Every section; a comment line.
        Maximize
         profit: 3 x + 5 y - 2 z + 0 w
        Subject To
         c1: x + y <= 4
         - x + 2 y >= -2
         c3: x + y
           + z = 3
         c4: 2 x - x + y >= 1
        Bounds
         0 <= x <= 10
         -inf <= y <= 5
         z free
         w = 2
         b <= 1
        General
         z
        Binary
         b
         c
        End

        """

    @Test("Objective, rows, every bound form and the integer sections as derived by hand")
    func example() throws {
        let file = try Self.read(Self.example)
        #expect(file.format == .cplexLP)
        let model = file.model
        #expect(model.objectiveSense == .maximize)
        #expect(model.variables.map(\.name) == ["x", "y", "z", "w", "b", "c"])
        #expect(model.objectiveCoefficients == [3, 5, -2, 0, 0, 0])
        #expect(model.variables.map(\.kind.isInteger) == [false, false, true, false, true, true])
        #expect(model.variables.map(\.lowerBound) == [0, -.infinity, -.infinity, 2, 0, 0])
        #expect(model.variables.map(\.upperBound) == [10, 5, .infinity, 2, 1, 1])
        // The unnamed row is called after its line; 2 x − x is summed to x.
        #expect(model.constraints.map(\.name) == ["c1", "r.6", "c3", "c4"])
        #expect(model.constraints.map(\.lowerBound) == [-.infinity, -2, 3, 1])
        #expect(model.constraints.map(\.upperBound) == [4, .infinity, 3, .infinity])
        let rows = model.mergedRows()
        let entries = (0..<model.rowCount)
            .map { row in
                rows.range(of: row).map { "\(rows.columns[$0]):\(rows.values[$0])" }
            }
        #expect(
            entries == [["0:1.0", "1:1.0"], ["0:-1.0", "1:2.0"], ["0:1.0", "1:1.0", "2:1.0"], ["0:1.0", "1:1.0"]]
        )
        #expect(file.rowLines == [5, 6, 7, 9])
        #expect(file.columnLines == [3, 3, 3, 3, 15, 20])
        #expect(file.objectiveLine == 2)
    }

    @Test("Keywords in any case and spelling; a constant in the objective; no End")
    func spellings() throws {
        let text = "MINIMUM\n obj: 2 a + 7\nsuch that\n a >= 1\nbound\n a <= +inf\nINT\n a\n"
        let model = try Self.read(text).model
        #expect(model.objectiveSense == .minimize)
        #expect(model.objectiveConstant == 7)
        #expect(model.variables[0].upperBound == .infinity)
        #expect(model.variables[0].kind.isInteger)
        #expect(model.constraints[0].lowerBound == 1)
    }

    @Test("A file without the .lp extension is recognised by its first word (as from /dev/stdin)")
    func detection() throws {
        let file = try Self.read("Minimize\n obj: x\nSubject To\n c: x >= 1\nEnd\n", path: "/dev/stdin")
        #expect(file.format == .cplexLP)
    }

    @Test(
        "Malformed files: file:line:column, the problem and a hint",
        arguments: [
            ("Minimize\n obj: x\nSubject To\n c: x >= y\nEnd\n", "test.lp:4:10: error: expected the right-hand side"),
            (
                "Minimize\n obj: x\nSubject To\n c: x >= 1 2\nEnd\n",
                "test.lp:4:12: error: '2' after the right-hand side"
            ),
            (" obj: x\n", "test.lp:1:2: error: the file does not start with 'minimize' or 'maximize'"),
            ("Minimize\n obj: x\nSubject To\n c: x + 1e400 y >= 1\n", "test.lp:4:9: error: '1e400' is beyond"),
            ("Minimize\n obj: x\nSubject To\n c: x [ 1\n", "test.lp:4:7: error: character '[' is not part"),
            ("Minimize\n obj: x\nSubject To\n c: x >= 1\nBounds\n x >= +inf\n", "test.lp:6:8: error: +inf cannot be"),
            (
                "Minimize\n obj: x\nSubject To\n c: x >= 1\n c: x <= 4\n",
                "test.lp:5:2: error: constraint 'c' is defined"
            ),
            ("Minimize\n obj: x\nSubject To\n c: x >= 1\nEnd\n x\n", "test.lp:6:2: error: 'x' is in the wrong place"),
        ]
    )
    func malformed(_ text: String, _ expected: String) {
        do {
            _ = try Self.read(text)
            Issue.record("read without error")
        } catch {
            #expect(error.description.hasPrefix(expected), "\(error)")
            #expect(error.description.contains(" — hint: "))
        }
    }

    @Test("What the CPLEX-LP writer writes reads back to the same model")
    func writerRoundTrip() throws {
        var model = LinearModel(name: "round trip")
        let x = model.addVariable("x", lowerBound: -3, upperBound: 7.25, objective: 0.1)
        let y = model.addVariable("Læsø-1", kind: .integer, lowerBound: 0, upperBound: 40, objective: -2)
        let z = model.addVariable("z", kind: .binary, objective: 1e-7)
        model.objectiveConstant = 4.5
        model.addConstraint(0.3 * x + 2 * y <= 1e6, name: "cap")
        model.addConstraint(LinearConstraint(x - z, in: -1...1), name: "range")
        let text = CPLEXLPWriter().text(for: model)
        let reread = try Self.read(text).model
        // The writer's #constant column carries the constant; ranged rows become two rows.
        #expect(reread.variables.map(\.name) == ["x", "L%C3%A6s%C3%B8%2D1", "z", "#constant"])
        #expect(reread.objectiveCoefficients == [0.1, -2, 1e-7, 4.5])
        #expect(reread.variables.map(\.lowerBound) == [-3, 0, 0, 1])
        #expect(reread.variables.map(\.upperBound) == [7.25, 40, 1, 1])
        #expect(reread.constraints.map(\.name) == ["cap", "range", "range#hi"])
        #expect(reread.constraints.map(\.lowerBound) == [-.infinity, -1, -.infinity])
        #expect(reread.constraints.map(\.upperBound) == [1e6, .infinity, 1])
    }
}
