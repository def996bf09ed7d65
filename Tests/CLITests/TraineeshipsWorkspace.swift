import Foundation
import TestSupport

/// A scratch folder holding a copy of the frozen `Tests/Fixtures/Inputs/`, where `kkr-plan` runs as a user would.
struct TraineeshipsWorkspace {
    let folder: URL

    /// A copy of `inputs` (the frozen fixtures unless a test is about the shipped figures).
    init(inputs: URL = Fixtures.inputs) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kkr-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: inputs,
            to: folder.appendingPathComponent("Inputs")
        )
    }

    func run(_ arguments: [String]) throws -> KKRPlanBinary.Result {
        try KKRPlanBinary.run(arguments, currentDirectory: folder)
    }

    /// The files in `Reports/<year>/`, sorted, without the folder's manifest (`.kkr-plan-files`).
    func reports(_ year: Int = 2027) -> [String] {
        let path = folder.appendingPathComponent("Reports/\(year)").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0 != ".kkr-plan-files" }
            .sorted()
    }

    func read(_ path: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(path))
    }

    func write(_ text: String, to path: String) throws {
        try text.write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    /// Replaces `old` by `new` in `Inputs/<file>`.
    func edit(_ file: String, _ old: String, _ new: String) throws {
        let url = folder.appendingPathComponent("Inputs/\(file)")
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
