import Foundation
import KKRDomain
import Testing

/// Every file shape of issue 11, item 2, as a small fixture, parsed to sums computed by hand.
@Suite struct StatBankShapeTests {
    typealias Fixture = StatBankFixture

    /// `"Læsø";"0 år";9`: no header; UTF-8, Latin-1, CRLF; `Vesthimmerlands` through statbank_name.
    @Test(arguments: ["utf8", "latin1", "crlf", "bom"])
    func webDownload(variant: String) throws {
        let text = Fixture.webDownload(lineEnd: variant == "crlf" ? "\r\n" : "\n")
        let bytes: [UInt8] =
            switch variant {
            case "latin1": Fixture.latin1(text)
            case "bom": [0xEF, 0xBB, 0xBF] + Array(text.utf8)
            default: Array(text.utf8)
            }
        let built = Fixture.build(text, bytes: bytes, measure: .ages(from: 0, to: 5))
        #expect(built.messages.isEmpty)
        #expect(
            built.weights == [
                "820": Fixture.bandSum(base: 100, 0, 5), "825": Fixture.bandSum(base: 10, 0, 5),
                "851": Fixture.bandSum(base: 1000, 0, 5),
            ]
        )
        // 6 years and over: the open band runs to the oldest age in the file (6).
        let open = Fixture.build(text, bytes: bytes, measure: .ages(from: 6, to: nil))
        #expect(open.weights == ["820": 106, "825": 16, "851": 1006])
        #expect(open.result?.source.tables == [])
        #expect(open.result?.source.period == nil)
    }

    /// API CSV: header, BOM, CRLF, region and whole-country rows, months; the population per municipality.
    @Test func apiWithRegionAndCountryRows() throws {
        let text =
            "\u{FEFF}OMRÅDE;TID;INDHOLD\r\nHele landet;2024M01;5961249\r\nRegion Nordjylland;2024M01;593135\r\n"
            + "Læsø;2024M01;1759\r\nAalborg;2024M01;222000\r\nVesthimmerlands;2024M01;36000\r\n"
        let built = Fixture.build(text, measure: .population)
        #expect(built.messages.isEmpty)
        #expect(built.weights == ["825": 1759, "851": 222_000, "820": 36000])
        #expect(built.result?.skippedRows == 2)
        #expect(built.result?.skippedAreas == ["Hele landet", "Region Nordjylland"])
        #expect(built.result?.source.period?.description == "2024M01")
        #expect(built.result?.source.periodFromOption == false)
    }

    /// The full FOLK1A variable set with totals: the totals are left out where finer rows exist.
    @Test func fullVariableSetWithTotals() throws {
        var lines = ["OMRÅDE;KØN;ALDER;CIVILSTAND;TID;INDHOLD", "Hele landet;I alt;Alder i alt;I alt;2024K1;5961249"]
        var expected: [String: Int] = [:]
        for (code, name) in [("820", "Vesthimmerlands"), ("825", "Læsø"), ("851", "Aalborg")] {
            var all = 0
            for age in ["Alder i alt", "0 år", "1 år", "2 år"] {
                var ageTotal = 0
                var fine: [String] = []
                for (sexIndex, sex) in ["Mænd", "Kvinder"].enumerated() {
                    var sexTotal = 0
                    for (statusIndex, status) in ["Ugift", "Gift/separeret"].enumerated() {
                        let count = age == "Alder i alt" ? 0 : code.count * 7 + sexIndex * 3 + statusIndex + name.count
                        sexTotal += count
                        fine.append("\(name);\(sex);\(age);\(status);2024K1;\(count)")
                    }
                    fine.append("\(name);\(sex);\(age);I alt;2024K1;\(sexTotal)")
                    ageTotal += sexTotal
                }
                if age == "Alder i alt" { continue }
                lines += fine + ["\(name);I alt;\(age);I alt;2024K1;\(ageTotal)"]
                all += ageTotal
                if age != "2 år" { expected[code, default: 0] += ageTotal }
            }
            lines.append("\(name);I alt;Alder i alt;I alt;2024K1;\(all)")
        }
        let built = Fixture.build(lines.joined(separator: "\n"), measure: .ages(from: 0, to: 1), period: "2024Q1")
        #expect(built.messages.isEmpty)
        #expect(built.weights == expected)
        // By hand for Vesthimmerlands: cells 36, 37 (men), 39, 40 (women) at each of the ages 0 and 1.
        #expect(expected["820"] == 2 * ((36 + 0 + 0) + (36 + 1) + (36 + 3) + (36 + 4)))
    }

    /// Only total categories for sex and marital status, and only `Alder i alt`: the totals are the figures.
    @Test func onlyTotalsAreUsed() throws {
        let text = """
            OMRÅDE;KØN;ALDER;CIVILSTAND;TID;INDHOLD
            Læsø;I alt;Alder i alt;I alt;2024K1;1759
            Aalborg;I alt;Alder i alt;I alt;2024K1;222000
            Vesthimmerlands;I alt;Alder i alt;I alt;2024K1;36000
            """
        #expect(Fixture.build(text, measure: .population).weights == ["825": 1759, "851": 222_000, "820": 36000])
    }

    /// English labels and codes (`valuePresentation=CodeAndValue` and `Code`), quarters as `Q`, a top band.
    @Test func englishLabelsAndCodes() throws {
        var lines = ["OMRÅDE;TID;ALDER;KØN;INDHOLD"]
        for (area, base) in [("820 Vesthimmerland", 100), ("825", 10), ("851 Aalborg", 1000)] {
            for age in 0...3 {
                for (sex, extra) in [("Men", 0), ("Women", 1)] {
                    lines.append("\(area);2021Q2;\(age) \(age == 1 ? "year" : "years");\(sex);\(base + age + extra)")
                }
            }
            lines.append("\(area);2021Q2;4 years and over;Men;\(base)")
            lines.append("\(area);2021Q2;4 years and over;Women;\(base)")
        }
        let band = Fixture.build(lines.joined(separator: "\n"), measure: .ages(from: 2, to: 3))
        #expect(band.messages.isEmpty)
        #expect(band.weights == ["820": 2 * 205 + 2, "825": 2 * 25 + 2, "851": 2 * 2005 + 2])
        let open = Fixture.build(lines.joined(separator: "\n"), measure: .ages(from: 3, to: nil))
        #expect(open.weights == ["820": 103 + 104 + 200, "825": 13 + 14 + 20, "851": 1003 + 1004 + 2000])
        #expect(open.result?.source.period?.description == "2021K2")
    }

    /// Codes only, ages as bare numbers, a title line naming the table.
    @Test func codesOnlyWithTitle() throws {
        var lines = [
            "\"FOLK1A: Befolkningen den 1. i kvartalet efter område, alder og tid\"", "OMRÅDE,ALDER,TID,INDHOLD",
        ]
        for code in ["000", "820", "825", "851"] {
            for age in 0...2 { lines.append("\(code),\(age),2024K1,\(age + 1)") }
            lines.append("\(code),IALT,2024K1,999")
        }
        let built = Fixture.build(lines.joined(separator: "\n"), measure: .ages(from: 1, to: 2), period: "2024K1")
        #expect(built.messages.isEmpty)
        #expect(built.weights == ["820": 5, "825": 5, "851": 5])
        #expect(built.result?.source.tables == ["FOLK1A"])
        #expect(built.result?.skippedRows == 4)
        #expect(
            Fixture.build(lines.joined(separator: "\n"), measure: .population).weights == [
                "820": 6, "825": 6, "851": 6,
            ]
        )
    }

    /// Periods in every notation; `--period 2024Q1` finds `2024K1`.
    @Test(arguments: [("2024K1", "2024Q1"), ("2024Q1", "2024K1"), ("2024M01", "2024m01"), ("2024", "2024")])
    func periods(label: String, option: String) throws {
        let text = ["Læsø", "Aalborg", "Vesthimmerlands"].flatMap { ["\($0);\(label);5", "\($0);2019;7"] }
            .joined(separator: "\n")
        let built = Fixture.build("OMRÅDE;TID;INDHOLD\n" + text, measure: .population, period: option)
        #expect(built.messages.isEmpty)
        #expect(built.weights == ["825": 5, "851": 5, "820": 5])
    }

    /// The source text reads back to the same import settings.
    @Test func sourceRoundTrip() throws {
        let source = StatBankSource(
            tables: ["FOLK1A"],
            measure: .ages(from: 65, to: nil),
            period: StatBankLabels.Period("2021"),
            periodFromOption: true,
            files: [.init(name: "folk 2021.csv", sha256: String(repeating: "ab", count: 32))]
        )
        #expect(
            source.text
                == "DST StatBank FOLK1A, ages 65-, period 2021 (the file does not name its quarter), "
                + "file folk 2021.csv SHA-256 \(String(repeating: "ab", count: 32))"
        )
        #expect(StatBankSource(parsing: source.text) == source)
        #expect(StatBankSource(parsing: "DST FOLK1A 1 Jan 2020 (Region Nordjylland)") == nil)
    }
}
