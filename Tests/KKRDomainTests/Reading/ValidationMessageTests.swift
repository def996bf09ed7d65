import Foundation
import KKRDomain
import Testing

/// Every validation message, each on a copy of the shipped inputs with one thing broken.
///
/// Line numbers are those of the shipped files (header = line 1).
@Suite struct ValidationMessageTests {
    typealias Change = @Sendable (InputFixture) throws -> Void

    static let keys = "distribution_keys.csv"
    static let bounds = "bounds.csv"
    static let settings = "traineeships.yaml"
    static let parties = "municipalities.csv"
    static let aalborgSSA = "ssa;2027;851;2;224;"

    static let cases: [(String, Change, [String])] = [
        (
            "unknown municipality code",
            { try $0.replace("population_2020;825;1786", with: "population_2020;999;1786", in: keys) },
            [
                "In/distribution_keys.csv: error: the key 'population_2020' (used by 'paedagog') has no weight for Læsø (825) — hint: add a row 'population_2020;<code>;<weight>' for each missing party",
                "In/distribution_keys.csv:7:2: error: unknown municipality code '999' — hint: use a code listed in In/municipalities.csv: 773 Morsø, 787 Thisted, 810 Brønderslev, 813 Frederikshavn, 820 Vesthimmerland, 825 Læsø, 840 Rebild, 846 Mariagerfjord, 849 Jammerbugt, 851 Aalborg, 860 Hjørring, 1081 Region Nordjylland",
            ]
        ),
        (
            "leading zero suggestion",
            { try $0.replace("population_2020;825;1786", with: "population_2020;0825;1786", in: keys) },
            [
                "In/distribution_keys.csv: error: the key 'population_2020' (used by 'paedagog') has no weight for Læsø (825) — hint: add a row 'population_2020;<code>;<weight>' for each missing party",
                "In/distribution_keys.csv:7:2: error: unknown municipality code '0825' (did you mean 825 Læsø?) — hint: use a code listed in In/municipalities.csv: 773 Morsø, 787 Thisted, 810 Brønderslev, 813 Frederikshavn, 820 Vesthimmerland, 825 Læsø, 840 Rebild, 846 Mariagerfjord, 849 Jammerbugt, 851 Aalborg, 860 Hjørring, 1081 Region Nordjylland",
            ]
        ),
        (
            "duplicate row", { try $0.append("age_65_plus;773;1;yes;again", to: keys) },
            [
                "In/distribution_keys.csv:79: error: duplicate row: key age_65_plus for 773 Morsø already appears on line 46 — hint: keep one of the two rows"
            ]
        ),
        (
            "exponent", { try $0.replace("age_65_plus;773;5467", with: "age_65_plus;773;1e400", in: keys) },
            [
                "In/distribution_keys.csv:46:3: error: '1e400' in column 'weight' is not a number — hint: write digits with an optional decimal comma, e.g. 1234,5"
            ]
        ),
        (
            "too large",
            { try $0.replace("age_65_plus;773;5467", with: "age_65_plus;773;99999999999999999999", in: keys) },
            [
                "In/distribution_keys.csv:46:3: error: 99999999999999999999 in column 'weight' is too large — hint: numbers may be at most 1.000.000.000.000"
            ]
        ),
        (
            "negative number", { try $0.replace("age_65_plus;773;5467", with: "age_65_plus;773;-5", in: keys) },
            [
                "In/distribution_keys.csv:46:3: error: -5 in column 'weight' is negative — hint: write a number ≥ 0"
            ]
        ),
        (
            "non-numeric", { try $0.replace("age_65_plus;773;5467", with: "age_65_plus;773;mange", in: keys) },
            [
                "In/distribution_keys.csv:46:3: error: 'mange' in column 'weight' is not a number — hint: write digits with an optional decimal comma, e.g. 1234,5"
            ]
        ),
        (
            "floor above cap", { try $0.replace(aalborgSSA, with: "ssa;2027;851;300;224;", in: bounds) },
            [
                "In/bounds.csv:33:5: error: the floor 300 is above the cap 224 for Aalborg (851), programme ssa — hint: lower the floor or raise the cap so that floor ≤ cap"
            ]
        ),
        (
            "places not whole", { try $0.replace(aalborgSSA, with: "ssa;2027;851;2,5;224;", in: bounds) },
            [
                "In/bounds.csv:33:4: error: 2,5 in column 'floor' is not a whole number — hint: places are counted in whole numbers; write e.g. 3"
            ]
        ),
        (
            "caps below the target", { try $0.replace(aalborgSSA, with: "ssa;2027;851;2;20;", in: bounds) },
            [
                "In/traineeships.yaml:103:9: error: the caps of 'ssa' add up to 605, fewer than its regional number 618 for 2027 — hint: raise caps in the bounds file (largest: Frederikshavn 105, Hjørring 96, Thisted 68) or lower the number"
            ]
        ),
        (
            "floors above an exact target",
            {
                try $0.append("paedagog;2027;851;900;;yes;test", to: bounds)
                try $0.append("paedagog;2027;860;100;;yes;test", to: bounds)
            },
            [
                "In/traineeships.yaml:47:9: error: the floors of 'paedagog' add up to 1000, more than its exact regional number 992 for 2027 — hint: lower floors in the bounds file (largest: Aalborg 900, Hjørring 100) or raise the number"
            ]
        ),
        (
            "unknown programme", { try $0.append("sosu;2027;851;1;2;no;x", to: bounds) },
            [
                "In/bounds.csv:35:1: error: unknown programme 'sosu' — hint: use one of: paedagog, pau, ssh, ssa (defined in the settings)"
            ]
        ),
        (
            "unknown key", { try $0.append("age_0_4;851;1;no;x", to: keys) },
            [
                "In/distribution_keys.csv:79:1: error: unknown key 'age_0_4' — hint: declare it under 'keys:' in the settings, or use one of: population_2020, age_0_5, age_6_17, age_18_64, age_65_plus, age_80_plus, refugees_2015"
            ]
        ),
        (
            "missing column",
            { try $0.replace("programme;year;code;floor;cap", with: "programme;year;code;floor;loft", in: bounds) },
            [
                "In/bounds.csv:1: error: the header has no column 'cap' — hint: the header must name the columns 'programme', 'year', 'code', 'floor', 'cap' (found: 'programme', 'year', 'code', 'floor', 'loft', 'illustrative', 'source')"
            ]
        ),
        (
            "duplicate municipality", { try $0.append("851;Aalborg igen;municipality;;x", to: parties) },
            [
                "In/municipalities.csv:14: error: duplicate row: code 851 already appears on line 11 — hint: keep one of the two rows"
            ]
        ),
        (
            "yaml syntax", { try $0.replace("plan_year: 2027", with: "plan_year: [2027", in: settings) },
            [
                "In/traineeships.yaml:9:1: error: the YAML cannot be read: did not find expected ',' or ']' — hint: check indentation (spaces, not tabs), colons after keys and quotes around text with ':' or '#'"
            ]
        ),
        (
            "unknown setting",
            {
                try $0.replace(
                    "    carry_over: false\n    targets:",
                    with: "    carryover: false\n    targets:",
                    in: settings
                )
            },
            [
                "In/traineeships.yaml:45:5: error: unknown setting 'carryover' in 'programmes[0]' — hint: allowed here: id, name_da, name_en, key, include_region, carry_over, max_change, targets, splits, period"
            ]
        ),
        (
            "target kind", { try $0.replace("kind: exact", with: "kind: precise", in: settings) },
            [
                "In/traineeships.yaml:49:15: error: the target kind 'precise' is unknown — hint: write 'exact' or 'minimum'"
            ]
        ),
        (
            "split shares", { try $0.replace("percent: 20}", with: "percent: 25}", in: settings) },
            [
                "In/traineeships.yaml:53:9: error: the percentages of split 'specialisation' add up to 105, not 100 — hint: make the categories' 'percent' values add up to 100"
            ]
        ),
        (
            "region missing",
            {
                try $0.replace("1081;Region Nordjylland;region;", with: "#;Region Nordjylland;region;", in: parties)
                try $0.replace("    include_region: false", with: "    include_region: true", in: settings)
            },
            [
                "In/municipalities.csv:13:1: error: '#' is not a DST code — hint: DST codes are digits only, e.g. 851 for Aalborg or 1081 for Region Nordjylland",
                "In/traineeships.yaml:40:5: error: programme 'paedagog' includes the region, but no row of the municipalities file has kind 'region' — hint: add the region (e.g. 1081;Region Nordjylland;region) or set 'include_region: false'",
            ]
        ),
        (
            "joint capacity names an unknown programme",
            { try $0.replace("programmes: [ssh, ssa]", with: "programmes: [ssh, sosu]", in: settings) },
            [
                "In/traineeships.yaml:112:5: error: joint capacity 'sosu' names the unknown programme 'sosu' — hint: use programme ids defined under 'programmes:'"
            ]
        ),
    ]

