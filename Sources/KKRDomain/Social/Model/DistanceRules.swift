/// A municipality reached by ferry: travel to it goes through its port municipality plus a fixed equivalent.
public struct Ferry: Hashable, Sendable {
    /// The island municipality (`825` Læsø).
    public var municipalityCode: String
    /// The municipality of the mainland port (`813` Frederikshavn).
    public var portCode: String
    /// The crossing counted as this many km of road (1.5 h ferry ≈ 120 km at 80 km/h).
    public var extraKilometres: Double
    /// Source and illustrative mark.
    public var provenance: Provenance

    /// Creates a ferry rule.
    public init(municipalityCode: String, portCode: String, extraKilometres: Double, provenance: Provenance) {
        self.municipalityCode = municipalityCode
        self.portCode = portCode
        self.extraKilometres = extraKilometres
        self.provenance = provenance
    }
}

/// One distance given directly (`distances.csv`), replacing the derived one in both directions.
public struct DistanceOverride: Hashable, Sendable {
    /// One end.
    public var from: String
    /// The other end.
    public var to: String
    /// Km (or a travel-time equivalent in km).
    public var kilometres: Double
    /// Source and illustrative mark.
    public var provenance: Provenance

    /// Creates an override.
    public init(from: String, to: String, kilometres: Double, provenance: Provenance) {
        self.from = from
        self.to = to
        self.kilometres = kilometres
        self.provenance = provenance
    }
}

/// How road distances are derived from coordinates: a detour factor over the straight line, and ferries.
public struct DistanceRules: Hashable, Sendable {
    /// Road km per straight-line km (FACTS.md: 1.2–1.35 in North Jutland).
    public var roadFactor: PolicyFigure
    /// Island municipalities and their ports.
    public var ferries: [Ferry]

    /// Creates the rules.
    public init(roadFactor: PolicyFigure, ferries: [Ferry] = []) {
        self.roadFactor = roadFactor
        self.ferries = ferries
    }
}
