import LinearProgramming
import Testing

/// The MPS reader on a small file whose model is derived by hand from the MPS rules.
@Suite("MPS reader")
struct MPSReaderTests {
    /// One fixed-MPS data line: fields at columns 2, 5, 15, 25, 40 and 50.
    static func fixed(_ fields: String...) -> String {
        let starts = [2, 5, 15, 25, 40, 50]
        var line = ""
        for (field, start) in zip(fields, starts) where !field.isEmpty {
            line += String(repeating: " ", count: max(0, start - 1 - line.count)) + field
        }
        return line
    }

    /// The records of the test model; each is a section name or the fields of one data line.
    static let records: [[String]] = [
        ["ROWS"], ["N", "COST"], ["L", "LIM1"], ["G", "LIM2"], ["E", "MYEQN"], ["E", "EQN2"], ["N", "FREE2"],
        ["COLUMNS"],
        ["", "X1", "COST", "1.0", "LIM1", "1.0"], ["", "X1", "LIM2", "1.0"],
        ["", "MARKER", "'MARKER'", "", "'INTORG'"],
        ["", "X2", "COST", "2.0", "LIM1", "1.0"], ["", "X2", "MYEQN", "-1.0"],
        ["", "MARKER", "'MARKER'", "", "'INTEND'"],
        ["", "X3", "COST", "-1.0", "MYEQN", "1.0"], ["", "X3", "FREE2", "5.0", "EQN2", "1.0"],
        ["", "X4", "LIM2", "0.0", "EQN2", "2.0"],
        ["RHS"], ["", "RHS", "COST", "-7.5", "LIM1", "4.0"], ["", "RHS", "LIM2", "1", "MYEQN", "7"],
        ["", "RHS", "EQN2", "3"],
        ["RANGES"], ["", "RNG", "LIM1", "2.5", "LIM2", "4.0"], ["", "RNG", "MYEQN", "-3", "EQN2", "2"],
        ["BOUNDS"], ["UP", "BND", "X1", "4"], ["MI", "BND", "X3"], ["UP", "BND", "X3", "1"],
        ["LI", "BND", "X4", "2.5"],
        ["ENDATA"],
    ]

    static func text(fixed isFixed: Bool, header: [String] = ["NAME          TESTMPS"]) -> String {
        let lines = records.map { record -> String in
            if record.count == 1 { return record[0] }
            return isFixed
                ? fixed(
                    record[0],
                    record[1],
                    record.count > 2 ? record[2] : "",
                    record.count > 3 ? record[3] : "",
                    record.count > 4 ? record[4] : "",
                    record.count > 5 ? record[5] : ""
                )
                : " " + record.filter { !$0.isEmpty }.joined(separator: " ")
        }
        return (header + ["* a comment"] + lines).joined(separator: "\n") + "\n"
    }

    static func read(_ text: String, path: String = "test.mps") throws(ModelReadError) -> ModelFile {
        try ModelFileReader.read(bytes: Array(text.utf8), path: path)
    }

    /// The model of ``records``, worked out by hand.
    static func expectHandModel(_ model: LinearModel) {
        #expect(model.variables.map(\.name) == ["X1", "X2", "X3", "X4"])
        #expect(model.variables.map(\.kind.isInteger) == [false, true, false, true])
        // X2 is a marker integer without bounds: [0, 1]; X4 LI 2.5 → lower 3, upper +∞ (LI alone lifts the 1).
        #expect(model.variables.map(\.lowerBound) == [0, 0, -.infinity, 3])
        #expect(model.variables.map(\.upperBound) == [4, 1, 1, .infinity])
        #expect(model.objectiveCoefficients == [1, 2, -1, 0])
        #expect(model.objectiveConstant == 7.5)  // RHS −7.5 on the objective row
        #expect(model.objectiveSense == .minimize)
        // The free row FREE2 is dropped; ranges: L 4 & 2.5 → [1.5, 4]; G 1 & 4 → [1, 5]; E 7 & −3 → [4, 7];
        // E 3 & 2 → [3, 5].
        #expect(model.constraints.map(\.name) == ["LIM1", "LIM2", "MYEQN", "EQN2"])
        #expect(model.constraints.map(\.lowerBound) == [1.5, 1, 4, 3])
        #expect(model.constraints.map(\.upperBound) == [4, 5, 7, 5])
        let rows = model.mergedRows()
        let entries = (0..<model.rowCount)
            .map { row in
                rows.range(of: row).map { "\(rows.columns[$0]):\(rows.values[$0])" }
            }
        #expect(entries == [["0:1.0", "1:1.0"], ["0:1.0"], ["1:-1.0", "2:1.0"], ["2:1.0", "3:2.0"]])
    }

