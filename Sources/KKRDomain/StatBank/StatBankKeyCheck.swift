import Foundation

/// Checks that keys imported from a StatBank file still match that file (issue 11, item 6).
///
/// A key whose rows' `source` names StatBank files (``StatBankSource``) that
/// are all still in `<inputs>/statbank/` is imported again from them, in
/// memory; any difference in a weight or in the source text (a changed file
/// has another SHA-256) makes the key stale, an error naming the key and the
/// command that brings it up to date. The files checked join the inputs'
/// file list, so every report names them with their SHA-256.
public enum StatBankKeyCheck {
    /// The folder inside the inputs where downloaded StatBank files are kept.
    public static let folder = "statbank"

    /// Checks every key of `keys`; returns the StatBank files read (for the reports' input list).
    ///
    /// - Parameters:
    ///   - keys: the keys as read from `distribution_keys.csv`.
    ///   - input: the input folder (its diagnostics receive the problems).
    ///   - partiesFile: `municipalities.csv`, for the parties and their StatBank names.
    public static func check(
        _ keys: [String: DistributionKey],
        input: inout InputFolder,
        partiesFile: InputFile
    ) -> [InputFile] {
        var ignored = DiagnosticCollector()
        var areas: StatBankAreas?
        var read: [String: StatBankExport] = [:]
        for key in keys.values.sorted(by: { $0.id < $1.id }) {
            let rows = key.weights.sorted {
                ($0.value.provenance.location.line ?? 0) < ($1.value.provenance.location.line ?? 0)
            }
            guard let first = rows.first, let source = StatBankSource(parsing: first.value.provenance.source),
                source.files.allSatisfy({ !$0.name.contains("/") && input.contains("\(folder)/\($0.name)") })
            else { continue }
            let matcher = areas ?? StatBankAreas.read(partiesFile, diagnostics: &ignored)
            areas = matcher
            var exports: [StatBankExport] = []
            for file in source.files {
                let path = "\(folder)/\(file.name)"
                if read[path] == nil {
                    read[path] = StatBankReader.read(
                        input.url.appendingPathComponent(path),
                        displayName: input.shownName(path),
                        areas: matcher,
                        diagnostics: &input.diagnostics
                    )
                }
                if let export = read[path] { exports.append(export) }
            }
            let command =
                "kkr-plan import statbank "
                + source.files.map { input.shownName("\(folder)/\($0.name)") }.joined(separator: " ")
                + (input.displayName == "Inputs" ? "" : " --inputs \(input.displayName)")
                + " --key \(key.id) \(source.measure.arguments)"
                + (source.period.map { " --period \($0)" } ?? "")
            var scratch = DiagnosticCollector()
            guard exports.count == source.files.count,
                let built = StatBankKeyBuilder.build(
                    exports,
                    measure: source.measure,
                    period: source.period,
                    areas: matcher,
                    diagnostics: &scratch
                )
            else {
                input.diagnostics.merge(scratch)
                input.diagnostics.error(
                    "the key '\(key.id)' cannot be checked against its StatBank file: the file has errors",
                    at: first.value.provenance.location,
                    hint: "fix the file, then run: \(command)"
                )
                continue
            }
            if let problem = difference(key, built: built, areas: matcher) {
                input.diagnostics.error(
                    "the key '\(key.id)' is stale: \(problem.text)",
                    at: problem.location ?? first.value.provenance.location,
                    hint: "bring it up to date with: \(command)"
                )
            }
        }
        return read.keys.sorted()
            .compactMap { path in
                read[path].map { InputFile(displayName: $0.displayName, text: "", sha256: $0.sha256) }
            }
    }

    /// The first difference between the key's rows and a fresh import, or nil when they match.
    static func difference(
        _ key: DistributionKey,
        built: StatBankKeyBuilder.Result,
        areas: StatBankAreas
    ) -> (text: String, location: SourceLocation?)? {
        let expected = built.weights.sorted { Party.codeOrder($0.key, $1.key) }
        let changed = key.weights.values.contains { row in
            !built.source.files.allSatisfy { row.provenance.source.contains($0.sha256) }
        }
        let file = changed ? "the StatBank file has changed since the import: it gives" : "the StatBank file gives"
        for (code, weight) in expected {
            let name = areas.parties[code].map { "\($0.name) (\(code))" } ?? code
            guard let row = key.weights[code] else {
                if key.unreadableCodes.contains(code) { continue }
                return ("\(file) \(weight) for \(name), but the key has no row for it", nil)
            }
            if row.value != Double(weight) {
                return (
                    "\(file) \(weight) for \(name), the row says \(NumberFormatting.plain(row.value))",
                    row.provenance.location
                )
            }
        }
        for (code, _) in expected {
            guard let row = key.weights[code] else { continue }
            if changed && row.provenance.source != built.source.text {
                return (
                    "the StatBank file has changed since the import (its SHA-256 is not the one in the source)",
                    row.provenance.location
                )
            }
            if row.provenance.source != built.source.text || row.provenance.illustrative {
                return ("the row's source or illustrative mark is not what the import writes", row.provenance.location)
            }
        }
        return nil
    }
}
