/// Whether a regional number must be met exactly or is a minimum.
public enum TargetKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// The places must add up to the number.
    case exact
    /// The places must add up to at least the number.
    case minimum
}

/// The regional number of places for one programme and year (dimensionering).
public struct Target: Hashable, Sendable {
    /// The year the number is for.
    public var year: Int
    /// The number of places.
    public var places: Int
    /// Exact or minimum.
    public var kind: TargetKind
    /// Source and illustrative mark.
    public var provenance: Provenance

    /// Creates a target.
    public init(year: Int, places: Int, kind: TargetKind, provenance: Provenance) {
        self.year = year
        self.places = places
        self.kind = kind
        self.provenance = provenance
    }
}
