import ArgumentParser

/// The `kkr-plan` command: parses arguments, calls the libraries, maps errors to exit codes.
@main
struct KKRPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kkr-plan",
        abstract: "KKR Nordjylland's planning engine: training places, Socialaftale, scenarios.",
        discussion: """
            With no subcommand, runs the whole default plan from Inputs/ into Reports/.
            Exit codes: 0 success; 1 plan infeasible (explained); 64 usage; 65 bad input; \
            66 input missing; 70 internal error.
            """,
        subcommands: [
            PlanCommand.self, SolveCommand.self, TraineeshipsCommand.self, ApportionCommand.self,
            ValidateCommand.self, CompareCommand.self, SweepCommand.self, SocialCommand.self, ImportCommand.self,
        ],
        defaultSubcommand: PlanCommand.self
    )
}
