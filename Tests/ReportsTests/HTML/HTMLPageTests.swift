import Allocation
import Foundation
import KKRDomain
import Reports
import Testing

/// The meeting page as a whole: well-formed, self-contained, accessible, in the right language, byte-stable.
@Suite struct HTMLPageTests {
    static func defaultPage(_ language: Language) throws -> String {
        let plan = try TraineeshipReportTests.defaultPlan()
        let page = try #require(TraineeshipReportSet.document(for: plan, language: language).page)
        return HTMLPage(year: 2027, parts: [page], language: language).render()
    }

    @Test(arguments: [Language.danish, .english])
    func defaultPlanPageIsWellFormedXML(_ language: Language) throws {
        let root = try XMLTree.parse(try Self.defaultPage(language))
        #expect(root.name == "html")
        #expect(root.attributes["lang"] == language.rawValue)
        let charset = root.elements("meta").first { $0.attributes["charset"] != nil }
        #expect(charset?.attributes["charset"] == "utf-8")
        #expect(root.elements("meta").contains { $0.attributes["name"] == "viewport" })
    }

    /// Nothing is fetched: no scripts, no external style sheets, images or fonts, no http(s) reference outside the SVG namespace.
    @Test func selfContained() throws {
        let page = try Self.defaultPage(.danish)
        let root = try XMLTree.parse(page)
        for name in ["script", "link", "img", "iframe", "object"] {
            #expect(root.elements(name).isEmpty, "unexpected <\(name)>")
        }
        let withoutNamespace = page.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "")
        #expect(!withoutNamespace.contains("http://") && !withoutNamespace.contains("https://"))
        #expect(!page.contains("@import") && !page.contains("url(http"))
        let style = try #require(root.elements("style").first)
        #expect(!style.fullText.contains("<") && !style.fullText.contains("&"))
    }

    /// Every chart is an image with a title and description that screen readers find, and a table beside it.
    @Test func chartsAreAccessible() throws {
        let root = try XMLTree.parse(try Self.defaultPage(.danish))
        let ids = root.all.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count, "ids must be unique on the page")
        let charts = root.elements("svg")
        #expect(charts.count == 4 * 2 + 2 + 1, "quota and change per programme, two pædagog splits, one capacity")
        for svg in charts {
            #expect(svg.attributes["role"] == "img")
            let title = try #require(svg.children.first { $0.name == "title" })
            let desc = try #require(svg.children.first { $0.name == "desc" })
            #expect(!title.text.isEmpty && !desc.text.isEmpty)
            #expect(
                svg.attributes["aria-labelledby"] == "\(title.attributes["id"] ?? "?") \(desc.attributes["id"] ?? "?")"
            )
            #expect(svg.elements("text").contains { $0.hasClass("axis-label") }, "axis labels")
            let figure = try #require(svg.parent?.parent)
            #expect(figure.name == "figure" && !figure.elements("table").isEmpty, "a table beside every chart")
        }
    }

    /// The page opens with the decision and the key figures and closes with method, checks, illustrative inputs and files.
    @Test func sectionsInReadingOrder() throws {
        let root = try XMLTree.parse(try Self.defaultPage(.danish))
        let sections = root.elements("section").compactMap { $0.attributes["id"] }
        #expect(
            sections == [
                "decision", "key-figures", "traineeships-paedagog", "traineeships-pau", "traineeships-ssh",
                "traineeships-ssa", "traineeships-joint-capacity", "method", "checks", "illustrative", "inputs",
            ]
        )
        let decision = try #require(root.elements("section").first)
        #expect(decision.fullText.contains("bedes godkende fordelingen af praktikpladser 2027 mellem de 11 kommuner"))
        #expect(decision.fullText.contains("Pædagoguddannelsen 992, PAU 175, SSH 313 og SSA 625 pladser"))
        let checks = root.elements("li").filter { $0.attributes["data-status"] != nil }
        #expect(checks.count == 6 && checks.allSatisfy { $0.attributes["data-status"] == "passed" })
    }

    /// The inputs with their SHA-256, exactly as read, and the illustrative figures flagged.
    @Test func inputsAndIllustrativeFigures() throws {
        let plan = try TraineeshipReportTests.defaultPlan()
        let root = try XMLTree.parse(try Self.defaultPage(.danish))
        let inputs = try #require(root.elements("section").first { $0.attributes["id"] == "inputs" })
        let rows = inputs.elements("tbody").flatMap { $0.elements("tr") }
        #expect(rows.map { $0.children.map(\.fullText) } == plan.inputs.files.map { [$0.displayName, $0.sha256] })
        let illustrative = try #require(root.elements("section").first { $0.attributes["id"] == "illustrative" })
        #expect(illustrative.elements("li").count == plan.inputs.illustrativeFigures.count)
        #expect(root.elements("p").contains { $0.hasClass("banner") && $0.fullText.contains("illustrativt tal") })
        let marked = root.elements("div").filter { $0.hasClass("key-figure") && $0.fullText.contains("*") }
        #expect(marked.count == 4, "the four regional numbers are illustrative")
    }

    /// Print: A4, a page break before each programme; phones: a viewport and a one-column layout.
    @Test func printAndPhoneStyles() throws {
        let root = try XMLTree.parse(try Self.defaultPage(.danish))
        let css = try #require(root.elements("style").first).fullText
        #expect(css.contains("@page { size: A4;"))
        #expect(css.contains("section.page { break-before: page; page-break-before: always; }"))
        #expect(css.contains("@media (max-width: 40rem)"))
        let breaking = root.elements("section").filter { $0.hasClass("page") }.compactMap { $0.attributes["id"] }
        #expect(breaking.first == "traineeships-paedagog" && breaking.contains("method"))
    }

    /// The checker itself is strict: what a browser forgives (an HTML entity, an unclosed tag) fails here.
    @Test(arguments: ["<p>a &nbsp; b</p>", "<p><b>x</p>", "<p>a & b</p>", "<meta charset=utf-8 />", "<p>x</p><p>y</p>"])
    func parserRejectsMalformedMarkup(_ markup: String) {
        #expect(throws: XMLTree.ParseFailure.self) { try XMLTree.parse(markup) }
    }

    /// Escaping: text and attribute values with markup characters come out as entities and parse back unchanged.
    @Test func escaping() throws {
        let node = HTMLNode.element("p", [HTMLAttribute("title", "a \"b\" & 'c' <d>")], text: "1 < 2 & 3 > 2 – Læsø")
        let markup = node.render()
        #expect(markup == "<p title=\"a &quot;b&quot; &amp; &#39;c&#39; &lt;d&gt;\">1 &lt; 2 &amp; 3 &gt; 2 – Læsø</p>")
        let parsed = try XMLTree.parse(markup)
        #expect(parsed.attributes["title"] == "a \"b\" & 'c' <d>" && parsed.text == "1 < 2 & 3 > 2 – Læsø")
    }

    @Test func deterministic() throws {
        #expect(try Self.defaultPage(.danish) == Self.defaultPage(.danish))
    }

    @Test func fileNames() {
        #expect(HTMLPage.relativePath(year: 2027, language: .danish) == "2027/rapport.html")
        #expect(HTMLPage.relativePath(year: 2027, language: .english) == "2027/report.html")
    }

    @Test(arguments: [(Language.danish, "small.da.html"), (.english, "small.en.html")])
    func smallCaseGolden(_ language: Language, _ name: String) throws {
        try GoldenFile.check(try SmallPlanFixture.page(language), against: name)
    }
}
