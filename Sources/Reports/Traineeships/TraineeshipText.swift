import Allocation
import KKRDomain

/// The words of the training places: `traineeships.md`, the CSV headers, the terminal summary, the infeasibility
/// note, and the programme sentences the HTML page shares.
///
/// Danish and English side by side. Shared words (numbers, the method, programme names) come from ``ReportText``.
struct TraineeshipText: PartCatalogue {
    /// The shared words and numbers.
    let common: ReportText

    /// The catalogue for `language`.
    init(_ language: Language) {
        common = ReportText(language)
    }

    // MARK: - The report

    func title(year: Int) -> String {
        pick(
            "Praktikpladser \(year): fordeling mellem kommunerne i KKR Nordjylland",
            "Training places \(year): distribution across the KKR Nordjylland municipalities"
        )
    }

    func intro(method: String, solver: String?) -> String {
        let solvedWith = solver.map { pick(", løst med \($0)", ", solved with \($0)") } ?? ""
        return pick(
            "Beregnet af `kkr-plan` med \(method)\(solvedWith). Tal markeret *\(common.illustrativeMark)* er antagelser, ikke officielle tal; se afsnittet »Illustrative tal«.",
            "Computed by `kkr-plan` with the \(method)\(solvedWith). Figures marked *\(common.illustrativeMark)* are assumptions, not official numbers; see “Illustrative figures”."
        )
    }

    var methodHeading: String { pick("Metode", "Method") }

    /// "Metode: optimal fordeling (leksikografisk)." (the page's method line).
    func methodLine(_ method: String) -> String { pick("Metode: ", "Method: ") + method + "." }
    var overviewHeading: String { pick("Oversigt", "Overview") }

    /// The overview's columns.
    var overviewColumns: [String] {
        [
            pick("Uddannelse", "Programme"), pick("Regionalt tal", "Regional number"), pick("Type", "Kind"),
            pick("Overført", "Carried over"), pick("Fordelt", "Distributed"),
            pick("Fordelingsnøgle", "Distribution key"),
        ]
    }

    /// The footnote under the overview.
    var illustrativeFootnote: String { "\\* \(common.illustrativeMark)" }

    /// The allocation table's columns.
    var allocationColumns: [String] {
        [
            municipality, pick("Nøgle (vægt)", "Key (weight)"), pick("Andel", "Share"),
            pick("Eksakt kvote", "Exact quota"), pick("Pladser", "Places"), pick("Sidste år", "Last year"),
            pick("Ændring", "Change"),
        ]
    }

    var municipality: String { pick("Kommune", "Municipality") }
    var total: String { pick("I alt", "Total") }
    var code: String { pick("Kode", "Code") }

    func splitHeading(_ dimension: String, illustrative: Bool) -> String {
        pick("Fordeling efter ", "Split by ") + dimension.lowercased()
            + (illustrative ? " (\(common.illustrativeMark))" : "")
    }

    var jointCapacityHeading: String { pick("Fælles kapacitet", "Joint capacity") }

    func jointCapacity(_ name: String, holds: Bool, uses: [String]) -> String {
        "\(name): " + (holds ? "✓ " : "✗ ") + pick("pladser/kapacitet: ", "places/capacity: ")
            + uses.joined(separator: ", ") + "."
    }

    var checksHeading: String { pick("Kontrol", "Checks") }
    var officialSource: String { pick("den officielle kilde", "the official source") }

    // MARK: - One programme

    /// "Regionalt tal 2027: 618 pladser (minimum, illustrativt tal) plus 7 overførte … Fordelingsnøgle: …".
    func programmeIntro(_ programme: ProgrammePlan, plan: TraineeshipPlan) -> String {
        let mark = programme.target.provenance.illustrative ? ", \(common.illustrativeMark)" : ""
        let kind = common.targetKind(programme.target.kind)
        var intro = pick(
            "Regionalt tal \(plan.year): \(number(programme.target.places)) pladser (\(kind)\(mark))",
            "Regional number \(plan.year): \(number(programme.target.places)) places (\(kind)\(mark))"
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
            intro += " (\(common.illustrativeMark))"
        }
        intro += "."
        if !programme.solvedWith.isEmpty {
            let others = programme.solvedWith.compactMap { id in plan.programmes.first { $0.programme.id == id } }
            intro +=
                pick(" Løst sammen med ", " Solved together with ")
                + common.list(others.map { common.programmeName($0.programme) })
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
                    + others.map { "\($0.party.name) \(common.number($0.boundedQuota, decimals: 2))" }
                    .joined(separator: ", ") + ").")
    }

