/// The legend of a chart: a row (wrapping) of symbols with their names, drawn under the title.
struct ChartLegend: Sendable, Hashable {
    /// What an entry's symbol looks like; it matches how the chart draws the series.
    enum Symbol: Sendable, Hashable {
        /// A filled box (a bar series), with its fill (colour or pattern).
        case box(fill: String)
        /// The short vertical tick of a reference marker (e.g. the quota).
        case marker
        /// A dashed line (a threshold).
        case dashed(colour: String)
        /// A line with a point symbol (a line series).
        case line(colour: String, dash: String?, point: PointShape)
    }

    /// One entry.
    struct Entry: Sendable, Hashable {
        var label: String
        var symbol: Symbol
    }

    var entries: [Entry]
    /// The space available for the legend.
    var width: Double
    static let rowHeight = 18.0

    /// The position of each entry (x, row) after wrapping at ``width``.
    var placements: [(x: Double, row: Int)] {
        var result: [(x: Double, row: Int)] = []
        var x = 0.0
        var row = 0
        for entry in entries {
            let size = 22 + SVG.estimatedWidth(entry.label) + 16
            if x > 0 && x + size > width {
                x = 0
                row += 1
            }
            result.append((x, row))
            x += size
        }
        return result
    }

    /// The number of rows the legend needs (0 without entries).
    var rows: Int { entries.isEmpty ? 0 : (placements.last?.row ?? 0) + 1 }

    /// The legend drawn with its top-left corner at (`left`, `top`).
    func node(left: Double, top: Double) -> HTMLNode? {
        guard !entries.isEmpty else { return nil }
        let items = zip(entries, placements)
            .map { entry, place -> HTMLNode in
                let x = left + place.x
                let y = top + Double(place.row) * Self.rowHeight
                return SVG.group(
                    [.class("legend-item")],
                    [symbol(entry.symbol, x: x, y: y), SVG.text(entry.label, x: x + 22, y: y + 11)]
                )
            }
        return SVG.group([.class("legend")], items)
    }

    func symbol(_ symbol: Symbol, x: Double, y: Double) -> HTMLNode {
        switch symbol {
        case .box(let fill):
            return SVG.rect(x: x, y: y + 1, width: 16, height: 12, [HTMLAttribute("fill", fill)])
        case .marker:
            return SVG.line(
                x1: x + 8,
                y1: y - 1,
                x2: x + 8,
                y2: y + 15,
                [HTMLAttribute("stroke", ChartPalette.ink), "stroke-width=3"]
            )
        case .dashed(let colour):
            return SVG.line(
                x1: x,
                y1: y + 7,
                x2: x + 16,
                y2: y + 7,
                [HTMLAttribute("stroke", colour), "stroke-width=2", "stroke-dasharray=4 3"]
            )
        case .line(let colour, let dash, let point):
            let stroke =
                [HTMLAttribute("stroke", colour), "stroke-width=2"]
                + (dash.map { [HTMLAttribute("stroke-dasharray", $0)] } ?? [])
            return SVG.group(
                [],
                [
                    SVG.line(x1: x, y1: y + 7, x2: x + 16, y2: y + 7, stroke),
                    point.node(x: x + 8, y: y + 7, colour: colour),
                ]
            )
        }
    }
}
