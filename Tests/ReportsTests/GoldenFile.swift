import Foundation
import TestSupport
import Testing

/// Compares output with a file under `Tests/ReportsTests/Golden/`; `KKR_RECORD_GOLDEN=1` rewrites the files instead.
///
/// A recording run fails on purpose (each recorded file is an issue saying so): a run that rewrote the golden files
/// has compared nothing, and must never pass as if it had. Read the diff, then run the tests again without the
/// variable.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    /// The frozen inputs the golden reports are built from (named `Inputs` in the reports).
    static let inputs = Fixtures.inputs

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["KKR_RECORD_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record(
                Comment(
                    rawValue: "recorded \(name) because KKR_RECORD_GOLDEN=1 (nothing was compared): read the diff "
                        + "(git diff Tests/ReportsTests/Golden), then run the tests again without KKR_RECORD_GOLDEN"
                ),
                sourceLocation: sourceLocation
            )
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
