import KKRDomain

/// How each party's places move as a sweep's parameter runs through its values, and where they change.
///
/// A change point lies between two consecutive values: the allocation at
/// ``SweepChangePoint/value`` differs from the one at
/// ``SweepChangePoint/previousValue``. Since only the sampled values are
/// planned, the true threshold lies in that interval (it is exact when the
/// steps are whole places one apart).
public struct SweepAnalysis: Sendable {
    /// The parameter's values, in sweep order.
    public var values: [Double]
    /// The training-place outcome at each value.
    public var outcomes: [ScenarioOutcome]
    /// The Socialaftale outcome at each value (nil where it was not planned).
    public var socialOutcomes: [SocialOutcome?]
    /// One series per programme and party, in the order of the first plan.
    public var series: [SweepSeries]
    /// One series per Socialaftale buyer, in the order of the first balance (empty when the part was not planned).
    public var socialSeries: [SocialSweepSeries]
    /// Per step: the period figures of the programmes whose period was planned (empty without a period).
    public var periods: [[PeriodFigures]] = []

    /// Analyses `results` (one per value).
    public init(values: [Double], results: [VariantResult]) {
        self.init(values: values, outcomes: results.map(\.outcome), socialOutcomes: results.map(\.social))
        periods = results.map(\.periodFigures)
    }

    /// The period figures of `programmeID` at every step (nil where the step has none), when any step has them.
    public func periodSeries(_ programmeID: String) -> [PeriodFigures?]? {
        let series = periods.map { step in step.first { $0.programme.id == programmeID } }
        return series.contains { $0 != nil } ? series : nil
    }

    /// Analyses training-place `outcomes` and, when given, Socialaftale outcomes (one per value).
    public init(values: [Double], outcomes: [ScenarioOutcome], socialOutcomes: [SocialOutcome?] = []) {
        self.values = values
        self.outcomes = outcomes
        self.socialOutcomes = socialOutcomes.count == values.count ? socialOutcomes : values.map { _ in nil }
        var keys: [(programme: Programme, party: Party)] = []
        for plan in outcomes.compactMap(\.plan) {
            for programme in plan.traineeships.programmes {
                for row in programme.rows
                where !keys.contains(where: { $0.programme.id == programme.programme.id && $0.party == row.party }) {
                    keys.append((programme.programme, row.party))
                }
            }
        }
        series = keys.map { key in
            SweepSeries(
                programme: key.programme,
                party: key.party,
                values: values,
                places: outcomes.map { $0.plan?.places(programmeID: key.programme.id, partyCode: key.party.code) }
            )
        }
        let balances = self.socialOutcomes.map { $0?.plan }
        var buyers: [Party] = []
        for plan in balances.compactMap({ $0 }) {
            for row in plan.buyers where !buyers.contains(row.buyer) { buyers.append(row.buyer) }
        }
        socialSeries = buyers.map { SocialSweepSeries(buyer: $0, values: values, plans: balances) }
    }

    /// True at the steps that have every planned part.
    func hasPlan(_ step: Int) -> Bool {
        guard outcomes[step].plan != nil else { return false }
        if case .infeasible = socialOutcomes[step] { return false }
        return true
    }

    /// The steps (indices ≥ 1) at which any party's places or any buyer's purchases change, or a plan appears or disappears.
    public var changeSteps: [Int] {
        values.indices.dropFirst()
            .filter { step in
                hasPlan(step) != hasPlan(step - 1)
                    || series.contains { $0.places[step] != $0.places[step - 1] }
                    || socialSeries.contains { $0.purchases[step] != $0.purchases[step - 1] }
            }
    }

    /// The ids of the programmes in which some party's places change, in series order.
    public var changingProgrammeIDs: [String] {
        var ids: [String] = []
        for item in series where !item.changes.isEmpty && !ids.contains(item.programme.id) {
            ids.append(item.programme.id)
        }
        return ids
    }

    /// The steps without a plan for a part that was planned.
    public var stepsWithoutPlan: [Int] {
        outcomes.indices.filter { !hasPlan($0) }
    }
}

/// One party's places in one programme at each value of a sweep.
public struct SweepSeries: Sendable {
    /// The programme.
    public var programme: Programme
    /// The party.
    public var party: Party
    /// Places at each value (nil where that step has no plan).
    public var places: [Int?]
    /// Where the places change, in sweep order.
    public var changes: [SweepChangePoint]

    /// Creates a series and finds its change points.
    public init(programme: Programme, party: Party, values: [Double], places: [Int?]) {
        self.programme = programme
        self.party = party
        self.places = places
        changes = places.indices.dropFirst()
            .filter { places[$0] != places[$0 - 1] }
            .map { step in
                SweepChangePoint(
                    step: step,
                    previousValue: values[step - 1],
                    value: values[step],
                    from: places[step - 1],
                    to: places[step]
                )
            }
    }

    /// The first change point, if the places ever change.
    public var firstChange: SweepChangePoint? { changes.first }

    /// True when the places both rise and fall along the sweep (between steps that both have a plan).
    ///
    /// Rounding to whole places is not monotone: one more place in the region
    /// can cost a municipality a place (the Alabama paradox of largest
    /// remainders), which a council may want to see before agreeing on a number.
    public var changesDirection: Bool {
        let steps = changes.compactMap { point -> Int? in
            guard let from = point.from, let to = point.to else { return nil }
            return to - from
        }
        return steps.contains { $0 > 0 } && steps.contains { $0 < 0 }
    }
}

/// A change of one party's places between two consecutive values of a sweep.
public struct SweepChangePoint: Sendable, Hashable {
    /// The index of ``value`` in the sweep.
    public var step: Int
    /// The value before, where the old places still hold.
    public var previousValue: Double
    /// The first value with the new places.
    public var value: Double
    /// The places before (nil: no plan there).
    public var from: Int?
    /// The places from ``value`` on (nil: no plan there).
    public var to: Int?

    /// Creates a change point.
    public init(step: Int, previousValue: Double, value: Double, from: Int?, to: Int?) {
        self.step = step
        self.previousValue = previousValue
        self.value = value
        self.from = from
        self.to = to
    }
}
