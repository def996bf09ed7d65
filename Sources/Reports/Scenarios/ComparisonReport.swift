import Allocation
import KKRDomain

/// The comparison of `kkr-plan compare` as one ``ReportDocument``: the blocks of `scenarios.md` and the sheets
/// `places` (`scenarios.csv`) and `social` (`scenarios_social.csv`).
///
/// Differences are scenario minus base. Rows in DST code order, scenarios in
/// command-line order; each programme's total is computed once here (by
/// ``ComparisonRows``) for the report and the spreadsheet.
struct ComparisonReport {
    /// The words.
    let text: ComparisonText
    /// The comparison.
    let set: ScenarioSet

    /// The base, then the scenarios.
    var columns: [ComparedScenario] { [set.base] + set.scenarios }

    /// The document.
    func build() -> ReportDocument {
        var document = ReportDocument()
        document += [.heading(level: 1, text: text.title(year: set.base.inputs.year))]
        document += [.paragraph(text.intro(base: set.base.scenario))]
        document += scenarioList()
        document += summary()
        let programmes = programmeTables()
        document += programmes.blocks
        let periods = periodSection()
        document += periods?.blocks ?? []
        document += socialSection()
        document += withoutPlan()
        document += illustrative()
        document += MarkdownSections.inputFiles(ComparisonRows.files(set), text: text.common)
        document.sheets =
            [programmes.sheet] + (set.base.inputs.social != nil ? [socialSheet()] : [])
            + (periods.map { [$0.sheet] } ?? [])
        document.page = page()
        return document
    }

    /// The scenario's name (or "Basis").
    func name(_ compared: ComparedScenario) -> String {
        text.common.scenarioName(compared)
    }

    // MARK: - Scenarios and summary

