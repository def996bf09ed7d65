/// One training programme's plan settings (from `traineeships.yaml`).
///
/// Programmes are data: the default set is `paedagog`, `pau`, `ssh` and
/// `ssa`, and a new programme is a new entry in the YAML file, not new code.
public struct Programme: Hashable, Sendable {
    /// The id used in files and on the command line (`ssa`).
    public var id: String
    /// The Danish name for reports.
    public var nameDanish: String
    /// The English name for reports.
    public var nameEnglish: String
    /// The id of the distribution key.
    public var keyID: String
    /// True when the region takes part in the distribution with its own weight.
    public var includesRegion: Bool
    /// True when last year's shortfall (allocated − realised) is added to this year's quota.
    public var carriesOverShortfall: Bool
    /// The largest allowed change from last year's allocation, if any.
    public var changeLimit: ChangeLimit?
    /// The regional numbers, by year.
    public var targets: [Target]
    /// Second-stage splits of each party's places (pædagog: specialisation, start).
    public var splits: [SplitDimension]
    /// Where the programme is defined.
    public var location: SourceLocation
    /// Years of targets that were written but could not be read (already reported; not reported again as missing).
    public var unreadableTargetYears: Set<Int> = []
    /// The agreement period the programme is planned over (its own `period:` or the settings' one), if any.
    public var period: AgreementPeriod?

    /// Creates a programme.
    public init(
        id: String,
        nameDanish: String,
        nameEnglish: String,
        keyID: String,
        includesRegion: Bool = false,
        carriesOverShortfall: Bool = false,
        changeLimit: ChangeLimit? = nil,
        targets: [Target],
        splits: [SplitDimension] = [],
        location: SourceLocation
    ) {
        self.id = id
        self.nameDanish = nameDanish
        self.nameEnglish = nameEnglish
        self.keyID = keyID
        self.includesRegion = includesRegion
        self.carriesOverShortfall = carriesOverShortfall
        self.changeLimit = changeLimit
        self.targets = targets
        self.splits = splits
        self.location = location
    }

    /// The programme's name in `language`.
    public func name(in language: Language) -> String {
        language == .danish ? nameDanish : nameEnglish
    }

    /// The target for `year`, if the settings give one.
    public func target(for year: Int) -> Target? {
        targets.first { $0.year == year }
    }
}

/// The largest allowed change from last year's allocation for one party.
///
/// With both parts set, the allowance is the larger of the two, so small
/// parties are not frozen by a percentage: `percent: 20, places: 2` lets a
/// party with 5 places last year move by 2, one with 50 by 10.
public struct ChangeLimit: Hashable, Sendable {
    /// A fixed number of places, if set.
    public var places: Int?
    /// A percentage of last year's allocation, if set (rounded up to whole places).
    public var percent: Double?

    /// Creates a limit.
    public init(places: Int? = nil, percent: Double? = nil) {
        self.places = places
        self.percent = percent
    }

    /// The allowed change in places for a party that had `lastYear` places.
    public func allowance(lastYear: Int) -> Int {
        let fromPercent = percent.map { Int((Double(lastYear) * $0 / 100 - 1e-9).rounded(.up)) }
        return max(places ?? 0, fromPercent ?? 0)
    }
}
