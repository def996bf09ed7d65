import ArgumentParser
import Foundation
import GLPKSolver
import KKRDomain
import Reports

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

    func run() throws {
        let job = RollForwardJob(
            inputs: URL(fileURLWithPath: inputs),
            inputsDisplayName: inputs,
            output: URL(fileURLWithPath: output),
            year: year,
            realised: realised.map { (URL(fileURLWithPath: $0), $0) },
            language: language
        )
        let prepared: (period: PeriodInputs, history: OutputFile)
        do {
            prepared = try job.prepare()
        } catch {
            throw reportedExitCode(for: error)
        }
        let result: PeriodJob.Result
        do {
            result = try job.run(prepared, solver: GLPKSolver())
        } catch {
            printError("kkr-plan: internal error: \(error)")
            throw ExitCode.internalError
        }
        printError("wrote \(inputs)/\(PeriodInputReader.historyFile)")
        switch result {
        case .written(let plan, let files, _):
            printWritten(files, output: URL(fileURLWithPath: output))
            print(PeriodSummary.render(plan, language: language), terminator: "")
        case .infeasible(_, let note, let url):
            printError(note + (url.map { "\n(written to \($0.path))" } ?? ""))
            throw ExitCode.infeasible
        }
    }
}
