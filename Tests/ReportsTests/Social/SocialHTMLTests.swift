import Allocation
import Foundation
import KKRDomain
import Reports
import Testing

/// The Socialaftale part of the meeting page: well-formed, and its charts carry the plan's own numbers.
@Suite struct SocialHTMLTests {
    static func page(_ language: Language) throws -> (String, SocialPlan) {
        let plan = try SocialReportTests.defaultPlan()
        return (
            HTMLPage(
                year: plan.year,
                parts: [try #require(SocialReportSet.document(for: plan, language: language).page)],
                language: language
            )
            .render(), plan
        )
    }

    @Test func sectionsAndNumbers() throws {
        let (html, plan) = try Self.page(.danish)
        let root = try XMLTree.parse(html)
        let ids = Set(root.all.compactMap { $0.attributes["id"] })
        for id in ["social-recommendations", "social-demand", "social-occupancy", "social-place-values"] {
            #expect(ids.contains(id), "missing section \(id)")
        }
        // The demand chart's bars add up to the demand: 2,261 placed + 134 outside + 11 unmet = 2,406.
        let segments = root.all.filter {
            $0.name == "rect" && $0.hasClass("segment") && ($0.attributes["data-series"] ?? "").isEmpty == false
        }
        let demand = segments.filter {
            ["Placeret", "Uden for regionen", "Uden plads"].contains($0.attributes["data-series"] ?? "")
        }
        #expect(demand.compactMap(\.dataValue).reduce(0, +) == 2_406)
        #expect(html.contains("Borgere med behov") && html.contains("2.406"))
        // One occupancy bar per offer with empty places (those under the bound marked).
        let occupancyBars = root.all.filter { $0.attributes["data-series"] == "Belægning" && $0.name == "rect" }
        #expect(occupancyBars.count == plan.offers.filter { $0.empty > 0 }.count)
    }

    @Test func englishPage() throws {
        let (html, _) = try Self.page(.english)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("Where one more place pays") && html.contains("Offers with empty places"))
        #expect(!html.contains("**"))
    }
}
