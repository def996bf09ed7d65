import Foundation
import KKRDomain

/// Writes generated training-place inputs as the input folder `kkr-plan traineeships --inputs DIR` reads
/// (`municipalities.csv`, `traineeships.yaml`, `distribution_keys.csv`), optionally over an agreement period.
///
/// With a period, every programme's target of the first year is repeated for each later year, 2 % higher per
/// year (rounded), so each year of the period plan differs. The file layout is documented in `Inputs/README.md`.
public enum TraineeshipInputsWriter {
    /// The files of `inputs` as paths relative to the input folder and their text.
    ///
    /// - Parameter years: the years of the agreement period (`from...to`), or nil for the plan year only.
    public static func files(_ inputs: TraineeshipInputs, years: ClosedRange<Int>? = nil) -> [(
        path: String, text: String
    )] {
        var parties = ["code;name;kind"]
        parties += inputs.municipalities.map { "\($0.code);\($0.name);municipality" }
        var weights = ["key;code;weight;illustrative;source"]
        var yaml = [
            "# Generated (TraineeshipInstanceGenerator); every figure is illustrative.", "plan_year: \(inputs.year)",
        ]
        if let years { yaml.append("period: {from: \(years.lowerBound), to: \(years.upperBound)}") }
        yaml.append("keys:")
        for id in inputs.keys.keys.sorted() {
            guard let key = inputs.keys[id] else { continue }
            yaml.append("  - {id: \(key.id), name_da: \(key.nameDanish), name_en: \(key.nameEnglish), kind: custom}")
            for party in inputs.municipalities {
                guard let weight = key.weights[party.code] else { continue }
                weights.append("\(key.id);\(party.code);\(SocialInputsWriter.number(weight.value));yes;generated")
            }
        }
        yaml.append("programmes:")
        for programme in inputs.programmes {
            yaml += [
                "  - id: \(programme.id)", "    name_da: \(programme.nameDanish)",
                "    name_en: \(programme.nameEnglish)", "    key: \(programme.keyID)", "    targets:",
            ]
            for target in programme.targets {
                let years = years ?? target.year...target.year
                for (step, year) in years.enumerated() {
                    let places = (Double(target.places) * (1 + 0.02 * Double(step))).rounded()
                    yaml.append(
                        "      - {year: \(year), places: \(Int(places)), kind: \(target.kind.rawValue), illustrative: true}"
                    )
                }
            }
            guard !programme.splits.isEmpty else { continue }
            yaml.append("    splits:")
            for split in programme.splits {
                yaml += [
                    "      - id: \(split.id)", "        name_da: \(split.nameDanish)",
                    "        name_en: \(split.nameEnglish)", "        illustrative: true", "        categories:",
                ]
                yaml += split.categories.map {
                    "          - {id: \($0.id), name_da: \($0.nameDanish), name_en: \($0.nameEnglish), "
                        + "percent: \(SocialInputsWriter.number($0.percent))}"
                }
            }
        }
        return [
            ("municipalities.csv", parties.joined(separator: "\n") + "\n"),
            ("traineeships.yaml", yaml.joined(separator: "\n") + "\n"),
            ("distribution_keys.csv", weights.joined(separator: "\n") + "\n"),
        ]
    }

    /// Writes the files into `folder` (created if missing).
    public static func write(_ inputs: TraineeshipInputs, years: ClosedRange<Int>? = nil, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files(inputs, years: years) {
            try Data(file.text.utf8).write(to: folder.appendingPathComponent(file.path))
        }
    }
}
