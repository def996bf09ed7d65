import Foundation
import TestSupport
import Testing

/// Issue 13's reproducers run through the built binary: each used to end in a signal, a hang or a wrong exit code.
@Suite struct HardeningCLITests {
    /// Item 1: 500,000,000 pædagog places aborted GLPK (exit 134) after `validate` said valid; now both say 65.
    @Test(arguments: [["validate"], ["traineeships"]])
    func placesOutOfRange(arguments: [String]) throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try workspace.edit("traineeships.yaml", "places: 992", "places: 500000000")
        let result = try workspace.run(arguments + ["--language", "en"])
        #expect(result.exitCode == 65, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "Inputs/traineeships.yaml:47:9: error: the regional number of 'paedagog' for 2027 is 500000000, outside the supported range of places"
            )
        )
        #expect(workspace.reports().isEmpty)
    }

    /// Item 2: the top of the range plans (999,999 pædagog places; the shipped pædagog programme has no bounds).
    @Test func topOfTheRangePlans() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try workspace.edit("traineeships.yaml", "places: 992", "places: 999999")
        let result = try workspace.run(["traineeships", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"target\" : 999999"))
    }

    /// Item 5: 5,000 nested brackets killed the process with a stack overflow (exit 139).
    @Test func nestedYAML() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let text = String(decoding: try workspace.read("Inputs/traineeships.yaml"), as: UTF8.self)
        try workspace.write(
            text + "x: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n",
            to: "Inputs/traineeships.yaml"
        )
        let result = try workspace.run(["validate", "--language", "en"])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("error: the YAML nests more than 100 brackets deep"))
    }

    /// Item 6: sweep values that crashed the chart (exit 132) or the JSON (exit 70) are usage errors with the range.
    @Test(arguments: [
        ("social.policy.km_cost", "1e15", "at most 1000000000"),
        ("traineeships.ssa.target", "1e15", "at most 1000000"),
        ("social.offer.rn-soedisbakke.tariff_factor", "1e300", "at most 1000"),
        ("social.demand.all.scale", "1e12", "at most 1000"),
    ])
    func sweepOutOfRange(parameter: String, to: String, expected: String) throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["sweep", "--parameter", parameter, "--from", "1", "--to", to, "--steps", "2"])
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains(expected) && result.stderr.contains("(allowed: "))
    }

    /// Item 6: the top of each range sweeps and writes its chart (the values that trapped lie above it).
    @Test(arguments: [
        ("social.policy.km_cost", "1e9"), ("social.offer.rn-soedisbakke.tariff", "1e9"),
        ("social.demand.all.scale", "1000"),
    ])
    func sweepAtTheTop(parameter: String, to: String) throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["sweep", "--parameter", parameter, "--from", "0", "--to", to, "--steps", "2"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains("planned 2 steps"))
    }

    /// Item 10: a NUL inside a municipality name went into 13 reports with exit 0; now exit 65 at the field.
    @Test func controlCharacterInCSV() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try workspace.edit("municipalities.csv", "787;Thisted;", "787;This\u{0}ted;")
        let result = try workspace.run(["--language", "en"])
        #expect(result.exitCode == 65)
        #expect(
            result.stderr.contains("Inputs/municipalities.csv:3:2: error: field 2 holds the control character U+0000")
        )
        #expect(workspace.reports().isEmpty)
    }

    /// `validate --language da`: the reader messages in Danish, the count line too.
    @Test func danishMessages() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try workspace.edit("municipalities.csv", "787;Thisted;", "787;This\u{0}ted;")
        let result = try workspace.run(["validate", "--language", "da"])
        #expect(result.exitCode == 65)
        #expect(
            result.stderr.contains(
                "Inputs/municipalities.csv:3:2: error: felt 2 indeholder kontroltegnet U+0000 — hint: "
            )
        )
        #expect(result.stderr.contains("1 fejl i inputtene; intet blev skrevet."))
    }

    /// Item 11: a required file that is a folder is bad input, exit 65 (a missing file stays 66).
    @Test func requiredFileIsAFolder() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let url = workspace.folder.appendingPathComponent("Inputs/bounds.csv")
        try FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        let result = try workspace.run(["validate", "--language", "en"])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("Inputs/bounds.csv: error: this is a folder, not a file"))
    }

    /// A file that is a folder is exit 65 with the same message from every command that reads it (`solve`
    /// said 66 before), in English with `--language en` and in Danish by default; nothing is written.
    @Test(arguments: [
        (["validate"], "Inputs/bounds.csv"),
        ([], "Inputs/bounds.csv"),
        (["traineeships"], "Inputs/bounds.csv"),
        (["social"], "Inputs/social/offers.csv"),
        (["compare"], "Inputs/bounds.csv"),
        (
            ["sweep", "--parameter", "traineeships.ssa.target", "--from", "600", "--to", "610", "--steps", "2"],
            "Inputs/bounds.csv"
        ),
        (["apportion", "--seats", "3"], "weights.csv"),
        (["import", "statbank", "--key", "k", "--population"], "folk.csv"),
    ])
    func aFileThatIsAFolderIs65Everywhere(arguments: [String], file: String) throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let url = workspace.folder.appendingPathComponent(file)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        let named = file.hasPrefix("Inputs/") ? arguments : arguments + [file]
        let english = try workspace.run(named + ["--language", "en"])
        #expect(english.exitCode == 65, "\(english.stderr)")
        #expect(english.stderr.contains("\(file): error: this is a folder, not a file — hint: "), "\(english.stderr)")
        let danish = try workspace.run(named)
        #expect(danish.exitCode == 65, "\(danish.stderr)")
        #expect(danish.stderr.contains("\(file): error: det er en mappe, ikke en fil — hint: "), "\(danish.stderr)")
        #expect(workspace.reports().isEmpty)
    }

    /// `solve` on a folder: the same code and message as the planning inputs (it was 66, "missing").
    @Test func solveOnAFolderIs65() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("model.lp"),
            withIntermediateDirectories: false
        )
        let result = try workspace.run(["solve", "model.lp"])
        #expect(result.exitCode == 65)
        #expect(result.stderr.hasPrefix("model.lp: error: this is a folder, not a file — hint: "))
        #expect(try workspace.run(["solve", "nothing.lp"]).exitCode == 66)
    }
}
