import Allocation
import KKRDomain

/// What the JSON files say where the reports say it in a sentence: the data behind the sentence, never prose.
///
/// Keys are snake_case; ids are the inputs' ids; amounts are kr, rounded to whole kr.

/// One group of illustrative figures: what it is, how many of its figures are assumptions, and their sources.
///
/// `{"subject": "target", "programme": "ssa", "illustrative_count": 1, "total_count": 1, "sources": ["…"]}`; the
/// subject's ids (`programme`, `key`, `dimension`, `joint_capacity`, `weight`) only where the subject has them.
struct IllustrativeDocument: Encodable {
    let subject: String
    let ids: [(key: String, value: String)]
    let illustrativeCount: Int
    let totalCount: Int
    let sources: [String]

    init(_ figure: IllustrativeFigure) {
        switch figure.subject {
        case .target(let programme): (subject, ids) = ("target", [("programme", programme)])
        case .key(let key): (subject, ids) = ("key", [("key", key)])
        case .bounds(let programme): (subject, ids) = ("bounds", [("programme", programme)])
        case .lastYear(let programme): (subject, ids) = ("last_year", [("programme", programme)])
        case .split(let programme, let dimension):
            (subject, ids) = ("split", [("programme", programme), ("dimension", dimension)])
        case .jointCapacity(let id): (subject, ids) = ("joint_capacity", [("joint_capacity", id)])
        }
        (illustrativeCount, totalCount, sources) = (figure.illustrativeCount, figure.totalCount, figure.sources)
    }

    init(_ figure: SocialIllustrativeFigure) {
        switch figure.subject {
        case .offers: (subject, ids) = ("offers", [])
        case .demand: (subject, ids) = ("demand", [])
        case .placements: (subject, ids) = ("placements", [])
        case .outsidePrices: (subject, ids) = ("outside_prices", [])
        case .policy(let key): (subject, ids) = ("policy", [("weight", key)])
        case .roadFactor: (subject, ids) = ("road_factor", [])
        case .ferries: (subject, ids) = ("ferries", [])
        case .distanceOverrides: (subject, ids) = ("distance_overrides", [])
        }
        (illustrativeCount, totalCount, sources) = (figure.illustrativeCount, figure.totalCount, figure.sources)
    }

    /// The groups of both parts of `inputs`, training places first.
    static func groups(_ training: TraineeshipInputs, _ social: SocialInputs?) -> [IllustrativeDocument] {
        training.illustrativeFigures.map(Self.init) + (social?.illustrativeFigures ?? []).map(Self.init)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(subject, forKey: StringKey("subject"))
        for (key, value) in ids {
            try container.encode(value, forKey: StringKey(key))
        }
        try container.encode(illustrativeCount, forKey: StringKey("illustrative_count"))
        try container.encode(totalCount, forKey: StringKey("total_count"))
        try container.encode(sources, forKey: StringKey("sources"))
    }
}

/// One Socialaftale recommendation as data (the report words it).
///
/// `{"kind": "add_place", "offer": …, "saving": …, "avoids_unmet": …}`,
/// `{"kind": "empty_places", "offer": …, "empty": …, "below_bound": …, "cost": …}` or
/// `{"kind": "shortage", "target_group": …, "section": …, "outside": …, "unmet": …, "citizen_value": …,
/// "outside_price": …}` (kr a year, whole kr; `null` where a value is missing).
struct RecommendationDocument: Encodable {
    let recommendation: SocialRecommendation

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        func kroner(_ value: Double?) -> Double? { value.map { $0.rounded() } }
        switch recommendation {
        case .addPlace(let offer, let saving, let avoidsUnmet):
            try container.encode("add_place", forKey: StringKey("kind"))
            try container.encode(offer.id, forKey: StringKey("offer"))
            try container.encode(kroner(saving), forKey: StringKey("saving"))
            try container.encode(avoidsUnmet, forKey: StringKey("avoids_unmet"))
        case .emptyPlaces(let offer, let empty, let belowBound, let cost):
            try container.encode("empty_places", forKey: StringKey("kind"))
            try container.encode(offer.id, forKey: StringKey("offer"))
            try container.encode(empty, forKey: StringKey("empty"))
            try container.encode(belowBound, forKey: StringKey("below_bound"))
            try container.encode(kroner(cost), forKey: StringKey("cost"))
        case .shortage(let group, let section, let outside, let unmet, let citizenValue, let outsidePrice):
            try container.encode("shortage", forKey: StringKey("kind"))
            try container.encode(group, forKey: StringKey("target_group"))
            try container.encode(section, forKey: StringKey("section"))
            try container.encode(outside, forKey: StringKey("outside"))
            try container.encode(unmet, forKey: StringKey("unmet"))
            try container.encode(kroner(citizenValue), forKey: StringKey("citizen_value"))
            try container.encode(kroner(outsidePrice), forKey: StringKey("outside_price"))
        }
    }
}

