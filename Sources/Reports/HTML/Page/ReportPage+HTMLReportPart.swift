import KKRDomain

/// A document's page share on the meeting page: its sections laid out by ``HTMLDocumentRenderer``.
///
/// The share is built in the document's language; the page asking in the same language gets it as built.
extension ReportPage: HTMLReportPart {
    public func title(_ text: ReportText) -> String { title }

    public func decision(_ text: ReportText) -> [String] { decision }

    public func keyFigures(_ text: ReportText) -> [KeyFigure] { keyFigures }

    public func sections(_ text: ReportText) -> [HTMLSection] {
        let renderer = HTMLDocumentRenderer(language: text.language)
        return sections.map { HTMLSection(id: $0.id, heading: $0.heading, content: renderer.nodes($0.blocks)) }
    }

    public func method(_ text: ReportText) -> [String] { method }

    public func checks(_ text: ReportText) -> [CheckItem] { checks }

    public func illustrative(_ text: ReportText) -> [String] { illustrative }
}
