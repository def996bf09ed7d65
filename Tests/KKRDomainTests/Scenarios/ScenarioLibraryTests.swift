import Foundation
import KKRDomain
import Testing

/// Finding scenario files by name or path, following bases, and the errors for missing files and cycles.
@Suite struct ScenarioLibraryTests {
    /// A temporary scenario folder with the given files (name → text).
    struct Folder {
        let url: URL
        let library: ScenarioLibrary

        init(_ files: [String: String]) throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("scenarios-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for (name, text) in files {
                try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
            library = ScenarioLibrary(folder: url, displayName: "In/scenarios")
        }

        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    static func scenario(base: String = "default", _ changes: String = "[]") -> String {
        "name: N\ndescription: D\nbase: \(base)\nchanges: \(changes)\n"
    }

    @Test func followsBasesOutermostFirst() throws {
        let folder = try Folder([
            "a.yaml": Self.scenario("\n  - set_target: {programme: ssa, places: 1}"),
            "b.yaml": Self.scenario(base: "a", "\n  - set_target: {programme: ssa, places: 2}"),
            "c.yaml": Self.scenario(base: "b.yaml", "\n  - set_target: {programme: ssa, places: 3}"),
        ])
        defer { folder.remove() }
        let resolved = try folder.library.load(["c", "a"])
        #expect(resolved.map(\.scenario.id) == ["c", "a"])
        #expect(resolved[0].chain.map(\.id) == ["a", "b", "c"])
        #expect(
            resolved[0].changes.map(\.action)
                == [1, 2, 3].map { .setTarget(programmeIDs: ["ssa"], places: $0, kind: nil) }
        )
        #expect(
            resolved[0].files.map(\.displayName) == [
                "In/scenarios/a.yaml", "In/scenarios/b.yaml", "In/scenarios/c.yaml",
            ]
        )
        #expect(resolved[1].bases.isEmpty)
        #expect(folder.library.available == ["a", "b", "c"])
    }

    @Test func readsAPathOutsideTheFolder() throws {
        let folder = try Folder(["mine.yaml": Self.scenario()])
        defer { folder.remove() }
        let other = ScenarioLibrary(folder: folder.url.appendingPathComponent("none"), displayName: "X")
        let path = folder.url.appendingPathComponent("mine.yaml").path
        let resolved = try other.load([path])
        #expect(resolved.first?.scenario.id == "mine")
        #expect(resolved.first?.scenario.file.displayName == path)
    }

    /// A planner's own file outside the folder may build on a shipped scenario.
    @Test func aFileElsewhereFindsItsBaseInTheFolder() throws {
        let folder = try Folder(["a.yaml": Self.scenario("\n  - set_target: {programme: ssa, places: 1}")])
        let elsewhere = try Folder(["mine.yaml": Self.scenario(base: "a")])
        defer {
            folder.remove()
            elsewhere.remove()
        }
        let resolved = try folder.library.load([elsewhere.url.appendingPathComponent("mine.yaml").path])
        #expect(resolved.first?.chain.map(\.id) == ["a", "mine"])
        #expect(resolved.first?.bases.first?.file.displayName == "In/scenarios/a.yaml")
    }

    @Test func aMissingFileIsMissingInputWithTheAvailableNames() throws {
        let folder = try Folder(["a.yaml": Self.scenario(), "b.yaml": Self.scenario()])
        defer { folder.remove() }
        #expect {
            try folder.library.load(["a", "zz"])
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.isMissingInput
                && error.diagnostics.map(\.description) == [
                    "In/scenarios/zz.yaml: error: the scenario file is missing — hint: the scenarios in In/scenarios are: a, b"
                ]
        }
    }

    @Test func missingAndCircularBasesAreErrorsAtTheBaseLine() throws {
        let folder = try Folder([
            "a.yaml": Self.scenario(base: "b"),
            "b.yaml": Self.scenario(base: "a"),
            "c.yaml": Self.scenario(base: "nowhere"),
        ])
        defer { folder.remove() }
        #expect {
            try folder.library.load(["a", "c"])
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return !error.isMissingInput
                && error.diagnostics.map(\.description) == [
                    "In/scenarios/b.yaml:3:7: error: the bases form a cycle: a → b → a — hint: let one of them build on 'base: default'",
                    "In/scenarios/c.yaml:3:7: error: the base scenario 'nowhere' does not exist (no file nowhere.yaml beside this one or in In/scenarios) — hint: write 'base: default' or one of: a, b, c",
                ]
        }
    }

    @Test func problemsInEveryFileAreReportedTogether() throws {
        let folder = try Folder([
            "a.yaml": "name: N\nchanges: []\n",
            "b.yaml": Self.scenario(base: "a"),
            "c.yaml": "name: N\ndescription: D\nchanges:\n  - set_target: {programme: ssa}\n",
        ])
        defer { folder.remove() }
        #expect {
            try folder.library.load(["b", "c"])
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.diagnostics.map(\.description) == [
                "In/scenarios/a.yaml:1:1: error: the document has no 'description' — hint: say in plain words what the scenario assumes, e.g. 'description: Landets minimumstal stiger 10 %.'",
                "In/scenarios/c.yaml:4:17: error: 'changes[0].set_target' has no 'places' — hint: e.g. 'places: 680' (for a floor or cap also 'places: none' to remove it)",
            ]
        }
    }
}
