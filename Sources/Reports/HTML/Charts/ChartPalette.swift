import Foundation

/// The chart colours and fill patterns: Okabe–Ito hues, colour-blind safe, each at least 3:1 against white.
///
/// WCAG 2.1 AA asks 3:1 for graphical objects (1.4.11) and 4.5:1 for text
/// (1.4.3). The hues of Okabe and Ito's palette that reach 3:1 are used for
/// series; text is near-black. Series after the first also get a fill
/// pattern, so no chart relies on colour alone.
public enum ChartPalette {
    /// Series colours in order: blue, vermillion, bluish green, reddish purple, dark grey.
    public static let series = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#595959"]
    /// Text, axes and markers.
    public static let ink = "#1A1A1A"
    /// Grid lines (decoration only; values are in labels and tables).
    public static let grid = "#D9D9D9"
    /// The colour for values below a threshold or negative changes.
    public static let warning = "#D55E00"
    /// The colour for values at or above a threshold or positive changes.
    public static let good = "#0072B2"

    /// The colour of series `index` (cycling).
    public static func colour(_ index: Int) -> String {
        series[index % series.count]
    }

    /// The WCAG contrast ratio of two `#RRGGBB` colours (1…21), nil for malformed input.
    public static func contrast(_ first: String, _ second: String) -> Double? {
        guard let one = luminance(first), let two = luminance(second) else { return nil }
        return (max(one, two) + 0.05) / (min(one, two) + 0.05)
    }

    /// The WCAG relative luminance of `#RRGGBB`.
    static func luminance(_ hex: String) -> Double? {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let value = Int(digits, radix: 16) else { return nil }
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF]
            .map { channel -> Double in
                let c = Double(channel) / 255
                return c <= 0.039_28 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
            }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    // MARK: - Patterns

    /// The `fill` value for series `index` of the chart `chartID`: plain colour or a pattern.
    static func fill(_ index: Int, chartID: String) -> String {
        patternKind(index) == .solid ? colour(index) : "url(#\(patternID(index, chartID: chartID)))"
    }

    /// The pattern of series `index`: shifted by one each time the colours start over, so that no two of the
    /// first 25 series share both colour and pattern.
    static func patternKind(_ index: Int) -> PatternKind {
        PatternKind.allCases[(index + index / series.count) % PatternKind.allCases.count]
    }

    static func patternID(_ index: Int, chartID: String) -> String {
        "\(chartID)-p\(index)"
    }

    /// The `<pattern>` definitions for series `0..<count` (series 0 is plain and needs none).
    static func patterns(count: Int, chartID: String) -> [HTMLNode] {
        (0..<count)
            .compactMap { index in
                let kind = patternKind(index)
                guard kind != .solid else { return nil }
                let stroke: [HTMLAttribute] = ["stroke=#FFFFFF", "stroke-width=1.5"]
                let lines: [HTMLNode]
                switch kind {
                case .solid: lines = []
                case .diagonal: lines = [SVG.line(x1: 0, y1: 6, x2: 6, y2: 0, stroke)]
                case .vertical: lines = [SVG.line(x1: 3, y1: 0, x2: 3, y2: 6, stroke)]
                case .cross:
                    lines = [
                        SVG.line(x1: 0, y1: 6, x2: 6, y2: 0, stroke), SVG.line(x1: 0, y1: 0, x2: 6, y2: 6, stroke),
                    ]
                case .horizontal: lines = [SVG.line(x1: 0, y1: 3, x2: 6, y2: 3, stroke)]
                }
                return .element(
                    "pattern",
                    [
                        .id(patternID(index, chartID: chartID)), "patternUnits=userSpaceOnUse", "width=6", "height=6",
                    ],
                    [SVG.rect(x: 0, y: 0, width: 6, height: 6, [HTMLAttribute("fill", colour(index))])] + lines
                )
            }
    }

    enum PatternKind: CaseIterable {
        case solid, diagonal, vertical, cross, horizontal
    }
}
