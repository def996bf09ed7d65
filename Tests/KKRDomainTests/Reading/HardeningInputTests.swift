import Foundation
import KKRDomain
import Testing

/// Regression cases of issue 13 (input hardening): each reproducer from the issue, read through the input reader.
@Suite struct HardeningInputTests {
    static let settings = "traineeships.yaml"
    static let parties = "municipalities.csv"

    func errors(_ fixture: InputFixture) -> [String] {
        fixture.problems().lines.filter { $0.contains(": error:") }
    }

    /// Items 1–2: a regional number above 1,000,000 places is an error at the target, not a GLPK abort later.
    @Test(arguments: [1_000_001, 500_000_000, 999_999_999, 1_000_000_000_000])
    func placesOutOfRange(places: Int) throws {
        let fixture = try InputFixture()
        try fixture.replace("places: 992", with: "places: \(places)", in: Self.settings)
        #expect(
            errors(fixture) == [
                "In/traineeships.yaml:47:9: error: the regional number of 'paedagog' for 2027 is \(places), outside the supported range of places — hint: a region's training places are at most thousands; the supported range is 0 to 1000000"
            ]
        )
    }

    /// The boundary itself is valid.
    @Test func placesAtTheBoundary() throws {
        let fixture = try InputFixture()
        try fixture.replace("places: 992", with: "places: 1000000", in: Self.settings)
        #expect(errors(fixture).isEmpty)
    }

    /// Item 5: 5,000 nested brackets overflowed the parser's stack (exit 139); now one error at the bracket.
    @Test func deeplyNestedYAML() throws {
        let fixture = try InputFixture()
        let depth = 5_000
        try fixture.append(
            "x: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
            to: Self.settings
        )
        let lines = errors(fixture)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("In/traineeships.yaml:") == true)
        #expect(lines.first?.contains(":104: error: the YAML nests more than 100 brackets deep — hint:") == true)
    }

    /// Item 5: the same depth as block indentation (`- - - …`).
    @Test func deeplyIndentedYAML() throws {
        let fixture = try InputFixture()
        try fixture.append("x:\n" + String(repeating: "- ", count: 5_000) + "1", to: Self.settings)
        let lines = errors(fixture)
        #expect(lines.count == 1)
        #expect(lines.first?.contains("error: the YAML is indented more than 400 columns deep") == true)
    }

    /// Item 10: a NUL inside "Thisted" in municipalities.csv is an error at its field, not a raw NUL in 13 reports.
    @Test func controlCharacterInCSV() throws {
        let fixture = try InputFixture()
        try fixture.replace("787;Thisted;", with: "787;This\u{0}ted;", in: Self.parties)
        #expect(
            errors(fixture) == [
                "In/municipalities.csv:3:2: error: field 2 holds the control character U+0000 — hint: retype the field or save the file again as \"CSV UTF-8 (comma delimited)\"; invisible characters must not reach the reports"
            ]
        )
    }

    /// Item 11: a byte-order mark inside the `name` header is one message, not 170 cascading ones.
    @Test func byteOrderMarkInsideTheHeader() throws {
        let fixture = try InputFixture()
        try fixture.replace("code;name;", with: "code;\u{FEFF}name;", in: Self.parties)
        #expect(
            fixture.problems().lines == [
                "In/municipalities.csv:1:2: error: field 2 holds a byte-order mark (U+FEFF) inside the text — hint: retype the field or save the file again as \"CSV UTF-8 (comma delimited)\"; invisible characters must not reach the reports"
            ]
        )
    }

    /// Item 11: a required file that is a folder is bad input (65), named as such, not "missing" (66).
    @Test func requiredFileIsAFolder() throws {
        let fixture = try InputFixture()
        let url = fixture.folder.appendingPathComponent(Self.parties)
        try FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        let result = fixture.problems()
        #expect(!result.missing)
        #expect(
            result.lines == [
                "In/municipalities.csv: error: this is a folder, not a file — hint: move the folder away and put the file in its place (see Inputs/README.md)"
            ]
        )
    }

    /// Item 11: a YAML file that is not UTF-8 is told to be saved as UTF-8 text, not as "CSV UTF-8".
    @Test func yamlNotUTF8() throws {
        let fixture = try InputFixture()
        let url = fixture.folder.appendingPathComponent(Self.settings)
        var bytes = [UInt8](try Data(contentsOf: url))
        let index = try #require(bytes.firstIndex(of: 0xC3))
        bytes[index] = 0xF8
        try Data(bytes).write(to: url)
        let line = try #require(fixture.problems().lines.first)
        #expect(
            line.contains(
                "error: the file is not valid UTF-8 (first bad byte on this line) — hint: save it again as UTF-8 text"
            )
        )
        #expect(!line.contains("CSV"))
    }

    /// Item 8: a 1 MB header cell (replacing `weight`): the lookup no longer normalises it per lookup, and the
    /// message shows it cut to 40 characters; the missing column is the one message (no key is also reported empty).
    @Test func megabyteHeaderCell() throws {
        let fixture = try InputFixture()
        let huge = String(repeating: "w", count: 1_000_000)
        try fixture.replace("key;code;weight", with: "key;code;\(huge)", in: "distribution_keys.csv")
        let lines = errors(fixture)
        #expect(lines.count == 1)
        #expect(lines.first?.contains("the header has no column 'weight'") == true)
        #expect(lines.first?.contains("'" + String(repeating: "w", count: 39) + "…'") == true)
        #expect((lines.first?.count ?? .max) < 1_000)
    }
}

extension HardeningInputTests {
    /// A whole number too large for `Int` (10¹⁹) is an error, not a trap.
    @Test func placesTooLargeForAnInteger() throws {
        let fixture = try InputFixture()
        try fixture.replace("places: 992", with: "places: 10000000000000000000", in: Self.settings)
        #expect(
            errors(fixture) == [
                "In/traineeships.yaml:48:17: error: 'programmes[0].targets[0].places' is too large: 10000000000000000000 — hint: at most 1.000.000.000.000"
            ]
        )
    }
}

extension HardeningInputTests {
    /// Item 11: a YAML syntax error is one line, `file:line:column: error: … — hint: …`, without an excerpt.
    @Test func yamlSyntaxErrorOnOneLine() throws {
        let fixture = try InputFixture()
        try fixture.append("programmes: [", to: Self.settings)
        #expect(
            fixture.problems().lines == [
                "In/traineeships.yaml:117:1: error: the YAML cannot be read: did not find expected node content — hint: check indentation (spaces, not tabs), colons after keys and quotes around text with ':' or '#'"
            ]
        )
    }

    /// Item 11: the YAML reader's own errors (a control character) point at the character, on one line.
    @Test func yamlControlCharacter() throws {
        let fixture = try InputFixture()
        try fixture.append("x: \"a\u{1}b\"", to: Self.settings)
        #expect(
            fixture.problems().lines == [
                "In/traineeships.yaml:116:6: error: the YAML cannot be read: control characters are not allowed — hint: check indentation (spaces, not tabs), colons after keys and quotes around text with ':' or '#'"
            ]
        )
    }
}
