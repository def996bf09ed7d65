import Foundation
import KKRDomain

/// Every file one run writes, and the stale files it makes obsolete: written together or not at all.
///
/// A command builds one set from all its parts (the default plan: the
/// training places, the Socialaftale and the meeting page) and writes it
/// once, so a failed write never leaves half a report set behind and never
/// replaces a previous good one.
public struct ReportSet: Sendable {
    /// The files, in the order they are named on stderr.
    public var files: [OutputFile]
    /// Paths (relative to the output folder) removed after the files were written: an infeasibility
    /// note a failed earlier run left beside the reports that now replace it.
    public var obsolete: [String]
    /// The paths of `files` that are infeasibility notes (named with the note on stderr, not as "wrote …").
    public var notes: [String]

    /// Creates a set.
    public init(files: [OutputFile] = [], obsolete: [String] = [], notes: [String] = []) {
        self.files = files
        self.obsolete = obsolete
        self.notes = notes
    }

    /// Adds `other`'s files, obsolete paths and notes after this set's.
    public mutating func append(_ other: ReportSet) {
        files += other.files
        obsolete += other.obsolete
        notes += other.notes
    }

    /// Writes every file under `output` and every file of `inputs` under its folder, or none; then removes the
    /// obsolete files.
    ///
    /// - Returns: the URLs written, `inputs`' files first, in order.
    /// - Throws: `OutputError` naming the file that failed and why (nothing was replaced).
    public func write(to output: URL, inputs: (folder: URL, files: [OutputFile])? = nil) throws(OutputError) -> [URL] {
        let writer = AtomicFileWriter(root: output)
        let groups = (inputs.map { [(AtomicFileWriter(root: $0.folder), $0.files)] } ?? []) + [(writer, files)]
        let urls = try AtomicFileWriter.write(groups)
        for path in obsolete { writer.remove(path) }
        return urls
    }
}
