import ArgumentParser
import Foundation
import KKRDomain
import Reports

/// The default command (`kkr-plan` with no arguments, `make plan`): runs every part of the default plan.
///
/// Every part's inputs are validated first, so a bad file in any part
/// stops the run before anything is written. The plan has two parts, the
/// training places and the Socialaftale balance (``SocialPart``). After
/// the parts, one HTML page with every part's charts and tables is written
/// next to the Markdown (`rapport.html`, `report.html` with `--language en`).
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Run the whole default plan from Inputs/ into Reports/ (the default command)."
    )

    @OptionGroup var options: TraineeshipOptions

    /// The parts of the default plan, in the order they run.
    var parts: [any PlanPart] {
        let traineeships = TraineeshipPart(job: options.job)
        // A missing input folder is reported once, by the training places.
        guard FileManager.default.fileExists(atPath: options.inputs) else { return [traineeships] }
        return [
            traineeships,
            PeriodPart(job: options.periodJob, traineeships: options.job),
            SocialPart(
                job: SocialJob(
                    inputs: URL(fileURLWithPath: options.inputs),
                    inputsDisplayName: options.inputs,
                    output: URL(fileURLWithPath: options.output),
                    year: options.year,
                    language: options.language
                )
            ),
        ]
    }

    func run() throws {
        var prepared: [any PreparedPlanPart] = []
        var failure: ExitCode?
        for part in parts {
            do {
                prepared.append(try part.prepare())
            } catch {
                let code = reportedExitCode(for: error)
                failure = failure == .dataError ? failure : code
            }
        }
        if let failure { throw failure }
        var infeasible = false
        var pageParts: [any HTMLReportPart] = []
        for part in prepared {
            let outcome = try part.run()
            infeasible = outcome.isInfeasible || infeasible
            if let pagePart = outcome.page { pageParts.append(pagePart) }
        }
        try writePage(pageParts)
        if infeasible { throw ExitCode.infeasible }
    }

    /// Writes `Reports/<year>/rapport.html` (`report.html` in English) with every part's charts and tables.
    func writePage(_ parts: [any HTMLReportPart]) throws {
        let job = HTMLReportJob(output: URL(fileURLWithPath: options.output), language: options.language)
        do {
            if let url = try job.write(parts) { printWritten([url], output: job.output) }
        } catch {
            printError("kkr-plan: internal error: \(error)")
            throw ExitCode.internalError
        }
    }
}

/// One part of the default plan: validates first, runs later.
protocol PlanPart {
    /// Reads and validates this part's inputs.
    func prepare() throws(InputError) -> any PreparedPlanPart
}

/// A part whose inputs are valid.
protocol PreparedPlanPart {
    /// Plans and writes the reports; prints a summary on stdout.
    func run() throws -> PlanPartOutcome
}

/// How a part ended, and what it adds to the HTML page.
struct PlanPartOutcome {
    /// True when the part has no possible plan (exit 1 after every part ran).
    var isInfeasible: Bool
    /// The part's sections of `rapport.html`, if it has any.
    var page: (any HTMLReportPart)?

    static let infeasible = PlanPartOutcome(isInfeasible: true)
}

/// The training places as a part of the default plan.
struct TraineeshipPart: PlanPart {
    let job: TraineeshipJob

    func prepare() throws(InputError) -> any PreparedPlanPart {
        let inputs = try validatePrintingWarnings(job)
        return Prepared(job: job, inputs: inputs)
    }

    struct Prepared: PreparedPlanPart {
        let job: TraineeshipJob
        let inputs: TraineeshipInputs

        func run() throws -> PlanPartOutcome {
            switch try runOrExit(job, inputs: inputs) {
            case .written(let plan, _, _):
                print(TraineeshipSummary.render(plan, language: job.language), terminator: "")
                return PlanPartOutcome(
                    isInfeasible: false,
                    page: TraineeshipHTML(plan: plan, firstDivisor: job.firstDivisor)
                )
            case .infeasible(let conflicts, _, _):
                return PlanPartOutcome(
                    isInfeasible: true,
                    page: TraineeshipConflictHTML(conflicts: conflicts, inputs: inputs)
                )
            }
        }
    }
}
