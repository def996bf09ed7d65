import Foundation
import KKRDomain
import Testing

/// Replacing one key's rows keeps every other row, and its bytes and order, as it was.
@Suite struct KeyFileRewriterTests {
    static func rewrite(
        _ text: String,
        key: String = "age_0_5",
        rows: [(code: String, weight: Int)] = [("825", 58), ("851", 13437)]
    ) -> (text: String?, rewrite: KeyFileRewriter.Rewrite?, messages: [String]) {
        var diagnostics = DiagnosticCollector()
        let result = KeyFileRewriter.rewrite(
            Data(text.utf8),
            file: "In/distribution_keys.csv",
            key: key,
            rows: rows,
            source: "DST StatBank FOLK1A, ages 0-5, period 2024K1, file f.csv SHA-256 00",
            diagnostics: &diagnostics
        )
        return (
            result.map { String(decoding: $0.contents, as: UTF8.self) }, result, diagnostics.sorted.map(\.description)
        )
    }

    /// BOM, CRLF, a note column, a quoted field with a line break, the region's row and another key in between.
    @Test func replacesOnlyTheKeysRows() throws {
        let before =
            "\u{FEFF}key;code;weight;illustrative;source;note\r\n"
            + "population_2020;825;1786;no;DST;\"two\r\nlines\"\r\n"
            + "age_0_5;825;54;yes;assumed;x\r\n"
            + "age_6_17;825;152;yes;assumed;\r\n"
            + "age_0_5;1081;7;yes;region row;\r\n"
            + "age_0_5;851;13676;yes;assumed;\r\n"
            + "\r\n"
            + "refugees_2015;851;587;no;FACTS.md;\r\n"
        let result = Self.rewrite(before)
        let source = "DST StatBank FOLK1A, ages 0-5, period 2024K1, file f.csv SHA-256 00"
        #expect(
            result.text
                == "\u{FEFF}key;code;weight;illustrative;source;note\r\n"
                + "population_2020;825;1786;no;DST;\"two\r\nlines\"\r\n"
                + "age_0_5;825;58;no;\(source);\r\n"
                + "age_0_5;851;13437;no;\(source);\r\n"
                + "age_6_17;825;152;yes;assumed;\r\n"
                + "age_0_5;1081;7;yes;region row;\r\n"
                + "\r\n"
                + "refugees_2015;851;587;no;FACTS.md;\r\n"
        )
        #expect(result.rewrite?.oldWeights == ["825": 54, "851": 13676])
        #expect(result.rewrite?.keptCodes == ["1081"])
        #expect(result.messages.isEmpty)
        // Importing the same rows again changes nothing.
        #expect(Self.rewrite(try #require(result.text)).text == result.text)
    }

    /// A new key goes to the end, after a line end added to a last line that had none; `,` files get quotes.
    @Test func appendsANewKey() {
        let result = Self.rewrite("key,code,weight,illustrative,source\npopulation_2020,825,1786,no,DST", key: "k")
        #expect(
            result.text
                == "key,code,weight,illustrative,source\npopulation_2020,825,1786,no,DST\n"
                + "k,825,58,no,\"DST StatBank FOLK1A, ages 0-5, period 2024K1, file f.csv SHA-256 00\"\n"
                + "k,851,13437,no,\"DST StatBank FOLK1A, ages 0-5, period 2024K1, file f.csv SHA-256 00\"\n"
        )
        #expect(result.rewrite?.oldWeights.isEmpty == true)
    }

    @Test func headerWithoutSourceIsAnError() {
        let result = Self.rewrite("key;code;weight\nage_0_5;825;54\n")
        #expect(result.text == nil)
        #expect(
            result.messages == [
                "In/distribution_keys.csv:1: error: the header has no column 'illustrative', 'source' — hint: the "
                    + "header must name the columns key, code, weight, illustrative and source"
            ]
        )
    }
}
