/// The assumption a sweep varies, named by a dotted path, and the scenario change it makes for each value.
///
/// The paths reuse the change vocabulary (see `README.md, section Scenarios`):
///
/// | path | change | values |
/// |---|---|---|
/// | `traineeships.<programme>.target` | `set_target` | places (whole, 0–1,000,000) |
/// | `traineeships.<programme>.target_factor` | `scale_target` | factor > 0, ≤ 1,000 |
/// | `traineeships.<programme>.floor.<code or all>` | `set_floor` | places (whole, 0–1,000,000) |
/// | `traineeships.<programme>.cap.<code or all>` | `set_cap` | places (whole, 0–1,000,000) |
/// | `social.offer.<offer>.places` | `change_offer` | places (whole, 1–1,000,000) |
/// | `social.offer.<offer>.tariff` | `change_offer` | kr per place per year (0–10⁹) |
/// | `social.offer.<offer>.tariff_factor` | `change_offer` | factor > 0, ≤ 1,000 |
/// | `social.demand.<target group or all>.scale` | `scale_demand` | factor 0–1,000 |
/// | `social.buyer.<code>.scale` | `scale_demand` | factor 0–1,000 |
/// | `social.policy.<weight>` | `set_policy` | the weight's unit (0–10⁹; shares 0–1, percentages 0–100) |
///
/// Whole-number parameters are rounded half away from zero at each step.
public struct SweepParameter: Hashable, Sendable {
    /// The path as written.
    public var path: String
    /// True when the values are counts (rounded to whole numbers).
    public var isCount: Bool
    /// The smallest allowed value, and whether it is excluded.
    public var minimum: (value: Double, exclusive: Bool)
    /// The largest allowed value.
    public var maximum: Double
    private let make: @Sendable (Double) -> ScenarioChange.Action

    /// Parses `path`; the message says what is wrong and which paths exist.
    public static func parse(_ path: String) -> Result<SweepParameter, SweepParameterError> {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.allSatisfy({ !$0.isEmpty }), let head = parts.first else {
            return .failure(SweepParameterError(path: path))
        }
        let parameter: SweepParameter?
        switch head {
        case "traineeships": parameter = training(parts, path: path)
        case "social": parameter = social(parts, path: path)
        default: parameter = nil
        }
        return parameter.map { .success($0) } ?? .failure(SweepParameterError(path: path))
    }

    /// The K evenly spaced values from `from` to `to` (rounded for counts), K ≥ 2.
    public func values(from: Double, to: Double, steps: Int) -> [Double] {
        (0..<steps)
            .map { step in
                let value = step == steps - 1 ? to : from + (to - from) * Double(step) / Double(steps - 1)
                return isCount ? Double(ScenarioApplier.wholePlaces(value)) : value
            }
    }

    /// Why `value` is outside the parameter's range, or nil when it is allowed.
    public func rangeProblem(_ value: Double) -> String? {
        if !value.isFinite { return "\(value) is not a number" }
        let shown = NumberFormatting.plain(value)
        if minimum.exclusive ? value <= minimum.value : value < minimum.value {
            let bound = NumberFormatting.plain(minimum.value)
            return "\(path) must be \(minimum.exclusive ? "above" : "at least") \(bound), not \(shown)"
        }
        if value > maximum {
            let range =
                "\(minimum.exclusive ? "above " : "")\(NumberFormatting.plain(minimum.value)) to \(NumberFormatting.plain(maximum))"
            return "\(path) must be at most \(NumberFormatting.plain(maximum)), not \(shown) (allowed: \(range))"
        }
        return nil
    }

    /// The change the sweep makes for `value`, located at the parameter (for messages).
    public func change(for value: Double) -> ScenarioChange {
        ScenarioChange(make(value), at: SourceLocation(file: "\(path) = \(NumberFormatting.plain(value))"))
    }

    // MARK: - Vocabulary

    private static func training(_ parts: [String], path: String) -> SweepParameter? {
        guard parts.count >= 3 else { return nil }
        let programme = [parts[1]]
        switch (parts[2], parts.count) {
        case ("target", 3):
            return SweepParameter(path: path, count: true, maximum: Double(PlaceRange.maximum)) {
                .setTarget(programmeIDs: programme, places: ScenarioApplier.wholePlaces($0), kind: nil)
            }
        case ("target_factor", 3):
            return SweepParameter(path: path, count: false, exclusiveZero: true, maximum: PlaceRange.maximumFactor) {
                .scaleTarget(programmeIDs: programme, factor: $0)
            }
        case ("floor", 4), ("cap", 4):
            let parties: PartySelection = parts[3] == "all" ? .all : .codes([parts[3]])
            let isFloor = parts[2] == "floor"
            return SweepParameter(path: path, count: true, maximum: Double(PlaceRange.maximum)) { value in
                let places = ScenarioApplier.wholePlaces(value)
                return isFloor
                    ? .setFloor(programmeIDs: programme, parties: parties, places: places)
                    : .setCap(programmeIDs: programme, parties: parties, places: places)
            }
        default:
            return nil
        }
    }

