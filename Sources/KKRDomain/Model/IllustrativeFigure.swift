/// A group of training-place input figures that are assumptions rather than published numbers.
///
/// Grouped by what they are (a programme's regional number, a key, bounds,
/// last year's figures, split shares, a joint capacity).
public typealias IllustrativeFigure = IllustrativeGroup<TraineeshipFigureSubject>

/// What a group of illustrative training-place figures is.
public enum TraineeshipFigureSubject: Hashable, Sendable {
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

extension IllustrativeGroup where Subject == TraineeshipFigureSubject {
    /// The illustrative groups of the figures `inputs` uses, in a fixed order.
    static func collect(from inputs: TraineeshipInputs) -> [IllustrativeFigure] {
        var groups: [IllustrativeFigure] = []
        func add(_ subject: Subject, _ provenances: [Provenance]) {
            if let group = IllustrativeFigure(subject: subject, provenances: provenances, skippingEmptySources: false) {
                groups.append(group)
            }
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
