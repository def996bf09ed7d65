import Foundation

/// The one catalogue of input messages: each English message or hint beside its Danish wording.
///
/// Diagnostics are written in English where they arise; ``Diagnostic/description(in:)`` looks the message
/// and the hint up here. An entry is a pattern in which `{}` stands for a part copied unchanged (a file
/// name, a number, a field), and the Danish text takes the parts in the same order; a part that is itself
/// an entry (a hint inside a hint, a subject such as "the floor of 851 for 'ssa'") is translated too. The
/// `error:`, `warning:` and `hint:` markers stay English in both languages so editors and scripts parse the
/// lines either way.
///
/// The entries live in this file and its `ValidationCatalogue+….swift` extensions, one family of messages
/// each (files, CSV and YAML here; training places, Socialaftale, scenarios, StatBank, commands there).
/// `Tests/KKRDomainTests/Text/ValidationCatalogueTests.swift` fails when a message or hint literal in the
/// readers and validators has no entry, so a message cannot be added outside the catalogue.
public enum ValidationCatalogue {
    /// Every entry: English pattern → Danish pattern.
    static let entries: [(english: String, danish: String)] =
        files + traineeships + social + scenarios + statBank + commands

    /// The entries as anchored regular expressions, longest pattern first (so a longer wording wins).
    private static let compiled: [(pattern: NSRegularExpression, danish: String, quoted: [Bool])] =
        entries
        .sorted { $0.english.count > $1.english.count }
        .compactMap { entry in
            let texts = entry.english.components(separatedBy: "{}")
            let parts = texts.map(NSRegularExpression.escapedPattern(for:))
            guard let pattern = try? NSRegularExpression(pattern: "^" + parts.joined(separator: "(.*?)") + "$")
            else { return nil }
            // A part in quotes ('{}') is the user's own text (an id, a value): never translated.
            let quoted = texts.indices.dropLast().map { texts[$0].hasSuffix("'") && texts[$0 + 1].hasPrefix("'") }
            return (pattern, entry.danish, quoted)
        }

    /// `english` in `language`: the Danish wording when the catalogue has one, else `english` unchanged.
    public static func text(_ english: String, in language: Language) -> String {
        guard language == .danish else { return english }
        return danish(english, depth: 0) ?? english
    }

    /// True when an entry matches `english` (a message or hint, `{}` standing for any part).
    public static func covers(_ english: String) -> Bool {
        let range = NSRange(english.startIndex..., in: english)
        return compiled.contains { $0.pattern.firstMatch(in: english, range: range) != nil }
    }

    /// The Danish wording of `english`, its parts translated in turn (three levels deep); nil without an entry.
    private static func danish(_ english: String, depth: Int) -> String? {
        guard !english.isEmpty, depth < 3 else { return nil }
        let range = NSRange(english.startIndex..., in: english)
        for (pattern, danish, quoted) in compiled {
            guard let match = pattern.firstMatch(in: english, range: range) else { continue }
            var pieces = danish.components(separatedBy: "{}")
            var result = pieces.removeFirst()
            for (index, piece) in pieces.enumerated() {
                let group =
                    index + 1 < match.numberOfRanges
                    ? match.range(at: index + 1) : NSRange(location: NSNotFound, length: 0)
                let part = Range(group, in: english).map { String(english[$0]) } ?? ""
                let isQuoted = index < quoted.count && quoted[index]
                result += (isQuoted ? part : Self.danish(part, depth: depth + 1) ?? part) + piece
            }
            return result
        }
        return nil
    }

    /// The closing line of a list of problems: "3 errors in the inputs; nothing was written." / "3 fejl …".
    public static func summary(errors: Int, in language: Language) -> String {
        language == .danish
            ? "\(errors) fejl i inputtene; intet blev skrevet."
            : "\(errors) error\(errors == 1 ? "" : "s") in the inputs; nothing was written."
    }
}
