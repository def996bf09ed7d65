import KKRDomain

/// Direct checks that a plan can exist, run before any solver call.
///
/// They catch the usual contradictions and name the municipalities and
/// programmes involved: a change limit that pushes a party's lower limit
/// above its cap, a total (with carry-over) that the caps cannot hold or the
/// floors overshoot, a joint capacity smaller than one party's floors, or
/// smaller overall than the programmes' totals. Anything subtler is left to
/// the solver (``PlanConflict/noFeasiblePlan(programmes:involved:)``).
public enum FeasibilityCheck {
    /// Every conflict found, in programme order, then joint capacities.
    public static func conflicts(setups: [ProgrammeSetup], inputs: TraineeshipInputs) -> [PlanConflict] {
        var conflicts: [PlanConflict] = []
        for setup in setups {
            let bounds = inputs.bounds[setup.programme.id] ?? [:]
            let last = inputs.lastYear[setup.programme.id] ?? [:]
            var crossed = false
            for (index, party) in setup.parties.enumerated() where setup.lower[index] > setup.upper[index] {
                crossed = true
                conflicts.append(
                    .limitsCross(
                        programme: setup.programme,
                        party: party,
                        floor: bounds[party.code]?.floor,
                        cap: bounds[party.code]?.cap,
                        lastYear: last[party.code]?.allocated,
                        allowance: setup.allowance[index]
                    )
                )
            }
            guard !crossed else { continue }
            let carry = setup.carryOver.reduce(0, +)
            let capSum = setup.upper.reduce(0) { $0 >= Int.max - $1 ? Int.max : $0 + $1 }
            if capSum < setup.total {
                conflicts.append(
                    .totalAboveCaps(
                        programme: setup.programme,
                        target: setup.target,
                        carryOver: carry,
                        capSum: capSum
                    )
                )
            }
            let floorSum = setup.lower.reduce(0, +)
            if setup.target.kind == .exact && floorSum > setup.total {
                conflicts.append(
                    .totalBelowFloors(
                        programme: setup.programme,
                        target: setup.target,
                        carryOver: carry,
                        floorSum: floorSum
                    )
                )
            }
        }
        for capacity in inputs.jointCapacities {
            conflicts += jointConflicts(
                capacity,
                setups: setups.filter { capacity.programmeIDs.contains($0.programme.id) }
            )
        }
        return conflicts
    }

    static func jointConflicts(_ capacity: JointCapacity, setups: [ProgrammeSetup]) -> [PlanConflict] {
        guard !setups.isEmpty else { return [] }
        var conflicts: [PlanConflict] = []
        var reachable = 0
        for party in setups[0].parties {
            let amounts = setups.compactMap { setup -> (ProgrammeAmount, Int)? in
                guard let index = setup.parties.firstIndex(of: party) else { return nil }
                return (ProgrammeAmount(programme: setup.programme, places: setup.lower[index]), setup.upper[index])
            }
            let floors = amounts.reduce(0) { $0 + $1.0.places }
            let uppers = amounts.reduce(0) { $0 >= Int.max - $1.1 ? Int.max : $0 + $1.1 }
            guard let cap = capacity.caps[party.code] else {
                reachable = reachable >= Int.max - uppers ? Int.max : reachable + uppers
                continue
            }
            reachable = reachable >= Int.max - min(cap, uppers) ? Int.max : reachable + min(cap, uppers)
            if floors > cap {
                conflicts.append(
                    .jointFloorsAboveCapacity(
                        capacity: capacity,
                        party: party,
                        floors: amounts.map(\.0),
                        cap: cap
                    )
                )
            }
        }
        let totals = setups.map { ProgrammeAmount(programme: $0.programme, places: $0.total) }
        if conflicts.isEmpty && totals.reduce(0, { $0 + $1.places }) > reachable {
            conflicts.append(.jointTotalAboveCapacity(capacity: capacity, totals: totals, capacitySum: reachable))
        }
        return conflicts
    }
}
