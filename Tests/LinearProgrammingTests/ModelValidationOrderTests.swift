import LinearProgramming
import Testing

/// Validation's messages stay the same on its fast path (plain names, finite numbers) and its full path.
@Suite("Model validation: duplicates and order")
struct ModelValidationOrderTests {
    @Test("A duplicate names the first use, for plain and non-ASCII names, columns and rows", arguments: ["x", "Læsø"])
    func duplicateNamesFirst(_ name: String) {
        var model = LinearModel()
        let a = model.addVariable(name)
        model.addVariable("other")
        model.addVariable(name)
        model.addVariable(name)
        model.addConstraint(a >= 0, name: name)
        model.addConstraint(a <= 1, name: name)
        let messages = model.validate().map(\.description)
        #expect(
            messages == [
                "column 3 '\(name)': name '\(name)' is already used by column 1; names must be unique",
                "column 4 '\(name)': name '\(name)' is already used by column 1; names must be unique",
                "row 2 '\(name)': name '\(name)' is already used by row 1; names must be unique",
            ]
        )
    }

    @Test("Issues come in model order whichever path finds them")
    func order() {
        var model = LinearModel()
        let x = model.addVariable("x")
        model.addVariable("y", lowerBound: 2, upperBound: 1)
        model.addVariable("tab\tname")
        model.addConstraint(LinearConstraint(terms: [LinearTerm(.nan, x)], lowerBound: 0, upperBound: 1), name: "r")
        model.addConstraint(x >= 0, name: "fine")
        model.addConstraint(
            LinearConstraint(terms: [LinearTerm(1, Variable(index: 9))], lowerBound: 0, upperBound: 1),
            name: "s"
        )
        #expect(
            model.validate().map(\.kind) == [.lowerAboveUpper, .invalidNameCharacter, .notANumber, .unknownVariable]
        )
    }
}
