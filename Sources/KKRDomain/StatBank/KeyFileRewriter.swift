import Foundation

/// Replaces one key's rows in `distribution_keys.csv`, keeping every other row byte for byte.
///
/// Only records whose `key` is the imported key and whose `code` is an
/// imported municipality are touched (``CSVRowRewriter``): the new rows take
/// the place of the first of them (or go to the end when the key has no rows
/// yet), in code order. Other rows of the key (a region row, say) stay where
/// they are.
public enum KeyFileRewriter {
    /// The rewritten file and the key's weights before.
    public struct Rewrite: Sendable {
        /// The complete new contents.
        public var contents: Data
        /// The key's old weights by code (nil where a row's weight is not a number).
        public var oldWeights: [String: Double?]
        /// Codes of the key's rows that were kept because the import does not cover them.
        public var keptCodes: [String]
    }

    /// Rewrites `bytes` (the current `distribution_keys.csv`); nil with errors when it cannot be.
    ///
    /// - Parameters:
    ///   - bytes: the file as on disk.
    ///   - file: how messages name it.
    ///   - key: the key id.
    ///   - rows: the new weights, in the order to write them.
    ///   - source: the `source` text of every new row.
    ///   - diagnostics: where problems go.
    public static func rewrite(
        _ bytes: Data,
        file: String,
        key: String,
        rows: [(code: String, weight: Int)],
        source: String,
        diagnostics: inout DiagnosticCollector
    ) -> Rewrite? {
        let codes = Set(rows.map(\.code))
        guard
            let rewrite = CSVRowRewriter.rewrite(
                bytes,
                file: file,
                columns: ["key", "code", "weight", "illustrative", "source"],
                replaces: { $0["key"] == key && codes.contains($0["code"] ?? "") },
                with: rows.map {
                    ["key": key, "code": $0.code, "weight": "\($0.weight)", "illustrative": "no", "source": source]
                },
                diagnostics: &diagnostics
            )
        else { return nil }
        var oldWeights: [String: Double?] = [:]
        var kept: [String] = []
        for row in rewrite.oldRows where row.values["key"] == key {
            let code = row.values["code"] ?? ""
            if row.replaced {
                oldWeights[code] = NumberParser.parse(row.values["weight"] ?? "")
            } else {
                kept.append(code)
            }
        }
        return Rewrite(contents: rewrite.contents, oldWeights: oldWeights, keptCodes: kept)
    }
}
