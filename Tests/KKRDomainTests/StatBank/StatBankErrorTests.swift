import Foundation
import KKRDomain
import Testing

/// Every error class of issue 11, item 4, with its file and line; the all-zero band is a warning.
@Suite struct StatBankErrorTests {
    typealias Fixture = StatBankFixture

    /// The web download of ``StatBankFixture/webDownload(oldest:lineEnd:)`` with line `number` (1-based) replaced.
    static func download(replacing number: Int, with line: String?) -> String {
        var lines = Fixture.webDownload().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let line { lines[number - 1] = line } else { lines.remove(at: number - 1) }
        return lines.joined(separator: "\n")
    }

    @Test func municipalityMissingFromTheFile() throws {
        // Without statbank_name, DST's "Vesthimmerlands" matches nothing: the error is on the municipality's line.
        let areas = StatBankAreas(
            parties: Fixture.areas.municipalities,
            lines: ["820": 2, "825": 3, "851": 4],
            partiesFile: "In/municipalities.csv"
        )
        var diagnostics = DiagnosticCollector()
        let export = try #require(
            StatBankReader.parse(
                Array(Fixture.webDownload().utf8),
                displayName: "folk.csv",
                fileName: "folk.csv",
                areas: areas,
                diagnostics: &diagnostics
            )
        )
        let built = StatBankKeyBuilder.build(
            [export],
            measure: .ages(from: 0, to: 5),
            period: nil,
            areas: areas,
            diagnostics: &diagnostics
        )
        #expect(built == nil)
        #expect(
            diagnostics.sorted.map(\.description) == [
                "In/municipalities.csv:2: error: Vesthimmerland (820) has no rows in folk.csv — hint: the file's areas "
                    + "that match no municipality are 'Vesthimmerlands'; if one of them is Vesthimmerland, write it in "
                    + "the column statbank_name of this line (or download the table with Vesthimmerland)"
            ]
        )
    }

    @Test func unknownLabel() {
        let built = Fixture.build(
            Self.download(replacing: 9, with: "\"Læsø\";\"to år\";12"),
            measure: .ages(from: 0, to: 5)
        )
        #expect(built.weights == nil)
        #expect(
            built.messages == [
                "folk.csv:9:2: error: unknown label 'to år' in the age column — hint: ages are written '0', '0 år', "
                    + "'0 years', '1 year', '100 år og derover' or 'Alder i alt'"
            ]
        )
    }

    @Test func sameMunicipalityAndAgeTwice() {
        // Line 11 (Læsø, 3 år) becomes a second Læsø, 2 år.
        let built = Fixture.build(
            Self.download(replacing: 11, with: "\"Læsø\";\"2 år\";13"),
            measure: .ages(from: 0, to: 1)
        )
        #expect(built.weights == nil)
        #expect(
            built.messages == [
                "folk.csv:11: error: Læsø (825), age 2 appears twice (first on line 10) — hint: remove one of the two "
                    + "rows, or download the table again"
            ]
        )
    }

    @Test func missingAgeInsideTheBand() {
        // Line 12 is Læsø, age 4: removing it leaves a gap in 0-5 after age 3 (line 11).
        let built = Fixture.build(Self.download(replacing: 12, with: nil), measure: .ages(from: 0, to: 5))
        #expect(built.weights == nil)
        #expect(
            built.messages == [
                "folk.csv:11: error: Læsø (825) has no row for age 4, inside the band ages 0-5 — hint: download the "
                    + "table with every single age of the band selected (the missing age follows this row)"
            ]
        )
        // A band that does not reach the gap is fine.
        #expect(Fixture.build(Self.download(replacing: 12, with: nil), measure: .ages(from: 0, to: 3)).messages == [])
    }

    @Test func nonNumericAndNegativeCounts() {
        let text = Self.download(replacing: 3, with: "\"Vesthimmerlands\";\"2 år\";..")
            .replacingOccurrences(of: "\"Aalborg\";\"1 år\";1001", with: "\"Aalborg\";\"1 år\";-4")
        let built = Fixture.build(text, measure: .ages(from: 0, to: 5))
        #expect(built.weights == nil)
        let hint =
            " — hint: the last column must hold the number of persons, a whole number ≥ 0 (StatBank writes '..' "
            + "for a figure it withholds: choose another table or area)"
        #expect(
            built.messages == [
                "folk.csv:3:3: error: the count '..' is not a whole number" + hint,
                "folk.csv:16:3: error: the count -4 is negative" + hint,
            ]
        )
    }

    /// A count so large that sums could overflow is refused; a sign in the year is not a period.
    @Test func hugeCountAndSignedYear() {
        let huge = Fixture.build(
            Self.download(replacing: 8, with: "\"Læsø\";\"0 år\";9223372036854775807"),
            measure: .ages(from: 0, to: 5)
        )
        #expect(
            huge.messages.first?.hasPrefix("folk.csv:8:3: error: the count 9223372036854775807 is too large") == true
        )
        #expect(StatBankLabels.Period("+202") == nil)
        #expect(StatBankLabels.Period("2024K5") == nil)
        #expect(StatBankLabels.Period("2024M12")?.description == "2024M12")
    }

    @Test func severalPeriodsWithoutPeriod() {
        let text = """
            OMRÅDE;TID;INDHOLD
            Hele landet;2021M10;5867412
            Region Nordjylland;2024M01;593135
            Læsø;2024M01;1759
            Aalborg;2024M01;222000
            Vesthimmerlands;2024M01;36000
            """
        let built = Fixture.build(text, measure: .population)
        #expect(built.weights == nil)
        #expect(
            built.messages == [
                "folk.csv:3: error: the file holds 2 periods: 2021M10 (folk.csv:2), 2024M01 (folk.csv:3) — hint: "
                    + "choose one with --period, e.g. --period 2024M01"
            ]
        )
        #expect(Fixture.build(text, measure: .population, period: "2024M01").weights?["825"] == 1759)
        #expect(
            Fixture.build(text, measure: .population, period: "2023M01").messages == [
                "folk.csv:2: error: the file has no rows for the period 2023M01; it holds 2021M10 (folk.csv:2), "
                    + "2024M01 (folk.csv:3) — hint: choose one of the periods found with --period"
            ]
        )
    }

    @Test func unreadableEncoding() {
        // UTF-16 (as Excel's "Unicode text") and Windows-1252's en dash (0x96) on line 2.
        let utf16: [UInt8] =
            [0xFF, 0xFE] + Array("\"Læsø\";\"0 år\";9\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(
            Fixture.build("", bytes: utf16, measure: .population).messages == [
                "folk.csv:1: error: the file's encoding cannot be read: it is UTF-16 or binary, not a StatBank CSV — "
                    + "hint: download the table again from StatBank as CSV (semicolon-separated), UTF-8 or Latin-1"
            ]
        )
        let windows = Fixture.latin1("\"Læsø\";\"0 år\";9\n") + [0x22, 0x96, 0x22, 0x3B, 0x31, 0x0A]
        #expect(
            Fixture.build("", bytes: windows, measure: .population).messages == [
                "folk.csv:2: error: the file's encoding cannot be read: it is neither UTF-8 nor Latin-1 (first bad "
                    + "byte on this line) — hint: download the table again from StatBank as CSV, or save the file as UTF-8"
            ]
        )
    }

    @Test(arguments: ["", "\n\n", "\u{FEFF}", "OMRÅDE;ALDER;TID;INDHOLD\n"])
    func emptyFile(text: String) {
        let built = Fixture.build(text, measure: .population)
        #expect(built.weights == nil)
        #expect(built.messages.count == 1)
        #expect(built.messages.first?.hasPrefix("folk.csv:1: error: the file is empty") == true)
    }

    @Test func allZeroBandIsAWarning() {
        let text = Self.download(replacing: 8, with: "\"Læsø\";\"0 år\";0")
            .replacingOccurrences(of: "\"Læsø\";\"1 år\";11", with: "\"Læsø\";\"1 år\";0")
        let built = Fixture.build(text, measure: .ages(from: 0, to: 1))
        #expect(built.weights == ["820": 201, "825": 0, "851": 2001])
        #expect(
            built.messages == [
                "folk.csv:8: warning: every age of the band ages 0-1 is 0 for Læsø (825) — hint: the municipality gets "
                    + "weight 0 and no share; check that the right table and area were downloaded"
            ]
        )
    }

    @Test func noAreaColumn() {
        // The English example of the issue names no area: no key can come from it.
        let built = Fixture.build(
            "TID;ALDER;KØN;INDHOLD\n2021Q2;0 years;Men;31649\n2021Q2;1 year;Men;31863\n",
            measure: .ages(from: 0, to: 1)
        )
        #expect(
            built.messages == [
                "folk.csv:1: error: the file has no area (municipality) column — hint: select the variable OMRÅDE "
                    + "(area) with the municipalities when downloading from StatBank"
            ]
        )
    }

    @Test func topBandCannotBeSplit() {
        let text = (0...3).map { "Læsø;\($0) år;1" }.joined(separator: "\n") + "\nLæsø;4 år og derover;9\n"
        let areas = StatBankAreas(parties: [Party(code: "825", name: "Læsø")], partiesFile: "m.csv")
        var diagnostics = DiagnosticCollector()
        let export = StatBankReader.parse(
            Array(text.utf8),
            displayName: "f.csv",
            fileName: "f.csv",
            areas: areas,
            diagnostics: &diagnostics
        )
        let band = { (measure: StatBankMeasure) -> Int? in
            StatBankKeyBuilder.build(
                [export].compactMap { $0 },
                measure: measure,
                period: nil,
                areas: areas,
                diagnostics: &diagnostics
            )?
            .weights["825"]
        }
        #expect(band(.ages(from: 2, to: nil)) == 11)
        #expect(band(.ages(from: 0, to: 3)) == 4)
        #expect(diagnostics.diagnostics.isEmpty)
        #expect(band(.ages(from: 0, to: 4)) == nil)
        #expect(
            diagnostics.sorted.map(\.description) == [
                "f.csv:5: error: the band ages 0-4 cannot be taken from Læsø (825): the file counts ages 4 and over "
                    + "together — hint: end the band below 4, or use --ages 0- (and over)"
            ]
        )
    }
}
