import KKRDomain
import Testing

@Suite struct NumberFormattingTests {
    @Test(arguments: [
        (1234.5, 1, "1.234,5", "1,234.5"), (0, 0, "0", "0"), (-0.0001, 2, "0,00", "0.00"),
        (1_000_000, 0, "1.000.000", "1,000,000"),
        (2.5, 0, "3", "3"), (-2.5, 0, "-3", "-3"), (0.125, 2, "0,13", "0.13"), (999.999, 2, "1.000,00", "1,000.00"),
    ])
    func formats(value: Double, decimals: Int, danish: String, english: String) {
        #expect(NumberFormatting.format(value, decimals: decimals, language: .danish) == danish)
        #expect(NumberFormatting.format(value, decimals: decimals, language: .english) == english)
    }

    @Test func spreadsheetAndPercent() {
        #expect(NumberFormatting.spreadsheet(1234.5678, decimals: 2) == "1234,57")
        #expect(NumberFormatting.percent(0.4, language: .danish) == "40,0 %")
        #expect(NumberFormatting.percent(0.4, language: .english) == "40.0%")
    }
}
