import Foundation
import KKRDomain
import Testing

@testable import Planning

/// The report set owns its folder: files an earlier run wrote that this run no longer writes go, a user's stay.
@Suite struct ReportSetOwnershipTests {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("report-set-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("2027"),
            withIntermediateDirectories: true
        )
    }

    func put(_ text: String, at path: String) throws {
        try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    func names(_ folder: String = "2027") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path).sorted()
    }

    func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The names the manifest of `folder` lists.
    func manifest(_ folder: String = "2027") throws -> [String] {
        try text("\(folder)/\(ReportFolder.manifestName)").split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("#") }
    }

    static let plan = ReportSet(files: [
        OutputFile(relativePath: "2027/traineeships.md", text: "new plan"),
        OutputFile(relativePath: "2027/traineeships_ssa_model.lp", text: "new model"),
    ])

    /// After an upgrade (a folder without a manifest) a model file kkr-plan used to write is removed;
    /// the user's own files stay, even one starting with the family's name.
    @Test func aStaleModelFileFromBeforeManifestsIsRemoved() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try put("old plan", at: "2027/traineeships.md")
        try put("old PAU model", at: "2027/traineeships_pau_model.lp")
        try put("mine", at: "2027/notes.md")
        try put("mine too", at: "2027/traineeships_notes.txt")
        let urls = try Self.plan.write(to: root)
        #expect(urls.map(\.lastPathComponent) == ["traineeships.md", "traineeships_ssa_model.lp"])
        #expect(
            try names() == [
                ReportFolder.manifestName, "notes.md", "traineeships.md", "traineeships_notes.txt",
                "traineeships_ssa_model.lp",
            ]
        )
        #expect(try manifest() == ["traineeships.md", "traineeships_ssa_model.lp"])
        #expect(try text("2027/traineeships.md") == "new plan")
    }

    /// With a manifest, a listed file of the run's family that the run no longer writes goes; a listed file of
    /// another part (the Socialaftale) stays and stays listed; an unlisted file is not kkr-plan's.
    @Test func aListedFileTheRunNoLongerWritesIsRemoved() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try put("# header\ntraineeships.md\ntraineeships_old.csv\nsocialaftale.md\n", at: "2027/.kkr-plan-files")
        try put("old plan", at: "2027/traineeships.md")
        try put("old sheet", at: "2027/traineeships_old.csv")
        try put("social", at: "2027/socialaftale.md")
        try put("mine", at: "2027/traineeships_mine.md")
        _ = try Self.plan.write(to: root)
        #expect(
            try names() == [
                ReportFolder.manifestName, "socialaftale.md", "traineeships.md", "traineeships_mine.md",
                "traineeships_ssa_model.lp",
            ]
        )
        #expect(try manifest() == ["socialaftale.md", "traineeships.md", "traineeships_ssa_model.lp"])
    }

    /// A failed write removes nothing: the previous set, its stale file and its manifest stay as they were.
    @Test func aFailedWriteLeavesTheOldSetWithItsStaleFile() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try put("traineeships.md\ntraineeships_pau_model.lp\n", at: "2027/.kkr-plan-files")
        try put("old plan", at: "2027/traineeships.md")
        try put("old PAU model", at: "2027/traineeships_pau_model.lp")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("2027/traineeships_ssa_model.lp"),
            withIntermediateDirectories: false
        )
        #expect(throws: OutputError.self) { try Self.plan.write(to: root) }
        #expect(
            try names() == [
                ReportFolder.manifestName, "traineeships.md", "traineeships_pau_model.lp",
                "traineeships_ssa_model.lp",
            ]
        )
        #expect(try text("2027/traineeships.md") == "old plan")
        #expect(try manifest() == ["traineeships.md", "traineeships_pau_model.lp"])
    }

    /// An infeasibility note is written beside the last good plan: it removes none of the plan's files.
    @Test func anInfeasibilityNoteClaimsNoFamily() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try put("traineeships.md\ntraineeships_pau_model.lp\n", at: "2027/.kkr-plan-files")
        try put("old plan", at: "2027/traineeships.md")
        try put("old PAU model", at: "2027/traineeships_pau_model.lp")
        _ = try ReportSet(files: [OutputFile(relativePath: "2027/traineeships_infeasible.md", text: "no plan")])
            .write(to: root)
        #expect(
            try names() == [
                ReportFolder.manifestName, "traineeships.md", "traineeships_infeasible.md",
                "traineeships_pau_model.lp",
            ]
        )
    }

    /// A listed name that is now a folder is left alone (only files are ever removed).
    @Test func aFolderIsNeverRemoved() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try put("traineeships_old_model.lp\n", at: "2027/.kkr-plan-files")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("2027/traineeships_old_model.lp"),
            withIntermediateDirectories: false
        )
        try put("mine", at: "2027/traineeships_old_model.lp/notes.txt")
        _ = try Self.plan.write(to: root)
        #expect(try text("2027/traineeships_old_model.lp/notes.txt") == "mine")
    }

    /// Each sweep is a family of its own: sweeping one parameter leaves another parameter's sweep alone.
    @Test func sweepsOfOtherParametersStay() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try put("sweep_a.md\nsweep_a.json\n", at: "2027/.kkr-plan-files")
        try put("a", at: "2027/sweep_a.md")
        try put("a", at: "2027/sweep_a.json")
        _ = try ReportSet(files: [OutputFile(relativePath: "2027/sweep_b.md", text: "b")]).write(to: root)
        #expect(try names() == [ReportFolder.manifestName, "sweep_a.json", "sweep_a.md", "sweep_b.md"])
        #expect(ReportFolder.family("sweep_b.json") == "sweep_b")
        #expect(ReportFolder.family("traineeships_ssa_model.lp") == "traineeships")
        #expect(ReportFolder.family("rapport.html") == "rapport")
    }
}
