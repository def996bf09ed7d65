import Foundation

/// An input folder being read: loads its files by relative path and remembers which ones were missing.
///
/// Missing files and folders are exit code 66, files that are there but
/// wrong exit code 65; ``error`` tells them apart by counting the errors that
/// came from missing files.
public struct InputFolder {
    /// The folder.
    public let url: URL
    /// How messages name the folder (for example `Inputs`).
    public let displayName: String
    /// Everything found so far, in every file.
    public var diagnostics = DiagnosticCollector()
    /// Files read from these bytes instead of the disk, by relative path (`roll-forward` plans with the
    /// `history.csv` it is about to write).
    public var replacing: [String: Data] = [:]
    private var missingErrors = 0

    /// Opens `url`.
    ///
    /// - Throws: ``InputError`` (missing input) when the folder does not exist.
    public init(url: URL, displayName: String) throws(InputError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            let diagnostic = Diagnostic(
                .error,
                at: SourceLocation(file: displayName),
                "the input folder does not exist",
                hint: "run from the project folder or pass --inputs DIR"
            )
            throw InputError(diagnostics: [diagnostic], isMissingInput: true)
        }
        self.url = url
        // `--inputs Inputs/` names files `Inputs/social/offers.csv`, as the training places do.
        var name = displayName
        while name.count > 1 && name.hasSuffix("/") { name.removeLast() }
        self.displayName = name
    }

    /// How messages name the file at `relativePath` (`Inputs/social/offers.csv`).
    public func shownName(_ relativePath: String) -> String {
        displayName.isEmpty ? relativePath : "\(displayName)/\(relativePath)"
    }

    /// True when a file exists at `relativePath`.
    public func contains(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(relativePath).path)
    }

    /// Reads the file at `relativePath`; nil (with a diagnostic unless it is optional and absent) when it cannot be used.
    public mutating func load(_ relativePath: String, optional: Bool = false) -> InputFile? {
        if let data = replacing[relativePath] {
            return InputFile.decode(data, displayName: shownName(relativePath), diagnostics: &diagnostics)
        }
        let exists = contains(relativePath)
        if optional && !exists { return nil }
        let before = diagnostics.errors.count
        let file = InputFile.read(
            url.appendingPathComponent(relativePath),
            displayName: shownName(relativePath),
            diagnostics: &diagnostics
        )
        if file == nil && !exists { missingErrors += diagnostics.errors.count - before }
        return file
    }

    /// Every problem so far, as the error to throw; `isMissingInput` when all errors are missing files.
    public var error: InputError {
        InputError(diagnostics: diagnostics.sorted, isMissingInput: missingErrors == diagnostics.errors.count)
    }
}
