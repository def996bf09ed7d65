import ArgumentParser
import Foundation
import KKRDomain
import Planning

/// `kkr-plan roll-forward --year Y [--realised FILE.csv]`: year Y becomes history; the rest of the period is re-planned.
struct RollForwardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roll-forward",
        abstract: "Fix year Y of the agreement period (with the realised numbers) and re-plan the remaining years.",
        discussion: """
            Takes year Y's places from Reports/<from>-<to>/traineeships_period.json, the realised numbers from \
            FILE.csv (columns programme, code, realised), writes them to <inputs>/history.csv, and plans the \
            period again with the past fixed. A bad realised file is reported (exit 65) and changes nothing.
            """
    )

    @Option(help: "The input folder.")
    var inputs: String = "Inputs"

    @Option(help: "The output folder; the period report is in <output>/<from>-<to>/.")
    var output: String = "Reports"

    @Option(help: "The year that is now decided.")
    var year: Int

    @Option(help: "The realised numbers: a CSV with programme, code, realised.")
    var realised: String?

    @Option(help: "The report language: da or en.")
    var language: Language = .danish

    @OptionGroup var solver: SolverOption

    func run() throws {
        try finish(
            RollForwardJob(
                inputs: URL(fileURLWithPath: inputs),
                inputsDisplayName: inputs,
                output: URL(fileURLWithPath: output),
                year: year,
                realised: realised.map { (URL(fileURLWithPath: $0), $0) },
                language: language
            )
            .run(solver: solver.makeSolver(), console: StandardConsole())
        )
    }
}
