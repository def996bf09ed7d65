/// Small builders for the SVG elements of a chart, with fixed number formatting.
///
/// Coordinates are written with at most two decimals and a decimal point,
/// whatever the report language, so identical charts give identical bytes.
enum SVG {
    /// A coordinate or length: `12`, `12.5`, `12.25`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        // Beyond 10¹³ the hundredths do not fit exactly; a chart never gets there, but no value may crash it.
        guard abs(value) < 1e13 else { return String(format: "%.0f", value) }
        let hundredths = (value * 100).rounded(.toNearestOrAwayFromZero)
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = Int(abs(hundredths))
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        if fraction % 10 == 0 { return sign + "\(whole).\(fraction / 10)" }
        return sign + "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A data value for `data-value`: up to six decimals, decimal point, no grouping.
    static func dataValue(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        guard abs(value) < 1e9 else { return String(format: "%.0f", value) }
        let millionths = (value * 1_000_000).rounded(.toNearestOrAwayFromZero)
        if millionths == 0 { return "0" }
        let sign = millionths < 0 ? "-" : ""
        let magnitude = Int(abs(millionths))
        var fraction = String(magnitude % 1_000_000)
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        return sign + String(magnitude / 1_000_000) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// The `<svg>` element of a chart: an image with `labels`' title and description (for screen readers)
    /// before `content`, scaled by CSS from its `width` × `height` view box.
    static func chart(_ labels: ChartLabels, width: Double, height: Double, content: [HTMLNode]) -> HTMLNode {
        .element(
            "svg",
            [
                "xmlns=http://www.w3.org/2000/svg",
                HTMLAttribute("viewBox", "0 0 \(number(width)) \(number(height))"),
                HTMLAttribute("width", number(width)), HTMLAttribute("height", number(height)),
                "role=img", HTMLAttribute("aria-labelledby", "\(labels.id)-title \(labels.id)-desc"),
                .id(labels.id), .class("chart-svg"),
            ],
            [
                .element("title", [.id("\(labels.id)-title")], text: labels.title),
                .element("desc", [.id("\(labels.id)-desc")], text: labels.description),
            ] + content
        )
    }

    static func rect(
        x: Double,
        y: Double,
        width: Double,
        height: Double,
        _ attributes: [HTMLAttribute] = []
    ) -> HTMLNode {
        .element(
            "rect",
            [
                HTMLAttribute("x", number(x)), HTMLAttribute("y", number(y)),
                HTMLAttribute("width", number(max(0, width))), HTMLAttribute("height", number(max(0, height))),
            ] + attributes
        )
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, _ attributes: [HTMLAttribute] = []) -> HTMLNode {
        .element(
            "line",
            [
                HTMLAttribute("x1", number(x1)), HTMLAttribute("y1", number(y1)),
                HTMLAttribute("x2", number(x2)), HTMLAttribute("y2", number(y2)),
            ] + attributes
        )
    }

    /// Text at (x, y); `anchor` is `start`, `middle` or `end`.
    static func text(
        _ content: String,
        x: Double,
        y: Double,
        anchor: String = "start",
        _ attributes: [HTMLAttribute] = []
    ) -> HTMLNode {
        .element(
            "text",
            [HTMLAttribute("x", number(x)), HTMLAttribute("y", number(y))]
                + (anchor == "start" ? [] : [HTMLAttribute("text-anchor", anchor)]) + attributes,
            text: content
        )
    }

    /// A path through `points` (`M x y L x y …`).
    static func polyline(_ points: [(x: Double, y: Double)], _ attributes: [HTMLAttribute] = []) -> HTMLNode {
        let data = points.enumerated()
            .map { index, point in (index == 0 ? "M" : "L") + "\(number(point.x)) \(number(point.y))" }
            .joined(separator: " ")
        return .element("path", [HTMLAttribute("d", data), "fill=none"] + attributes)
    }

    /// A group with attributes.
    static func group(_ attributes: [HTMLAttribute], _ children: [HTMLNode]) -> HTMLNode {
        .element("g", attributes, children)
    }

    /// A rough width in px of `text` at `fontSize` (no font metrics at hand; errs wide).
    static func estimatedWidth(_ text: String, fontSize: Double = 13) -> Double {
        Double(text.count) * fontSize * 0.6
    }

    /// `text` broken at spaces into lines of at most `width` px at `fontSize`.
    static func wrap(_ text: String, width: Double, fontSize: Double) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if !line.isEmpty && estimatedWidth(candidate, fontSize: fontSize) > width {
                lines.append(line)
                line = String(word)
            } else {
                line = candidate
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The chart's title, wrapped to `width`, as `<text>` lines from the top; returns the nodes and the height used.
    static func title(_ title: String, width: Double) -> (nodes: [HTMLNode], height: Double) {
        let lines = wrap(title, width: width - 24, fontSize: 16)
        let nodes = lines.enumerated()
            .map { index, line in text(line, x: 12, y: 20 + Double(index) * 20, [.class("chart-title")]) }
        return (nodes, Double(lines.count) * 20)
    }
}
