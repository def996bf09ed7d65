/// The legal basis of an offer (SEL § 107, SEL § 108, ABL § 105, …): what kind of place it is.
///
/// A citizen needing a § 108 place cannot be placed in a § 104 day offer of
/// the same target group, so demand and offers both name a section and only
/// matching pairs are allowed.
public struct LawSection: Hashable, Sendable {
    /// The id used in the CSV files (`sel108`).
    public var id: String
    /// The citation as reports print it (`SEL § 108`).
    public var citation: String
    /// The Danish description (`Længerevarende botilbud`).
    public var nameDanish: String
    /// The English description (`Long-term residential offer`).
    public var nameEnglish: String

    /// Creates a section.
    public init(id: String, citation: String, nameDanish: String, nameEnglish: String) {
        self.id = id
        self.citation = citation
        self.nameDanish = nameDanish
        self.nameEnglish = nameEnglish
    }

    /// The description in `language`.
    public func name(in language: Language) -> String {
        language == .danish ? nameDanish : nameEnglish
    }
}
