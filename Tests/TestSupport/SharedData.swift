import Foundation

/// Locates `../shared/` beside the checkout (never copied into the repository).
///
/// A user's clone has no `../shared`; tests that need it are disabled with a
/// message saying so (see ``SharedData/skipMessage``).
public enum SharedData {
    /// The package root (the folder holding `Package.swift`).
    public static let packageRoot: URL = {
        // This file is Tests/TestSupport/SharedData.swift.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }()

    /// `../shared/data/mps` beside the checkout, or `KKR_SHARED_DIR/data/mps` when that variable is set.
    public static let mpsFolder: URL = {
        if let shared = ProcessInfo.processInfo.environment["KKR_SHARED_DIR"] {
            return URL(fileURLWithPath: shared).appendingPathComponent("data/mps")
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/mps")
    }()

    /// True when the Netlib/MIPLIB instances are present.
    public static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: mpsFolder.appendingPathComponent("optima.csv").path)
    }

    /// Why the instance tests are skipped.
    public static let skipMessage =
        "../shared/data/mps is absent (it is never copied into the repository); instance tests skipped"

    /// The path of an instance such as `netlib/afiro`.
    public static func path(of instance: String) -> String {
        mpsFolder.appendingPathComponent(instance + ".mps").path
    }

    /// Rows of a CSV file in `../shared/data/mps` as dictionaries keyed by header (simple CSV with quoted fields).
    public static func table(_ file: String) -> [[String: String]] {
        guard let text = try? String(contentsOf: mpsFolder.appendingPathComponent(file), encoding: .utf8) else {
            return []
        }
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        guard !lines.isEmpty else { return [] }
        let header = splitCSVLine(lines.removeFirst())
        return lines.map { line in
            Dictionary(uniqueKeysWithValues: zip(header, splitCSVLine(line)))
        }
    }

    private static func splitCSVLine(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        for character in line {
            switch character {
            case "\"": quoted.toggle()
            case "," where !quoted:
                fields.append(field)
                field = ""
            default: field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
