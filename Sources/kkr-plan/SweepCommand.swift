import ArgumentParser
import Foundation
import KKRDomain
import Planning

/// `kkr-plan sweep --parameter PATH --from A --to B --steps K`: runs K variants and reports where the allocation changes.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Vary one assumption over evenly spaced values and report where each municipality's places change.",
        discussion: """
            PATH is one of traineeships.<programme>.target, traineeships.<programme>.target_factor, \
            traineeships.<programme>.floor.<code|all>, traineeships.<programme>.cap.<code|all>, \
            social.offer.<offer>.places, social.offer.<offer>.tariff, social.offer.<offer>.tariff_factor, \
            social.demand.<target group|all>.scale, social.buyer.<code>.scale, social.policy.<weight> \
            (see README.md, section Scenarios). Whole-number parameters are rounded to the nearest whole number at each \
            step. Writes Reports/<year>/sweep_<PATH>.md, .json, .csv and .html (the chart page). Exit codes: \
            0 ok; 1 some steps have no possible plan (the report says which and why); 64 usage (also an \
            unknown programme, municipality or offer in PATH); 65 bad input or scenario file; 66 a file is \
            missing; 73 a report cannot be written (none is; the previous ones stay).
            """
    )

    @Option(help: "The dotted path of the assumption to vary, e.g. traineeships.ssa.target.")
    var parameter: String
    @Option(help: "The first value.")
    var from: Double
    @Option(help: "The last value.")
    var to: Double
    @Option(help: "The number of evenly spaced values, from and to included (2–10000).")
    var steps: Int
    @Option(help: "Sweep on top of this scenario instead of the inputs without changes.")
    var scenario: String?
    @OptionGroup var options: ScenarioOptions
    @OptionGroup var solver: SolverOption

    func validate() throws {
        guard (2...10_000).contains(steps) else { throw ValidationError("--steps must be between 2 and 10000") }
        let parsed = try sweepParameter()
        for value in [from, to] {
            if let problem = parsed.rangeProblem(value) { throw ValidationError(problem) }
        }
    }

    func sweepParameter() throws -> SweepParameter {
        switch SweepParameter.parse(parameter) {
        case .success(let parsed): return parsed
        case .failure(let error): throw ValidationError(error.description)
        }
    }

    func run() throws {
        let job = SweepJob(
            settings: options.settings,
            parameter: try sweepParameter(),
            from: from,
            to: to,
            steps: steps,
            scenario: scenario
        )
        try finish(
            SweepRequest(job: job, format: options.format).run(solver: solver.makeSolver(), console: StandardConsole())
        )
    }
}
