import KKRDomain
import Testing

@Suite struct NumberParserTests {
    @Test(arguments: [
        ("12", 12.0), ("12,5", 12.5), ("12.5", 12.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("1 234", 1234),
        ("1.234.567", 1_234_567), ("1,234,567", 1_234_567), ("-3", -3), ("−3,25", -3.25), ("+7", 7), ("0,001", 0.001),
        ("1\u{00A0}000", 1000),
    ])
    func reads(text: String, value: Double) {
        #expect(NumberParser.parse(text) == value)
    }

    @Test(arguments: ["", "abc", "12a", "NaN", "inf", "1e5", "1,2,3.4.5", "--1", ",", "12%"])
    func rejects(text: String) {
        #expect(NumberParser.parse(text) == nil)
    }

    @Test func wholeNumbers() {
        #expect(NumberParser.parseInteger("12,0") == 12)
        #expect(NumberParser.parseInteger("12,5") == nil)
        #expect(NumberParser.parseInteger("1e20") == nil)
    }
}
