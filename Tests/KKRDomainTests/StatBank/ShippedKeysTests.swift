import Foundation
import KKRDomain
import Testing

/// The shipped age keys are exactly what importing the shipped DST sample gives (issue 11, item 5).
@Suite struct ShippedKeysTests {
    static let sample = DefaultInputsTests.inputs.appendingPathComponent("statbank/folk2021_nordjylland.csv")

    static func areas() throws -> StatBankAreas {
        var diagnostics = DiagnosticCollector()
        let file = try #require(
            InputFile.read(
                DefaultInputsTests.inputs.appendingPathComponent("municipalities.csv"),
                displayName: "Inputs/municipalities.csv",
                diagnostics: &diagnostics
            )
        )
        return StatBankAreas.read(file, diagnostics: &diagnostics)
    }

    static func build(_ measure: StatBankMeasure) throws -> StatBankKeyBuilder.Result {
        let areas = try areas()
        var diagnostics = DiagnosticCollector()
        let export = try #require(
            StatBankReader.read(sample, displayName: "sample", areas: areas, diagnostics: &diagnostics)
        )
        let built = StatBankKeyBuilder.build(
            [export],
            measure: measure,
            period: StatBankLabels.Period("2021"),
            areas: areas,
            diagnostics: &diagnostics
        )
        #expect(diagnostics.diagnostics.isEmpty)
        return try #require(built)
    }

    /// The check figures of the sample's README: Aalborg 219,487, Læsø 1,764, the 11 municipalities 590,439.
    @Test func populationMatchesTheCheckFigures() throws {
        let population = try Self.build(.population).weights
        #expect(population["851"] == 219_487)
        #expect(population["825"] == 1_764)
        #expect(population.values.reduce(0, +) == 590_439)
        #expect(population.count == 11)
    }

    /// The four bands 0-5, 6-17, 18-64, 65+ add up to each municipality's total; 80+ is part of 65+.
    @Test func bandsAddUpToThePopulation() throws {
        let population = try Self.build(.population).weights
        let bands =
            try [(0, 5), (6, 17), (18, 64)].map { try Self.build(.ages(from: $0.0, to: $0.1)).weights }
            + [try Self.build(.ages(from: 65, to: nil)).weights]
        let eighty = try Self.build(.ages(from: 80, to: nil)).weights
        for (code, total) in population {
            #expect(bands.reduce(0) { $0 + ($1[code] ?? 0) } == total, "\(code)")
            #expect((eighty[code] ?? 0) < (bands[3][code] ?? 0))
        }
    }

    /// `Inputs/distribution_keys.csv` holds exactly the imported rows, marked real, with the file's SHA-256.
    @Test func shippedRowsAreTheImport() throws {
        let inputs = try TraineeshipInputReader.read(folder: DefaultInputsTests.inputs, displayName: "Inputs")
        let bands: [(String, StatBankMeasure)] = [
            ("age_0_5", .ages(from: 0, to: 5)), ("age_6_17", .ages(from: 6, to: 17)),
            ("age_18_64", .ages(from: 18, to: 64)), ("age_65_plus", .ages(from: 65, to: nil)),
            ("age_80_plus", .ages(from: 80, to: nil)),
        ]
        let digest = SHA256.hexDigest(of: [UInt8](try Data(contentsOf: Self.sample)))
        for (id, measure) in bands {
            let built = try Self.build(measure)
            let key = try #require(inputs.keys[id])
            #expect(key.weights.mapValues(\.value) == built.weights.mapValues(Double.init), "\(id)")
            for weight in key.weights.values {
                #expect(!weight.provenance.illustrative)
                #expect(
                    weight.provenance.source
                        == "DST StatBank (table not named in the file), \(measure), period 2021 (the file does not name "
                        + "its quarter), file folk2021_nordjylland.csv SHA-256 \(digest)"
                )
            }
        }
        #expect(inputs.files.last?.displayName == "Inputs/statbank/folk2021_nordjylland.csv")
        #expect(inputs.files.last?.sha256 == digest)
    }

    /// A changed weight or a changed file makes `validate` name the stale key.
    @Test func staleKeysAreNamed() throws {
        let fixture = try InputFixture()
        try fixture.replace("age_65_plus;851;39646", with: "age_65_plus;851;39645", in: "distribution_keys.csv")
        let weight = fixture.problems().lines
        #expect(
            weight == [
                "In/distribution_keys.csv:55: error: the key 'age_65_plus' is stale: the StatBank file gives 39646 "
                    + "for Aalborg (851), the row says 39645 — hint: bring it up to date with: kkr-plan import statbank "
                    + "In/statbank/folk2021_nordjylland.csv --inputs In --key age_65_plus --ages 65- --period 2021"
            ]
        )
        let changed = try InputFixture()
        try changed.replace(
            "\"Læsø\";\"90 år\";",
            with: "\"Læsø\";\"90 år\";1",
            in: "statbank/folk2021_nordjylland.csv"
        )
        let lines = changed.problems().lines
        // Læsø's 90-year-olds (6 → 16) are in 65+ and 80+; the other three keys keep their weights but name an old SHA-256.
        #expect(lines.count == 5)
        #expect(
            lines.filter { $0.contains("it gives") }.map { String($0.prefix(while: { $0 != "—" })) } == [
                "In/distribution_keys.csv:51: error: the key 'age_65_plus' is stale: the StatBank file has changed "
                    + "since the import: it gives 725 for Læsø (825), the row says 715 ",
                "In/distribution_keys.csv:62: error: the key 'age_80_plus' is stale: the StatBank file has changed "
                    + "since the import: it gives 187 for Læsø (825), the row says 177 ",
            ]
        )
    }
}
