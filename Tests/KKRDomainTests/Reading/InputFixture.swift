import Foundation
import KKRDomain

/// A copy of the shipped `Inputs/` in a temporary folder, changed line by line for a test.
struct InputFixture {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("inputs-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: DefaultInputsTests.inputs, to: folder)
    }

    /// Replaces the first occurrence of `old` by `new` in `file` (the text must be there).
    func replace(_ old: String, with new: String, in file: String) throws {
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: old) else { throw FixtureError(message: "'\(old)' not in \(file)") }
        try text.replacingCharacters(in: range, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    /// Appends `line` to `file`.
    func append(_ line: String, to file: String) throws {
        let url = folder.appendingPathComponent(file)
        try (String(contentsOf: url, encoding: .utf8) + line + "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    /// Reads the folder; returns the diagnostics' descriptions (empty when valid) and whether only files were missing.
    func problems(year: Int? = nil) -> (lines: [String], missing: Bool) {
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try TraineeshipInputReader.read(folder: folder, displayName: "In", year: year)
            return ([], false)
        } catch {
            return (error.diagnostics.map(\.description), error.isMissingInput)
        }
    }
}

struct FixtureError: Error {
    let message: String
}
