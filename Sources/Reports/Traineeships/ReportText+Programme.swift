import Allocation
import KKRDomain

/// The sentences about one programme's distribution, shared by the Markdown report and the HTML page.
extension ReportText {
    /// "Regionalt tal 2027: 618 pladser (minimum, illustrativt tal) plus 7 overførte … Fordelingsnøgle: …".
    func programmeIntro(_ programme: ProgrammePlan, plan: TraineeshipPlan) -> String {
        let mark = programme.target.provenance.illustrative ? ", \(illustrativeMark)" : ""
        var intro = pick(
            "Regionalt tal \(plan.year): \(number(programme.target.places)) pladser (\(targetKind(programme.target.kind))\(mark))",
            "Regional number \(plan.year): \(number(programme.target.places)) places (\(targetKind(programme.target.kind))\(mark))"
        )
        if programme.carryOver > 0 {
            intro += pick(
                " plus \(number(programme.carryOver)) overførte pladser fra sidste år = \(number(programme.total)) pladser",
                " plus \(number(programme.carryOver)) places carried over from last year = \(number(programme.total)) places"
            )
        } else if programme.total != programme.target.places {
            intro += pick(
                "; bundene kræver \(number(programme.total)) pladser",
                "; the floors require \(number(programme.total)) places"
            )
        }
        intro += pick(". Fordelingsnøgle: ", ". Distribution key: ") + programme.key.name(in: language)
        if programme.key.weights.values.contains(where: \.provenance.illustrative) {
            intro += " (\(illustrativeMark))"
        }
        intro += "."
        if !programme.solvedWith.isEmpty {
            let others = programme.solvedWith.compactMap { id in plan.programmes.first { $0.programme.id == id } }
            intro +=
                pick(" Løst sammen med ", " Solved together with ")
                + list(others.map { programmeName($0.programme) })
                + pick(" (fælles kapacitet).", " (joint capacity).")
        }
        return intro
    }

    /// Which municipalities' quotas include last year's shortfall, nil when none does.
    func carryOverNote(_ programme: ProgrammePlan) -> String? {
        let rows = programme.rows.filter { $0.carryOver > 0 }
        guard !rows.isEmpty else { return nil }
        return pick(
            "Kvoten omfatter sidste års manglende pladser (tildelt minus realiseret): ",
            "The quota includes last year's missing places (allocated minus realised): "
        ) + rows.map { "\($0.party.name) \(number($0.carryOver))" }.joined(separator: ", ") + "."
    }

    /// Which limits bind and how the other quotas were adjusted, nil when no limit binds.
    func bindingNote(_ programme: ProgrammePlan) -> String? {
        let binding = programme.rows.filter(\.limitBinds)
        guard !binding.isEmpty else { return nil }
        let limits = binding.map { row in
            let atLower = row.boundedQuota > row.quota
            let limit = atLower ? row.lowerLimit : (row.upperLimit ?? row.lowerLimit)
            return "\(row.party.name) " + (atLower ? pick("mindst ", "at least ") : pick("højst ", "at most "))
                + number(limit)
        }
        let others = programme.rows.filter { $0.quotaAdjusted && !$0.limitBinds }
        return pick("Grænsen binder: ", "The limit binds: ") + limits.joined(separator: ", ") + "."
            + (others.isEmpty
                ? ""
                : pick(
                    " De øvrige kommuners kvoter er skaleret forholdsmæssigt, så summen passer (justeret kvote: ",
                    " The other municipalities' quotas are scaled proportionally so the sum is kept (adjusted quota: "
                )
                    + others.map { "\($0.party.name) \(number($0.boundedQuota, decimals: 2))" }
                    .joined(separator: ", ") + ").")
    }
}
