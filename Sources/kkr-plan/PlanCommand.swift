import ArgumentParser
import Foundation
import Planning

/// The default command (`kkr-plan` with no arguments, `make plan`): runs every part of the default plan.
///
/// The parts, their order, the meeting page and the one atomic write are the
/// planning layer's (Sources/Planning/Requests/PlanRequests.swift).
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Run the whole default plan from Inputs/ into Reports/ (the default command).",
        discussion: """
            Plans the training places and, when the inputs have social/, the Socialaftale, and writes every \
            report and the meeting page rapport.html (report.html with --language en) together: all of them or, \
            when any cannot be written, none (exit 73).
            """
    )

    @OptionGroup var options: TraineeshipOptions
    @OptionGroup var solver: SolverOption

    func run() throws {
        try finish(
            DefaultPlanRequest(traineeships: options.job)
                .run(solver: solver.makeSolver(), console: StandardConsole())
        )
    }
}
