/// A group of input figures that are assumptions rather than published numbers.
///
/// Reports list these under "Illustrative tal" so a meeting sees at a glance
/// which parts of the plan rest on assumptions. Figures are grouped by what
/// they are rather than listed one by one; `Subject` says what a group is,
/// per part: ``IllustrativeFigure`` for the training places,
/// ``SocialIllustrativeFigure`` for the Socialaftale.
public struct IllustrativeGroup<Subject: Hashable & Sendable>: Hashable, Sendable {
    /// What the figures are.
    public var subject: Subject
    /// How many figures of the group are illustrative.
    public var illustrativeCount: Int
    /// How many figures the group has.
    public var totalCount: Int
    /// The distinct source texts of the illustrative figures, in first-seen order.
    public var sources: [String]

    /// Creates a group.
    public init(subject: Subject, illustrativeCount: Int, totalCount: Int, sources: [String]) {
        self.subject = subject
        self.illustrativeCount = illustrativeCount
        self.totalCount = totalCount
        self.sources = sources
    }

    /// The group of `provenances`, or nil when none of them is illustrative.
    ///
    /// - Parameters:
    ///   - subject: What the figures are.
    ///   - provenances: One per figure of the group.
    ///   - skippingEmptySources: Leaves empty source texts out of ``sources``
    ///     (the Socialaftale's figures may have no source text).
    init?(subject: Subject, provenances: [Provenance], skippingEmptySources: Bool) {
        let marked = provenances.filter(\.illustrative)
        guard !marked.isEmpty else { return nil }
        var sources: [String] = []
        for source in marked.map(\.source) where !(skippingEmptySources && source.isEmpty) && !sources.contains(source)
        {
            sources.append(source)
        }
        self.init(
            subject: subject,
            illustrativeCount: marked.count,
            totalCount: provenances.count,
            sources: sources
        )
    }
}
