import Foundation
import KKRDomain
import Testing

/// Reading agreement periods: `period:` in the settings, keys per year, `history.csv`, and the messages for bad ones.
@Suite struct PeriodInputTests {
    /// A small self-contained input folder: three municipalities, one key, programmes written per test.
    struct Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("period-\(UUID().uuidString)")

        init(settings: String, keys: String = Folder.keys, files: [String: String] = [:]) throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            let all = files.merging(
                [
                    "traineeships.yaml": settings, "distribution_keys.csv": keys,
                    "municipalities.csv": "code;name\n101;A\n102;B\n103;C\n",
                ],
                uniquingKeysWith: { first, _ in first }
            )
            for (name, text) in all {
                try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
        }

        static let keys = "key;code;weight\nk;101;50\nk;102;30\nk;103;20\n"

        func read() throws(InputError) -> [PeriodInputs] {
            defer { try? FileManager.default.removeItem(at: url) }
            return try PeriodInputReader.read(folder: url, displayName: "In")
        }

        func problems() -> [String] {
            do {
                _ = try read()
                return []
            } catch {
                return error.diagnostics.map(\.description)
            }
        }
    }

    static func settings(period: String = "period: {from: 2027, to: 2028}", targets: [Int] = [2027, 2028]) -> String {
        """
        plan_year: 2027
        \(period)
        keys:
          - {id: k, name_da: K}
        programmes:
          - id: pau
            key: k
            targets:
        \(targets.map { "      - {year: \($0), places: 10, kind: exact}" }.joined(separator: "\n"))
          - id: ssh
            key: k
            targets:
              - {year: 2027, places: 5, kind: minimum}
              - {year: 2028, places: 6, kind: minimum}
        """
    }

    @Test func periodForAllProgrammes() throws {
        let periods = try Folder(settings: Self.settings()).read()
        let period = try #require(periods.first)
        #expect(periods.count == 1)
        #expect(period.period.years == [2027, 2028])
        #expect(period.programmes.map(\.id) == ["pau", "ssh"])
        #expect(period.years.map(\.year) == [2027, 2028])
        #expect(period.years[1].programmes.first?.target(for: 2028)?.places == 10)
    }

    @Test func noPeriodGivesNoPeriodInputs() throws {
        #expect(try Folder(settings: Self.settings(period: "")).read().isEmpty)
    }

    /// A programme's own period wins over the one for all; each distinct period is planned on its own.
    @Test func programmeOwnPeriod() throws {
        let settings = Self.settings()
            .replacingOccurrences(
                of: "  - id: ssh\n",
                with: "  - id: ssh\n    period: {from: 2028, to: 2028}\n"
            )
        let periods = try Folder(settings: settings).read()
        #expect(periods.map(\.period.folderName) == ["2027-2028", "2028-2028"])
        #expect(periods.map { $0.programmes.map(\.id) } == [["pau"], ["ssh"]])
    }

    @Test func missingTargetOfAPeriodYear() throws {
        let problems = try Folder(settings: Self.settings(targets: [2027])).problems()
        #expect(
            problems == [
                "In/traineeships.yaml:6:5: error: programme 'pau' has no target for 2028, a year of its period 2027–2028 — hint: add '- {year: 2028, places: …, kind: minimum}' under its 'targets:'"
            ]
        )
    }

    @Test func periodEndingBeforeItBegins() throws {
        let problems = try Folder(settings: Self.settings(period: "period: {from: 2029, to: 2027}")).problems()
        #expect(
            problems == [
                "In/traineeships.yaml:2:26: error: the period ends (2027) before it begins (2029) — hint: write the first year in 'from' and the last in 'to'"
            ]
        )
    }

    /// A key row with a year holds for that year only and wins over the row without one.
    @Test func keyRowsPerYear() throws {
        let keys = "key;code;weight;year\nk;101;50;\nk;102;30;\nk;103;20;\nk;101;10;2028\n"
        let period = try #require(try Folder(settings: Self.settings(), keys: keys).read().first)
        #expect(period.years[0].keys["k"]?.weights["101"]?.value == 50)
        #expect(period.years[1].keys["k"]?.weights["101"]?.value == 10)
        #expect(period.years[1].keys["k"]?.weights["102"]?.value == 30)
    }

    @Test func duplicateKeyRowForAYear() throws {
        let keys = "key;code;weight;year\nk;101;50;\nk;102;30;\nk;103;20;\nk;101;10;2028\nk;101;11;2028\n"
        #expect(
            try Folder(settings: Self.settings(), keys: keys).problems() == [
                "In/distribution_keys.csv:6: error: duplicate row: key k 2028 for 101 A already appears on line 5 — hint: keep one of the two rows"
            ]
        )
    }

    /// A year with rows in `history.csv` is decided; the year after sees it as "last year".
    @Test func historyFixesAYear() throws {
        let history = "programme;year;code;allocated;realised\npau;2027;101;5;4\npau;2027;102;3;3\npau;2027;103;2;2\n"
        let period = try #require(
            try Folder(settings: Self.settings(), files: ["history.csv": history]).read().first
        )
        #expect(period.fixedYears(of: "pau") == [2027])
        #expect(period.fixedYears(of: "ssh").isEmpty)
        #expect(period.decided("pau", year: 2027) == ["101": 5, "102": 3, "103": 2])
        #expect(period.years[1].lastYear["pau"]?["101"]?.shortfall == 1)
    }

    @Test func historyMissingAParty() throws {
        let history = "programme;year;code;allocated;realised\npau;2027;101;5;4\npau;2027;102;3;x\n"
        let problems = try Folder(settings: Self.settings(), files: ["history.csv": history]).problems()
        #expect(
            problems.first
                == "In/history.csv: error: pau 2027 is decided for some parties but not for C (103) — hint: add a row 'pau;2027;<code>;<allocated>;<realised>' for each, or remove the year's rows to plan it"
        )
        // The unreadable number is reported too, at its line and column (the common CSV message).
        #expect(problems.count == 2 && problems[1].hasPrefix("In/history.csv:3:5: error: 'x' in column 'realised'"))
    }
}
