import ArgumentParser

/// Placeholder until the training-places issue lands: exits with a usage error saying so.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plan", abstract: "Not built yet.")

    func run() throws {
        printError("kkr-plan plan: not built yet")
        throw ExitCode.internalError
    }
}