    /// The programme's check line: the sum, the limits and the quota property.
    func checkLine(_ programme: ProgrammePlan, sum: Int) -> String {
        let checks = programme.checks
        var parts: [String] = []
        parts.append(
            (checks.sumHolds ? "✓ " : "✗ ")
                + (programme.target.kind == .minimum
                    ? pick(
                        "Summen er \(number(sum)) (mindst \(number(programme.target.places))).",
                        "The sum is \(number(sum)) (at least \(number(programme.target.places)))."
                    )
                    : pick("Summen er \(number(sum)).", "The sum is \(number(sum))."))
        )
        parts.append(
            (checks.boundsHold ? "✓ " : "✗ ")
                + pick(
                    "Bunde, lofter og ændringsgrænser er overholdt.",
                    "Floors, caps and change limits are respected."
                )
        )
        if checks.quotaPropertyHolds {
            parts.append(
                "✓ "
                    + pick(
                        "Hver kommune fik sin kvote rundet ned eller op.",
                        "Every municipality got its quota rounded down or up."
                    )
            )
        } else {
            let names = programme.rows.filter { checks.outsideQuota.contains($0.party.code) }.map(\.party.name)
            parts.append(
                "– "
                    + pick(
                        "Kvoteegenskaben gælder ikke for \(common.list(names)), fordi grænser binder; ",
                        "The quota property does not hold for \(common.list(names)) because limits bind; "
                    )
                    + (checks.boundedQuotaPropertyHolds
                        ? pick(
                            "alle fik deres justerede kvote rundet ned eller op.",
                            "everyone got their adjusted quota rounded down or up."
                        )
                        : pick(
                            "fælles kapacitet eller ændringsgrænser flytter også pladser.",
                            "joint capacity or change limits move places too."
                        ))
            )
        }
        return pick("Kontrol: ", "Checks: ") + parts.joined(separator: " ")
    }

    // MARK: - Plan-wide checks

    var sumsHold: String { pick("Summerne passer for alle uddannelser.", "The sums are right for every programme.") }

    var limitsHold: String {
        pick("Alle bunde, lofter og ændringsgrænser er overholdt.", "Every floor, cap and change limit is respected.")
    }

    var quotaPropertyHolds: String {
        pick(
            "Kvoteegenskaben: hver kommune fik sin kvote rundet ned eller op.",
            "Quota property: every municipality got its quota rounded down or up."
        )
    }

    var quotaPropertyNote: String {
        pick(
            "Kvoteegenskaben gælder ikke overalt, fordi grænser binder (se de enkelte uddannelser).",
            "The quota property does not hold everywhere because limits bind (see each programme)."
        )
    }

    var splitsAddUp: String {
        pick(
            "Opdelingerne (specialisering, praktikstart) summer præcist pr. kommune og pr. kategori.",
            "The splits (specialisation, start) add up exactly per municipality and per category."
        )
    }

    var classicMethod: String {
        pick(
            "Klassisk metode; løseren er kun brugt til opdelingerne, som blev løst til optimum.",
            "Classic method; the solver was used only for the splits, which were solved to optimality."
        )
    }

    var solverOptimal: String {
        pick(
            "Løseren fandt optimum i alle trin (største afvigelse, sum af afvigelser, sidste år, lige stillinger).",
            "The solver reached the optimum in every stage (largest deviation, sum of deviations, last year, ties)."
        )
    }

    func solverStopped(_ notes: [String]) -> String {
        pick(
            "Løseren stoppede før sidste trin (\(notes.joined(separator: "; "))); fordelingen er den bedste fra de foregående trin.",
            "The solver stopped before the last stage (\(notes.joined(separator: "; "))); the distribution is the best of the earlier stages."
        )
    }

    // MARK: - Spreadsheets

    /// The columns of `traineeships_<programme>.csv`.
    var allocationSheetColumns: [String] {
        language == .danish
            ? [
                "Kode", "Kommune", "Vægt", "Andel (%)", "Eksakt kvote", "Overført", "Justeret kvote", "Pladser",
                "Bund", "Loft", "Sidste år", "Realiseret sidste år", "Ændring", "Inden for kvoten",
            ]
            : [
                "Code", "Municipality", "Weight", "Share (%)", "Exact quota", "Carried over", "Adjusted quota",
                "Places", "Floor", "Cap", "Last year", "Realised last year", "Change", "Within quota",
            ]
    }

    func yes(_ value: Bool) -> String { value ? pick("ja", "yes") : pick("nej", "no") }

    // MARK: - Terminal summary and infeasibility note

    func summaryTitle(year: Int, method: String) -> String {
        pick("Praktikpladser \(year) – \(method)", "Training places \(year) – \(method)")
    }

    func summaryStatus(allPass: Bool) -> String {
        allPass
            ? pick("Kontrol: alle summer og grænser passer.", "Checks: every sum and limit holds.")
            : pick(
                "Kontrol: se rapporten, ikke alle kontroller bestået.",
                "Checks: see the report, not every check passed."
            )
    }

    var infeasibleReason: String {
        pick(
            "Inputtene er gyldige, men tilsammen kan de ikke opfyldes. Årsag:",
            "The inputs are valid, but together they cannot be met. Reason:"
        )
    }

    var infeasibleHint: String {
        pick(
            "Ret grænserne i Inputs/ (bounds.csv, last_year.csv, joint_capacity.csv eller traineeships.yaml) og kør igen.",
            "Adjust the limits in Inputs/ (bounds.csv, last_year.csv, joint_capacity.csv or traineeships.yaml) and run again."
        )
    }
}
