import ArgumentParser
import Foundation
import GLPKSolver
import KKRDomain
import Reports

/// The agreement periods as a part of the default plan, and as `kkr-plan traineeships --period`.
///
/// Runs only when the settings declare a period; writes `Reports/<from>-<to>/`.
struct PeriodPart: PlanPart {
    let job: PeriodJob
    /// The single-year job, whose problems are reported by the training places already (not again here).
    let traineeships: TraineeshipJob

    func prepare() throws(InputError) -> any PreparedPlanPart {
        do {
            return Prepared(job: job, periods: try job.validate())
        } catch {
            var reported: Set<Diagnostic> = []
            do { _ = try traineeships.validate() } catch let single { reported = Set(single.diagnostics) }
            let remaining = error.diagnostics.filter { !reported.contains($0) }
            guard remaining.contains(where: { $0.severity == .error }) else { return Prepared(job: job, periods: []) }
            throw InputError(diagnostics: remaining, isMissingInput: error.isMissingInput)
        }
    }

    struct Prepared: PreparedPlanPart {
        let job: PeriodJob
        let periods: [PeriodInputs]

        func run() throws -> PlanPartOutcome {
            let results = try runPeriods(job, periods: periods)
            for case .written(let plan, _, _) in results {
                print(PeriodSummary.render(plan, language: job.language), terminator: "")
            }
            let infeasible = results.contains { if case .infeasible = $0 { true } else { false } }
            return PlanPartOutcome(isInfeasible: infeasible, page: nil)
        }
    }
}

/// Plans and writes every period; prints the files written (or the explanation) on stderr.
func runPeriods(_ job: PeriodJob, periods: [PeriodInputs]) throws -> [PeriodJob.Result] {
    let results: [PeriodJob.Result]
    do {
        results = try job.run(periods, solver: GLPKSolver())
    } catch {
        printError("kkr-plan: internal error: \(error)")
        throw ExitCode.internalError
    }
    for result in results {
        switch result {
        case .written(_, let files, _): printWritten(files, output: job.output)
        case .infeasible(_, let note, let url):
            printError(note + (url.map { "\n(written to \($0.path))" } ?? ""))
        }
    }
    return results
}

/// The periods a prepared period part holds (for `validate`).
func periodsOnly(_ part: any PreparedPlanPart) -> [PeriodInputs] {
    (part as? PeriodPart.Prepared)?.periods ?? []
}
