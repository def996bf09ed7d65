/// A group of input figures that are assumptions rather than published numbers.
///
/// Reports list these under "Illustrative tal" so a meeting sees at a glance
/// which parts of the plan rest on assumptions. Figures are grouped by what
/// they are (a programme's regional number, a key, bounds, last year's
/// figures, split shares, a joint capacity) rather than listed one by one.
public struct IllustrativeFigure: Hashable, Sendable {
    /// What the figures are.
    public enum Subject: Hashable, Sendable {
        /// The regional number of a programme.
        case target(programmeID: String)
        /// The weights of a distribution key.
        case key(keyID: String)
        /// Floors and caps of a programme.
        case bounds(programmeID: String)
        /// Last year's allocation and realised numbers of a programme.
        case lastYear(programmeID: String)
        /// The shares of a split dimension of a programme.
        case split(programmeID: String, dimensionID: String)
        /// The caps of a joint capacity.
        case jointCapacity(id: String)
    }

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

    /// The illustrative groups of the figures `inputs` uses, in a fixed order.
    static func collect(from inputs: TraineeshipInputs) -> [IllustrativeFigure] {
        var groups: [IllustrativeFigure] = []
        func add(_ subject: Subject, _ provenances: [Provenance]) {
            guard let tally = provenances.illustrativeTally(skippingEmptySources: false) else { return }
            groups.append(
                IllustrativeFigure(
                    subject: subject,
                    illustrativeCount: tally.count,
                    totalCount: provenances.count,
                    sources: tally.sources
                )
            )
        }
        var keysSeen: Set<String> = []
        for programme in inputs.programmes {
            if let target = programme.target(for: inputs.year) {
                add(.target(programmeID: programme.id), [target.provenance])
            }
            if keysSeen.insert(programme.keyID).inserted, let key = inputs.keys[programme.keyID] {
                let codes = inputs.parties(for: programme).map(\.code)
                add(.key(keyID: key.id), codes.compactMap { key.weights[$0]?.provenance })
            }
            add(.bounds(programmeID: programme.id), sortedValues(inputs.bounds[programme.id]).map(\.provenance))
            add(.lastYear(programmeID: programme.id), sortedValues(inputs.lastYear[programme.id]).map(\.provenance))
            for split in programme.splits {
                add(.split(programmeID: programme.id, dimensionID: split.id), [split.provenance])
            }
        }
        for capacity in inputs.jointCapacities {
            add(.jointCapacity(id: capacity.id), sortedValues(capacity.provenance))
        }
        return groups
    }

    private static func sortedValues<Value>(_ dictionary: [String: Value]?) -> [Value] {
        (dictionary ?? [:]).sorted { Party.codeOrder($0.key, $1.key) }.map(\.value)
    }
}
