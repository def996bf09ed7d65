import ArgumentParser

struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "solve", abstract: "Solve an MPS or LP file.")
    func run() throws {}
}
