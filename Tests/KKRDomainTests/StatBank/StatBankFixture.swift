import Foundation
import KKRDomain

/// Small StatBank exports written from the examples of issue 11, and the parties they are matched against.
enum StatBankFixture {
    /// Læsø, Vesthimmerland (DST: `Vesthimmerlands`), Aalborg and the region.
    static let areas = StatBankAreas(
        parties: [
            Party(code: "820", name: "Vesthimmerland"), Party(code: "825", name: "Læsø"),
            Party(code: "851", name: "Aalborg"), Party(code: "1081", name: "Region Nordjylland", kind: .region),
        ],
        statbankNames: ["820": "Vesthimmerlands"],
        lines: ["820": 2, "825": 3, "851": 4, "1081": 5],
        partiesFile: "In/municipalities.csv"
    )

    /// The result of importing `text` (UTF-8 unless `bytes` are given) with `measure`; every diagnostic's text.
    static func build(
        _ text: String,
        bytes: [UInt8]? = nil,
        measure: StatBankMeasure,
        period: String? = nil,
        file: String = "folk.csv"
    ) -> (weights: [String: Int]?, result: StatBankKeyBuilder.Result?, messages: [String]) {
        var diagnostics = DiagnosticCollector()
        let export = StatBankReader.parse(
            bytes ?? Array(text.utf8),
            displayName: file,
            fileName: file,
            areas: areas,
            diagnostics: &diagnostics
        )
        // As the importer does: the weights are built only from a file that reads without errors.
        let result = export.flatMap { diagnostics.hasErrors ? nil : $0 }
            .flatMap {
                StatBankKeyBuilder.build(
                    [$0],
                    measure: measure,
                    period: period.flatMap(StatBankLabels.Period.init),
                    areas: areas,
                    diagnostics: &diagnostics
                )
            }
        return (result?.weights, result, diagnostics.sorted.map(\.description))
    }

    /// Latin-1 bytes of `text` (every character must be in Latin-1).
    static func latin1(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { UInt8($0.value) }
    }

    /// A web download (no header, quoted, `N år`) for the three municipalities, ages 0 to `oldest`:
    /// the count of age a is `base + a` with base 100 for Vesthimmerlands, 10 for Læsø, 1000 for Aalborg.
    static func webDownload(oldest: Int = 6, lineEnd: String = "\n") -> String {
        var lines: [String] = []
        for (name, base) in [("Vesthimmerlands", 100), ("Læsø", 10), ("Aalborg", 1000)] {
            for age in 0...oldest { lines.append("\"\(name)\";\"\(age) år\";\(base + age)") }
        }
        return lines.joined(separator: lineEnd) + lineEnd
    }

    /// Σ (base + a) for a in from...to.
    static func bandSum(base: Int, _ from: Int, _ to: Int) -> Int {
        (from...to).reduce(0) { $0 + base + $1 }
    }

    /// An API export with codes (`valuePresentation=Code`) for the 11 municipalities of the frozen inputs:
    /// municipality i (code order, from 0) has i + a persons of each age a in 0-9 (Aalborg `aalborgExtra` more at
    /// age 9), plus a whole-country row.
    static func codeExport(aalborgExtra: Int = 0) -> String {
        let codes = ["773", "787", "810", "813", "820", "825", "840", "846", "849", "851", "860"]
        var lines = ["OMRÅDE;ALDER;TID;INDHOLD", "000;IALT;2024K1;5961249"]
        for (index, code) in codes.enumerated() {
            for age in 0...9 {
                lines.append("\(code);\(age);2024K1;\(index + age + (code == "851" && age == 9 ? aalborgExtra : 0))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
