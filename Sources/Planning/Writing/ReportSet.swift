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
    /// obsolete files and the stale ones.
    ///
    /// Each output folder the set writes to gets its manifest (``ReportFolder/manifestName``) in the same
    /// atomic write; the files an earlier run wrote there that this set no longer writes are removed only
    /// after everything was written (``ReportFolder``). The input folder gets no manifest.
    ///
    /// - Returns: the URLs written, `inputs`' files first, in order (the manifests not among them).
    /// - Throws: `OutputError` naming the file that failed and why (nothing was replaced or removed).
    public func write(to output: URL, inputs: (folder: URL, files: [OutputFile])? = nil) throws(OutputError) -> [URL] {
        let writer = AtomicFileWriter(root: output)
        let folders = ReportFolder.folders(of: files, under: output)
        let groups =
            (inputs.map { [(AtomicFileWriter(root: $0.folder), $0.files)] } ?? [])
            + [(writer, files + folders.map(\.manifest))]
        let urls = try AtomicFileWriter.write(groups)
        for path in obsolete { writer.remove(path) }
        for folder in folders {
            for name in folder.stale { writer.remove(folder.path.isEmpty ? name : folder.path + "/" + name) }
        }
        return Array(urls.prefix((inputs?.files.count ?? 0) + files.count))
    }
}

/// One folder of the output a report set writes to: which files kkr-plan owns there, and which became stale.
///
/// A run owns the files it writes and, in each folder it writes to, the earlier files of the same
/// *families*: a family is a file name up to its first `_` or `.` (`traineeships`, `socialaftale`,
/// `scenarios`, `rapport`), except that each sweep (`sweep_<parameter>`) is a family of its own. A file
/// of one of its families that an earlier run wrote and this run does not write is stale and removed, so
/// `kkr-plan social` leaves the training-place reports alone and a sweep of one parameter the other sweeps.
/// An infeasibility note claims no family: it is written beside the last good plan, which stays.
///
/// What an earlier run wrote is read from the folder's manifest, a hidden file listing the names kkr-plan
/// wrote there (rewritten with every set). A folder written before manifests existed has none; then the
/// files named as kkr-plan has always named its model files and spreadsheets (`<family>_…_model.lp`,
/// `<family>_….csv` of the training places, the Socialaftale and the comparison) count as its files.
/// Nothing else is ever removed, so a user's own files in the folder stay.
struct ReportFolder {
    /// The hidden file listing, one name a line, the files kkr-plan wrote in a folder.
    static let manifestName = ".kkr-plan-files"

    /// The folder relative to the output root ("" for the root itself).
    var path: String
    /// The folder's new manifest, written with the set.
    var manifest: OutputFile
    /// Names (in the folder) of the stale files, removed once the set was written.
    var stale: [String]

    /// The folders `files` go to, in the order they first appear.
    static func folders(of files: [OutputFile], under root: URL) -> [ReportFolder] {
        var order: [String] = []
        var written: [String: [String]] = [:]
        for file in files {
            let path = (file.relativePath as NSString).deletingLastPathComponent
            if written[path] == nil { order.append(path) }
            written[path, default: []].append((file.relativePath as NSString).lastPathComponent)
        }
        return order.map { path in
            folder(path, writing: written[path] ?? [], in: path.isEmpty ? root : root.appendingPathComponent(path))
        }
    }

    /// The folder at `path` when the set writes the files `names` into it.
    static func folder(_ path: String, writing names: [String], in url: URL) -> ReportFolder {
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
        let manifestText = (try? String(contentsOf: url.appendingPathComponent(manifestName), encoding: .utf8))
        let listed = manifestText?.split(separator: "\n").map(String.init) ?? present.filter(isLegacyFile)
        let earlier = Set(listed).intersection(present).subtracting([manifestName])
        let claimed = Set(names.filter { !isInfeasibilityNote($0) }.map(family))
        // Only files: a folder in the way (whatever its name) is never removed.
        let stale =
            earlier.filter { name in
                var isFolder: ObjCBool = false
                let exists = FileManager.default.fileExists(
                    atPath: url.appendingPathComponent(name).path,
                    isDirectory: &isFolder
                )
                return exists && !isFolder.boolValue && claimed.contains(family(name)) && !names.contains(name)
            }
            .sorted()
        let kept = earlier.subtracting(stale).union(names).sorted()
        let text =
            "# The files kkr-plan wrote in this folder; a later run removes those of its own reports it no longer writes.\n"
            + kept.map { $0 + "\n" }.joined()
        let manifest = OutputFile(relativePath: path.isEmpty ? manifestName : path + "/" + manifestName, text: text)
        return ReportFolder(path: path, manifest: manifest, stale: stale)
    }

    /// The family of a file name: up to the first `_` or `.`; a sweep's whole name without its extension.
    static func family(_ name: String) -> String {
        if name.hasPrefix("sweep_") { return (name as NSString).deletingPathExtension }
        return String(name.prefix { $0 != "_" && $0 != "." })
    }

    static func isInfeasibilityNote(_ name: String) -> Bool {
        name.hasSuffix("_infeasible.md")
    }

    /// A model file or spreadsheet as kkr-plan named them before folders had a manifest.
    static func isLegacyFile(_ name: String) -> Bool {
        ["traineeships_", "socialaftale_", "scenarios_"].contains { name.hasPrefix($0) }
            && (name.hasSuffix("_model.lp") || name.hasSuffix(".csv"))
    }
}
