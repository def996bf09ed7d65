import Allocation
import KKRDomain

extension ReportText {
    /// One line on a group of illustrative input figures.
    public func illustrative(_ figure: IllustrativeFigure, inputs: TraineeshipInputs) -> String {
        let programme = { (id: String) in
            inputs.programmes.first { $0.id == id }.map(self.programmeName) ?? id
        }
        let what: String
        switch figure.subject {
        case .target(let id):
            what = pick(
                "Regionalt tal for \(programme(id)) \(inputs.year)",
                "Regional number for \(programme(id)) \(inputs.year)"
            )
        case .key(let id):
            let name = inputs.keys[id]?.name(in: language) ?? id
            what = pick("Fordelingsnøglen »\(name)«", "Distribution key “\(name)”")
        case .bounds(let id):
            what = pick("Bunde og lofter for \(programme(id))", "Floors and caps for \(programme(id))")
        case .lastYear(let id):
            what = pick("Sidste års tal for \(programme(id))", "Last year's figures for \(programme(id))")
        case .split(let id, let dimension):
            let name = inputs.programmes.first { $0.id == id }?.splits.first { $0.id == dimension }?.name(in: language)
            what = pick(
                "Fordelingen efter \((name ?? dimension).lowercased()) for \(programme(id))",
                "The split by \((name ?? dimension).lowercased()) for \(programme(id))"
            )
        case .jointCapacity(let id):
            let name = inputs.jointCapacities.first { $0.id == id }?.name(in: language) ?? id
            what = pick("Fælles kapacitet »\(name)«", "Joint capacity “\(name)”")
        }
        let count =
            figure.totalCount == 1
            ? illustrativeMark
            : pick(
                "\(number(figure.illustrativeCount)) af \(number(figure.totalCount)) tal er illustrative",
                "\(number(figure.illustrativeCount)) of \(number(figure.totalCount)) figures are illustrative"
            )
        let source =
            figure.sources.isEmpty ? "" : pick(" (kilde: ", " (source: ") + figure.sources.joined(separator: "; ") + ")"
        return "\(what): \(count)\(source)."
    }

    // MARK: - Illustrative figures

    /// One line on a group of illustrative Socialaftale figures.
    public func illustrative(_ figure: SocialIllustrativeFigure) -> String {
        let what: String
        switch figure.subject {
        case .offers:
            what = pick(
                "Tilbuddenes pladser, takster og belægningsgrænser",
                "The offers' places, tariffs and occupancy bounds"
            )
        case .demand: what = pick("Efterspørgslen", "The demand")
        case .placements: what = pick("De eksisterende placeringer", "The existing placements")
        case .outsidePrices: what = pick("Priserne uden for regionen", "The prices outside the region")
        case .policy(let key): what = pick("Vægten '\(key)'", "The weight '\(key)'")
        case .roadFactor: what = pick("Omvejsfaktoren for vejafstande", "The road detour factor")
        case .ferries: what = pick("Færgetillæggene", "The ferry allowances")
        case .distanceOverrides: what = pick("De direkte angivne afstande", "The distances given directly")
        }
        let rows: Bool
        switch figure.subject {
        case .offers, .demand, .placements, .outsidePrices, .distanceOverrides, .ferries: rows = true
        case .policy, .roadFactor: rows = false
        }
        let count =
            !rows && figure.totalCount == 1
            ? illustrativeMark
            : pick(
                "\(number(figure.illustrativeCount)) af \(number(figure.totalCount)) \(rows ? "rækker" : "tal") er illustrative",
                "\(number(figure.illustrativeCount)) of \(number(figure.totalCount)) \(rows ? "rows" : "figures") are illustrative"
            )
        let source =
            figure.sources.isEmpty ? "" : pick(" (kilde: ", " (source: ") + figure.sources.joined(separator: "; ") + ")"
        return "\(what): \(count)\(source)."
    }
}