/// One scenario change: `{"kind": "set_target", "arguments": {…}, "location": "file:line:column"}`.
struct ScenarioChangeDocument: Encodable {
    let change: ScenarioChange

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(change.kindName, forKey: StringKey("kind"))
        try container.encode(ChangeArgumentsDocument(action: change.action), forKey: StringKey("arguments"))
        try container.encode(change.location.description, forKey: StringKey("location"))
    }
}

/// A scenario change's arguments as data, named as in the scenario file (`programme`, `places`, `factor`, …).
struct ChangeArgumentsDocument: Encodable {
    let action: ScenarioChange.Action

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        func put<Value: Encodable>(_ value: Value, _ key: String) throws {
            try container.encode(value, forKey: StringKey(key))
        }
        func parties(_ selection: PartySelection) -> [String]? {
            switch selection {
            case .all: return nil
            case .codes(let codes): return codes
            }
        }
        switch action {
        case .setTarget(let programmes, let places, let kind):
            try put(programmes, "programme")
            try put(places, "places")
            try put(kind?.rawValue, "kind")
        case .scaleTarget(let programmes, let factor):
            try put(programmes, "programme")
            try put(factor, "factor")
        case .switchKey(let programmes, let key):
            try put(programmes, "programme")
            try put(key, "key")
        case .setFloor(let programmes, let selection, let places), .setCap(let programmes, let selection, let places):
            try put(programmes, "programme")
            try put(parties(selection) ?? ["all"], "municipality")
            try put(places, "places")
        case .changeOffer(let offers, let places, let tariff, let tariffFactor):
            try put(offers, "offer")
            try put(places, "places")
            try put(tariff, "tariff")
            try put(tariffFactor, "tariff_factor")
        case .closeOffer(let offers):
            try put(offers, "offer")
        case .scaleDemand(let groups, let buyers, let factor):
            try put(groups, "target_group")
            try put(parties(buyers), "buyer")
            try put(factor, "factor")
        case .setPolicy(let weight, let value):
            try put(weight.rawValue, "weight")
            try put(value, "value")
        }
    }
}

