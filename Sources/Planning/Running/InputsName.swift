import Foundation
import KKRDomain

/// How a run names its input folder: the user's spelling in messages, the folder's own name in reports.
///
/// Reports must not depend on how `--inputs` was spelled (`Inputs`,
/// `./Inputs/` and `/home/…/Inputs` give the same bytes), so the inputs are
/// read under the folder's last path component (`Inputs`); the diagnostics
/// printed on stderr are mapped back to the spelling the user typed, so an
/// editor can still jump to `file:line:column`.
struct InputsName: Sendable {
    /// As the user typed it (`--inputs`).
    var shown: String
    /// As reports name it: the folder's last path component.
    var report: String

    init(_ shown: String) {
        var trimmed = shown
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.shown = trimmed
        report = trimmed.isEmpty ? "" : URL(fileURLWithPath: trimmed).standardizedFileURL.lastPathComponent
    }

    /// `error` with every file named as the user spelled the folder.
    func shown(_ error: InputError) -> InputError {
        InputError(diagnostics: shown(error.diagnostics), isMissingInput: error.isMissingInput)
    }

    /// `diagnostics` with every file named as the user spelled the folder.
    func shown(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard shown != report else { return diagnostics }
        return diagnostics.map { diagnostic in
            var mapped = diagnostic
            if mapped.location.file == report {
                mapped.location.file = shown
            } else if mapped.location.file.hasPrefix(report + "/") {
                mapped.location.file = shown + mapped.location.file.dropFirst(report.count)
            }
            mapped.message = mapped.message.replacingOccurrences(of: report + "/", with: shown + "/")
            mapped.hint = mapped.hint.replacingOccurrences(of: report + "/", with: shown + "/")
            return mapped
        }
    }

    /// Runs a reader under the report name; its error comes back in the user's spelling.
    func read<T>(_ reader: (String) throws(InputError) -> T) throws(InputError) -> T {
        do {
            return try reader(report)
        } catch {
            throw shown(error)
        }
    }
}
