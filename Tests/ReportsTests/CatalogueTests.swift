import Foundation
import TestSupport
import Testing

/// Words live in the catalogues: no file of `Sources/Reports` outside them chooses between Danish and English.
///
/// A catalogue is a file named `…Text.swift` or `ReportText+….swift`; it holds
/// the Danish and the English wording side by side. Everywhere else a report
/// asks a catalogue for its words, so a language choice there is a word that
/// escaped its catalogue.
@Suite struct CatalogueTests {
    static let sources = SharedData.packageRoot.appendingPathComponent("Sources/Reports")

    /// Ways of choosing a language in code.
    static let choices = ["pick(", "language == .danish", "language == .english", "== .danish ?", "case .danish"]

    static func isCatalogue(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return name.hasSuffix("Text.swift") || name.hasPrefix("ReportText+")
    }

    /// Every Swift file under `Sources/Reports` with the language choices it makes (line number and line).
    static func choicesByFile() throws -> [String: [String]] {
        let files = try FileManager.default.subpathsOfDirectory(atPath: sources.path)
        var result: [String: [String]] = [:]
        for path in files where path.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            let lines = text.components(separatedBy: "\n").enumerated()
                .filter { _, line in choices.contains { line.contains($0) } }
                .map { number, line in "\(path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))" }
            result[path] = lines
        }
        return result
    }

    @Test func noLanguageChoiceOutsideTheCatalogues() throws {
        let found = try Self.choicesByFile()
        #expect(found.count > 50, "the sources were not found at \(Self.sources.path)")
        for (path, lines) in found.sorted(by: { $0.key < $1.key })
        where !lines.isEmpty && !Self.isCatalogue(path) {
            Issue.record(Comment(rawValue: "language choice outside a catalogue:\n" + lines.joined(separator: "\n")))
        }
    }

    /// The scan finds a choice where there is one (it would otherwise pass on any tree).
    @Test func theScanFindsTheCatalogues() throws {
        let found = try Self.choicesByFile()
        #expect(found["Scenarios/ComparisonText.swift"]?.isEmpty == false)
        #expect(found["Scenarios/ComparisonReport.swift"]?.isEmpty == true)
        #expect(Self.isCatalogue("Scenarios/ComparisonText.swift"))
        #expect(!Self.isCatalogue("Scenarios/ComparisonReport.swift"))
    }
}
