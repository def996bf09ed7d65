import Foundation
import KKRDomain
import TestSupport
import Testing

/// The DST sample (a frozen copy in `Tests/Fixtures/StatBank/`) against its check figures; the shipped age keys
/// against the shipped file they were imported from; stale keys named by the input check (issue 11, items 5–6).
@Suite struct ShippedKeysTests {
    static let sample = Fixtures.folder.appendingPathComponent("StatBank/folk2021_nordjylland.csv")

    /// The 11 municipalities of the frozen inputs; DST spells 820 `Vesthimmerlands`.
    static func areas() throws -> StatBankAreas {
        var diagnostics = DiagnosticCollector()
        let file = try #require(
            InputFile.read(
                Fixtures.inputs.appendingPathComponent("municipalities.csv"),
                displayName: "Inputs/municipalities.csv",
                diagnostics: &diagnostics
            )
        )
        let parties = PartiesReader.read(file, diagnostics: &diagnostics).municipalities
        return StatBankAreas(parties: parties, statbankNames: ["820": "Vesthimmerlands"], partiesFile: file.displayName)
    }

    static func build(_ measure: StatBankMeasure) throws -> [String: Int] {
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
        return try #require(built).weights
    }

    /// The check figures of the sample's README: Aalborg 219,487, Læsø 1,764, the 11 municipalities 590,439.
    @Test func populationMatchesTheCheckFigures() throws {
        let population = try Self.build(.population)
        #expect(population["851"] == 219_487)
        #expect(population["825"] == 1_764)
        #expect(population.values.reduce(0, +) == 590_439)
        #expect(population.count == 11)
    }

    /// The four bands 0-5, 6-17, 18-64, 65+ add up to each municipality's total; 80+ is part of 65+.
    @Test func bandsAddUpToThePopulation() throws {
        let population = try Self.build(.population)
        let bands =
            try [(0, 5), (6, 17), (18, 64)].map { try Self.build(.ages(from: $0.0, to: $0.1)) }
            + [try Self.build(.ages(from: 65, to: nil))]
        let eighty = try Self.build(.ages(from: 80, to: nil))
        for (code, total) in population {
            #expect(bands.reduce(0) { $0 + ($1[code] ?? 0) } == total, "\(code)")
            #expect((eighty[code] ?? 0) < (bands[3][code] ?? 0))
        }
    }

    /// The shipped `Inputs/` (not the frozen copy: this test is about the shipped keys): every key whose rows
    /// name a file in `Inputs/statbank/` holds exactly what importing that file gives, marked real; the five age
    /// keys are such keys.
    @Test func shippedRowsAreTheImport() throws {
        let folder = Fixtures.shippedInputs
        let inputs = try TraineeshipInputReader.read(folder: folder, displayName: "Inputs")
        var diagnostics = DiagnosticCollector()
        let parties = try #require(
            InputFile.read(
                folder.appendingPathComponent("municipalities.csv"),
                displayName: "Inputs/municipalities.csv",
                diagnostics: &diagnostics
            )
        )
        let areas = StatBankAreas.read(parties, diagnostics: &diagnostics)
        var imported: [String] = []
        for key in inputs.keys.values.sorted(by: { $0.id < $1.id }) {
            guard let source = key.weights.values.first.flatMap({ StatBankSource(parsing: $0.provenance.source) })
            else { continue }
            imported.append(key.id)
            let exports = try source.files.map { file in
                let url = folder.appendingPathComponent("statbank/\(file.name)")
                #expect(SHA256.hexDigest(of: [UInt8](try Data(contentsOf: url))) == file.sha256)
                return try #require(
                    StatBankReader.read(url, displayName: file.name, areas: areas, diagnostics: &diagnostics)
                )
            }
            let built = try #require(
                StatBankKeyBuilder.build(
                    exports,
                    measure: source.measure,
                    period: source.period,
                    areas: areas,
                    diagnostics: &diagnostics
                )
            )
            #expect(key.weights.mapValues(\.value) == built.weights.mapValues(Double.init), "\(key.id)")
            #expect(
                key.weights.values.allSatisfy {
                    !$0.provenance.illustrative && $0.provenance.source == built.source.text
                }
            )
        }
        #expect(Set(imported).isSuperset(of: ["age_0_5", "age_6_17", "age_18_64", "age_65_plus", "age_80_plus"]))
        #expect(diagnostics.diagnostics.isEmpty)
        #expect(inputs.files.contains { $0.displayName.hasPrefix("Inputs/statbank/") })
    }

    /// The frozen inputs with `age_65_plus` imported (ages 5 and over) from a generated export in `statbank/`.
    static func importedFixture(aalborgExtra: Int = 0) throws -> InputFixture {
        let fixture = try InputFixture()
        let statbank = fixture.folder.appendingPathComponent("statbank")
        try FileManager.default.createDirectory(at: statbank, withIntermediateDirectories: true)
        try Data(StatBankFixture.codeExport().utf8).write(to: statbank.appendingPathComponent("folk.csv"))
        let request = StatBankImporter.Request(
            files: [statbank.appendingPathComponent("folk.csv").path],
            inputs: fixture.folder,
            inputsDisplayName: "In",
            key: "age_65_plus",
            measure: .ages(from: 5, to: nil),
            period: nil,
            dryRun: false
        )
        #expect(try StatBankImporter.run(request).written == "In/distribution_keys.csv")
        if aalborgExtra != 0 {
            try Data(StatBankFixture.codeExport(aalborgExtra: aalborgExtra).utf8)
                .write(to: statbank.appendingPathComponent("folk.csv"))
        }
        return fixture
    }

    static let staleHint =
        " — hint: bring it up to date with: kkr-plan import statbank In/statbank/folk.csv --inputs In "
        + "--key age_65_plus --ages 5- --period 2024K1"

    /// An imported key is read back, with its file in the input list.
    @Test func importedKeyIsRead() throws {
        let fixture = try Self.importedFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let inputs = try TraineeshipInputReader.read(folder: fixture.folder, displayName: "In")
        // Municipality i (in code order, from 0) has 5 · i + 35 persons aged 5-9.
        #expect(inputs.keys["age_65_plus"]?.weights["773"]?.value == 35)
        #expect(inputs.keys["age_65_plus"]?.weights["851"]?.value == 80)
        #expect(inputs.files.last?.displayName == "In/statbank/folk.csv")
    }

    /// A hand-edited weight makes the key stale.
    @Test func editedWeightIsStale() throws {
        let fixture = try Self.importedFixture()
        try fixture.replace("age_65_plus;851;80;", with: "age_65_plus;851;81;", in: "distribution_keys.csv")
        #expect(
            fixture.problems().lines == [
                "In/distribution_keys.csv:55: error: the key 'age_65_plus' is stale: the StatBank file gives 80 for "
                    + "Aalborg (851), the row says 81" + Self.staleHint
            ]
        )
    }

    /// A newer download in place of the imported file makes the key stale.
    @Test func changedFileIsStale() throws {
        let fixture = try Self.importedFixture(aalborgExtra: 1)
        #expect(
            fixture.problems().lines == [
                "In/distribution_keys.csv:55: error: the key 'age_65_plus' is stale: the StatBank file has changed "
                    + "since the import: it gives 81 for Aalborg (851), the row says 80" + Self.staleHint
            ]
        )
    }
}
