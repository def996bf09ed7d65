import Allocation
import KKRDomain

/// The Σ of the buyers' rows, computed once for the report and the spreadsheet.
struct BuyerTotals: Sendable {
    var citizens: Int
    var placed: Int
    var outside: Int
    var unmet: Int
    var tariffs: Double
    var outsideCost: Double
    var payments: Double
    var distance: Double

    init(_ rows: [BuyerCost]) {
        citizens = rows.reduce(0) { $0 + $1.citizens }
        placed = rows.reduce(0) { $0 + $1.placed }
        outside = rows.reduce(0) { $0 + $1.outside }
        unmet = rows.reduce(0) { $0 + $1.unmet }
        tariffs = rows.reduce(0) { $0 + $1.tariffs }
        outsideCost = rows.reduce(0) { $0 + $1.outsideCost }
        payments = rows.reduce(0) { $0 + $1.payments }
        distance = rows.reduce(0) { $0 + $1.distance }
    }
}

/// The Socialaftale balance as one ``ReportDocument``: the blocks of `socialaftale.md` and the sheets
/// `socialaftale_purchases`, `socialaftale_offers`, `socialaftale_demand` and `socialaftale_buyers`.
///
/// Summary, recommendations drawn from the duals, the purchase matrix per target group, occupancy per offer,
/// unmet demand and outside purchases, cost per buyer, the method, the checks, illustrative figures and the
/// input files, in fixed orders.
struct SocialReport {
    /// The words.
    let text: SocialText
    /// The plan.
    let plan: SocialPlan

    var common: ReportText { text.common }

    /// How many place recommendations and empty-offer recommendations the report lists (the tables have all).
    static let listedRecommendations = 10

    /// The document.
    func build() -> ReportDocument {
        var document = ReportDocument([.heading(level: 1, text: text.title(year: plan.year)), .paragraph(text.intro)])
        document += summary()
        let recommendations = GroupedRecommendations(plan.recommendations)
        document += self.recommendations(recommendations)
        document += purchaseMatrices()
        document += occupancy()
        document += demand()
        document += buyers()
        document += method()
        document += [.heading(level: 2, text: text.checksHeading), .checks(checks())]
        document += MarkdownSections.illustrative(
            plan.inputs.illustrativeFigures.map(common.illustrative),
            text: common,
            sources: text.officialSource
        )
        document += MarkdownSections.inputFiles(
            plan.inputs.files,
            text: common,
            modelFiles: [SocialReportSet.modelFileName]
        )
        document.sheets = [purchaseSheet(), offerSheet(), demandSheet(), buyerSheet()]
        let groups = TargetGroupDemand.all(plan)
        document.page = page(recommendations, groups: groups)
        document.terminal = terminal(groups)
        return document
    }

    /// A count written as `–` when it is 0, so that the few non-zero cells stand out.
    func sparse(_ value: Int) -> ReportCell {
        value == 0 ? .text("–") : .count(value)
    }

    // MARK: - Summary and recommendations

    func summary() -> [ReportBlock] {
        let totals = plan.totals
        let mark = plan.inputs.demand.contains(where: \.provenance.illustrative) ? " *" : ""
        let table = ReportTable(
            columns: [.text(""), .number(text.citizens)],
            rows: [
                [.text(text.demand), .marked(.count(totals.citizens), mark)],
                [.text(text.placedInRegion), .count(totals.placed)],
                [.text(text.ofWhichExisting), .count(plan.demand.reduce(0) { $0 + $1.existing })],
                [.text(text.outside), .count(totals.outside)], [.text(text.withoutPlace), .count(totals.unmet)],
            ]
        )
        return [
            .heading(level: 2, text: text.summaryHeading), .table(table), .paragraph(text.payments(plan.costs)),
            .paragraph(text.underBound(plan.offersUnderBound.count, of: plan.offers.count)),
        ]
    }

