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
/// final folder. Only when all temporary files exist are they renamed over
/// their targets (a rename within one folder is atomic on POSIX file
/// systems); each file a rename replaces is kept as a hard link until every
/// rename succeeded, so a failure half-way puts the old files back. If any
/// step fails, the temporary files are removed and the old reports stay as
/// they were.
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
    /// - Throws: ``OutputError`` naming the first file that failed, as the root was spelled, and the reason.
    @discardableResult
    public func write(_ files: [OutputFile]) throws(OutputError) -> [URL] {
        try Self.write([(self, files)])
    }

    /// Writes the files of every group under its writer's root in one staged commit: all of them, or none.
    ///
    /// `kkr-plan roll-forward` writes `Inputs/history.csv` and the re-planned reports this way.
    ///
    /// - Returns: the URLs written, in the order given.
    /// - Throws: ``OutputError`` naming the first file that failed, as its root was spelled, and the reason.
    @discardableResult
    public static func write(_ groups: [(writer: AtomicFileWriter, files: [OutputFile])]) throws(OutputError) -> [URL] {
        var targets = Set<String>()
        for group in groups {
            for file in group.files
            where
                !targets.insert(
                    group.writer.root.appendingPathComponent(file.relativePath)
                        .standardizedFileURL.path
                )
                .inserted
            {
                // Two files of one run with one name (e.g. an id that spells another file's name): an internal error,
                // caught before anything is written instead of one temporary file serving both.
                throw OutputError(
                    path: group.writer.root.relativePath + "/" + file.relativePath,
                    reason: "the run would write this file twice"
                )
            }
        }
        var staged: [(temporary: URL, target: URL, shown: String)] = []
        func discardStaged() {
            for entry in staged { unlink(entry.temporary.path) }
        }
        for (writer, file) in groups.flatMap({ group in group.files.map { (group.writer, $0) } }) {
            let target = writer.root.appendingPathComponent(file.relativePath)
            let shown = writer.root.relativePath + "/" + file.relativePath
            let temporary = target.deletingLastPathComponent()
                .appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
            if let reason = writer.makeFolders(target.deletingLastPathComponent())
                ?? Self.blockingReason(target) ?? Self.writeFile(file.contents, to: temporary)
            {
                unlink(temporary.path)
                discardStaged()
                throw OutputError(path: shown, reason: reason)
            }
            staged.append((temporary, target, shown))
        }
        var committed: [(target: URL, backup: URL?)] = []
        for entry in staged {
            let backup = entry.target.deletingLastPathComponent()
                .appendingPathComponent(".\(entry.target.lastPathComponent).\(getpid()).old")
            unlink(backup.path)
            var kept = link(entry.target.path, backup.path) == 0
            var keepError = kept ? 0 : errno
            if !kept, [EPERM, ENOTSUP, EOPNOTSUPP, EMLINK].contains(keepError) {
                // A file system without hard links (vfat, exFAT, some network shares): move the old file aside.
                kept = rename(entry.target.path, backup.path) == 0
                keepError = kept ? 0 : errno
            }
            if !kept && keepError != ENOENT || rename(entry.temporary.path, entry.target.path) != 0 {
                let reason = Self.errnoText()
                if kept { unlink(backup.path) }
                Self.rollBack(committed)
                discardStaged()
                throw OutputError(path: entry.shown, reason: reason)
            }
            committed.append((entry.target, kept ? backup : nil))
        }
        for entry in committed {
            if let backup = entry.backup { unlink(backup.path) }
        }
        return staged.map(\.target)
    }

    /// Puts back the files the renames in `committed` replaced, and removes the ones that were new.
    private static func rollBack(_ committed: [(target: URL, backup: URL?)]) {
        for entry in committed.reversed() {
            if let backup = entry.backup {
                rename(backup.path, entry.target.path)
            } else {
                unlink(entry.target.path)
            }
        }
    }

    /// Creates `folder` and its parents; the reason when that is impossible.
    private func makeFolders(_ folder: URL) -> String? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard !isDirectory.boolValue else { return nil }
            // Named as the root was spelled: `Reports/2027 is not a folder`.
            let rootPath = root.standardizedFileURL.path
            let path = folder.standardizedFileURL.path
            let shown = path.hasPrefix(rootPath) ? root.relativePath + path.dropFirst(rootPath.count) : path
            return "\(shown) is not a folder"
        }
        let parent = folder.deletingLastPathComponent()
        if parent.path != folder.path, let reason = makeFolders(parent) { return reason }
        return mkdir(folder.path, 0o777) == 0 || errno == EEXIST ? nil : Self.errnoText()
    }

    /// Why `target` cannot be replaced by a file (it is a folder), or nil.
    private static func blockingReason(_ target: URL) -> String? {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory)
        return exists && isDirectory.boolValue ? "a folder of that name is in the way" : nil
    }

    /// Writes `contents` to a new file at `url`; the reason when that fails.
    private static func writeFile(_ contents: Data, to url: URL) -> String? {
        // A new file only: never through a link or file someone else put at the temporary name.
        unlink(url.path)
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o666)
        guard descriptor >= 0 else { return errnoText() }
        var failure: String?
        contents.withUnsafeBytes { buffer in
            guard let start = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, failure == nil {
                let written = posixWrite(descriptor, start + offset, buffer.count - offset)
                if written < 0 {
                    if errno != EINTR { failure = errnoText() }
                } else {
                    offset += written
                }
            }
        }
        if close(descriptor) != 0 && failure == nil { failure = errnoText() }
        return failure
    }

    /// The operating system's text for the current `errno` ("No space left on device").
    private static func errnoText() -> String {
        String(cString: strerror(errno))
    }

    /// Removes the file `relativePath` if it exists (for example a stale infeasibility note after a good run); a
    /// folder of that name is left alone.
    public func remove(_ relativePath: String) {
        unlink(root.appendingPathComponent(relativePath).path)
    }
}

extension [OutputFile] {
    /// The contents of the file at `relativePath` as UTF-8 text, or "" when the set has no such file.
    public func text(at relativePath: String) -> String {
        first { $0.relativePath == relativePath }.map { String(decoding: $0.contents, as: UTF8.self) } ?? ""
    }
}

/// POSIX `write(2)` (outside the writer, whose own `write` would hide it).
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
