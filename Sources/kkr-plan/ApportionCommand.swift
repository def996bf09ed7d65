import Allocation
import ArgumentParser
import Foundation
import KKRDomain
import Planning

/// `kkr-plan apportion FILE.csv --seats N --method …`: one apportionment of a CSV of weights.
struct ApportionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apportion",
        abstract:
            "Apportion whole seats to the rows of a CSV (name,weight[,min,max]) by a classic method or the optimiser.",
        discussion: """
            Prints each row's exact quota (seats · weight / Σ weight) and seats. Ties go to the larger \
            remainder or average, then the larger weight, then name order. Exit codes: 0 ok, 1 the min/max \
            bounds cannot hold the seats, 64 usage, 65 bad CSV, 66 file missing.
            """
    )

    @Argument(help: "A CSV with header name,weight and optional min,max columns (',' or ';', decimal comma allowed).")
    var file: String

    @Option(help: "The number of seats to hand out.")
    var seats: Int

    @Option(help: "hamilton, dhondt, sainte-lague, huntington-hill or optimal.")
    var method: ApportionmentMethod = .hamilton

    @Option(help: "For dhondt and sainte-lague: the divisor for 0 seats (1.4 for modified Sainte-Laguë).")
    var firstDivisor: Double?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @Option(help: "The language of the messages about the CSV: da or en (the result table is in English).")
    var language: Language = .danish

    @OptionGroup var solver: SolverOption

    func validate() throws {
        guard (0...1_000_000).contains(seats) else { throw ValidationError("--seats must be between 0 and 1000000") }
        try validateFirstDivisor(firstDivisor, method: method)
    }

    func run() throws {
        let request = ApportionRequest(
            file: file,
            seats: seats,
            method: method,
            firstDivisor: firstDivisor,
            format: format,
            language: language
        )
        try finish(request.run(solver: solver.makeSolver(), console: StandardConsole()))
    }
}
