import Foundation
import Testing

/// Compares output with a file under `Tests/ReportsTests/Golden/`; `KKR_RECORD_GOLDEN=1` rewrites the files instead.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["KKR_RECORD_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let actualLines = actual.components(separatedBy: "\n")
            let expectedLines = expected.components(separatedBy: "\n")
            let common = min(actualLines.count, expectedLines.count)
            let index = (0..<common).first { actualLines[$0] != expectedLines[$0] } ?? common
            let got = index < actualLines.count ? actualLines[index] : "<end>"
            let wanted = index < expectedLines.count ? expectedLines[index] : "<end>"
            let message = "\(name) differs at line \(index + 1): got '\(got)', expected '\(wanted)'"
            Issue.record(
                Comment(rawValue: message + " (re-record with KKR_RECORD_GOLDEN=1 if intended)"),
                sourceLocation: sourceLocation
            )
        }
    }
}
