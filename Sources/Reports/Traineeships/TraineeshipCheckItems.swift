import Allocation
import KKRDomain

/// The plan-wide checks of a training-places plan as items, shared by the Markdown report and the HTML page.
struct TraineeshipCheckItems {
    let text: ReportText

    /// Sums, bounds, quota property, splits and the solver's status, in report order.
    func items(_ plan: TraineeshipPlan) -> [CheckItem] {
        let allQuota = plan.programmes.allSatisfy(\.checks.quotaPropertyHolds)
        let allSplits = plan.programmes.allSatisfy(\.checks.splitsAddUp)
        return [
            CheckItem(
                plan.programmes.allSatisfy(\.checks.sumHolds) ? .passed : .failed,
                text.pick("Summerne passer for alle uddannelser.", "The sums are right for every programme.")
            ),
            CheckItem(
                plan.programmes.allSatisfy(\.checks.boundsHold) ? .passed : .failed,
                text.pick(
                    "Alle bunde, lofter og ændringsgrænser er overholdt.",
                    "Every floor, cap and change limit is respected."
                )
            ),
            allQuota
                ? CheckItem(
                    .passed,
                    text.pick(
                        "Kvoteegenskaben: hver kommune fik sin kvote rundet ned eller op.",
                        "Quota property: every municipality got its quota rounded down or up."
                    )
                )
                : CheckItem(
                    .note,
                    text.pick(
                        "Kvoteegenskaben gælder ikke overalt, fordi grænser binder (se de enkelte uddannelser).",
                        "The quota property does not hold everywhere because limits bind (see each programme)."
                    )
                ),
            CheckItem(
                allSplits ? .passed : .failed,
                text.pick(
                    "Opdelingerne (specialisering, praktikstart) summer præcist pr. kommune og pr. kategori.",
                    "The splits (specialisation, start) add up exactly per municipality and per category."
                )
            ),
            solver(plan),
        ]
    }

    func solver(_ plan: TraineeshipPlan) -> CheckItem {
        guard plan.method == .optimal else {
            return CheckItem(
                .passed,
                text.pick(
                    "Klassisk metode; løseren er kun brugt til opdelingerne, som blev løst til optimum.",
                    "Classic method; the solver was used only for the splits, which were solved to optimality."
                )
            )
        }
        guard !plan.solverNotes.isEmpty else {
            return CheckItem(
                .passed,
                text.pick(
                    "Løseren fandt optimum i alle trin (største afvigelse, sum af afvigelser, sidste år, lige stillinger).",
                    "The solver reached the optimum in every stage (largest deviation, sum of deviations, last year, ties)."
                )
            )
        }
        let notes = plan.solverNotes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        return CheckItem(
            .note,
            text.pick(
                "Løseren stoppede før sidste trin (\(notes.joined(separator: "; "))); fordelingen er den bedste fra de foregående trin.",
                "The solver stopped before the last stage (\(notes.joined(separator: "; "))); the distribution is the best of the earlier stages."
            )
        )
    }
}
