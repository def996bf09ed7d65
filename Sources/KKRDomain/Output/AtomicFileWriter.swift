import Foundation

/// One file a run wants to write: a name relative to the output folder and its bytes.
public struct OutputFile: Sendable, Hashable {
    /// The path relative to the output folder, for example `2027/traineeships.md`.
    public var relativePath: String
    /// The complete contents.
    public var contents: Data

    /// Creates a file from bytes.
    public init(relativePath: String, contents: Data) {
        self.relativePath = relativePath
        self.contents = contents
    }

    /// Creates a file from text encoded as UTF-8, optionally with a byte-order mark (for Excel).
    public init(relativePath: String, text: String, byteOrderMark: Bool = false) {
        self.relativePath = relativePath
        self.contents = Data((byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8))
    }
}

/// Thrown when reports cannot be written; no half-written report is left behind.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// The file that could not be written.
    public var path: String
    /// What the operating system said.
    public var reason: String

    /// Creates the error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// A one-line description for messages.
    public var description: String { "cannot write \(path): \(reason)" }
}

/// Writes a set of report files so that a failed run never leaves a half report.
///
/// Every file is first written in full to a hidden temporary file in its
/// final folder; only when all temporary files exist are they renamed over
/// their targets (a rename within one folder is atomic on POSIX file
/// systems). If any step fails, the temporary files are removed and the old
/// reports stay as they were.
public struct AtomicFileWriter: Sendable {
    /// The folder the relative paths start from (for example `Reports`).
    public var root: URL

    /// Creates a writer for `root`.
    public init(root: URL) {
        self.root = root
    }

    /// Writes all `files`, or none of them.
    ///
    /// - Returns: the URLs written, in the order given.
    /// - Throws: ``OutputError`` naming the first file that failed.
    @discardableResult
    public func write(_ files: [OutputFile]) throws(OutputError) -> [URL] {
        var staged: [(temporary: URL, target: URL)] = []
        let manager = FileManager.default
        func discardStaged() {
            for entry in staged { try? manager.removeItem(at: entry.temporary) }
        }
        for file in files {
            let target = root.appendingPathComponent(file.relativePath)
            let folder = target.deletingLastPathComponent()
            let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
            do {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true)
                try file.contents.write(to: temporary)
            } catch {
                try? manager.removeItem(at: temporary)
                discardStaged()
                throw OutputError(path: target.path, reason: error.localizedDescription)
            }
            staged.append((temporary, target))
        }
        for entry in staged where rename(entry.temporary.path, entry.target.path) != 0 {
            let reason = String(cString: strerror(errno))
            discardStaged()
            throw OutputError(path: entry.target.path, reason: reason)
        }
        return staged.map(\.target)
    }

    /// Removes `relativePath` if it exists (for example a stale infeasibility note after a good run).
    public func remove(_ relativePath: String) {
        try? FileManager.default.removeItem(at: root.appendingPathComponent(relativePath))
    }

    // MARK: - A plan or its infeasibility note

    /// Writes a plan's reports (all or none), then removes the infeasibility note a failed earlier run left.
    ///
    /// A folder holds either a plan or the note saying there is none, never
    /// both, so a meeting never reads a stale note next to a fresh plan.
    ///
    /// - Parameters:
    ///   - files: The plan's reports.
    ///   - notePath: The infeasibility note's relative path, removed after the reports are written.
    /// - Returns: the URLs written, in the order given.
    /// - Throws: ``OutputError`` naming the first file that failed (the note then stays).
    public func writeReports(_ files: [OutputFile], replacingNote notePath: String) throws(OutputError) -> [URL] {
        let urls = try write(files)
        remove(notePath)
        return urls
    }

    /// Writes the note explaining why there is no plan, leaving the last plan's reports as they are.
    ///
    /// - Parameters:
    ///   - note: The explanation (Markdown).
    ///   - relativePath: Where the note goes.
    /// - Returns: the note's URL, or nil when it could not be written (the note is printed anyway).
    public func writeNote(_ note: String, at relativePath: String) -> URL? {
        try? write([OutputFile(relativePath: relativePath, text: note)]).first
    }
}

extension [OutputFile] {
    /// The contents of the file at `relativePath` as UTF-8 text, or "" when the set has no such file.
    public func text(at relativePath: String) -> String {
        first { $0.relativePath == relativePath }.map { String(decoding: $0.contents, as: UTF8.self) } ?? ""
    }
}
