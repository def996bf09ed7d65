/// A target group (målgruppe) of the Socialaftale, such as udviklingshæmning or sindslidelse.
///
/// Target groups are data (declared in `socialaftale.yaml`): the default set
/// is the twelve adult groups of the Nordjysk Socialaftale's supply and
/// demand survey. An offer serves one target group; a citizen's need names one.
public struct TargetGroup: Hashable, Sendable {
    /// The id used in the CSV files (`udviklingshaemning`).
    public var id: String
    /// The Danish name for reports.
    public var nameDanish: String
    /// The English name for reports.
    public var nameEnglish: String

    /// Creates a target group.
    public init(id: String, nameDanish: String, nameEnglish: String) {
        self.id = id
        self.nameDanish = nameDanish
        self.nameEnglish = nameEnglish
    }

    /// The name in `language`.
    public func name(in language: Language) -> String {
        language == .danish ? nameDanish : nameEnglish
    }
}
