import Allocation
import Foundation
import KKRDomain
import LinearProgramming
import Reports

/// `kkr-plan apportion FILE.csv`: one apportionment of a CSV of weights, printed (nothing is written).
public struct ApportionRequest: Sendable {
    /// The CSV, as the user named it.
    public var file: String
    /// The number of seats.
    public var seats: Int
    /// The method.
    public var method: ApportionmentMethod
    /// The first divisor for divisor methods.
    public var firstDivisor: Double?
    /// What stdout carries.
    public var format: OutputFormat
    /// The language of the messages about the CSV (``ValidationCatalogue``).
    public var language: Language

    /// Creates the request.
    public init(
        file: String,
        seats: Int,
        method: ApportionmentMethod,
        firstDivisor: Double?,
        format: OutputFormat,
        language: Language = .danish
    ) {
        self.file = file
        self.seats = seats
        self.method = method
        self.firstDivisor = firstDivisor
        self.format = format
        self.language = language
    }

    /// Reads the CSV, apportions with `solver` (the optimiser) and prints the result.
    public func run(solver: any LinearSolver, console: any Console) -> RunStatus {
        var diagnostics = DiagnosticCollector()
        let url = URL(fileURLWithPath: file)
        guard let input = InputFile.read(url, displayName: file, diagnostics: &diagnostics) else {
            return console.report(
                InputError(
                    diagnostics: diagnostics.sorted,
                    isMissingInput: !FileManager.default.fileExists(atPath: url.path)
                ),
                language: language
            )
        }
        let claimants: [Claimant]
        do {
            claimants = try ClaimantReader.read(input)
        } catch {
            return console.report(error, language: language)
        }
        do {
            let result = try Apportioner(solver: solver)
                .apportion(claimants, seats: seats, method: method, firstDivisor: firstDivisor)
            console.output(
                format == .json
                    ? try ApportionmentReport.json(result, claimants: claimants, firstDivisor: firstDivisor)
                    : ApportionmentReport.text(result, claimants: claimants, firstDivisor: firstDivisor)
            )
            return .success
        } catch let error as ApportionmentError {
            switch error {
            case .floorsExceedSeats, .capsBelowSeats:
                let reason = ValidationCatalogue.text("no apportionment possible: \(error)", in: language)
                console.error("\(file): \(reason)")
                return .infeasible
            case .noPositiveWeight, .invalidWeight, .floorAboveCap:
                let problem = Diagnostic(
                    .error,
                    at: SourceLocation(file: file),
                    "\(error)",
                    hint: "give at least one row a weight above 0"
                )
                console.error(problem.description(in: language))
                return .dataError
            case .solverFailed:
                return console.internalError(error)
            }
        } catch {
            return console.internalError(error)
        }
    }
}
