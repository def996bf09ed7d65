import KKRDomain

/// The self-contained meeting page: one HTML file with inline CSS and SVG, built from the plan's parts.
///
/// Each part of the plan brings its share (``ReportPage``, built with its
/// ``ReportDocument``); the page asks every share for each kind of content
/// and lays them out in the order a decision-maker reads: the decisions
/// asked for, the key figures, each part's sections (charts beside tables,
/// through ``HTMLDocumentRenderer``), the method, the checks, the
/// illustrative inputs and the input files with SHA-256. A new part of the
/// plan plugs in with its document; it never edits the page. No scripts, fonts or images are
/// loaded, and nothing depends on the clock or the machine's locale, so
/// identical inputs give a byte-identical page.
public struct HTMLPage: Sendable {
    /// The plan year (title, file location).
    public var year: Int
    /// The parts' shares, in the order they appear (each built with its part's ``ReportDocument``).
    public var parts: [ReportPage]
    /// The texts.
    public var text: ReportText
    /// The page's title and main heading (default: the decision basis for ``year``).
    public var title: String

    /// Creates a page; `title` defaults to "KKR Nordjylland: beslutningsgrundlag <year>".
    public init(year: Int, parts: [ReportPage], language: Language, title: String? = nil) {
        self.year = year
        self.parts = parts
        self.text = ReportText(language)
        self.title = title ?? ReportText(language).pageTitle(year: year)
    }

    /// The file name: `rapport.html` in Danish, `report.html` in English.
    public static func fileName(_ language: Language) -> String {
        ReportText(language).pageFileName
    }

    /// The path under the output folder: `<year>/rapport.html` or `<year>/report.html`.
    public static func relativePath(year: Int, language: Language) -> String {
        "\(year)/\(fileName(language))"
    }

    /// The whole document.
    public func render() -> String {
        "<!DOCTYPE html>\n" + document.render() + "\n"
    }

    /// The `<html>` element.
    public var document: HTMLNode {
        let head = HTMLNode.element(
            "head",
            [],
            [
                .element("meta", ["charset=utf-8"]),
                .element("meta", ["name=viewport", "content=width=device-width, initial-scale=1"]),
                .element("meta", ["name=generator", "content=kkr-plan"]),
                .element("title", text: title),
                .element("style", text: PageStyle.css),
            ]
        )
        let sections = self.sections
        let body = HTMLNode.element(
            "body",
            [],
            [header, contents(sections), .element("main", [], sections.map(\.node)), footer]
        )
        return .element("html", [HTMLAttribute("lang", text.language.rawValue)], [head, body])
    }

    // MARK: - Parts of the page

    var header: HTMLNode {
        var children: [HTMLNode] = [
            .element("h1", text: title),
            .element("p", [.class("subtitle")], text: text.pageSubtitle(parts: parts.map { $0.title })),
        ]
        if parts.contains(where: { !$0.illustrative.isEmpty }) {
            let banner = text.illustrativeBanner
            children.append(
                .element(
                    "p",
                    [.class("banner"), "role=note"],
                    [.element("strong", text: banner.lead), .text(banner.rest)]
                )
            )
        }
        return .element("header", [], children)
    }

    func contents(_ sections: [PageSection]) -> HTMLNode {
        .element(
            "nav",
            [.class("toc"), HTMLAttribute("aria-label", text.contentsHeading)],
            [
                .element("h2", text: text.contentsHeading),
                .element(
                    "ol",
                    [],
                    sections.map {
                        .element("li", [], [.element("a", [HTMLAttribute("href", "#" + $0.id)], text: $0.heading)])
                    }
                ),
            ]
        )
    }

    /// Lays out blocks, key figures and checks.
    var renderer: HTMLDocumentRenderer { HTMLDocumentRenderer(language: text.language) }

    var footer: HTMLNode {
        .element("footer", [], [.element("p", text: text.pageFooter)])
    }

    /// Every section of `<main>`, in reading order.
    var sections: [PageSection] {
        var result = [
            PageSection(
                id: "decision",
                heading: text.decisionHeading,
                content: [
                    .element(
                        "div",
                        [.class("decision")],
                        parts.flatMap { $0.decision }.map { .element("p", text: $0) }
                    )
                ]
            ),
            PageSection(id: "key-figures", heading: text.keyFiguresHeading, content: [keyFigures]),
        ]
        for part in parts {
            result += part.sections.map {
                PageSection(id: $0.id, heading: $0.heading, content: renderer.nodes($0.blocks), newPage: true)
            }
        }
        result.append(
            PageSection(
                id: "method",
                heading: text.methodHeading,
                content: perPart { $0.method.map(renderer.paragraph) },
                newPage: true
            )
        )
        result.append(
            PageSection(
                id: "checks",
                heading: text.checksHeading,
                content: perPart { renderer.checkList($0.checks) }
            )
        )
        result.append(
            PageSection(id: "illustrative", heading: text.illustrativeHeading, content: illustrative, newPage: true)
        )
        result.append(PageSection(id: "inputs", heading: text.inputFilesHeading, content: inputFiles))
        return result
    }

    var keyFigures: HTMLNode {
        renderer.keyFigures(parts.flatMap { $0.keyFigures })
    }

    /// Content under a heading per part (a part with nothing to say is left out; one part needs no sub-heading).
    func perPart(_ content: (ReportPage) -> [HTMLNode]) -> [HTMLNode] {
        let contributions = parts.map { ($0.title, content($0)) }.filter { !$0.1.isEmpty }
        guard contributions.count > 1 else { return contributions.first?.1 ?? [] }
        return contributions.flatMap { title, nodes in [.element("h3", text: title)] + nodes }
    }

    var illustrative: [HTMLNode] {
        let lines = perPart { part in
            let items = part.illustrative
            return items.isEmpty ? [] : renderer.nodes(.list(items))
        }
        guard !lines.isEmpty else { return [.element("p", text: text.noIllustrative)] }
        return [.element("p", text: text.illustrativeIntro)] + lines
    }

    var inputFiles: [HTMLNode] {
        var seen: Set<String> = []
        let files = parts.flatMap(\.inputFiles).filter { seen.insert($0.displayName + "\u{0}" + $0.sha256).inserted }
        let table = HTMLTable(
            header: text.inputFilesHeader,
            rows: files.map { file in
                [HTMLTable.Cell(file.displayName), HTMLTable.Cell(file.sha256, classes: ["sha"])]
            }
        )
        return [.element("p", text: text.inputFilesIntro), .element("div", [.class("table-wrap")], [table.node])]
    }
}

/// One `<section>` of the page.
struct PageSection {
    var id: String
    var heading: String
    var content: [HTMLNode]
    /// True when printing starts a new page here.
    var newPage = false

    var node: HTMLNode {
        .element(
            "section",
            [.id(id)] + (newPage ? [.class("page")] : []),
            [.element("h2", text: heading)] + content
        )
    }
}