/// One reason a plan cannot be made, as data: its kind, the programmes, parties and capacities involved (by id)
/// and the numbers (the report words it).
///
/// `{"kind": "limits_cross", "programme": "ssa", "municipality": "825", "floor": 5, "cap": 3, …}`; the kinds are
/// `limits_cross`, `total_above_caps`, `total_below_floors`, `joint_floors_above_capacity`,
/// `joint_total_above_capacity`, `method_breaks_joint_capacity` and `no_feasible_plan` (with `involved`, the
/// constraints of the solver's irreducible infeasible set: `total`, `limits` or `joint_capacity`).
struct ConflictDocument: Encodable {
    let conflict: PlanConflict

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        func put<Value: Encodable>(_ value: Value, _ key: String) throws {
            try container.encode(value, forKey: StringKey(key))
        }
        func amounts(_ list: [ProgrammeAmount]) -> [AmountDocument] {
            list.map { AmountDocument(programme: $0.programme.id, places: $0.places) }
        }
        switch conflict {
        case .limitsCross(let programme, let party, let floor, let cap, let lastYear, let allowance):
            try put("limits_cross", "kind")
            try put(programme.id, "programme")
            try put(party.code, "municipality")
            try put(floor, "floor")
            try put(cap, "cap")
            try put(lastYear, "last_year")
            try put(allowance, "change_allowance")
        case .totalAboveCaps(let programme, let target, let carryOver, let capSum):
            try put("total_above_caps", "kind")
            try put(programme.id, "programme")
            try put(target.places, "target")
            try put(carryOver, "carry_over")
            try put(capSum, "cap_sum")
        case .totalBelowFloors(let programme, let target, let carryOver, let floorSum):
            try put("total_below_floors", "kind")
            try put(programme.id, "programme")
            try put(target.places, "target")
            try put(carryOver, "carry_over")
            try put(floorSum, "floor_sum")
        case .jointFloorsAboveCapacity(let capacity, let party, let floors, let cap):
            try put("joint_floors_above_capacity", "kind")
            try put(capacity.id, "joint_capacity")
            try put(party.code, "municipality")
            try put(amounts(floors), "floors")
            try put(cap, "cap")
        case .jointTotalAboveCapacity(let capacity, let totals, let capacitySum):
            try put("joint_total_above_capacity", "kind")
            try put(capacity.id, "joint_capacity")
            try put(amounts(totals), "totals")
            try put(capacitySum, "capacity_sum")
        case .methodBreaksJointCapacity(let method, let capacity, let party, let places, let cap):
            try put("method_breaks_joint_capacity", "kind")
            try put(method.rawValue, "method")
            try put(capacity.id, "joint_capacity")
            try put(party.code, "municipality")
            try put(places, "places")
            try put(cap, "cap")
        case .noFeasiblePlan(let programmes, let involved):
            try put("no_feasible_plan", "kind")
            try put(programmes.map(\.id), "programmes")
            try put(involved.map(ConstraintDocument.init), "involved")
        }
    }
}

/// A programme and a number of places.
struct AmountDocument: Encodable {
    let programme: String
    let places: Int
}

/// One constraint of an irreducible infeasible set.
struct ConstraintDocument: Encodable {
    let meaning: ConstraintMeaning

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        switch meaning {
        case .total(let programme, let places):
            try container.encode("total", forKey: StringKey("kind"))
            try container.encode(programme.id, forKey: StringKey("programme"))
            try container.encode(places, forKey: StringKey("places"))
        case .limits(let programme, let party, let lower, let upper):
            try container.encode("limits", forKey: StringKey("kind"))
            try container.encode(programme.id, forKey: StringKey("programme"))
            try container.encode(party.code, forKey: StringKey("municipality"))
            try container.encode(lower, forKey: StringKey("lower"))
            try container.encode(upper, forKey: StringKey("upper"))
        case .jointCapacity(let capacity, let party, let cap):
            try container.encode("joint_capacity", forKey: StringKey("kind"))
            try container.encode(capacity.id, forKey: StringKey("joint_capacity"))
            try container.encode(party.code, forKey: StringKey("municipality"))
            try container.encode(cap, forKey: StringKey("cap"))
        }
    }
}

/// Why a variant has no plan: a conflict of the limits, or a problem of the changed inputs.
enum ProblemDocument: Encodable {
    case conflict(ConflictDocument)
    case diagnostic(DiagnosticDocument)

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .conflict(let document): try document.encode(to: encoder)
        case .diagnostic(let document): try document.encode(to: encoder)
        }
    }
}

/// An input problem: `{"kind": "invalid_input", "file", "line", "column", "field", "message", "hint"}` (the
/// message and hint are the validator's, as on the terminal).
struct DiagnosticDocument: Encodable {
    let diagnostic: Diagnostic

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        let location = diagnostic.location
        try container.encode("invalid_input", forKey: StringKey("kind"))
        try container.encode(location.file, forKey: StringKey("file"))
        try container.encode(location.line, forKey: StringKey("line"))
        try container.encode(location.column, forKey: StringKey("column"))
        try container.encode(location.field, forKey: StringKey("field"))
        try container.encode(diagnostic.message, forKey: StringKey("message"))
        try container.encode(diagnostic.hint, forKey: StringKey("hint"))
    }
}
