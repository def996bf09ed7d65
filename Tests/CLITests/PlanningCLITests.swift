import Foundation
import Testing

/// The default plan end to end: one atomic report set (exit 73 on a failed write, nothing replaced), a region
/// without the Socialaftale, reports that do not depend on how `--inputs` was spelled, and `--solver`.
@Suite struct PlanningCLITests {
    /// Every file under `folder` (relative path → bytes).
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let root = folder.standardizedFileURL.path
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(root.count + 1))] = try? Data(contentsOf: url)
        }
        return files
    }

    /// The output folder is a regular file: exit 73 naming the path and the reason; the file is untouched.
    @Test func outputFolderThatIsAFileIsExit73() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try workspace.write("not a folder", to: "OUT")
        let result = try workspace.run(["--output", "OUT"])
        #expect(result.exitCode == 73, "\(result.stderr)")
        #expect(
            result.stderr.contains("cannot write OUT/2027/traineeships.md: OUT is not a folder"),
            "\(result.stderr)"
        )
        #expect(!result.stderr.contains("internal error"))
        #expect(result.stdout.isEmpty)
        #expect(String(decoding: try workspace.read("OUT"), as: UTF8.self) == "not a folder")
    }

    /// A folder where `socialaftale.json` must go (this fails for root too): exit 73, and the previous good
    /// report set is byte for byte what it was — no training-place file, no page, no temporary file changed.
    @Test func aFailedWriteLeavesThePreviousReportSet() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let first = try workspace.run([])
        #expect(first.exitCode == 0, "\(first.stderr)")
        let reports = workspace.folder.appendingPathComponent("Reports")
        try FileManager.default.removeItem(at: reports.appendingPathComponent("2027/socialaftale.json"))
        try FileManager.default.createDirectory(
            at: reports.appendingPathComponent("2027/socialaftale.json"),
            withIntermediateDirectories: false
        )
        let before = Self.snapshot(reports)
        #expect(before.count == 19, "the first run wrote 19 files and the manifest, one file replaced by a folder")
        // Another pædagog target: the second run would write other reports.
        try workspace.edit("traineeships.yaml", "places: 992", "places: 1000")
        let second = try workspace.run([])
        #expect(second.exitCode == 73, "\(second.stderr)")
        #expect(
            second.stderr.contains("cannot write Reports/2027/socialaftale.json: a folder of that name is in the way"),
            "\(second.stderr)"
        )
        #expect(!second.stderr.contains("wrote "))
        #expect(Self.snapshot(reports) == before)
    }

    /// The report set owns its folder: after an upgrade, a model file an older version wrote (a programme now
    /// planned elsewhere) is removed by the next run; the user's own file stays; `social` alone removes none
    /// of the training-place files; a failed run removes nothing.
    @Test func aStaleReportFileIsRemovedAndAForeignOneStays() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let folder = workspace.folder.appendingPathComponent("Reports/2027")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try workspace.write("\\* an older run's model *\\\n", to: "Reports/2027/traineeships_gone_model.lp")
        try workspace.write("my notes\n", to: "Reports/2027/notes.md")
        // A failed run (bad input) removes nothing.
        try workspace.edit("bounds.csv", "pau;2027;773;", "pau;2027;999;")
        #expect(try workspace.run([]).exitCode == 65)
        #expect(workspace.reports() == ["notes.md", "traineeships_gone_model.lp"])
        try workspace.edit("bounds.csv", "pau;2027;999;", "pau;2027;773;")
        let plan = try workspace.run([])
        #expect(plan.exitCode == 0, "\(plan.stderr)")
        #expect(!workspace.reports().contains("traineeships_gone_model.lp"))
        #expect(workspace.reports().contains("notes.md") && workspace.reports().contains("traineeships.md"))
        let manifest = String(decoding: try workspace.read("Reports/2027/.kkr-plan-files"), as: UTF8.self)
        #expect(manifest.contains("\ntraineeships.md\n") && !manifest.contains("notes.md"))
        let before = workspace.reports()
        #expect(try workspace.run(["social"]).exitCode == 0)
        #expect(workspace.reports() == before)
    }

    /// `--output` under `/proc` (no new folders there, not even for root): exit 73 naming the path.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self")))
    func outputUnderProcIsExit73() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["traineeships", "--output", "/proc/kkr-plan-test"])
        #expect(result.exitCode == 73, "\(result.stderr)")
        #expect(result.stderr.contains("cannot write /proc/kkr-plan-test/2027/traineeships.md: "), "\(result.stderr)")
    }

    /// A region without `social/` (training places only): `validate` and the default plan work and say the
    /// Socialaftale part is skipped; the plan writes the training places and the page, no Socialaftale file.
    @Test func aTraineeshipOnlyRegion() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let inputs = workspace.folder.appendingPathComponent("Inputs")
        try FileManager.default.removeItem(at: inputs.appendingPathComponent("social"))
        // The shipped scenarios that change the Socialaftale cannot apply to such a region.
        for name in try FileManager.default.contentsOfDirectory(atPath: inputs.appendingPathComponent("scenarios").path)
        where try String(contentsOf: inputs.appendingPathComponent("scenarios/\(name)"), encoding: .utf8)
            .contains("offer") || name.contains("demand")
        {
            try FileManager.default.removeItem(at: inputs.appendingPathComponent("scenarios/\(name)"))
        }
        let validate = try workspace.run(["validate", "--language", "en"])
        #expect(validate.exitCode == 0, "\(validate.stderr)")
        #expect(validate.stderr.contains("Inputs/social: not there; the Socialaftale part is skipped"))
        #expect(validate.stdout.contains("Inputs: valid ("))
        #expect(!validate.stdout.contains("Socialaftale valid"))
        let plan = try workspace.run([])
        #expect(plan.exitCode == 0, "\(plan.stderr)")
        #expect(plan.stderr.contains("Inputs/social: findes ikke; Socialaftale-delen springes over"))
        let files = workspace.reports()
        #expect(files.contains("traineeships.md") && files.contains("rapport.html"))
        #expect(!files.contains { $0.hasPrefix("socialaftale") }, "\(files)")
        #expect(plan.stdout.hasPrefix("Praktikpladser 2027"), "\(plan.stdout)")
        #expect(!plan.stdout.contains("Socialaftale"))
    }

    /// `--inputs Inputs` and `--inputs /absolute/path/Inputs/` give the same bytes in every report.
    @Test func reportsDoNotDependOnHowTheInputsAreSpelled() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let absolute = workspace.folder.appendingPathComponent("Inputs").path + "/"
        let relative = try workspace.run(["--inputs", "Inputs", "--output", "A"])
        let spelled = try workspace.run(["--inputs", absolute, "--output", "B"])
        #expect(relative.exitCode == 0 && spelled.exitCode == 0, "\(relative.stderr)\(spelled.stderr)")
        #expect(relative.stdout == spelled.stdout)
        let a = Self.snapshot(workspace.folder.appendingPathComponent("A"))
        let b = Self.snapshot(workspace.folder.appendingPathComponent("B"))
        #expect(a.count == 20, "19 files and the folder's manifest")
        #expect(a == b, "differing: \(a.keys.filter { a[$0] != b[$0] }.sorted())")
        let compareA = try workspace.run(["compare", "minimum_plus_10", "--inputs", "Inputs", "--output", "C"])
        let compareB = try workspace.run(["compare", "minimum_plus_10", "--inputs", absolute, "--output", "D"])
        #expect(compareA.exitCode == 0 && compareB.exitCode == 0, "\(compareA.stderr)\(compareB.stderr)")
        let c = Self.snapshot(workspace.folder.appendingPathComponent("C"))
        #expect(!c.isEmpty && c == Self.snapshot(workspace.folder.appendingPathComponent("D")))
        // Messages keep the user's spelling, so an editor can jump to the file.
        try workspace.edit("bounds.csv", "825", "825x")
        let invalid = try workspace.run(["validate", "--inputs", absolute])
        #expect(invalid.exitCode == 65)
        #expect(invalid.stderr.contains(absolute + "bounds.csv:"), "\(invalid.stderr)")
    }

    /// `--solver glpk` (the default) gives the same reports as no option; an unknown backend is a usage error.
    @Test func solverOption() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let plain = try workspace.run(["traineeships", "--output", "A"])
        let glpk = try workspace.run(["traineeships", "--solver", "glpk", "--output", "B"])
        #expect(plain.exitCode == 0 && glpk.exitCode == 0, "\(glpk.stderr)")
        #expect(plain.stdout == glpk.stdout)
        #expect(
            Self.snapshot(workspace.folder.appendingPathComponent("A"))
                == Self.snapshot(workspace.folder.appendingPathComponent("B"))
        )
        for command in [["social"], ["compare"], ["sweep"], ["apportion"], []] {
            let result = try workspace.run(command + ["--solver", "no-such-solver"])
            #expect(result.exitCode == 64, "\(command): \(result.stderr)")
        }
    }
}
