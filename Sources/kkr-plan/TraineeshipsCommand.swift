import ArgumentParser

/// Placeholder until the training-places issue lands: exits with a usage error saying so.
struct TraineeshipsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "traineeships", abstract: "Not built yet.")

    func run() throws {
        printError("kkr-plan traineeships: not built yet")
        throw ExitCode.internalError
    }
}
