import LinearProgramming
import Testing

@Suite("CPLEX-LP writer")
struct CPLEXLPWriterTests {
    @Test(
        "Names GLPK reads are kept; others are percent-encoded, injectively",
        arguments: [
            ("x", "x"), ("flow(a,b)", "flow(a,b)"), ("x-1", "x%2D1"), ("a b", "a%20b"), ("1st", "%31st"),
            (".5", "%2E5"), ("50%", "%350%25"), ("a%b", "a%25b"), ("#1", "%231"), ("Læsø", "L%C3%A6s%C3%B8"),
            ("r[2]", "r%5B2%5D"),
            ("a:b", "a%3Ab"), ("e1", "e1"), ("x.1", "x.1"),
        ]
    )
    func nameEncoding(_ name: String, _ expected: String) {
        #expect(CPLEXLPNames.encode(name, fallback: "#c1") == expected)
    }

    @Test("A name too long once encoded falls back to its number")
    func longNames() {
        let name = String(repeating: "-", count: 100)  // 300 bytes encoded
        #expect(CPLEXLPNames.encode(name, fallback: "#c7") == "#c7")
        #expect(CPLEXLPNames.encode(String(repeating: "a", count: 255), fallback: "#c7").count == 255)
    }

    @Test("A small model in full: objective with every column, constant, ranged, equal, free and empty rows")
    func fullText() {
        var model = LinearModel(name: "small")
        let x = model.addVariable("x", objective: 0.1)
        let y = model.addVariable("y-1", kind: .integer, lowerBound: -3, upperBound: 7)
        let z = model.addVariable("z", kind: .binary)
        let w = model.addVariable("w", lowerBound: -.infinity, upperBound: .infinity)
        model.addVariable("v", lowerBound: 2, upperBound: 2)
        model.addVariable("u", lowerBound: -.infinity, upperBound: 5)
        model.objectiveSense = .maximize
        model.objectiveConstant = 4
        model.setObjectiveCoefficient(-1, for: y)
        model.addConstraint(LinearConstraint(x + 2 * y + x, in: 1...5), name: "range")
        model.addConstraint(x - 3 * z == -2, name: "eq")
        model.addConstraint(
            LinearConstraint(terms: [LinearTerm(1, w)], lowerBound: -.infinity, upperBound: .infinity),
            name: "free"
        )
        model.addConstraint(x - x >= 0, name: "empty")
        let expected = """
            \\ Problem: small
            \\ 4 rows, 6 columns (2 integer); written by kkr-plan with 17 significant digits
            Maximize
             obj: + 0.10000000000000001 x - y%2D1 + 0 z + 0 w + 0 v + 0 u + 4 #constant
            Subject To
             range: + 2 x + 2 y%2D1 >= 1
             range#hi: + 2 x + 2 y%2D1 <= 5
             eq: + x - 3 z = -2
            \\ free row free (constrains nothing): + w
             empty: + 0 x >= 0
            Bounds
             -3 <= y%2D1 <= 7
             0 <= z <= 1
             w free
             v = 2
             -inf <= u <= 5
             #constant = 1
            Generals
             y%2D1
            Binaries
             z
            End

            """
        #expect(CPLEXLPWriter().text(for: model) == expected)
    }

    @Test("Long rows wrap between terms, every continuation starting with a blank")
    func wrapping() {
        var model = LinearModel()
        let columns = (0..<40).map { model.addVariable("column_\($0)") }
        model.addConstraint(.sum(columns) <= 1, name: "all")
        let text = CPLEXLPWriter(lineWidth: 60).text(for: model)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 60 || !$0.contains(" + ") })
        let rowLines = lines.drop { !$0.hasPrefix(" all:") }.prefix { !$0.hasPrefix("Bounds") }
        #expect(rowLines.count > 5)
        #expect(rowLines.allSatisfy { $0.hasPrefix(" ") })
        #expect(rowLines.joined().filter { $0 == "+" }.count == 40)
    }

    @Test("A model without rows or columns still gives a file GLPK can parse")
    func emptyModel() {
        let text = CPLEXLPWriter().text(for: LinearModel(name: "empty"))
        #expect(text.contains(" obj: + 0 #empty\n"))
        #expect(text.contains(" #none: + 0 #empty >= 0\n"))
    }
}
