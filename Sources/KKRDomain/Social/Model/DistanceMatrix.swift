/// Road km between every pair of municipalities, symmetric, 0 within a municipality.
///
/// Derived from coordinates as `road factor × great-circle km`; a ferry
/// municipality is reached through its port (`km(Læsø, x) = ferry km +
/// km(Frederikshavn, x)`); pairs in `distances.csv` replace the derived value.
public struct DistanceMatrix: Sendable {
    /// The municipality codes, in the order of the matrix.
    public let codes: [String]
    private let position: [String: Int]
    private let kilometres: [Double]

    /// Creates a matrix from a distance function (called once per unordered pair).
    public init(codes: [String], distance: (String, String) -> Double) {
        self.codes = codes
        position = Dictionary(codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var values = [Double](repeating: 0, count: codes.count * codes.count)
        for (i, from) in codes.enumerated() {
            for (j, to) in codes.enumerated() where j > i {
                let km = distance(from, to)
                values[i * codes.count + j] = km
                values[j * codes.count + i] = km
            }
        }
        kilometres = values
    }

    /// The road km from `from` to `to`, or nil when a code is not in the matrix.
    public func kilometres(from: String, to: String) -> Double? {
        guard let i = position[from], let j = position[to] else { return nil }
        return kilometres[i * codes.count + j]
    }

    /// The matrix derived from `coordinates` by `rules`, with `overrides` applied.
    ///
    /// - Parameters:
    ///   - codes: the municipalities to include.
    ///   - coordinates: a coordinate per code (codes without one get the overrides only, else 0).
    ///   - rules: road factor and ferries.
    ///   - overrides: pairs given directly.
    public static func derived(
        codes: [String],
        coordinates: [String: Coordinate],
        rules: DistanceRules,
        overrides: [DistanceOverride] = []
    ) -> DistanceMatrix {
        var given: [String: Double] = [:]
        for override in overrides {
            given[pairKey(override.from, override.to)] = override.kilometres
        }
        let ferries = Dictionary(
            rules.ferries.map { ($0.municipalityCode, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        func road(_ from: String, _ to: String) -> Double {
            guard let a = coordinates[from], let b = coordinates[to] else { return 0 }
            return rules.roadFactor.value * a.greatCircleKilometres(to: b)
        }
        func landSide(_ code: String) -> (code: String, extra: Double) {
            guard let ferry = ferries[code] else { return (code, 0) }
            return (ferry.portCode, ferry.extraKilometres)
        }
        return DistanceMatrix(codes: codes) { from, to in
            if let km = given[pairKey(from, to)] { return km }
            let (start, startExtra) = landSide(from)
            let (end, endExtra) = landSide(to)
            return startExtra + endExtra + (start == end ? 0 : road(start, end))
        }
    }

    static func pairKey(_ a: String, _ b: String) -> String {
        Party.codeOrder(a, b) ? "\(a)-\(b)" : "\(b)-\(a)"
    }
}