    func recommendations(_ recommendations: GroupedRecommendations) -> [ReportBlock] {
        let limit = Self.listedRecommendations
        return [
            .heading(level: 2, text: text.recommendationsHeading), .paragraph(text.shadowPrices),
            .heading(level: 3, text: text.placePaysHeading),
            bullets(recommendations.places, limit: limit, none: text.noPlacePays, more: text.morePlaceOffers),
            .heading(level: 3, text: text.emptyHeading),
            bullets(recommendations.empty, limit: limit, none: text.noEmpty, more: text.moreEmptyOffers),
            .heading(level: 3, text: text.shortageHeading),
            bullets(
                recommendations.shortages,
                limit: recommendations.shortages.count,
                none: text.noShortage,
                more: { _ in "" }
            ),
        ]
    }

    private func bullets(
        _ items: [SocialRecommendation],
        limit: Int,
        none: String,
        more: (Int) -> String
    ) -> ReportBlock {
        guard !items.isEmpty else { return .paragraph(none) }
        var lines = items.prefix(limit).map { text.recommendation($0, inputs: plan.inputs) }
        if items.count > limit { lines.append(more(items.count - limit)) }
        return .list(lines)
    }

    // MARK: - Tables

    /// Per target group: buyers (rows) × operators (columns), plus outside the region, unmet and total.
    func purchaseMatrices() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 2, text: text.purchasesHeading), .paragraph(text.purchasesNote)]
        for group in plan.inputs.targetGroups {
            let cells = plan.demand.filter { $0.demand.targetGroupID == group.id }
            let buyers = plan.inputs.municipalities.filter { buyer in
                cells.contains { $0.demand.buyer == buyer && $0.demand.citizens > 0 }
            }
            guard !buyers.isEmpty else { continue }
            let operators = Set(plan.offers.filter { $0.offer.targetGroupID == group.id }.map(\.offer.operatorParty))
                .sorted()
            let purchases = plan.purchases.filter { $0.offer.targetGroupID == group.id }
            var table = ReportTable(
                columns: [.text(text.buyer)]
                    + (operators.map(text.operatorName) + [text.outsideRegion, text.unmet, text.total])
                    .map { .number($0) }
            )
            var columnTotals = [Int](repeating: 0, count: operators.count + 3)
            for buyer in buyers {
                let own = cells.filter { $0.demand.buyer == buyer }
                let values =
                    operators.map { party in
                        purchases.filter { $0.buyer == buyer && $0.offer.operatorParty == party }
                            .reduce(0) { $0 + $1.citizens }
                    } + [
                        own.reduce(0) { $0 + $1.outside }, own.reduce(0) { $0 + $1.unmet },
                        own.reduce(0) { $0 + $1.demand.citizens },
                    ]
                for (index, value) in values.enumerated() { columnTotals[index] += value }
                table.rows.append([.party(buyer)] + values.map(sparse))
            }
            table.total = [.text(text.total)] + columnTotals.map { .bold(.count($0)) }
            blocks += [.heading(level: 3, text: group.name(in: text.language)), .table(table)]
        }
        return blocks
    }

    /// Every offer: places, used, empty, occupancy (⚠ under the bound), bound, value of one more place.
    func occupancy() -> [ReportBlock] {
        let columns = text.occupancyColumns
        var table = ReportTable(
            columns: columns.prefix(5).map { .text($0) } + columns.dropFirst(5).map { .number($0) }
        )
        for use in plan.offers {
            let offer = use.offer
            let occupancy = ReportCell.percent(use.occupancy, decimals: 1)
            table.rows.append([
                .withID(offer.name, id: offer.id), .text(offer.operatorParty.name), .text(offer.location.name),
                .text(text.targetGroup(offer.targetGroupID, in: plan.inputs)),
                .text(text.citation(offer.sectionID, in: plan.inputs)), .count(offer.places), .count(use.used),
                .count(use.empty), use.isUnderBound ? .flagged("⚠ ", occupancy) : occupancy,
                .percent(offer.minimumOccupancy, decimals: 0), .decimal(use.placeValue?.rounded(), decimals: 0),
            ])
        }
        let places = plan.offers.reduce(0) { $0 + $1.offer.places }
        let used = plan.offers.reduce(0) { $0 + $1.used }
        let blank = ReportCell.blank
        table.total = [
            .text(text.total), blank, blank, blank, blank, .bold(.count(places)), .bold(.count(used)),
            .bold(.count(places - used)),
            .bold(.percent(places > 0 ? Double(used) / Double(places) : 0, decimals: 1)), blank, blank,
        ]
        return [.heading(level: 2, text: text.occupancyHeading), .paragraph(text.occupancyNote), .table(table)]
    }

    /// Per target group and section: demand, placed, outside, unmet, outside price, value of one more citizen
    /// (range over buyers).
    func demand() -> [ReportBlock] {
        let columns = text.demandColumns
        var table = ReportTable(columns: columns.prefix(2).map { .text($0) } + columns.dropFirst(2).map { .number($0) })
        let numbers = common.numbers
        for group in plan.inputs.targetGroups {
            for section in plan.inputs.sections {
                let cells = plan.demand.filter {
                    $0.demand.targetGroupID == group.id && $0.demand.sectionID == section.id
                }
                guard !cells.isEmpty else { continue }
                let values = cells.filter { $0.demand.citizens > 0 }.compactMap(\.citizenValue).map { $0.rounded() }
                let range: String
                if let low = values.min(), let high = values.max() {
                    range = low == high ? numbers.number(low) : "\(numbers.number(low))–\(numbers.number(high))"
                } else {
                    range = "–"
                }
                table.rows.append([
                    .text(group.name(in: text.language)), .text(section.citation),
                    .count(cells.reduce(0) { $0 + $1.demand.citizens }), .count(cells.reduce(0) { $0 + $1.placed }),
                    sparse(cells.reduce(0) { $0 + $1.outside }), sparse(cells.reduce(0) { $0 + $1.unmet }),
                    .decimal(cells.first?.outsidePrice, decimals: 0), .text(range),
                ])
            }
        }
        return [.heading(level: 2, text: text.demandHeading), .paragraph(text.demandNote), .table(table)]
    }

    /// Per buyer: citizens, placed, outside, unmet, tariffs, outside purchases, payments, distance valuation.
    func buyers() -> [ReportBlock] {
        let columns = text.buyersColumns
        var table = ReportTable(columns: [.text(columns[0])] + columns.dropFirst().map { .number($0) })
        table.rows = plan.buyers.map { row in
            [
                .party(row.buyer), .count(row.citizens), .count(row.placed), sparse(row.outside), sparse(row.unmet),
                .decimal(row.tariffs, decimals: 0), .decimal(row.outsideCost, decimals: 0),
                .decimal(row.payments, decimals: 0), .decimal(row.distance, decimals: 0),
            ]
        }
        let totals = BuyerTotals(plan.buyers)
        table.total =
            [.text(text.total)]
            + [
                .count(totals.citizens), .count(totals.placed), .count(totals.outside), .count(totals.unmet),
                .decimal(totals.tariffs, decimals: 0), .decimal(totals.outsideCost, decimals: 0),
                .decimal(totals.payments, decimals: 0), .decimal(totals.distance, decimals: 0),
            ]
            .map { .bold($0) }
        return [
            .heading(level: 2, text: text.buyersHeading),
            .paragraph(text.buyersNote(emptyPlaces: plan.costs.emptyPlaces)), .table(table),
        ]
    }

    // MARK: - Method and checks

    func method() -> [ReportBlock] {
        [
            .heading(level: 2, text: text.methodHeading), .paragraph(text.modelInWords),
            .list(text.costTerms(plan.inputs.policy)), .paragraph(text.distances(plan.inputs)),
            .paragraph(text.mathematics), .paragraph(text.solved(plan.summary)),
        ]
    }

    func checks() -> [CheckItem] {
        let checks = plan.checks
        return [
            (checks.demandBalances, text.demandBalances), (checks.capacityHolds, text.capacityHolds),
            (checks.existingKept, text.existingKept), (checks.integral, text.integral),
            (checks.relaxationMatches, text.relaxationMatches),
        ]
        .map { holds, sentence in CheckItem(holds ? .passed : .failed, sentence) }
    }

    // MARK: - Sheets

    /// One row per non-zero purchase.
    func purchaseSheet() -> ReportSheet {
        let kmCost = plan.inputs.policy.kmCost.value
        var sheet = ReportSheet(name: "socialaftale_purchases", header: text.purchaseSheetColumns)
        sheet.rows = plan.purchases.map { purchase in
            let offer = purchase.offer
            return [
                .text(purchase.buyer.code), .text(purchase.buyer.name), .text(offer.id), .text(offer.name),
                .text(offer.operatorParty.name), .text(offer.location.name),
                .text(text.targetGroup(offer.targetGroupID, in: plan.inputs)),
                .text(text.citation(offer.sectionID, in: plan.inputs)), .count(purchase.citizens),
                .count(purchase.existing), .decimal(purchase.kilometres, decimals: 1),
                .decimal(offer.tariff, decimals: 0), .decimal(purchase.tariffCost, decimals: 0),
                .decimal(purchase.distanceCost(kmCost: kmCost), decimals: 0),
            ]
        }
        return sheet
    }

    /// One row per offer: places, use, occupancy, bound, the value of one more place.
    func offerSheet() -> ReportSheet {
        var sheet = ReportSheet(name: "socialaftale_offers", header: text.offerSheetColumns)
        sheet.rows = plan.offers.map { use in
            let offer = use.offer
            return [
                .text(offer.id), .text(offer.name), .text(offer.operatorParty.code), .text(offer.operatorParty.name),
                .text(offer.location.name), .text(text.targetGroup(offer.targetGroupID, in: plan.inputs)),
                .text(text.citation(offer.sectionID, in: plan.inputs)), .count(offer.places), .count(use.used),
                .count(use.existing), .count(use.empty), .percent(use.occupancy, decimals: 1),
                .percent(offer.minimumOccupancy, decimals: 1), .text(text.yes(use.isUnderBound)),
                .decimal(offer.tariff, decimals: 0), .decimal(use.placeValue, decimals: 0),
            ]
        }
        return sheet
    }

    /// One row per demand cell: demand, placed, outside, unmet, outside price, the value of one more citizen.
    func demandSheet() -> ReportSheet {
        var sheet = ReportSheet(name: "socialaftale_demand", header: text.demandSheetColumns)
        sheet.rows = plan.demand.map { outcome in
            let demand = outcome.demand
            return [
                .text(demand.buyer.code), .text(demand.buyer.name),
                .text(text.targetGroup(demand.targetGroupID, in: plan.inputs)),
                .text(text.citation(demand.sectionID, in: plan.inputs)), .count(demand.citizens),
                .count(outcome.placed), .count(outcome.existing), .count(outcome.outside), .count(outcome.unmet),
                .decimal(outcome.outsidePrice, decimals: 0), .decimal(outcome.citizenValue, decimals: 0),
            ]
        }
        return sheet
    }

    /// One row per buyer and the total row.
    func buyerSheet() -> ReportSheet {
        var sheet = ReportSheet(name: "socialaftale_buyers", header: text.buyerSheetColumns)
        sheet.rows = plan.buyers.map { row in
            [
                .text(row.buyer.code), .text(row.buyer.name), .count(row.citizens), .count(row.placed),
                .count(row.outside), .count(row.unmet), .decimal(row.tariffs, decimals: 0),
                .decimal(row.outsideCost, decimals: 0), .decimal(row.payments, decimals: 0),
                .decimal(row.distance, decimals: 0),
            ]
        }
        let totals = BuyerTotals(plan.buyers)
        sheet.rows.append([
            .text(""), .text(text.total), .count(totals.citizens), .count(totals.placed), .count(totals.outside),
            .count(totals.unmet), .decimal(totals.tariffs, decimals: 0), .decimal(totals.outsideCost, decimals: 0),
            .decimal(totals.payments, decimals: 0), .decimal(totals.distance, decimals: 0),
        ])
        return sheet
    }
}
