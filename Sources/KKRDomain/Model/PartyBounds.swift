/// Floor and cap on one party's places in one programme and year (for example approved practice places).
public struct PartyBounds: Hashable, Sendable {
    /// At least this many places, if set.
    public var floor: Int?
    /// At most this many places, if set.
    public var cap: Int?
    /// Source and illustrative mark.
    public var provenance: Provenance

    /// Creates bounds.
    public init(floor: Int?, cap: Int?, provenance: Provenance) {
        self.floor = floor
        self.cap = cap
        self.provenance = provenance
    }
}

/// Last year's figures for one party and programme.
public struct LastYearFigures: Hashable, Sendable {
    /// The places allocated last year, if known.
    public var allocated: Int?
    /// The training agreements actually made, if known.
    public var realised: Int?
    /// Source and illustrative mark.
    public var provenance: Provenance

    /// Creates the figures.
    public init(allocated: Int?, realised: Int?, provenance: Provenance) {
        self.allocated = allocated
        self.realised = realised
        self.provenance = provenance
    }

    /// Places allocated but not realised (never negative); 0 when either figure is missing.
    public var shortfall: Int {
        guard let allocated, let realised else { return 0 }
        return max(0, allocated - realised)
    }
}

/// A cap on the sum of several programmes' places per party (shared supervisors or practice sites).
///
/// When a joint capacity applies, its programmes are solved in one model.
public struct JointCapacity: Hashable, Sendable {
    /// The id used in `joint_capacity.csv`.
    public var id: String
    /// The Danish description.
    public var nameDanish: String
    /// The English description.
    public var nameEnglish: String
    /// The programmes whose places share the capacity.
    public var programmeIDs: [String]
    /// The cap per party code for the plan year; parties without a cap are not limited.
    public var caps: [String: Int]
    /// Provenance per party code.
    public var provenance: [String: Provenance]
    /// Where the capacity is defined in the settings.
    public var location: SourceLocation

    /// Creates a joint capacity.
    public init(
        id: String,
        nameDanish: String,
        nameEnglish: String,
        programmeIDs: [String],
        caps: [String: Int] = [:],
        provenance: [String: Provenance] = [:],
        location: SourceLocation
    ) {
        self.id = id
        self.nameDanish = nameDanish
        self.nameEnglish = nameEnglish
        self.programmeIDs = programmeIDs
        self.caps = caps
        self.provenance = provenance
        self.location = location
    }

    /// The description in `language`.
    public func name(in language: Language) -> String {
        language == .danish ? nameDanish : nameEnglish
    }
}
