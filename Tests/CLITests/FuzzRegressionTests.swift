import Foundation
import TestSupport
import Testing

/// Every saved fuzz case (`Tests/CLITests/FuzzRegressions/<target>/`) replayed through the built `kkr-fuzz`.
///
/// `make fuzz` saves what crashes there; the issue-13 reproducers for the readers are there from the start.
/// Each case must return normally (exit 0): no signal, no trap.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("FuzzRegressions")

    static var targets: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test(arguments: targets)
    func savedCasesReturn(target: String) throws {
        let directory = Self.folder.appendingPathComponent(target)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            .map { directory.appendingPathComponent($0).path }
        guard !files.isEmpty else { return }
        let binary = KKRPlanBinary.url.deletingLastPathComponent().appendingPathComponent("kkr-fuzz")
        let process = Process()
        process.executableURL = binary
        process.arguments = [target] + files
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "\(target): a case ended in a signal")
        #expect(process.terminationStatus == 0, "\(target): exit \(process.terminationStatus)")
    }

    /// The replay itself can fail: an unknown target is a usage error, so a broken runner cannot pass silently.
    @Test func unknownTargetIsAUsageError() throws {
        let process = Process()
        process.executableURL = KKRPlanBinary.url.deletingLastPathComponent().appendingPathComponent("kkr-fuzz")
        process.arguments = ["nonsense"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 64)
    }
}
