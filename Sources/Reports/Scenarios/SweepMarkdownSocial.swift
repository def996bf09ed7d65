import Allocation
import KKRDomain

extension SweepMarkdown {
    /// The Socialaftale along the sweep: payments per buyer at selected steps, totals, and where each buyer's purchases change.
    func socialSection(_ run: SweepRun) -> [String] {
        let analysis = run.analysis
        guard !analysis.socialSeries.isEmpty else { return [] }
        let values = analysis.values
        let columns = Self.gridSteps(values.count)
        let plans = analysis.socialOutcomes.map { $0?.plan }
        func millions(_ value: Double?) -> String { value.map(text.millionsNumber) ?? "–" }
        var lines = [
            text.pick(
                "## Socialaftalen: betalt pr. køber (mio. kr. om året)",
                "## Socialaftale: paid per buyer (million kr a year)"
            ), "",
        ]
        let header = [text.pick("Køber", "Buyer")] + columns.map { text.sweepValue(values[$0], run.parameter) }
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("|---|" + String(repeating: "--:|", count: columns.count))
        for series in analysis.socialSeries {
            lines.append(
                "| \(text.party(series.buyer)) | "
                    + columns.map { millions(series.payments[$0]) }.joined(separator: " | ")
                    + " |"
            )
        }
        let totals: [(String, (SocialPlan) -> String)] = [
            (text.pick("**Betalt i alt**", "**Paid in total**"), { millions($0.costs.payments) }),
            (text.pick("Borgere uden plads", "Citizens without a place"), { self.text.number($0.totals.unmet) }),
            (
                text.pick("Tilbud under belægningsgrænsen", "Offers under the occupancy bound"),
                { self.text.number($0.offersUnderBound.count) }
            ),
        ]
        for (label, value) in totals {
            lines.append("| \(label) | " + columns.map { plans[$0].map(value) ?? "–" }.joined(separator: " | ") + " |")
        }
        lines += [
            "",
            text.pick(
                "En køber »ændres«, når det ændrer sig, hvor dens borgere får plads (antal pr. tilbud eller uden for regionen).",
                "A buyer “changes” when where its citizens get a place changes (citizens per offer or outside the region)."
            ), "",
            text.pick(
                "| Køber | Første ændring ved | Ændringer | Uden plads ved første → sidste værdi |",
                "| Buyer | First change at | Changes | Without a place at first → last value |"
            ),
            "|---|--:|--:|--:|",
        ]
        for series in analysis.socialSeries {
            let first = series.firstChange.map { text.sweepValue($0, run.parameter) } ?? "–"
            let unmet = "\(place(series.unmet.first ?? nil)) → \(place(series.unmet.last ?? nil))"
            lines.append(
                "| \(text.party(series.buyer)) | \(first) | \(text.number(series.changes.count)) | \(unmet) |"
            )
        }
        return lines + [""]
    }
}