    func scenarioList() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 2, text: text.scenariosHeading)]
        for compared in set.scenarios {
            guard let resolved = compared.scenario else { continue }
            let scenario = resolved.scenario
            blocks += [
                .heading(level: 3, text: "\(scenario.name) (`\(scenario.id)`)"), .paragraph(scenario.description),
            ]
            if !resolved.bases.isEmpty {
                blocks.append(.paragraph(text.buildsOn(resolved.bases.map(\.name))))
            }
            let changes = resolved.changes.map { text.scenarioChange($0, inputs: set.base.inputs) }
            blocks.append(.list(changes.isEmpty ? [text.noChanges] : changes))
        }
        return blocks
    }

    func summary() -> [ReportBlock] {
        var blocks: [ReportBlock] = [
            .heading(level: 2, text: text.summaryHeading), .list(set.scenarios.map(scenarioSummary)),
        ]
        let largest = set.largestChanges(limit: 10)
        if !largest.isEmpty {
            var table = ReportTable(columns: [
                .text(text.scenarioColumn), .text(text.programmeColumn), .text(text.common.municipalityWord),
                .number(text.baseColumn), .number(text.scenarioColumn), .number("Δ"),
            ])
            table.rows = largest.map { change in
                [
                    .text(name(change.scenario)), .text(text.common.programmeName(change.programme)),
                    .party(change.row.party), .count(change.row.base), .count(change.row.scenario),
                    .change(change.row.delta),
                ]
            }
            blocks += [.paragraph(text.largestChanges), .table(table)]
        }
        return blocks
    }

    /// One sentence per scenario: totals that change, how many municipalities move, the largest move.
    func scenarioSummary(_ compared: ComparedScenario) -> String {
        let title = "**\(name(compared))**: "
        guard let comparison = compared.comparison else { return title + text.noDistribution }
        var parts: [String] = []
        if comparison.isUnchanged {
            parts.append(text.placesAsInBase)
        }
        for programme in comparison.programmes where programme.changedParties > 0 || programme.totalDelta != 0 {
            let largest = programme.rows.enumerated()
                .max { lhs, rhs in
                    abs(lhs.element.delta) != abs(rhs.element.delta)
                        ? abs(lhs.element.delta) < abs(rhs.element.delta) : lhs.offset > rhs.offset
                }?
                .element
            let most = largest.map { "\($0.party.name) \(text.common.change($0.delta))" } ?? ""
            parts.append(
                text.programmeChange(
                    programme.programme,
                    total: programme.totalDelta,
                    changed: programme.changedParties,
                    most: most
                )
            )
        }
        if let social = compared.socialComparison {
            parts.append(socialSummary(social))
        }
        return title + parts.joined(separator: "; ") + "."
    }

    /// "Socialaftalen: betalt +4,7 mio. kr. om året, borgere uden plads +4, …".
    func socialSummary(_ social: SocialComparison) -> String {
        let numbers = text.common.numbers
        let payments = social.scenario.payments - social.base.payments
        let unmet = social.scenario.unmet - social.base.unmet
        let under = social.scenario.offersUnderBound - social.base.offersUnderBound
        if (payments / 100_000).rounded() == 0 && unmet == 0 && under == 0 && social.offers.isEmpty {
            return text.socialAsInBase
        }
        var summary = text.socialChange(payments: numbers.millionsChange(payments), unmet: unmet, under: under)
        let largest = social.buyers.enumerated()
            .max { lhs, rhs in
                abs(lhs.element.paymentsDelta) != abs(rhs.element.paymentsDelta)
                    ? abs(lhs.element.paymentsDelta) < abs(rhs.element.paymentsDelta) : lhs.offset > rhs.offset
            }?
            .element
        if let largest, (largest.paymentsDelta / 100_000).rounded() != 0 {
            summary += text.mostPaid(largest.buyer.name, numbers.millionsChange(largest.paymentsDelta))
        }
        return summary
    }

    // MARK: - Training places

    /// Per programme: the regional numbers, then places per municipality in the base and each scenario, with Δ;
    /// and the same rows, with the programme and the municipality's code, as the `places` sheet.
    func programmeTables() -> (blocks: [ReportBlock], sheet: ReportSheet) {
        let plans = columns.map { $0.outcome.plan?.traineeships }
        var blocks: [ReportBlock] = [.heading(level: 2, text: text.programmesHeading)]
        var sheet = ReportSheet(
            name: "places",
            header: [text.programmeColumn, text.codeColumn, text.common.municipalityWord, name(set.base)]
                + set.scenarios.flatMap { [name($0), text.deltaColumn(name($0))] }
        )
        for programme in ComparisonRows.programmes(plans) {
            blocks.append(.heading(level: 3, text: programme.name(in: text.language)))
            let targets = zip(columns, plans)
                .map { column, plan in
                    let target = plan?.programmes.first { $0.programme.id == programme.id }?.target
                    let value = target.map { text.regionalNumber(places: $0.places, kind: $0.kind) } ?? "–"
                    return "\(name(column)) \(value)"
                }
            var lines = [text.regionalNumbers(targets)]
            let keys = plans.map { $0?.programmes.first { $0.programme.id == programme.id }?.key }
            if Set(keys.compactMap { $0?.id }).count > 1 {
                let named = zip(columns, keys)
                    .map { column, key in "\(name(column)) " + text.keyName(key?.name(in: text.language) ?? "–") }
                lines.append(text.keys(named))
            }
            blocks.append(.paragraph(lines))
            let rows = ComparisonRows(programmeID: programme.id, plans: plans)
            var table = ReportTable(columns: header(first: text.common.municipalityWord))
            for (party, places) in rows.rows {
                table.rows.append([.party(party)] + withChanges(places))
                sheet.rows.append([.text(programme.id), .text(party.code), .text(party.name)] + withChanges(places))
            }
            table.total = [.text(text.common.totalWord)] + withChanges(rows.totals)
            sheet.rows.append(
                [.text(programme.id), .text(""), .text(text.common.totalWord)] + withChanges(rows.totals)
            )
            blocks.append(.table(table))
        }
        return (blocks, sheet)
    }

    /// The columns of a side-by-side table: `first`, the base, then each scenario and its Δ.
    func header(first: String) -> [ReportTable.Column] {
        [.text(first), .number(name(set.base))] + set.scenarios.flatMap { [.number(name($0)), .number("Δ")] }
    }

    /// The base's places, then each scenario's places and Δ (missing where either has no plan).
    func withChanges(_ places: [Int?]) -> [ReportCell] {
        let base = places.first ?? nil
        var cells: [ReportCell] = [.count(base)]
        for value in places.dropFirst() {
            cells.append(.count(value))
            cells.append(.change(value.flatMap { value in base.map { value - $0 } }))
        }
        return cells
    }

    /// The base's amount, then each scenario's amount and Δ (missing where either has no plan).
    func withChanges(_ amounts: [Double?]) -> [ReportCell] {
        let base = amounts.first ?? nil
        var cells: [ReportCell] = [.kroner(base)]
        for amount in amounts.dropFirst() {
            cells.append(.kroner(amount))
            cells.append(.kronerChange(amount.flatMap { amount in base.map { amount - $0 } }))
        }
        return cells
    }

    // MARK: - Socialaftale

    /// The Socialaftale side by side: totals, payments per buyer and the offers whose use changes.
    func socialSection() -> [ReportBlock] {
        let heading = ReportBlock.heading(level: 2, text: text.socialHeading)
        guard set.base.inputs.social != nil else { return [heading, .paragraph(text.socialNotIncluded)] }
        let figures = columns.map { $0.result.socialPlan.map(SocialFigures.init) }
        var totals = ReportTable(columns: header(first: text.keyFigure))
        totals.rows = [
            [.text(text.common.paidInTotal)] + withChanges(figures.map { $0?.payments }),
            [.text(text.totalCost)] + withChanges(figures.map { $0?.totalCost }),
            [.text(text.common.unmetCitizens)] + withChanges(figures.map { $0?.unmet }),
            [.text(text.outside)] + withChanges(figures.map { $0?.outside }),
            [.text(text.common.offersUnderBound)] + withChanges(figures.map { $0?.offersUnderBound }),
        ]
        var buyers = ReportTable(columns: header(first: text.common.buyerWord))
        buyers.rows = buyerPayments().map { buyer, payments in [.party(buyer)] + withChanges(payments) }
        buyers.total = [.text(text.common.totalWord)] + withChanges(figures.map { $0?.payments })
        return [
            heading, .paragraph(text.amountsNote), .table(totals), .heading(level: 3, text: text.paidPerBuyer),
            .table(buyers),
        ] + offerTable()
    }

    /// What each buyer pays in the base and each scenario (nil: no plan), buyers in a fixed order.
    func buyerPayments() -> [(buyer: Party, payments: [Double?])] {
        let plans = columns.map(\.result.socialPlan)
        return SocialRows.buyers(plans)
            .map { buyer in
                (buyer, plans.map { plan in plan.map { $0.buyers.first { $0.buyer == buyer }?.payments ?? 0 } })
            }
    }

    /// The offers whose used places change in any scenario: places and used places, with Δ.
    func offerTable() -> [ReportBlock] {
        let ids = SocialRows.changedOffers(set)
        guard !ids.isEmpty else { return [] }
        let plans = columns.map(\.result.socialPlan)
        var table = ReportTable(columns: header(first: text.offer))
        for id in ids {
            let uses = plans.map { plan in plan?.offers.first { $0.offer.id == id } }
            let base = uses.first ?? nil
            var cells: [ReportCell] = [.text(uses.compactMap { $0?.offer.name }.first ?? id), useCell(base)]
            for use in uses.dropFirst() {
                cells.append(useCell(use))
                cells.append(.change(base.map { (use?.used ?? 0) - $0.used }))
            }
            table.rows.append(cells)
        }
        return [.heading(level: 3, text: text.offersHeading), .paragraph(text.closedNote), .table(table)]
    }

    func useCell(_ use: OfferUse?) -> ReportCell {
        guard let use else { return .text(text.closed) }
        let numbers = text.common.numbers
        return .text("\(numbers.number(use.used)) (\(numbers.number(use.offer.places)))")
    }

    /// The Socialaftale for Excel: the totals, then what each buyer pays (kr per year), base and scenarios with Δ.
    func socialSheet() -> ReportSheet {
        let figures = columns.map { $0.result.socialPlan.map(SocialFigures.init) }
        var sheet = ReportSheet(
            name: "social",
            header: [text.figureColumn, text.codeColumn, name(set.base)]
                + set.scenarios.flatMap { [name($0), text.deltaColumn(name($0))] }
        )
        sheet.rows = [
            [.text(text.paidInTotalKroner), .text("")] + withChanges(figures.map { $0?.payments }),
            [.text(text.totalCostKroner), .text("")] + withChanges(figures.map { $0?.totalCost }),
            [.text(text.common.unmetCitizens), .text("")] + withChanges(figures.map { $0?.unmet }),
            [.text(text.outside), .text("")] + withChanges(figures.map { $0?.outside }),
            [.text(text.common.offersUnderBound), .text("")] + withChanges(figures.map { $0?.offersUnderBound }),
        ]
        sheet.rows += buyerPayments()
            .map { buyer, payments in
                [.text(text.paidKroner(buyer.name)), .text(buyer.code)] + withChanges(payments)
            }
        return sheet
    }

    // MARK: - Without a plan, illustrative figures

    func withoutPlan() -> [ReportBlock] {
        let missing = set.withoutPlan
        guard !missing.isEmpty else { return [] }
        var blocks: [ReportBlock] = [.heading(level: 2, text: text.withoutPlanHeading)]
        for compared in missing {
            var items: [String] = []
            switch compared.outcome {
            case .infeasible(let conflicts):
                items += conflicts.map(text.common.conflict)
            case .invalid(let diagnostics):
                items += diagnostics.map { "`\($0.description)`" }
            case .planned:
                break
            }
            if case .infeasible(let termination) = compared.social {
                items.append(text.common.socialNoPlacement(termination.rawValue))
            }
            items += text.common.periodProblems(compared.result)
            blocks += [.paragraph("**\(name(compared))**:"), .list(items)]
        }
        return blocks
    }

    func illustrative() -> [ReportBlock] {
        let baseLines = Self.illustrativeLines(set.base.inputs, text: text.common)
        let own = set.scenarios.map { compared in
            let lines = Self.illustrativeLines(compared.inputs, text: text.common).filter { !baseLines.contains($0) }
            return "**\(name(compared))**: " + (lines.isEmpty ? text.noChangedFigures : lines.joined(separator: " "))
        }
        return [
            .heading(level: 2, text: text.common.illustrativeHeading), .paragraph(text.baseAssumptions),
            .list(baseLines.isEmpty ? [text.common.noneWord] : baseLines), .paragraph(text.scenarioAssumptions),
            .list(own),
        ]
    }

    /// The illustrative figures of both parts, as report lines.
    static func illustrativeLines(_ inputs: ScenarioInputs, text: ReportText) -> [String] {
        let training = inputs.traineeships
        return training.illustrativeFigures.map { text.illustrative($0, inputs: training) }
            + (inputs.social?.illustrativeFigures ?? []).map(text.illustrative)
    }
}
