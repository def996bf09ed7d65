import KKRDomain
import Testing

/// The Danish validation messages: looked up in one catalogue, the parts of the message kept.
@Suite struct ValidationCatalogueTests {
    @Test func readerMessagesInDanish() {
        let diagnostic = Diagnostic(
            .error,
            at: SourceLocation(file: "Inputs/municipalities.csv", line: 3, column: 2),
            "field 2 holds the control character U+0000",
            hint: "retype the field or save the file again as \"CSV UTF-8 (comma delimited)\"; "
                + "invisible characters must not reach the reports"
        )
        #expect(
            diagnostic.description(in: .danish)
                == "Inputs/municipalities.csv:3:2: error: felt 2 indeholder kontroltegnet U+0000 — hint: skriv feltet igen, eller gem filen igen som \"CSV UTF-8 (kommasepareret)\"; usynlige tegn må ikke nå rapporterne"
        )
        #expect(diagnostic.description(in: .english) == diagnostic.description)
    }

    /// The parts of a message (a quoted path, numbers) land in the Danish wording in order.
    @Test func partsAreKeptInOrder() {
        #expect(
            ValidationCatalogue.text("the row has 5 fields but the header has 3 columns", in: .danish)
                == "rækken har 5 felter, men overskriften har 3 kolonner"
        )
        #expect(
            ValidationCatalogue.text("'programmes[0].targets[0].places' must be a number, not 'x'", in: .danish)
                == "'programmes[0].targets[0].places' skal være et tal, ikke 'x'"
        )
        // The longer, specific wording wins over the short pattern "e.g. {}".
        #expect(ValidationCatalogue.text("e.g. 12 or 12,5", in: .danish) == "f.eks. 12 eller 12,5")
        #expect(ValidationCatalogue.text("e.g. 7", in: .danish) == "f.eks. 7")
    }

    /// A message not in the catalogue yet stays English; English is never changed.
    @Test func uncataloguedStaysEnglish() {
        let text = "the floor 300 is above the cap 224 for Aalborg (851), programme ssa"
        #expect(ValidationCatalogue.text(text, in: .danish) == text)
        #expect(ValidationCatalogue.text("the file is missing", in: .english) == "the file is missing")
    }

    @Test func summaryLine() {
        let error = InputError(
            diagnostics: [Diagnostic(.error, at: SourceLocation(file: "a.csv"), "the file is missing")],
            isMissingInput: true
        )
        #expect(
            error.description(in: .danish) == "a.csv: error: filen mangler\n1 fejl i inputtene; intet blev skrevet."
        )
        #expect(error.description == "a.csv: error: the file is missing\n1 error in the inputs; nothing was written.")
    }
}
