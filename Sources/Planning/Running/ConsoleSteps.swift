import Foundation
import KKRDomain

/// The messages every command prints the same way: input problems, warnings, written files, failures.
extension Console {
    /// Prints `error`'s diagnostics (in `language`) and returns the status for it (66 when files are missing, else 65).
    func report(_ error: InputError, language: Language) -> RunStatus {
        self.error(error.description(in: language))
        return error.isMissingInput ? .noInput : .dataError
    }

    /// Prints each warning on stderr in `language` (warnings never stop a run).
    func warn(_ warnings: [Diagnostic], language: Language) {
        for warning in warnings { error(warning.description(in: language)) }
    }

    /// Prints an unexpected failure (a solver call that failed, a report that could not be rendered).
    func internalError(_ failure: any Error) -> RunStatus {
        error("kkr-plan: internal error: \(failure)")
        return .internalError
    }

    /// Prints "wrote Reports/2027/…" for each file, relative to the output folder as the user named it.
    func written(_ files: [URL], output: URL) {
        for file in files { error("wrote " + shownPath(file, output: output)) }
    }

    /// Writes `set` under `output` and `inputs`' files under their folder (every file or none); on failure prints
    /// the path and the reason.
    ///
    /// - Returns: the URLs written (`inputs`' first), in the set's order, or `.cannotWrite`.
    func write(_ set: ReportSet, to output: URL, inputs: StagedInputs? = nil) -> Result<[URL], RunFailure> {
        do {
            return .success(try set.write(to: output, inputs: inputs.map { ($0.folder, $0.files) }))
        } catch {
            self.error(
                "kkr-plan: error: \(error.description) — hint: check that the output folder can be written; the previous reports were left as they were"
            )
            return .failure(RunFailure(.cannotWrite))
        }
    }
}

/// `file` relative to the output folder as the user named it (`Reports/2027/traineeships.md`).
func shownPath(_ file: URL, output: URL) -> String {
    let root = output.standardizedFileURL.path
    let path = file.standardizedFileURL.path
    return path.hasPrefix(root) ? output.relativePath + path.dropFirst(root.count) : path
}

/// A run that stopped with `status` (its message is already printed).
struct RunFailure: Error {
    var status: RunStatus
    init(_ status: RunStatus) { self.status = status }
}
