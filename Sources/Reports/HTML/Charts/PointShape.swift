/// The point symbols of line series, so series differ by shape as well as colour.
enum PointShape: Sendable, Hashable, CaseIterable {
    case circle, square, triangle, diamond

    /// The shape for series `index` (cycling).
    static func forSeries(_ index: Int) -> PointShape {
        allCases[index % allCases.count]
    }

    /// The symbol centred on (x, y).
    func node(x: Double, y: Double, colour: String, _ attributes: [HTMLAttribute] = []) -> HTMLNode {
        let fill = [HTMLAttribute("fill", colour)] + attributes
        switch self {
        case .circle:
            return .element(
                "circle",
                [HTMLAttribute("cx", SVG.number(x)), HTMLAttribute("cy", SVG.number(y)), "r=3.5"] + fill
            )
        case .square:
            return SVG.rect(x: x - 3.5, y: y - 3.5, width: 7, height: 7, fill)
        case .triangle:
            return polygon([(x, y - 4.5), (x + 4.5, y + 3.5), (x - 4.5, y + 3.5)], fill)
        case .diamond:
            return polygon([(x, y - 4.5), (x + 4.5, y), (x, y + 4.5), (x - 4.5, y)], fill)
        }
    }

    private func polygon(_ points: [(Double, Double)], _ attributes: [HTMLAttribute]) -> HTMLNode {
        let list = points.map { "\(SVG.number($0.0)),\(SVG.number($0.1))" }.joined(separator: " ")
        return .element("polygon", [HTMLAttribute("points", list)] + attributes)
    }
}
