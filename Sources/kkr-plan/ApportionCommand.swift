import ArgumentParser

/// Placeholder until the training-places issue lands: exits with a usage error saying so.
struct ApportionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "apportion", abstract: "Not built yet.")

    func run() throws {
        printError("kkr-plan apportion: not built yet")
        throw ExitCode.internalError
    }
}
