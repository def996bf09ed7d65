/// A second-stage split of each party's places into categories (pædagog: specialisation, start date).
///
/// Each category has a share; the region-wide places of a programme are split
/// by the shares, then each party's places are split so that rows (parties)
/// and columns (categories) both add up exactly (see `Allocation`'s
/// `PlacementSplitter`).
public struct SplitDimension: Hashable, Sendable {
    /// The id (`specialisation`, `start`).
    public var id: String
    /// The Danish heading.
    public var nameDanish: String
    /// The English heading.
    public var nameEnglish: String
    /// The categories, in report order.
    public var categories: [SplitCategory]
    /// Source and illustrative mark of the shares.
    public var provenance: Provenance

    /// Creates a dimension.
    public init(
        id: String,
        nameDanish: String,
        nameEnglish: String,
        categories: [SplitCategory],
        provenance: Provenance
    ) {
        self.id = id
        self.nameDanish = nameDanish
        self.nameEnglish = nameEnglish
        self.categories = categories
        self.provenance = provenance
    }

    /// The heading in `language`.
    public func name(in language: Language) -> String {
        language == .danish ? nameDanish : nameEnglish
    }
}

/// One category of a ``SplitDimension`` with its share (in percent).
public struct SplitCategory: Hashable, Sendable {
    /// The id (`dagtilbud`, `2027-06-01`).
    public var id: String
    /// The Danish name.
    public var nameDanish: String
    /// The English name.
    public var nameEnglish: String
    /// The share in percent; a dimension's shares add up to 100.
    public var percent: Double

    /// Creates a category.
    public init(id: String, nameDanish: String, nameEnglish: String, percent: Double) {
        self.id = id
        self.nameDanish = nameDanish
        self.nameEnglish = nameEnglish
        self.percent = percent
    }

    /// The name in `language`.
    public func name(in language: Language) -> String {
        language == .danish ? nameDanish : nameEnglish
    }
}
