import Foundation
import KKRDomain
import LinearProgramming
import Reports

/// The default command (`kkr-plan`, `make plan`): every part of the plan, then the meeting page, written as one set.
///
/// Every part's inputs are validated first, so a bad file in any part stops
/// the run before anything is planned or written. A region without
/// Socialaftale inputs (no `social/`) plans its training places only.
public struct DefaultPlanRequest: Sendable {
    /// The training places (its folders, year and language are the run's).
    public var traineeships: TraineeshipJob

    /// Creates the request.
    public init(traineeships: TraineeshipJob) {
        self.traineeships = traineeships
    }

    /// The agreement periods on the same folders and language (`Reports/<from>-<to>/`).
    var periods: PeriodJob {
        PeriodJob(
            inputs: traineeships.inputs,
            inputsDisplayName: traineeships.inputsDisplayName,
            output: traineeships.output,
            language: traineeships.language
        )
    }

    /// The Socialaftale on the same folders, year and language.
    var social: SocialJob {
        SocialJob(
            inputs: traineeships.inputs,
            inputsDisplayName: traineeships.inputsDisplayName,
            output: traineeships.output,
            year: traineeships.year,
            language: traineeships.language
        )
    }

    /// Validates every part, plans them with `solver`, writes all reports and the page, prints the summaries.
    public func run(solver: any LinearSolver, console: any Console) -> RunStatus {
        var parts: [PreparedPart] = []
        var failure: RunStatus?
        do {
            parts.append(try traineeships.prepare(console: console) { _, rendered, _ in rendered.summary })
        } catch {
            failure = console.report(error, language: traineeships.language)
        }
        // A missing input folder is reported once, by the training places.
        if FileManager.default.fileExists(atPath: traineeships.inputs.path) {
            do {
                if let period = try periods.prepareBeside(traineeships, console: console) { parts.append(period) }
            } catch {
                failure = console.report(error, language: traineeships.language).after(failure)
            }
            if social.hasInputs {
                do {
                    parts.append(
                        try social.prepare(console: console) { _, rendered, _ in
                            rendered.summary.isEmpty ? "" : "\n" + rendered.summary
                        }
                    )
                } catch {
                    failure = console.report(error, language: traineeships.language).after(failure)
                }
            } else {
                console.error(social.skippedMessage(traineeships.language))
            }
        }
        if let failure { return failure }
        let page = HTMLReportJob(output: traineeships.output, language: traineeships.language)
        return runParts(parts, solver: solver, output: traineeships.output, console: console, page: page.file)
    }
}

/// `kkr-plan traineeships`: the training places alone.
public struct TraineeshipsRequest: Sendable {
    /// The job.
    public var job: TraineeshipJob
    /// What stdout carries.
    public var format: OutputFormat

    /// Creates the request.
    public init(job: TraineeshipJob, format: OutputFormat) {
        self.job = job
        self.format = format
    }

    /// Validates (the agreement periods too: one may fix this year's places), plans with `solver`, writes the
    /// reports, prints the summary or the JSON.
    public func run(solver: any LinearSolver, console: any Console) -> RunStatus {
        var part: PreparedPart?
        var failure: RunStatus?
        do {
            part = try job.prepare(console: console) { job, rendered, outcome in
                format == .json ? job.json(rendered.set, outcome) : rendered.summary
            }
        } catch {
            failure = console.report(error, language: job.language)
        }
        // A missing input folder is reported once, by the training places.
        if FileManager.default.fileExists(atPath: job.inputs.path) {
            let periods = PeriodJob(
                inputs: job.inputs,
                inputsDisplayName: job.inputsDisplayName,
                output: job.output,
                language: job.language
            )
            do { try periods.check(beside: job) } catch {
                failure = console.report(error, language: job.language).after(failure)
            }
        }
        guard let part, failure == nil else { return failure ?? .dataError }
        return runParts([part], solver: solver, output: job.output, console: console)
    }
}

/// `kkr-plan social`: the Socialaftale alone.
public struct SocialRequest: Sendable {
    /// The job.
    public var job: SocialJob
    /// What stdout carries.
    public var format: OutputFormat

    /// Creates the request.
    public init(job: SocialJob, format: OutputFormat) {
        self.job = job
        self.format = format
    }

    /// Validates, plans with `solver`, writes the reports, prints the summary or the JSON.
    public func run(solver: any LinearSolver, console: any Console) -> RunStatus {
        job.runAlone(format: format, solver: solver, console: console)
    }
}

extension SocialJob {
    /// Said on stderr when the input folder has no `social/`: the region plans training places only.
    func skippedMessage(_ language: Language) -> String { Self.skippedMessage(inputsDisplayName, language: language) }

    /// Said on stderr when the folder `displayName` has no `social/`.
    static func skippedMessage(_ displayName: String, language: Language) -> String {
        let name = InputsName(displayName).shown
        let text = ValidationCatalogue.text("not there; the Socialaftale part is skipped", in: language)
        return "\(name.isEmpty ? "" : name + "/")social: \(text)"
    }
}
