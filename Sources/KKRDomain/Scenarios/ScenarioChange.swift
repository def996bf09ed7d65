/// One change a scenario makes to the inputs, with where it is written.
///
/// The vocabulary is small on purpose (documented in `README.md, section Scenarios`):
/// each kind is a pure function of the validated domain values, applied by
/// ``ScenarioApplier`` in file order. Selectors name what the change touches
/// by id (programmes, offers, target groups) or DST code (municipalities).
public struct ScenarioChange: Hashable, Sendable {
    /// What the change does.
    public enum Action: Hashable, Sendable {
        /// Sets the regional number of the programmes for the plan year (and, if given, its kind).
        case setTarget(programmeIDs: [String], places: Int, kind: TargetKind?)
        /// Multiplies the regional number of the programmes by `factor`, rounded to whole places (half away from 0).
        case scaleTarget(programmeIDs: [String], factor: Double)
        /// Makes the programmes use another declared distribution key.
        case switchKey(programmeIDs: [String], keyID: String)
        /// Sets (or, with nil, removes) the floor of the selected parties in the programmes.
        case setFloor(programmeIDs: [String], parties: PartySelection, places: Int?)
        /// Sets (or, with nil, removes) the cap of the selected parties in the programmes.
        case setCap(programmeIDs: [String], parties: PartySelection, places: Int?)
        /// Changes the places and/or the tariff of offers (a new tariff, or the tariff times a factor).
        case changeOffer(offerIDs: [String], places: Int?, tariff: Double?, tariffFactor: Double?)
        /// Closes offers: their places disappear; citizens placed there need a new place.
        case closeOffer(offerIDs: [String])
        /// Multiplies the demand of the selected target groups and buyers (empty = all) by `factor`.
        case scaleDemand(targetGroupIDs: [String], buyers: PartySelection, factor: Double)
        /// Sets a Socialaftale policy weight.
        case setPolicy(weight: PolicyWeight, value: Double)
    }

    /// What the change does.
    public var action: Action
    /// Where the change is written (its list item in the scenario file).
    public var location: SourceLocation

    /// Creates a change.
    public init(_ action: Action, at location: SourceLocation) {
        self.action = action
        self.location = location
    }

    /// The YAML key of the change's kind (`scale_target`).
    public var kindName: String {
        switch action {
        case .setTarget: return "set_target"
        case .scaleTarget: return "scale_target"
        case .switchKey: return "switch_key"
        case .setFloor: return "set_floor"
        case .setCap: return "set_cap"
        case .changeOffer: return "change_offer"
        case .closeOffer: return "close_offer"
        case .scaleDemand: return "scale_demand"
        case .setPolicy: return "set_policy"
        }
    }

    /// The programmes a training-place change names (empty for a Socialaftale change).
    public var programmeIDs: [String] {
        switch action {
        case .setTarget(let ids, _, _), .scaleTarget(let ids, _), .switchKey(let ids, _), .setFloor(let ids, _, _),
            .setCap(let ids, _, _):
            return ids
        case .changeOffer, .closeOffer, .scaleDemand, .setPolicy: return []
        }
    }

    /// The change for the programmes among `ids` only; nil when it names none of them (a Socialaftale change too).
    ///
    /// A scenario's change applies to every year of an agreement period, each
    /// year's inputs holding only the period's programmes.
    public func restricted(to ids: Set<String>) -> ScenarioChange? {
        let kept = programmeIDs.filter(ids.contains)
        guard !kept.isEmpty else { return nil }
        var change = self
        switch action {
        case .setTarget(_, let places, let kind):
            change.action = .setTarget(programmeIDs: kept, places: places, kind: kind)
        case .scaleTarget(_, let factor): change.action = .scaleTarget(programmeIDs: kept, factor: factor)
        case .switchKey(_, let key): change.action = .switchKey(programmeIDs: kept, keyID: key)
        case .setFloor(_, let parties, let places):
            change.action = .setFloor(programmeIDs: kept, parties: parties, places: places)
        case .setCap(_, let parties, let places):
            change.action = .setCap(programmeIDs: kept, parties: parties, places: places)
        case .changeOffer, .closeOffer, .scaleDemand, .setPolicy: return nil
        }
        return change
    }

    /// True when the change touches the training places.
    public var touchesTraineeships: Bool {
        switch action {
        case .setTarget, .scaleTarget, .switchKey, .setFloor, .setCap: return true
        case .changeOffer, .closeOffer, .scaleDemand, .setPolicy: return false
        }
    }
}

/// Which parties a change applies to: all of them, or the listed DST codes.
public enum PartySelection: Hashable, Sendable {
    /// Every party taking part.
    case all
    /// The listed codes, in file order.
    case codes([String])
}

/// A Socialaftale policy weight a scenario may set.
public enum PolicyWeight: String, Hashable, Sendable, CaseIterable {
    /// Kr per km per citizen per year.
    case kmCost = "km_cost"
    /// Kr per citizen without a place.
    case unmetPenalty = "unmet_penalty"
    /// Share of the tariff charged per empty place below the occupancy bound.
    case emptyPlaceCostShare = "empty_place_cost_share"
    /// The lowest budgeted occupancy in percent, for every offer.
    case minOccupancyPercent = "min_occupancy_percent"
}
