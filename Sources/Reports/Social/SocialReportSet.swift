import Allocation
import KKRDomain

/// Every file a Socialaftale run writes under `Reports/`, by path relative to it.
///
/// `<year>/socialaftale.md` (the meeting report), `<year>/socialaftale.json`,
/// and `<year>/socialaftale_purchases.csv`, `_offers.csv`, `_demand.csv`,
/// `_buyers.csv`; the run also writes `<year>/socialaftale_model.lp` (the
/// integer model as solved, in CPLEX-LP, for audit and `kkr-plan solve`), an
/// artifact of the planning layer (Sources/Planning/Parts/SocialJob.swift). With
/// `--language en` the report and CSV headers are English; file names do not
/// change.
public enum SocialReportSet {
    /// The Markdown report's path for `year`.
    public static func markdownPath(year: Int) -> String { "\(year)/socialaftale.md" }

    /// The JSON's path for `year`.
    public static func jsonPath(year: Int) -> String { "\(year)/socialaftale.json" }

    /// The model file's name (next to the report).
    public static let modelFileName = "socialaftale_model.lp"

    /// The model file's path for `year`.
    public static func modelPath(year: Int) -> String { "\(year)/\(modelFileName)" }

    /// The infeasibility note's path for `year`.
    public static func infeasiblePath(year: Int) -> String { "\(year)/socialaftale_infeasible.md" }

    /// The rendered files for `plan` (the model file is the planning layer's artifact).
    public static func files(for plan: SocialPlan, language: Language) throws -> [OutputFile] {
        let year = plan.year
        let csv = SocialCSV(language: language)
        return [
            OutputFile(relativePath: markdownPath(year: year), text: SocialMarkdown(language: language).render(plan)),
            OutputFile(relativePath: jsonPath(year: year), text: try SocialJSON.render(plan)),
            csv.purchases(plan).outputFile("\(year)/socialaftale_purchases.csv"),
            csv.offers(plan).outputFile("\(year)/socialaftale_offers.csv"),
            csv.demand(plan).outputFile("\(year)/socialaftale_demand.csv"),
            csv.buyers(plan).outputFile("\(year)/socialaftale_buyers.csv"),
        ]
    }

    /// The short note written when the solver finds no feasible placement (slacks should prevent it).
    public static func infeasibilityNote(_ termination: String, year: Int, language: Language) -> String {
        let text = ReportText(language)
        return [
            text.pick(
                "# Socialaftale \(year): ingen mulig placering",
                "# Socialaftale \(year): no possible placement"
            ),
            "",
            text.pick(
                "Løseren fandt ingen placering (status: \(termination)). Med muligheden for køb uden for regionen og for borgere uden plads bør det ikke kunne ske; kontrollér, at de eksisterende placeringer passer til tilbuddenes pladser og kommunernes efterspørgsel, og kør `kkr-plan validate`.",
                "The solver found no placement (status: \(termination)). With purchases outside the region and unmet demand allowed this should not happen; check that the existing placements fit the offers' places and the municipalities' demand, and run `kkr-plan validate`."
            ),
        ]
        .joined(separator: "\n") + "\n"
    }
}
