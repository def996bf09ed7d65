/// Matches the area labels of a StatBank export to the parties of `municipalities.csv`.
///
/// A label that carries a DST code (`851`, `851 Aalborg`) is matched by the
/// code; any other label by the party's `statbank_name` (an optional column of
/// `municipalities.csv`, for names DST spells differently, such as
/// `Vesthimmerlands`) or its `name`, ignoring case and Unicode normalisation.
public struct StatBankAreas: Sendable {
    /// The parties (municipalities and the region) by DST code.
    public let parties: [String: Party]
    /// The line of each party in `municipalities.csv`, for messages.
    public let lines: [String: Int]
    /// The file the parties come from, as messages name it.
    public let partiesFile: String
    private let byName: [String: Party]

    /// Creates a matcher.
    ///
    /// - Parameters:
    ///   - parties: the municipalities and the region.
    ///   - statbankNames: DST's spelling by code, where it differs from the name.
    ///   - lines: each party's line in `partiesFile`.
    ///   - partiesFile: how messages name `municipalities.csv`.
    public init(
        parties: [Party],
        statbankNames: [String: String] = [:],
        lines: [String: Int] = [:],
        partiesFile: String
    ) {
        self.parties = Dictionary(parties.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.lines = lines
        self.partiesFile = partiesFile
        var byName: [String: Party] = [:]
        for party in parties {
            byName[StatBankLabels.normalised(party.name)] = party
        }
        for party in parties {
            if let name = statbankNames[party.code], !name.isEmpty { byName[StatBankLabels.normalised(name)] = party }
        }
        self.byName = byName
    }

    /// The party `label` names, or nil when it names none (another municipality, the whole country, …).
    public func party(_ label: String) -> Party? {
        let text = StatBankLabels.normalised(label)
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty {
            let rest = text.dropFirst(digits.count)
            if rest.isEmpty || rest.first == " " {
                let code = String(digits.drop { $0 == "0" })
                return parties[code] ?? parties[String(digits)]
            }
        }
        return byName[text]
    }

    /// The parties of kind municipality, in code order.
    public var municipalities: [Party] {
        parties.values.filter { $0.kind == .municipality }.sorted()
    }
}

extension StatBankAreas {
    /// Reads the matcher from `municipalities.csv`: the parties, their optional `statbank_name` and their lines.
    ///
    /// - Parameters:
    ///   - file: `municipalities.csv`.
    ///   - diagnostics: where problems of the file go (the same ones every command reports).
    public static func read(_ file: InputFile, diagnostics: inout DiagnosticCollector) -> StatBankAreas {
        let (municipalities, region) = PartiesReader.read(file, diagnostics: &diagnostics)
        var names: [String: String] = [:]
        var lines: [String: Int] = [:]
        var ignored = DiagnosticCollector()
        if let table = CSVTable.parse(file, diagnostics: &ignored) {
            for record in table.records where !record.text("code").isEmpty {
                lines[record.text("code")] = lines[record.text("code")] ?? record.line
                names[record.text("code")] = record.text("statbank_name")
            }
        }
        return StatBankAreas(
            parties: municipalities + (region.map { [$0] } ?? []),
            statbankNames: names,
            lines: lines,
            partiesFile: file.displayName
        )
    }
}
