import Foundation
import Testing

@testable import KKRDomain

/// Every input message comes from the one catalogue: a message or hint written where a diagnostic is made
/// fails here until `Sources/KKRDomain/Text/ValidationCatalogue+….swift` has its Danish wording.
///
/// The scan reads the readers, validators and requests as text and finds every place a diagnostic is
/// made (`diagnostics.error(…, at:)`, `.warning(…, at:)`, `Diagnostic(.error, at: …, …)`), every hint
/// (`hint:` and parameters ending in `Hint:`), every row description (`describing:`) and every local
/// `let hint =` / `let message =`. Each string value there — a literal with `{}` for each interpolation,
/// literals joined with `+`, each branch of `? :` and `??` — must be matched by a catalogue entry.
@Suite struct ValidationCatalogueCoverageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The folders scanned, and the files in them that are not readers (the catalogue and the diagnostics).
    static let folders = ["Sources/KKRDomain", "Sources/Planning", "Sources/Allocation/Apportionment"]
    static let skipped: Set<String> = ["Text", "Diagnostics", "Output"]

    /// Values passed on from elsewhere, each checked where its words are written (reason beside it).
    static let passedOn: Set<String> = [
        "hint",  // a parameter or a local: its literal is scanned at the caller or at `let hint =`
        "missingHint", "folderHint",  // `InputFile.isFile`'s parameters: scanned at their defaults and callers
        "saveAsUTF8Hint(displayName)",  // checked below (`helperHintsAreCatalogued`)
        "Self.hint(key)", "hint(for: key)",  // `ScenarioChangeReader.hint(for:)`, checked below
        "\"\\(error)\"",  // `ApportionmentError`'s descriptions: the commands' family of the catalogue
    ]

    struct Site: CustomStringConvertible {
        var file: String
        var line: Int
        var values: [String]
        var expression: String
        var description: String { "\(file):\(line): \(expression)" }
    }

    @Test func everyMessageAndHintIsCatalogued() throws {
        let sites = try Self.sites()
        #expect(sites.count > 300, "the scan found only \(sites.count) sites under \(Self.root.path)")
        var missing: [String] = []
        var passed: Set<String> = []
        for site in sites {
            // "" is no hint (a parameter's default); a value that is one interpolation ("\\(error)") passes a
            // message on like a variable does.
            if site.values.allSatisfy(\.isEmpty) && !site.values.isEmpty { continue }
            if site.values.isEmpty || site.values == ["{}"] {
                passed.insert(site.expression)
                if !Self.passedOn.contains(site.expression) {
                    missing.append("\(site): a message built outside a literal")
                }
                continue
            }
            // A value without letters ("{} ({})": a name and a code) has no wording to translate.
            for value in site.values where value.contains(where: \.isLetter) && !ValidationCatalogue.covers(value) {
                missing.append("\(site.file):\(site.line): \"\(value)\"")
            }
        }
        #expect(missing.isEmpty, "not in the ValidationCatalogue:\n\(missing.joined(separator: "\n"))")
        #expect(Self.passedOn.subtracting(passed).isEmpty, "no longer passed on: \(Self.passedOn.subtracting(passed))")
    }

    /// The scan sees a message that is not catalogued (it would otherwise pass on any tree).
    @Test func theScanFindsAnUncataloguedMessage() {
        let source = """
            diagnostics.error("the moon is made of \\(cheese)", at: location, hint: "look up")
            diagnostics.error(
                flag ? "the file is missing" : "the file is empty", at: location, hint: warn ? "x" : "keep one")
            let d = Diagnostic(.warning, at: SourceLocation(file: a), "\\(n) in column '\\(c)' is negative")
            console.error("not a diagnostic")
            """
        let sites = Self.sites(in: Array(source), file: "example.swift")
        #expect(
            sites.map(\.values) == [
                ["the moon is made of {}"], ["look up"], ["the file is missing", "the file is empty"],
                ["x", "keep one"],
                ["{} in column '{}' is negative"],
            ]
        )
        let uncovered = sites.flatMap(\.values).filter { !ValidationCatalogue.covers($0) }
        #expect(uncovered == ["the moon is made of {}", "look up", "x"])
    }

    /// The hints built by helper functions are catalogued too.
    @Test func helperHintsAreCatalogued() {
        for name in ["a.csv", "a.yaml"] {
            #expect(ValidationCatalogue.covers(InputFile.saveAsUTF8Hint(name)))
            #expect(ValidationCatalogue.covers(InputFile.saveAsUTF8Hint(name) + "; æ, ø and å must be UTF-8"))
        }
        for key in ["programme", "places", "factor", "key", "municipality", "offer", "weight", "value"] {
            #expect(ValidationCatalogue.covers(ScenarioChangeReader.hint(for: key)), "\(key)")
        }
    }

    /// Each entry has a Danish wording with the same parts, and no English wording twice.
    @Test func entriesAreWellFormed() {
        var seen: Set<String> = []
        for entry in ValidationCatalogue.entries {
            #expect(seen.insert(entry.english).inserted, "twice: \(entry.english)")
            #expect(
                entry.english.components(separatedBy: "{}").count == entry.danish.components(separatedBy: "{}").count,
                "parts differ: \(entry.english) → \(entry.danish)"
            )
            // Only a wording without words of its own ("{} for {} {}") may read the same in both languages.
            let words = entry.english.split { !$0.isLetter }.filter { $0.count > 3 }
            #expect(entry.english != entry.danish || words.isEmpty, "not translated: \(entry.english)")
        }
    }

    // MARK: - The scan

    static func sites() throws -> [Site] {
        var sites: [Site] = []
        for folder in folders {
            let url = root.appendingPathComponent(folder)
            let paths = try FileManager.default.subpathsOfDirectory(atPath: url.path).sorted()
            for path in paths where path.hasSuffix(".swift") {
                guard !skipped.contains(where: { path.hasPrefix($0 + "/") }) else { continue }
                let text = try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
                sites += Self.sites(in: Array(text), file: "\(folder)/\(path)")
            }
        }
        return sites
    }

    /// The diagnostic sites in one file's characters.
    static func sites(in text: [Character], file: String) -> [Site] {
        var scanner = Scanner(text: text)
        var sites: [Site] = []
        while scanner.index < text.count {
            let start = scanner.index
            if scanner.skipCommentOrLiteral() { continue }
            if let site = scanner.site(file: file) {
                sites += site
            } else {
                scanner.index = start + 1
            }
        }
        return sites
    }

    struct Scanner {
        let text: [Character]
        var index = 0
        /// The 1-based line of each character.
        let lines: [Int]

        init(text: [Character]) {
            self.text = text
            var line = 1
            lines = text.map { character in
                defer { if character == "\n" { line += 1 } }
                return line
            }
        }

        func starts(with prefix: String, at position: Int) -> Bool {
            var offset = position
            for character in prefix {
                guard offset < text.count, text[offset] == character else { return false }
                offset += 1
            }
            return true
        }

        func isIdentifier(_ position: Int) -> Bool {
            position >= 0 && position < text.count
                && (text[position].isLetter || text[position].isNumber
                    || text[position] == "_")
        }

        /// Skips a comment or a string literal at `index`; true when one was skipped.
        mutating func skipCommentOrLiteral() -> Bool {
            if starts(with: "//", at: index) {
                while index < text.count && text[index] != "\n" { index += 1 }
                return true
            }
            if starts(with: "/*", at: index) {
                while index < text.count && !starts(with: "*/", at: index) { index += 1 }
                index += 2
                return true
            }
            if text[index] == "\"" {
                _ = readLiteral()
                return true
            }
            return false
        }

        /// Reads the literal at `index` (which is at its opening quote); interpolations become `{}`.
        mutating func readLiteral() -> String {
            let multiline = starts(with: "\"\"\"", at: index)
            index += multiline ? 3 : 1
            var result = ""
            while index < text.count {
                if multiline ? starts(with: "\"\"\"", at: index) : text[index] == "\"" {
                    index += multiline ? 3 : 1
                    return result
                }
                if text[index] == "\\" && index + 1 < text.count {
                    let next = text[index + 1]
                    if next == "(" {
                        index += 1
                        skipGroup()
                        result += "{}"
                        continue
                    }
                    if next == "u", let close = text[index...].firstIndex(of: "}") {
                        let hex = String(text[(index + 3)..<close])
                        if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                            result.append(Character(scalar))
                        }
                        index = close + 1
                        continue
                    }
                    let escapes: [Character: String] = [
                        "n": "\n", "t": "\t", "0": "\0", "\"": "\"", "'": "'", "\\": "\\",
                    ]
                    result += escapes[next] ?? String(next)
                    index += 2
                    continue
                }
                result.append(text[index])
                index += 1
            }
            return result
        }

        /// Skips the bracketed group at `index` (`(`, `[` or `{`), literals and nested groups included.
        mutating func skipGroup() {
            var depth = 0
            while index < text.count {
                if text[index] == "\"" {
                    _ = readLiteral()
                    continue
                }
                if "([{".contains(text[index]) { depth += 1 }
                if ")]}".contains(text[index]) {
                    depth -= 1
                    if depth == 0 {
                        index += 1
                        return
                    }
                }
                index += 1
            }
        }

        /// One argument from `index` up to its `,` or closing bracket: its string values and its source text.
        mutating func readArgument(endsWithLine: Bool = false) -> (values: [String], expression: String) {
            while index < text.count && text[index].isWhitespace { index += 1 }
            let start = index
            var values: [String] = []
            var current = ""
            var hasLiteral = false
            var lastWasCode = false
            func close() {
                if hasLiteral { values.append(current) }
                current = ""
                hasLiteral = false
                lastWasCode = false
            }
            while index < text.count {
                let character = text[index]
                if character == "\"" {
                    current += readLiteral()
                    hasLiteral = true
                    lastWasCode = false
                } else if "([{".contains(character) {
                    skipGroup()
                    if !lastWasCode { current += "{}" }
                    lastWasCode = true
                } else if ")]},".contains(character) {
                    break
                } else if endsWithLine && character == "\n" && !continuesOnNextLine() {
                    break
                } else if starts(with: "??", at: index) {
                    close()
                    index += 2
                } else if character == "?" && index + 1 < text.count && text[index + 1].isWhitespace {
                    // `condition ? a : b`: what came before is the condition, not a value.
                    current = ""
                    hasLiteral = false
                    lastWasCode = false
                    index += 1
                } else if character == ":" && index > 0 && text[index - 1].isWhitespace {
                    close()
                    index += 1
                } else if character == "+" && index + 1 < text.count && text[index + 1].isWhitespace {
                    lastWasCode = false
                    index += 1
                } else if character.isWhitespace {
                    index += 1
                } else {
                    if !lastWasCode { current += "{}" }
                    lastWasCode = true
                    index += 1
                }
            }
            close()
            let expression = String(text[start..<index]).trimmingCharacters(in: .whitespacesAndNewlines)
            return (values, expression)
        }

        /// True when the statement at `index` (a line end) goes on: the line ends in an operator, or the next
        /// line starts with one.
        func continuesOnNextLine() -> Bool {
            var before = index - 1
            while before >= 0 && text[before].isWhitespace { before -= 1 }
            if before >= 0 && "=+?:".contains(text[before]) { return true }
            var after = index
            while after < text.count && text[after].isWhitespace { after += 1 }
            return after < text.count && "+?:.".contains(text[after])
        }

        /// The site at `index`, if one starts there (its message and hint are separate sites).
        mutating func site(file: String) -> [Site]? {
            let position = index
            let line = position < lines.count ? lines[position] : lines.last ?? 1
            for call in [".error(", ".warning("] where starts(with: call, at: position) {
                index = position + call.count
                let message = readArgument()
                var after = index
                if after < text.count && text[after] == "," { after += 1 }
                while after < text.count && text[after].isWhitespace { after += 1 }
                guard starts(with: "at:", at: after) else { return nil }
                return [Site(file: file, line: line, values: message.values, expression: message.expression)]
            }
            if starts(with: "Diagnostic(", at: position) && !isIdentifier(position - 1) {
                index = position + "Diagnostic(".count
                let severity = readArgument().expression
                guard severity == ".error" || severity == ".warning" else { return nil }
                index += 1
                _ = readArgument()
                index += 1
                let message = readArgument()
                return [Site(file: file, line: line, values: message.values, expression: message.expression)]
            }
            for label in ["hint:", "Hint:", "describing:"] where starts(with: label, at: position) {
                guard label == "Hint:" || !isIdentifier(position - 1) else { return nil }
                index = position + label.count
                var value = readArgument()
                // A parameter's default: `missingHint: String = "…"`.
                if value.expression.hasPrefix("String = ") {
                    index = position + label.count
                    while index < text.count && text[index] != "=" { index += 1 }
                    index += 1
                    value = readArgument()
                } else if value.expression == "String" {
                    return []
                }
                return [Site(file: file, line: line, values: value.values, expression: value.expression)]
            }
            for local in ["let hint =", "let message ="] where starts(with: local, at: position) {
                index = position + local.count
                let value = readArgument(endsWithLine: true)
                return [Site(file: file, line: line, values: value.values, expression: value.expression)]
            }
            return nil
        }
    }
}
