import Foundation
import KKRDomain
import Testing

@Suite struct AtomicFileWriterTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesAllFilesAndLeavesNoTemporaries() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = AtomicFileWriter(root: root)
        try writer.write([
            OutputFile(relativePath: "2027/a.md", text: "A"),
            OutputFile(relativePath: "2027/b.csv", text: "æ;ø", byteOrderMark: true),
        ])
        #expect(try String(contentsOf: root.appendingPathComponent("2027/a.md"), encoding: .utf8) == "A")
        #expect(
            try Data(contentsOf: root.appendingPathComponent("2027/b.csv"))
                == Data([0xEF, 0xBB, 0xBF] + Array("æ;ø".utf8))
        )
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("2027").path).sorted() == [
                "a.md", "b.csv",
            ]
        )
    }

    /// When one target cannot be replaced, no file is changed and no temporary file is left.
    @Test func failureChangesNothing() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = AtomicFileWriter(root: root)
        try writer.write([OutputFile(relativePath: "x/a.md", text: "old")])
        // A non-empty folder where the second file should go makes its rename fail.
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("x/b.md/inner"),
            withIntermediateDirectories: true
        )
        #expect(throws: OutputError.self) {
            try writer.write([
                OutputFile(relativePath: "x/b.md", text: "new b"), OutputFile(relativePath: "x/a.md", text: "new"),
            ])
        }
        #expect(try String(contentsOf: root.appendingPathComponent("x/a.md"), encoding: .utf8) == "old")
        let left = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("x").path)
        #expect(!left.contains { $0.hasSuffix(".tmp") })
    }

    /// A folder in the way of the last file: the files before it are not replaced either, and the error names
    /// the path as the root was spelled and the reason.
    @Test func aBlockedLastFileReplacesNoEarlierOne() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = AtomicFileWriter(root: root)
        try writer.write([OutputFile(relativePath: "x/a.md", text: "old a")])
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("x/b.md"),
            withIntermediateDirectories: true
        )
        do {
            try writer.write([
                OutputFile(relativePath: "x/a.md", text: "new a"), OutputFile(relativePath: "x/c.md", text: "new c"),
                OutputFile(relativePath: "x/b.md", text: "new b"),
            ])
            Issue.record("the write should fail")
        } catch {
            #expect(error.path == root.relativePath + "/x/b.md")
            #expect(error.reason == "a folder of that name is in the way")
        }
        #expect(try String(contentsOf: root.appendingPathComponent("x/a.md"), encoding: .utf8) == "old a")
        let left = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("x").path).sorted()
        #expect(left == ["a.md", "b.md"])
    }

    /// A regular file where the root folder should be: the reason says so.
    @Test func aFileInPlaceOfTheRootIsNamed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("Reports")
        try Data("x".utf8).write(to: root)
        #expect {
            try AtomicFileWriter(root: root).write([OutputFile(relativePath: "2027/a.md", text: "a")])
        } throws: { error in
            (error as? OutputError)?.reason == root.relativePath + " is not a folder"
        }
        #expect(try Data(contentsOf: root) == Data("x".utf8))
    }

    /// Two files of one run with one name: refused before anything is written (the old file stays).
    @Test func aNameWrittenTwiceWritesNothing() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = AtomicFileWriter(root: root)
        try writer.write([OutputFile(relativePath: "2027/a.md", text: "old")])
        #expect(throws: OutputError.self) {
            try writer.write([
                OutputFile(relativePath: "2027/a.md", text: "one"),
                OutputFile(relativePath: "2027/b.md", text: "b"),
                OutputFile(relativePath: "2027/./a.md", text: "two"),
            ])
        }
        #expect(try String(contentsOf: root.appendingPathComponent("2027/a.md"), encoding: .utf8) == "old")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("2027").path) == ["a.md"]
        )
    }

    /// A temporary name someone made a symbolic link is not written through.
    @Test func aLinkAtTheTemporaryNameIsNotFollowed() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let outside = root.appendingPathComponent("outside.txt")
        try Data("keep".utf8).write(to: outside)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("2027"),
            withIntermediateDirectories: true
        )
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("2027/.a.md.\(getpid()).tmp").path,
            withDestinationPath: outside.path
        )
        try AtomicFileWriter(root: root).write([OutputFile(relativePath: "2027/a.md", text: "new")])
        #expect(try String(contentsOf: outside, encoding: .utf8) == "keep")
        #expect(try String(contentsOf: root.appendingPathComponent("2027/a.md"), encoding: .utf8) == "new")
    }

    /// Removing a stale name removes a file, never a folder of that name.
    @Test func removeLeavesFolders() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("2027/old.md/inner"),
            withIntermediateDirectories: true
        )
        try Data("x".utf8).write(to: root.appendingPathComponent("2027/stale.md"))
        let writer = AtomicFileWriter(root: root)
        writer.remove("2027/old.md")
        writer.remove("2027/stale.md")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("2027/old.md/inner").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("2027/stale.md").path))
    }
}
