import Foundation
import TestSupport
import Testing

/// `kkr-plan import statbank`: the printed table, `--dry-run`, the rewrite of one key, exit codes.
@Suite struct ImportStatBankCLITests {
    static let codes = ["773", "787", "810", "813", "820", "825", "840", "846", "849", "851", "860"]

    /// An API export with codes (`valuePresentation=Code`): municipality i has i + age persons of each age 0-9,
    /// plus a whole-country row; so ages 0-5 give 6 · i + 15.
    static func export() -> String {
        var lines = ["OMRÅDE;ALDER;TID;INDHOLD", "000;IALT;2024K1;5961249"]
        for (index, code) in codes.enumerated() {
            for age in 0...9 { lines.append("\(code);\(age);2024K1;\(index + age)") }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    @Test func dryRunWritesNothing() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try workspace.write(Self.export(), to: "folk.csv")
        let before = try workspace.read("Inputs/distribution_keys.csv")
        let result = try workspace.run([
            "import", "statbank", "folk.csv", "--key", "age_0_5", "--ages", "0-5", "--dry-run",
        ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try workspace.read("Inputs/distribution_keys.csv") == before)
        #expect(result.stderr.hasSuffix("dry run: nothing was written\n"))
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.first?
                .hasPrefix(
                    "age_0_5: DST StatBank (table not named in the file), ages 0-5, period 2024K1, file folk.csv SHA-256 "
                ) == true
        )
        // Morsø (i = 0): the weight in the workspace's key file, the new weight 15, and the difference.
        let keys = String(decoding: before, as: UTF8.self).split(separator: "\n")
        let old = try #require(keys.first { $0.hasPrefix("age_0_5;773;") }?.split(separator: ";")[2])
            .flatMap { Int($0) }
        let morso = try #require(lines.first { $0.hasPrefix("Morsø (773)") }).split(separator: " ").map(String.init)
        #expect(morso == ["Morsø", "(773)", "\(try #require(old))", "15", "\(15 - (old ?? 0))"])
        // 11 municipalities: Σ (6 · i + 15) for i = 0…10 = 6 · 55 + 165 = 495.
        #expect(lines.contains { $0.hasPrefix("total") && $0.contains(" 495 ") })
        #expect(lines.last == "skipped 1 row of areas that are not municipalities in Inputs/municipalities.csv: 000")
        #expect(!FileManager.default.fileExists(atPath: workspace.folder.appendingPathComponent("Reports").path))
    }

    @Test func importReplacesOnlyTheKeysRows() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try workspace.write(Self.export(), to: "folk.csv")
        let before = String(decoding: try workspace.read("Inputs/distribution_keys.csv"), as: UTF8.self)
        let result = try workspace.run(["import", "statbank", "folk.csv", "--key", "age_0_5", "--ages", "0-5"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr == "wrote Inputs/distribution_keys.csv\n")
        let after = String(decoding: try workspace.read("Inputs/distribution_keys.csv"), as: UTF8.self)
        let isKey = { (line: Substring) in line.hasPrefix("age_0_5;") }
        let oldLines = before.split(separator: "\n", omittingEmptySubsequences: false)
        let newLines = after.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(oldLines.filter { !isKey($0) } == newLines.filter { !isKey($0) })
        #expect(oldLines.firstIndex(where: isKey) == newLines.firstIndex(where: isKey))
        let rows = newLines.filter(isKey).map { $0.split(separator: ";").map(String.init) }
        #expect(rows.map { $0[1] } == Self.codes)
        #expect(rows.map { Int($0[2]) } == Self.codes.indices.map { 6 * $0 + 15 })
        #expect(rows.allSatisfy { $0[3] == "no" })
        // The inputs stay valid, and a second import changes nothing.
        #expect(try workspace.run(["validate"]).exitCode == 0)
        #expect(
            try workspace.run(["import", "statbank", "folk.csv", "--key", "age_0_5", "--ages", "0-5"]).exitCode == 0
        )
        #expect(String(decoding: try workspace.read("Inputs/distribution_keys.csv"), as: UTF8.self) == after)
    }

    @Test func badFileExits65AndWritesNothing() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try workspace.write(
            Self.export().replacingOccurrences(of: "851;3;2024K1;12", with: "851;3;2024K1;x"),
            to: "folk.csv"
        )
        let before = try workspace.read("Inputs/distribution_keys.csv")
        let result = try workspace.run([
            "import", "statbank", "folk.csv", "--key", "age_0_5", "--ages", "0-5", "--language", "en",
        ])
        #expect(result.exitCode == 65)
        // Aalborg is the 10th municipality: its age 3 is on line 2 + 9 · 10 + 4 = 96.
        #expect(result.stderr.hasPrefix("folk.csv:96:4: error: the count 'x' is not a whole number — hint: "))
        #expect(result.stderr.hasSuffix("1 error in the inputs; nothing was written.\n"))
        #expect(result.stdout.isEmpty)
        #expect(try workspace.read("Inputs/distribution_keys.csv") == before)
    }

    @Test func undeclaredKeyIsSaid() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try workspace.write(Self.export(), to: "folk.csv")
        let result = try workspace.run([
            "import", "statbank", "folk.csv", "--key", "age_0_9", "--ages", "0-9", "--dry-run", "--language", "en",
        ])
        #expect(result.exitCode == 0)
        #expect(result.stderr.hasPrefix("note: the key 'age_0_9' is not declared in Inputs/traineeships.yaml"))
    }

    @Test(arguments: [
        ["--key", "k", "--ages", "0-5", "--population"], ["--key", "k"], ["--key", "k", "--ages", "5-1"],
        ["--key", "k k", "--population"], ["--key", "k", "--population", "--period", "2024X1"],
    ])
    func usageErrors(arguments: [String]) throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try workspace.write(Self.export(), to: "folk.csv")
        #expect(try workspace.run(["import", "statbank", "folk.csv"] + arguments).exitCode == 64)
    }

    @Test func missingFileExits66() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let arguments = ["import", "statbank", "nope.csv", "--key", "k", "--population"]
        let result = try workspace.run(arguments + ["--language", "en"])
        #expect(result.exitCode == 66)
        #expect(
            result.stderr.hasPrefix("nope.csv: error: the file is missing — hint: check the path of the StatBank file")
        )
        let danish = try workspace.run(arguments)
        #expect(danish.exitCode == 66)
        #expect(
            danish.stderr.hasPrefix(
                "nope.csv: error: filen mangler — hint: kontrollér stien til filen fra Statistikbanken"
            )
        )
    }
}