    @Test(arguments: cases.indices)
    func message(index: Int) throws {
        let (name, change, expected) = Self.cases[index]
        let fixture = try InputFixture()
        try change(fixture)
        let result = fixture.problems()
        #expect(result.lines.filter { $0.contains(": error:") } == expected, "\(name)")
        #expect(!result.missing)
    }

    @Test func noTargetForTheYear() throws {
        let lines = try InputFixture().problems(year: 2031).lines
        #expect(lines.count == 4)
        #expect(
            lines.first
                == "In/traineeships.yaml:40:5: error: programme 'paedagog' has no target for 2031 — hint: add '- {year: 2031, places: …, kind: exact}' under its 'targets:' or choose another --year"
        )
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let fixture = try InputFixture()
        try Self.cases[5].1(fixture)
        try Self.cases[7].1(fixture)
        try Self.cases[17].1(fixture)
        #expect(fixture.problems().lines.count == 3)
    }

    @Test func missingFileAndFolder() throws {
        let fixture = try InputFixture()
        try FileManager.default.removeItem(at: fixture.folder.appendingPathComponent(Self.keys))
        let result = fixture.problems()
        #expect(result.missing)
        #expect(
            result.lines == [
                "In/distribution_keys.csv: error: the file is missing — hint: create it (see Inputs/README.md for its columns) or point --inputs at the right folder"
            ]
        )
        do {
            _ = try TraineeshipInputReader.read(folder: URL(fileURLWithPath: "/nonexistent-kkr"), displayName: "Nope")
            Issue.record("a missing folder must throw")
        } catch {
            #expect(error.isMissingInput)
            #expect(
                error.diagnostics.map(\.description) == [
                    "Nope: error: the input folder does not exist — hint: run from the project folder or pass --inputs DIR"
                ]
            )
        }
    }

    @Test func notUTF8() throws {
        let fixture = try InputFixture()
        let url = fixture.folder.appendingPathComponent(Self.parties)
        var bytes = [UInt8](try Data(contentsOf: url))
        let index = try #require(bytes.firstIndex(of: 0xC3))
        bytes[index] = 0xF8
        try Data(bytes).write(to: url)
        #expect(
            fixture.problems().lines.first
                == "In/municipalities.csv:2: error: the file is not valid UTF-8 (first bad byte on this line) — hint: save it again as \"CSV UTF-8 (comma delimited)\"; æ, ø and å must be UTF-8"
        )
    }

    /// The same data with ',' separators, '.' decimals, no BOM and LF reads to the same inputs.
    @Test func commaSeparatedCopyReadsTheSame() throws {
        let fixture = try InputFixture()
        let url = fixture.folder.appendingPathComponent(Self.keys)
        let text = try String(contentsOf: url, encoding: .utf8)
        let converted = text.replacingOccurrences(of: "\u{FEFF}", with: "").split(separator: "\n")
            .map { line in
                line.split(separator: ";", omittingEmptySubsequences: false)
                    .map { field in
                        field.contains(",") ? "\"\(field)\"" : String(field)
                    }
                    .joined(separator: ",")
            }
            .joined(separator: "\r\n")
        try converted.write(to: url, atomically: true, encoding: .utf8)
        let original = try TraineeshipInputReader.read(folder: DefaultInputsTests.inputs, displayName: "In")
        let copy = try TraineeshipInputReader.read(folder: fixture.folder, displayName: "In")
        try? FileManager.default.removeItem(at: fixture.folder)
        #expect(
            copy.keys
                == original.keys.mapValues { key in
                    var relocated = key
                    for (code, weight) in key.weights {
                        relocated.weights[code]?.provenance =
                            copy.keys[key.id]?.weights[code]?.provenance ?? weight.provenance
                    }
                    return relocated
                }
        )
    }
}
