import Allocation
import Foundation
import KKRDomain
import LinearProgramming
import Reports

/// `kkr-plan compare`: plans the base and each scenario and writes the comparison.
public struct CompareRequest: Sendable {
    /// The job.
    public var job: CompareJob
    /// What stdout carries.
    public var format: OutputFormat

    /// Creates the request.
    public init(job: CompareJob, format: OutputFormat) {
        self.job = job
        self.format = format
    }

    /// Validates, plans with `solver`, writes the reports, prints the summary or the JSON; every scenario
    /// without a plan is explained on stderr in the report language.
    public func run(solver: any LinearSolver, console: any Console) -> RunStatus {
        let prepared: CompareJob.Prepared
        do {
            prepared = try job.prepare()
        } catch {
            return console.report(error, language: job.settings.language)
        }
        console.warn(prepared.warnings, language: job.settings.language)
        let set: ScenarioSet
        let reports: ReportSet
        do {
            set = try job.plan(prepared, solver: solver)
            reports = try job.reportSet(set)
        } catch {
            return console.internalError(error)
        }
        let output = job.settings.output
        guard case .success(let urls) = console.write(reports, to: output) else { return .cannotWrite }
        console.written(urls, output: output)
        let language = job.settings.language
        console.output(
            format == .json
                ? reports.files.text(at: ComparisonReportSet.jsonPath(year: set.base.inputs.year))
                : ComparisonSummary.render(set, language: language)
        )
        let messages = RunMessages(language)
        let missing = set.withoutPlan
        for compared in missing {
            console.error(messages.noPlan(compared.id))
            if case .infeasible(let conflicts) = compared.outcome {
                for conflict in conflicts { console.error("  - " + ReportText(language).conflict(conflict)) }
            }
            if case .infeasible(let termination) = compared.social {
                console.error("  - " + messages.noSocialPlacement(termination.rawValue))
            }
            for problem in ReportText(language).periodProblems(compared.result) { console.error("  - " + problem) }
        }
        return missing.isEmpty ? .success : .infeasible
    }
}

/// `kkr-plan sweep`: plans every step and writes where the allocation changes.
public struct SweepRequest: Sendable {
    /// The job.
    public var job: SweepJob
    /// What stdout carries.
    public var format: OutputFormat

    /// Creates the request.
    public init(job: SweepJob, format: OutputFormat) {
        self.job = job
        self.format = format
    }

    /// Validates, plans with `solver`, writes the reports, prints the time, the summary or the JSON.
    ///
    /// - Returns: `.usage` when the parameter names something the inputs do not have.
    public func run(solver: any LinearSolver, console: any Console) -> RunStatus {
        let prepared: SweepJob.Prepared
        do {
            prepared = try job.prepare()
        } catch {
            return console.report(error, language: job.settings.language)
        }
        console.warn(prepared.warnings, language: job.settings.language)
        guard prepared.referenceProblems.isEmpty else {
            let language = job.settings.language
            let problems = prepared.referenceProblems.map { problem in
                ValidationCatalogue.text(problem.message, in: language) + " — hint: "
                    + ValidationCatalogue.text(problem.hint, in: language)
            }
            return .usage("--parameter \(job.parameter.path): " + problems.joined(separator: "; "))
        }
        let clock = ContinuousClock()
        let start = clock.now
        let run: SweepRun
        let reports: ReportSet
        do {
            run = try job.plan(prepared, solver: solver)
            reports = try job.reportSet(run)
        } catch {
            return console.internalError(error)
        }
        let output = job.settings.output
        guard case .success(let urls) = console.write(reports, to: output) else { return .cannotWrite }
        let seconds = start.duration(to: clock.now).inSeconds
        console.written(urls, output: output)
        let workers = min(job.settings.jobs, job.steps)
        console.error(
            "planned \(job.steps) steps in \(String(format: "%.3f", seconds)) s with \(workers) worker\(workers == 1 ? "" : "s")"
        )
        console.output(
            format == .json ? job.json(reports, run) : SweepSummary.render(run, language: job.settings.language)
        )
        return run.analysis.stepsWithoutPlan.isEmpty ? .success : .infeasible
    }
}

/// The few sentences a run prints on stderr itself, in the report language.
struct RunMessages {
    var language: Language

    init(_ language: Language) {
        self.language = language
    }

    /// Heads the reasons a compared scenario (or the base) has no plan.
    func noPlan(_ id: String) -> String {
        switch language {
        case .danish: "ingen mulig plan for '\(id)':"
        case .english: "no possible plan for '\(id)':"
        }
    }

    /// The Socialaftale's solver found no placement.
    func noSocialPlacement(_ status: String) -> String {
        switch language {
        case .danish: "Socialaftalen: løseren fandt ingen placering (status \(status))"
        case .english: "Socialaftale: the solver found no placement (status \(status))"
        }
    }
}