    @Test("Fixed MPS: every section, bound type and range rule as derived by hand")
    func fixedFile() throws {
        let file = try Self.read(Self.text(fixed: true))
        #expect(file.format == .fixedMPS)
        #expect(file.model.name == "TESTMPS")
        Self.expectHandModel(file.model)
        #expect(file.rowLines == [5, 6, 7, 8])
        #expect(file.columnLines == [11, 14, 17, 19])
    }

    @Test("Free MPS gives the same model; a name that breaks the columns is detected as free")
    func freeFile() throws {
        let file = try Self.read(Self.text(fixed: false, header: ["NAME TESTMPS"]))
        #expect(file.format == .freeMPS)
        Self.expectHandModel(file.model)
        let tabs = try Self.read(Self.text(fixed: false).replacingOccurrences(of: " X1 ", with: "\tX1\t"))
        #expect(tabs.format == .freeMPS)
        Self.expectHandModel(tabs.model)
    }

    @Test("OBJSENSE MAX, on its own line or inline, and CRLF line ends")
    func objectiveSense() throws {
        for header in [["NAME TESTMPS", "OBJSENSE", "    MAX"], ["NAME TESTMPS", "OBJSENSE MAXIMIZE"]] {
            let text = Self.text(fixed: false, header: header).replacingOccurrences(of: "\n", with: "\r\n")
            let model = try Self.read(text).model
            #expect(model.objectiveSense == .maximize)
            #expect(model.objectiveCoefficients == [1, 2, -1, 0])
        }
    }

    @Test("Free MPS without the set names in RHS, RANGES and BOUNDS")
    func missingSetNames() throws {
        let text = """
            NAME
            ROWS
             N obj
             L c
            COLUMNS
             x obj 1 c 1
             y obj 1 c 1
            RHS
             c 4
            RANGES
             c 1
            BOUNDS
             UP x 2
             FR y
            ENDATA

            """
        let model = try Self.read(text).model
        #expect(model.constraints[0].lowerBound == 3 && model.constraints[0].upperBound == 4)
        #expect(model.variables[0].upperBound == 2)
        #expect(model.variables[1].lowerBound == -.infinity && model.variables[1].upperBound == .infinity)
        #expect(model.name == "test.mps")
    }

    @Test("BV, FX, PL and UI bounds")
    func otherBounds() throws {
        let text = """
            NAME bounds
            ROWS
             N obj
             G c
            COLUMNS
             a obj 1 c 1
             b obj 1 c 1
             d obj 1 c 1
             e obj 1 c 1
            BOUNDS
             BV B a
             FX B b -2.5
             PL B d
             UI B e 7.9
            ENDATA
            """
        let model = try Self.read(text).model
        #expect(model.variables.map(\.kind.isInteger) == [true, false, false, true])
        #expect(model.variables.map(\.lowerBound) == [0, -2.5, 0, 0])
        #expect(model.variables.map(\.upperBound) == [1, -2.5, .infinity, 7])
    }

    @Test(
        "Malformed files: file:line:column, the problem and a hint",
        arguments: [
            (
                "NAME x\nROWS\n N obj\nCOLUMNS\n x nope 1\nENDATA\n",
                "test.mps:5:4: error: row 'nope' is not in the ROWS"
            ),
            ("NAME x\nROWS\n N obj\nCOLUMNS\n x obj 1.5x\nENDATA\n", "test.mps:5:8: error: '1.5x' is not a number"),
            ("NAME x\nROWS\n N obj\nCOLUMNS\n x obj inf\nENDATA\n", "test.mps:5:8: error: 'inf' is not a number"),
            ("NAME x\nROWS\n N obj\nCOLUMNS\n x obj 1\n", "test.mps:5: error: the file ends without ENDATA"),
            ("NAME x\nROWS\n N obj\nCOLUMNS\n x obj 1e999\nENDATA\n", "test.mps:5:8: error: '1e999' is beyond"),
            ("NAME x\nROWS\n Q obj\nENDATA\n", "test.mps:3:2: error: row type 'Q' is not N, G, L or E"),
            ("NAME x\nROWS\n N obj\nCOLUMNS\n x obj 1\n y obj 1\n x obj 2\nENDATA\n", "test.mps:7:2: error: the lines"),
            ("NAME x\nROWS\n N obj\nQUADOBJ\nENDATA\n", "test.mps:4:1: error: unknown section 'QUADOBJ'"),
        ]
    )
    func malformed(_ text: String, _ expected: String) {
        do {
            _ = try Self.read(text)
            Issue.record("read without error")
        } catch {
            #expect(error.description.hasPrefix(expected), "\(error)")
            #expect(error.description.contains(" — hint: "))
            #expect(error.reason == .malformed)
        }
    }
}
