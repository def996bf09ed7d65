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

    /// A text without an entry stays as it is; English is never changed.
    @Test func uncataloguedStaysEnglish() {
        let text = "the moon is made of cheese"
        #expect(ValidationCatalogue.text(text, in: .danish) == text)
        #expect(!ValidationCatalogue.covers(text))
        #expect(ValidationCatalogue.text("the file is missing", in: .english) == "the file is missing")
    }

    /// A sample of each family of messages, in both languages (the English is the text as written).
    @Test(arguments: [
        // Training places: the checks across files, a subject inside a message.
        (
            "the floor 300 is above the cap 224 for Aalborg (851), programme ssa",
            "bunden 300 er over loftet 224 for Aalborg (851), uddannelse ssa"
        ),
        (
            "the regional number of 'paedagog' for 2027 is 500000000, outside the supported range of places",
            "det regionale tal for 'paedagog' i 2027 er 500000000, uden for det understøttede interval for pladser"
        ),
        (
            "lower floors in the bounds file (largest: Aalborg 300, Hjørring 120) or raise the number",
            "sænk bunde i grænsefilen (største: Aalborg 300, Hjørring 120), eller hæv tallet"
        ),
        // Agreement periods.
        ("the period 2027–2050 is 24 years long", "perioden 2027–2050 er 24 år lang"),
        // Socialaftale: a message, a noun put into a message, a role.
        (
            "offer 'aal-uh-108' has 113 existing placements in Inputs/social/placements.csv but only 60 places",
            "tilbuddet 'aal-uh-108' har 113 eksisterende placeringer i Inputs/social/placements.csv, men kun 60 pladser"
        ),
        ("unknown target group 'autism' (did you mean 'autisme'?)", "ukendt målgruppe 'autism' (mente du 'autisme'?)"),
        (
            "Region Nordjylland (1081) is the region; the buyer must be a municipality",
            "Region Nordjylland (1081) er regionen; køberen skal være en kommune"
        ),
        // Scenarios: a validator message moved to the change that caused it.
        (
            "with this change, the caps of 'ssa' add up to 220, fewer than its regional number 618 for 2027",
            "med denne ændring: lofterne for 'ssa' giver tilsammen 220, færre end dens regionale tal 618 for 2027"
        ),
        // StatBank.
        (
            "Aalborg (851) has no row for age 7, inside the band ages 0-17",
            "Aalborg (851) har ingen række for alder 7 inden for intervallet aldre 0-17"
        ),
        // Commands: apportion's CSV.
        ("no claimant has a positive weight", "ingen række har en positiv vægt"),
    ])
    func familiesInBothLanguages(english: String, danish: String) {
        #expect(ValidationCatalogue.text(english, in: .danish) == danish)
        #expect(ValidationCatalogue.text(english, in: .english) == english)
    }

    /// A part in quotes is the user's own text: it is never translated, even when it reads like a word.
    @Test func quotedPartsStay() {
        #expect(ValidationCatalogue.text("unknown offer 'buyer'", in: .danish) == "ukendt tilbud 'buyer'")
        #expect(ValidationCatalogue.text("unknown section 'section'", in: .danish) == "ukendt paragraf 'section'")
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
