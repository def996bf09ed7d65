/// The whole validated input for one year's distribution of training places.
///
/// Built by ``TraineeshipInputReader`` from `Inputs/`; holds only figures for
/// the plan year (bounds, joint capacities) and the year before (last year's
/// allocation), so the later stages need no year logic.
public struct TraineeshipInputs: Sendable {
    /// The plan year.
    public var year: Int
    /// The municipalities, in code order.
    public var municipalities: [Party]
    /// The region, if the inputs name one.
    public var region: Party?
    /// The distribution keys by id.
    public var keys: [String: DistributionKey]
    /// The programmes, in settings order.
    public var programmes: [Programme]
    /// Bounds by programme id, then party code.
    public var bounds: [String: [String: PartyBounds]]
    /// Last year's figures by programme id, then party code.
    public var lastYear: [String: [String: LastYearFigures]]
    /// Joint capacities across programmes.
    public var jointCapacities: [JointCapacity]
    /// The files read, in a fixed order, with their SHA-256.
    public var files: [InputFile]
    /// Warnings found while reading (the inputs are usable).
    public var warnings: [Diagnostic] = []

    /// Creates the inputs.
    public init(
        year: Int,
        municipalities: [Party],
        region: Party? = nil,
        keys: [String: DistributionKey],
        programmes: [Programme],
        bounds: [String: [String: PartyBounds]] = [:],
        lastYear: [String: [String: LastYearFigures]] = [:],
        jointCapacities: [JointCapacity] = [],
        files: [InputFile] = []
    ) {
        self.year = year
        self.municipalities = municipalities
        self.region = region
        self.keys = keys
        self.programmes = programmes
        self.bounds = bounds
        self.lastYear = lastYear
        self.jointCapacities = jointCapacities
        self.files = files
    }

    /// The parties taking part in `programme`: the municipalities, plus the region when it is included.
    public func parties(for programme: Programme) -> [Party] {
        if programme.includesRegion, let region { return municipalities + [region] }
        return municipalities
    }

    /// The party with `code`, if any.
    public func party(code: String) -> Party? {
        municipalities.first { $0.code == code } ?? (region?.code == code ? region : nil)
    }

    /// Every figure marked illustrative, as (what, provenance) pairs in a fixed order, for reports.
    public var illustrativeFigures: [IllustrativeFigure] {
        IllustrativeFigure.collect(from: self)
    }
}
