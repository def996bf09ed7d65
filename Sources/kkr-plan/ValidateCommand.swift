import ArgumentParser

/// Placeholder until the training-places issue lands: exits with a usage error saying so.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Not built yet.")

    func run() throws {
        printError("kkr-plan validate: not built yet")
        throw ExitCode.internalError
    }
}
