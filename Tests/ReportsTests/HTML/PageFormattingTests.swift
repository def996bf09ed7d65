import KKRDomain
import Reports
import Testing

/// Danish and English conventions: numbers, amounts, dates, month names, colours that read.
@Suite struct PageFormattingTests {
    @Test func numbers() {
        #expect(ReportText(.danish).number(1234.5, decimals: 1) == "1.234,5")
        #expect(ReportText(.english).number(1234.5, decimals: 1) == "1,234.5")
        #expect(ReportText(.danish).percent(0.95, decimals: 1) == "95,0 %")
        #expect(ReportText(.english).percent(0.95, decimals: 1) == "95.0%")
    }

    /// Amounts as the Socialaftale part writes them: whole kroner with "kr.", millions with one decimal.
    @Test func amounts() {
        #expect(ReportText(.danish).kroner(1_234_567.4) == "1.234.567 kr.")
        #expect(ReportText(.english).kroner(1_234_567.4) == "1,234,567 kr")
        #expect(ReportText(.danish).millions(1_447_412_345) == "1.447,4 mio. kr.")
        #expect(ReportText(.english).millions(1_447_412_345) == "1,447.4 million kr")
    }

    @Test(arguments: [
        (2026, 6, 1, "1. juni 2026", "1 June 2026"), (2026, 12, 1, "1. december 2026", "1 December 2026"),
        (2027, 1, 31, "31. januar 2027", "31 January 2027"), (2027, 5, 15, "15. maj 2027", "15 May 2027"),
    ])
    func dates(_ year: Int, _ month: Int, _ day: Int, _ danish: String, _ english: String) {
        #expect(ReportText(.danish).date(year: year, month: month, day: day) == danish)
        #expect(ReportText(.english).date(year: year, month: month, day: day) == english)
    }

    @Test func monthNames() {
        #expect(ReportText.month(named: "juni") == 6)
        #expect(ReportText.month(named: "December") == 12)
        #expect(ReportText.month(named: "okt") == 10)
        #expect(ReportText.month(named: "ju") == nil, "too short to tell June from July")
        #expect(ReportText.month(named: "dagtilbud") == nil)
    }

    /// Placement starts become full dates in the page; names with æ/ø/å arrive intact.
    @Test func pageWordsInBothLanguages() throws {
        let danish = try SmallPlanFixture.page(.danish)
        #expect(danish.contains("Pædagoguddannelsen: praktikstart 1. juni 2027 og 1. december 2027."))
        #expect(danish.contains("Brønderslev") && danish.contains("Læsø"))
        #expect(danish.contains("<html lang=\"da\">") && danish.contains("Beslutning"))
        let english = try SmallPlanFixture.page(.english)
        #expect(english.contains("placements start 1 June 2027 and 1 December 2027."))
        #expect(english.contains("<html lang=\"en\">") && english.contains("Decision asked for"))
        #expect(!english.contains("Beslutning") && !english.contains("kommune"))
    }

    /// WCAG contrast: the formula against published pairs, then every series colour ≥ 3:1 on white.
    @Test func paletteContrast() throws {
        #expect(abs((ChartPalette.contrast("#000000", "#FFFFFF") ?? 0) - 21) < 1e-9)
        #expect(abs((ChartPalette.contrast("#767676", "#FFFFFF") ?? 0) - 4.54) < 0.01, "WebAIM's AA grey")
        #expect(abs((ChartPalette.contrast("#0072B2", "#FFFFFF") ?? 0) - 5.19) < 0.01)
        #expect(ChartPalette.contrast("#12345", "#FFFFFF") == nil)
        for colour in ChartPalette.series {
            #expect((ChartPalette.contrast(colour, "#FFFFFF") ?? 0) >= 3, "\(colour) on white")
        }
        #expect((ChartPalette.contrast(ChartPalette.ink, "#FFFFFF") ?? 0) >= 4.5)
        #expect(Set(ChartPalette.series).count == ChartPalette.series.count)
    }
}

/// Sentences shared with the Markdown reports keep their emphasis on the page.
@Suite struct InlineMarkupTests {
    @Test func boldAndCode() {
        let nodes = InlineMarkup.nodes("Én plads mere i **Sødisbakke** (`sodis`) sparer ca. 520.000 kr.")
        #expect(
            nodes == [
                .text("Én plads mere i "), .element("strong", text: "Sødisbakke"), .text(" ("),
                .element("code", text: "sodis"), .text(") sparer ca. 520.000 kr."),
            ]
        )
    }

    @Test func unpairedMarkersStayText() {
        #expect(InlineMarkup.nodes("5 ** 2 og `x") == [.text("5 ** 2 og `x")])
        #expect(InlineMarkup.nodes("") == [])
        #expect(InlineMarkup.nodes("**a** & **b**").map(\.name) == ["strong", nil, "strong"])
    }
}
