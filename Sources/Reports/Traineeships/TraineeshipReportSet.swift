import Allocation
import KKRDomain

/// Every file a training-places run writes under `Reports/`, by path relative to it.
///
/// `<year>/traineeships.md` (the meeting report), `<year>/traineeships.json`,
/// `<year>/traineeships_<programme>.csv` and
/// `<year>/traineeships_<programme>_<split>.csv`. With the optimiser the run
/// also writes `<year>/traineeships_<programme or joint capacity>_model.lp`
/// (the last stage's model as solved, in CPLEX-LP, for audit and `kkr-plan
/// solve`); those artifacts are made by the planning layer
/// (Sources/Planning/Parts/TraineeshipJob.swift), only named here.
/// With `--language en` the report and CSV headers are English; file names
/// do not change.
public enum TraineeshipReportSet {
    /// The Markdown report's path for `year`.
    public static func markdownPath(year: Int) -> String { "\(year)/traineeships.md" }

    /// The JSON's path for `year`.
    public static func jsonPath(year: Int) -> String { "\(year)/traineeships.json" }

    /// The path of the model file for `name` (a programme id, or the joint capacities solved together).
    public static func modelPath(year: Int, name: String) -> String { "\(year)/\(modelFileName(name))" }

    /// The file name (next to the report) of the model file for `name`.
    public static func modelFileName(_ name: String) -> String { "traineeships_\(name)_model.lp" }

    /// The infeasibility note's path for `year`.
    public static func infeasiblePath(year: Int) -> String { "\(year)/traineeships_infeasible.md" }

    /// The rendered files for `plan` (the model files are the planning layer's artifacts).
    public static func files(for plan: TraineeshipPlan, language: Language, firstDivisor: Double? = nil) throws
        -> [OutputFile]
    {
        let year = plan.year
        var files = [
            OutputFile(
                relativePath: markdownPath(year: year),
                text: TraineeshipMarkdown(language: language).render(plan, firstDivisor: firstDivisor)
            ),
            OutputFile(relativePath: jsonPath(year: year), text: try TraineeshipJSON.render(plan)),
        ]
        let csv = TraineeshipCSV(language: language)
        for programme in plan.programmes {
            let id = programme.programme.id
            files.append(csv.allocation(programme).outputFile("\(year)/traineeships_\(id).csv"))
            for split in programme.splits {
                files.append(
                    csv.split(split, rows: programme.rows)
                        .outputFile("\(year)/traineeships_\(id)_\(split.dimension.id).csv")
                )
            }
        }
        return files
    }

    /// The short Markdown note written when the plan is infeasible.
    public static func infeasibilityNote(_ conflicts: [PlanConflict], year: Int, language: Language) -> String {
        let text = ReportText(language)
        var lines = [
            "# " + text.noPlanHeading(year: year), "",
            text.pick(
                "Inputtene er gyldige, men tilsammen kan de ikke opfyldes. Årsag:",
                "The inputs are valid, but together they cannot be met. Reason:"
            ), "",
        ]
        lines += conflicts.map { "- " + text.conflict($0) }
        lines += [
            "",
            text.pick(
                "Ret grænserne i Inputs/ (bounds.csv, last_year.csv, joint_capacity.csv eller traineeships.yaml) og kør igen.",
                "Adjust the limits in Inputs/ (bounds.csv, last_year.csv, joint_capacity.csv or traineeships.yaml) and run again."
            ),
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
