import KKRDomain

/// One programme's numbers before rounding: quotas, carry-over, effective limits, the total to distribute.
///
/// - quota `qₘ = T · wₘ / Σw + sₘ`, where `sₘ` is last year's shortfall when
///   the programme carries it over (so Σq = T + Σs);
/// - effective limits: `[max(floor, last − allowance), min(cap, last + allowance)]`;
/// - total N: `T + Σs` for an exact target; for a minimum target the same,
///   unless the floors force more (then N = Σ floors): places above the
///   minimum are each municipality's own choice and not planned.
public struct ProgrammeSetup: Sendable {
    /// The programme.
    public var programme: Programme
    /// Its target for the plan year.
    public var target: Target
    /// Its distribution key.
    public var key: DistributionKey
    /// The parties, in code order.
    public var parties: [Party]
    /// The key weight of each party.
    public var weights: [Double]
    /// T · w / Σw per party (before carry-over).
    public var baseQuotas: [Double]
    /// Carried-over shortfall per party (0 unless the programme carries over).
    public var carryOver: [Int]
    /// The effective lower limit per party.
    public var lower: [Int]
    /// The effective upper limit per party (`Int.max` for none).
    public var upper: [Int]
    /// The change allowance per party, when a change limit applies and last year is known.
    public var allowance: [Int?]
    /// The number of places to distribute.
    public var total: Int

    /// quota = base quota + carry-over.
    public var quotas: [Double] { zip(baseQuotas, carryOver).map { $0 + Double($1) } }

    /// Computes the setup of `programme` for `inputs.year`; nil when it has no target (validation reports that).
    public init?(programme: Programme, inputs: TraineeshipInputs) {
        guard let target = programme.target(for: inputs.year), let key = inputs.keys[programme.keyID] else {
            return nil
        }
        self.programme = programme
        self.target = target
        self.key = key
        parties = inputs.parties(for: programme)
        weights = parties.map { key.weights[$0.code]?.value ?? 0 }
        let weightSum = weights.reduce(0, +)
        baseQuotas = weights.map { weightSum > 0 ? Double(target.places) * $0 / weightSum : 0 }
        let bounds = inputs.bounds[programme.id] ?? [:]
        let last = inputs.lastYear[programme.id] ?? [:]
        carryOver = parties.map { programme.carriesOverShortfall ? (last[$0.code]?.shortfall ?? 0) : 0 }
        allowance = parties.map { party in
            guard let limit = programme.changeLimit, let allocated = last[party.code]?.allocated else { return nil }
            return limit.allowance(lastYear: allocated)
        }
        lower = []
        upper = []
        for (index, party) in parties.enumerated() {
            var low = bounds[party.code]?.floor ?? 0
            var high = bounds[party.code]?.cap ?? Int.max
            if let allowance = allowance[index], let allocated = last[party.code]?.allocated {
                low = max(low, allocated - allowance)
                high = min(high, allocated + allowance)
            }
            lower.append(max(0, low))
            upper.append(high)
        }
        let planned = target.places + carryOver.reduce(0, +)
        let floors = lower.reduce(0, +)
        total = target.kind == .minimum ? max(planned, floors) : planned
    }

    /// The bounded quotas (see `BoundedQuota`), or nil when the limits cannot hold the total.
    public var boundedQuotas: [Double]? {
        guard lower.indices.allSatisfy({ lower[$0] <= upper[$0] }) else { return nil }
        return BoundedQuota.compute(quotas: quotas, lower: lower, upper: upper, total: total)
    }

    /// The parties as claimants for the classic methods: weight = quota, bounds = effective limits, code order.
    public var claimants: [Claimant] {
        parties.indices.map { index in
            Claimant(
                name: parties[index].name,
                weight: quotas[index],
                floor: lower[index],
                cap: upper[index] == Int.max ? nil : upper[index],
                tieRank: index
            )
        }
    }
}
