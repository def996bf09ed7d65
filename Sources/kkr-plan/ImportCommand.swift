import ArgumentParser
import Foundation
import KKRDomain

/// `kkr-plan import …`: brings outside statistics into the inputs.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import outside statistics into the inputs.",
        subcommands: [ImportStatBankCommand.self]
    )
}

/// `kkr-plan import statbank FILE… --key ID (--ages FROM-TO | --ages FROM- | --population)`.
struct ImportStatBankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statbank",
        abstract: "Write one key's rows in distribution_keys.csv from Statistics Denmark (StatBank) CSV exports.",
        discussion: """
            Reads FOLK1A-style exports in any CSV shape StatBank writes (with or without header, UTF-8 or \
            Latin-1), sums the age band (or the population) per municipality, prints old and new weights, and \
            replaces that key's rows in <inputs>/distribution_keys.csv, keeping every other row. Exit codes: \
            0 ok, 64 usage, 65 bad file (every problem listed, nothing written), 66 file missing, 73 cannot write.
            """
    )

    @Argument(help: "One or more StatBank CSV exports.")
    var files: [String]

    @Option(help: "The input folder.")
    var inputs: String = "Inputs"

    @Option(help: "The key id in distribution_keys.csv (e.g. age_65_plus).")
    var key: String

    @Option(help: "The age band: FROM-TO (0-5) or FROM- (65 and over).")
    var ages: String?

    @Flag(help: "Every inhabitant instead of an age band.")
    var population = false

    @Option(help: "The period to use when a file holds several (2024K1, 2024Q1, 2024M01, 2024).")
    var period: String?

    @Flag(help: "Print the old and new weights; write nothing.")
    var dryRun = false

    @Option(help: "The language of the messages: da or en.")
    var language: Language = .danish

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one StatBank file") }
        guard !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
        else { throw ValidationError("--key must be letters, digits, '_' or '-' (e.g. age_65_plus)") }
        guard (ages == nil) != !population else { throw ValidationError("give exactly one of --ages and --population") }
        if let ages, StatBankMeasure(ages: ages) == nil {
            throw ValidationError("--ages must be FROM-TO (e.g. 0-5) or FROM- (e.g. 65-), got '\(ages)'")
        }
        if let period, StatBankLabels.Period(period) == nil {
            throw ValidationError("--period must be like 2024K1, 2024Q1, 2024M01 or 2024, got '\(period)'")
        }
    }

    func run() throws {
        let request = StatBankImporter.Request(
            files: files,
            inputs: URL(fileURLWithPath: inputs),
            inputsDisplayName: inputs,
            key: key,
            measure: ages.flatMap(StatBankMeasure.init(ages:)) ?? .population,
            period: period.flatMap(StatBankLabels.Period.init),
            dryRun: dryRun,
            language: language
        )
        do {
            let outcome = try StatBankImporter.run(request)
            print(outcome.summary, terminator: "")
            for message in outcome.messages { printError(message) }
            printError(outcome.written.map { "wrote \($0)" } ?? "dry run: nothing was written")
        } catch let error as InputError {
            printError(error.description(in: language))
            throw error.isMissingInput ? ExitCode.noInput : ExitCode.dataError
        } catch let error as OutputError {
            printError("kkr-plan: error: \(error)")
            throw ExitCode.cannotCreate
        }
    }
}