    private static func social(_ parts: [String], path: String) -> SweepParameter? {
        switch (parts.count, parts.count > 1 ? parts[1] : "") {
        case (4, "offer"):
            let offer = [parts[2]]
            switch parts[3] {
            case "places":
                return SweepParameter(path: path, count: true, minimum: 1, maximum: Double(PlaceRange.maximum)) {
                    .changeOffer(
                        offerIDs: offer,
                        places: ScenarioApplier.wholePlaces($0),
                        tariff: nil,
                        tariffFactor: nil
                    )
                }
            case "tariff":
                return SweepParameter(path: path, count: false, maximum: maximumKroner) {
                    .changeOffer(offerIDs: offer, places: nil, tariff: $0, tariffFactor: nil)
                }
            case "tariff_factor":
                return SweepParameter(path: path, count: false, exclusiveZero: true, maximum: PlaceRange.maximumFactor)
                {
                    .changeOffer(offerIDs: offer, places: nil, tariff: nil, tariffFactor: $0)
                }
            default:
                return nil
            }
        case (4, "demand") where parts[3] == "scale":
            let groups = parts[2] == "all" ? [] : [parts[2]]
            return SweepParameter(path: path, count: false, maximum: PlaceRange.maximumFactor) {
                .scaleDemand(targetGroupIDs: groups, buyers: .all, factor: $0)
            }
        case (4, "buyer") where parts[3] == "scale":
            let buyer = PartySelection.codes([parts[2]])
            return SweepParameter(path: path, count: false, maximum: PlaceRange.maximumFactor) {
                .scaleDemand(targetGroupIDs: [], buyers: buyer, factor: $0)
            }
        case (3, "policy"):
            guard let weight = PolicyWeight(rawValue: parts[2]) else { return nil }
            let maximum = weight == .emptyPlaceCostShare ? 1 : weight == .minOccupancyPercent ? 100 : maximumKroner
            return SweepParameter(path: path, count: false, maximum: maximum) {
                .setPolicy(weight: weight, value: $0)
            }
        default:
            return nil
        }
    }

    /// The largest amount in kroner a sweep sets (a tariff or a policy weight): a billion, far above any real one.
    ///
    /// Every sweep value is bounded (issue 13, item 6): unbounded values
    /// reached numbers the charts and JSON cannot show (`inf`).
    public static let maximumKroner = 1e9

    private init(
        path: String,
        count: Bool,
        minimum: Double = 0,
        exclusiveZero: Bool = false,
        maximum: Double,
        make: @escaping @Sendable (Double) -> ScenarioChange.Action
    ) {
        self.path = path
        self.isCount = count
        self.minimum = (minimum, exclusiveZero)
        self.maximum = maximum
        self.make = make
    }

    // MARK: - Hashable

    /// Parameters are equal when their paths are.
    public static func == (lhs: SweepParameter, rhs: SweepParameter) -> Bool { lhs.path == rhs.path }

    /// Hashes the path.
    public func hash(into hasher: inout Hasher) { hasher.combine(path) }
}

/// A `--parameter` path that is not in the sweep vocabulary.
public struct SweepParameterError: Error, Sendable, CustomStringConvertible {
    /// The path given.
    public var path: String

    /// The message, with the vocabulary as hint.
    public var description: String {
        "'\(path)' is not a sweep parameter — hint: use one of traineeships.<programme>.target, "
            + "traineeships.<programme>.target_factor, traineeships.<programme>.floor.<code|all>, "
            + "traineeships.<programme>.cap.<code|all>, social.offer.<offer>.places, social.offer.<offer>.tariff, "
            + "social.offer.<offer>.tariff_factor, social.demand.<target group|all>.scale, social.buyer.<code>.scale, "
            + "social.policy.<\(PolicyWeight.allCases.map(\.rawValue).joined(separator: "|"))> (see README.md, section Scenarios)"
    }
}
