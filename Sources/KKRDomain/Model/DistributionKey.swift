/// A distribution key (fordelingsnøgle): one weight per party.
///
/// Population, an age band, employees in the sector or custom weights — the
/// kind is descriptive only; the arithmetic is the same: a party's share is
/// its weight divided by the sum of the weights of the parties taking part.
public struct DistributionKey: Hashable, Sendable {
    /// What the weights measure.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Inhabitants.
        case population
        /// Inhabitants in an age band.
        case ageBand = "age_band"
        /// Employees in the sector.
        case employees
        /// Weights agreed by the council.
        case custom
    }

    /// The id used in the key file and the settings (`age_65_plus`).
    public var id: String
    /// The Danish description for reports.
    public var nameDanish: String
    /// The English description for reports.
    public var nameEnglish: String
    /// What the weights measure.
    public var kind: Kind
    /// The weight of each party, by DST code, with its provenance.
    public var weights: [String: KeyWeight]
    /// Codes whose row was present but unreadable (already reported; not reported again as missing).
    public var unreadableCodes: Set<String> = []

    /// Creates a key.
    public init(id: String, nameDanish: String, nameEnglish: String, kind: Kind, weights: [String: KeyWeight] = [:]) {
        self.id = id
        self.nameDanish = nameDanish
        self.nameEnglish = nameEnglish
        self.kind = kind
        self.weights = weights
    }

    /// The description in `language`.
    public func name(in language: Language) -> String {
        language == .danish ? nameDanish : nameEnglish
    }
}

/// One party's weight in a ``DistributionKey``.
public struct KeyWeight: Hashable, Sendable {
    /// The weight (≥ 0).
    public var value: Double
    /// Source and illustrative mark.
    public var provenance: Provenance

    /// Creates a weight.
    public init(value: Double, provenance: Provenance) {
        self.value = value
        self.provenance = provenance
    }
}
