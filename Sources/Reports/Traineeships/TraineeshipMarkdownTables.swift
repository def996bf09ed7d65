import Allocation
import KKRDomain

/// The tables of the Markdown report: a programme's allocation, its check line, its splits.
struct TraineeshipMarkdownTables {
    let text: ReportText

    func allocationTable(_ programme: ProgrammePlan) -> [String] {
        var lines = [
            text.pick(
                "| Kommune | Nøgle (vægt) | Andel | Eksakt kvote | Pladser | Sidste år | Ændring |",
                "| Municipality | Key (weight) | Share | Exact quota | Places | Last year | Change |"
            ),
            "|---|--:|--:|--:|--:|--:|--:|",
        ]
        for row in programme.rows {
            var name = text.party(row.party)
            if row.carryOver > 0 { name += text.pick(" ¹", " ¹") }
            if row.limitBinds { name += " ²" }
            lines.append(
                "| \(name) | \(text.weight(row.weight)) | \(text.percent(row.share)) | \(text.number(row.quota, decimals: 2)) | "
                    + "\(text.number(row.places)) | \(row.lastYear.map(text.number) ?? "–") | \(row.change.map(text.change) ?? "–") |"
            )
        }
        let weights = programme.rows.reduce(0) { $0 + $1.weight }
        let quotas = programme.rows.reduce(0) { $0 + $1.quota }
        let places = programme.rows.reduce(0) { $0 + $1.places }
        let last = programme.rows.compactMap(\.lastYear)
        let lastText = last.count == programme.rows.count ? text.number(last.reduce(0, +)) : "–"
        let changeText = last.count == programme.rows.count ? text.change(places - last.reduce(0, +)) : "–"
        lines.append(
            "| **\(text.pick("I alt", "Total"))** | \(text.weight(weights)) | \(text.percent(1)) | \(text.number(quotas, decimals: 2)) | "
                + "**\(text.number(places))** | \(lastText) | \(changeText) |"
        )
        if let note = text.carryOverNote(programme) { lines += ["", "¹ " + note] }
        if let note = text.bindingNote(programme) { lines += ["", "² " + note] }
        return lines
    }

    func checkLine(_ programme: ProgrammePlan) -> String {
        let checks = programme.checks
        let sum = programme.rows.reduce(0) { $0 + $1.places }
        var parts: [String] = []
        parts.append(
            (checks.sumHolds ? "✓ " : "✗ ")
                + (programme.target.kind == .minimum
                    ? text.pick(
                        "Summen er \(text.number(sum)) (mindst \(text.number(programme.target.places))).",
                        "The sum is \(text.number(sum)) (at least \(text.number(programme.target.places)))."
                    )
                    : text.pick("Summen er \(text.number(sum)).", "The sum is \(text.number(sum))."))
        )
        parts.append(
            (checks.boundsHold ? "✓ " : "✗ ")
                + text.pick(
                    "Bunde, lofter og ændringsgrænser er overholdt.",
                    "Floors, caps and change limits are respected."
                )
        )
        if checks.quotaPropertyHolds {
            parts.append(
                "✓ "
                    + text.pick(
                        "Hver kommune fik sin kvote rundet ned eller op.",
                        "Every municipality got its quota rounded down or up."
                    )
            )
        } else {
            let names = programme.rows.filter { checks.outsideQuota.contains($0.party.code) }.map(\.party.name)
            parts.append(
                "– "
                    + text.pick(
                        "Kvoteegenskaben gælder ikke for \(text.list(names)), fordi grænser binder; ",
                        "The quota property does not hold for \(text.list(names)) because limits bind; "
                    )
                    + (checks.boundedQuotaPropertyHolds
                        ? text.pick(
                            "alle fik deres justerede kvote rundet ned eller op.",
                            "everyone got their adjusted quota rounded down or up."
                        )
                        : text.pick(
                            "fælles kapacitet eller ændringsgrænser flytter også pladser.",
                            "joint capacity or change limits move places too."
                        ))
            )
        }
        return text.pick("Kontrol: ", "Checks: ") + parts.joined(separator: " ")
    }

    func splitTable(_ split: SplitPlan, rows: [AllocationRow]) -> [String] {
        let categories = split.dimension.categories
        var lines = [
            "### " + text.pick("Fordeling efter ", "Split by ") + split.dimension.name(in: text.language).lowercased()
                + (split.dimension.provenance.illustrative ? " (\(text.illustrativeMark))" : ""), "",
            "| " + text.pick("Kommune", "Municipality") + " | "
                + categories.map { "\($0.name(in: text.language)) (\(text.percent($0.percent / 100, decimals: 0)))" }
                .joined(separator: " | ")
                + " | " + text.pick("I alt", "Total") + " |",
            "|---|" + String(repeating: "--:|", count: categories.count + 1),
        ]
        for (row, cells) in zip(rows, split.cells) {
            lines.append(
                "| \(text.party(row.party)) | " + cells.map(text.number).joined(separator: " | ")
                    + " | \(text.number(row.places)) |"
            )
        }
        lines.append(
            "| **\(text.pick("I alt", "Total"))** | "
                + split.regionalTotals.map { "**\(text.number($0))**" }.joined(separator: " | ")
                + " | **\(text.number(split.regionalTotals.reduce(0, +)))** |"
        )
        return lines + [""]
    }
}
