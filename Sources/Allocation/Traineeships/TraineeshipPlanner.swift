import KKRDomain
import LinearProgramming

/// What planning the training places gave: a plan, or the reasons there is none.
public enum TraineeshipOutcome: Sendable {
    /// Every programme was distributed.
    case planned(TraineeshipPlan)
    /// No plan satisfies the inputs; the conflicts say why.
    case infeasible([PlanConflict])
}

/// Thrown when the solver fails for a reason other than infeasibility (an internal error).
public struct PlanningError: Error, Sendable, CustomStringConvertible {
    /// What failed.
    public var reason: String

    /// Creates the error.
    public init(reason: String) {
        self.reason = reason
    }

    /// A one-line description for messages.
    public var description: String { "planning failed: \(reason)" }
}

/// Distributes every programme's places across the parties: the training-places pipeline after validation.
///
/// Pure given its solver: the same inputs give the same plan. Programmes
/// sharing a joint capacity are solved in one model; the others one by one.
public struct TraineeshipPlanner: Sendable {
    /// The solver for the optimiser and the splits.
    public var solver: any LinearSolver
    /// The options for every solver call.
    public var options: SolverOptions

    /// Creates a planner that solves with `solver` (the CLI passes `GLPKSolver()`).
    public init(solver: any LinearSolver, options: SolverOptions = SolverOptions()) {
        self.solver = solver
        self.options = options
    }

    /// Plans `inputs` with `method`.
    ///
    /// - Parameters:
    ///   - inputs: validated inputs.
    ///   - method: `optimal` (default) or a classic apportionment method applied programme by programme.
    ///   - firstDivisor: for the divisor methods, the divisor for 0 places.
    /// - Returns: the plan, or the conflicts that make it impossible.
    /// - Throws: ``PlanningError`` when a solver call fails unexpectedly.
    ///   - periodPlaces: places already planned over an agreement period for this year, by programme id and
    ///     party code (the single-year plan then takes them as they are: one truth).
    public func plan(
        _ inputs: TraineeshipInputs,
        method: ApportionmentMethod = .optimal,
        firstDivisor: Double? = nil,
        periodPlaces: [String: [String: Int]] = [:]
    ) throws -> TraineeshipOutcome {
        let setups = inputs.programmes.compactMap { ProgrammeSetup(programme: $0, inputs: inputs) }
        let conflicts = FeasibilityCheck.conflicts(setups: setups, inputs: inputs)
        guard conflicts.isEmpty else { return .infeasible(conflicts) }
        var places: [String: [Int]] = [:]
        var solvedWith: [String: [String]] = [:]
        var solverNotes: [String: String] = [:]
        var models: [(name: String, model: LinearModel, objective: Double)] = []
        var solverIdentity: SolverIdentity?
        var solverRuns: Set<SolverRun> = []
        if method == .optimal {
            for component in components(setups, inputs.jointCapacities) {
                let group = component.map { setups[$0] }
                let ids = group.map(\.programme.id)
                if ids.allSatisfy({ periodPlaces[$0] != nil }) {
                    for setup in group {
                        places[setup.programme.id] = setup.parties.map {
                            periodPlaces[setup.programme.id]?[$0.code] ?? 0
                        }
                        solvedWith[setup.programme.id] = ids.filter { $0 != setup.programme.id }
                    }
                    continue
                }
                let capacities = inputs.jointCapacities.filter { $0.programmeIDs.contains(where: ids.contains) }
                let model = TraineeshipModel(setups: group, capacities: capacities, inputs: inputs)
                switch try LexicographicRounding(solver: solver, options: options).solve(model.problem) {
                case .solved(let solution):
                    let name = ids.count == 1 ? ids.joined() : capacities.map(\.id).joined(separator: "_")
                    models.append((name, solution.lastStageModel, solution.lastStageObjective))
                    solverIdentity = solverIdentity ?? solution.solver
                    if let ran = solution.solver, let method = solution.method {
                        solverRuns.insert(SolverRun(solver: ran, method: method))
                    }
                    for (setupIndex, setup) in group.enumerated() {
                        places[setup.programme.id] = model.cellOwners.indices
                            .filter { model.cellOwners[$0].setup == setupIndex }.map { solution.values[$0] }
                        solvedWith[setup.programme.id] = ids.filter { $0 != setup.programme.id }
                        solverNotes[setup.programme.id] = solution.stoppedStage
                    }
                case .infeasible:
                    return .infeasible([.noFeasiblePlan(programmes: group.map(\.programme), involved: model.meanings)])
                case .failed(let status):
                    throw PlanningError(reason: "solver stopped for \(ids.joined(separator: ", ")): \(status)")
                }
            }
        } else {
            for setup in setups {
                do {
                    places[setup.programme.id] = try Apportioner(solver: solver)
                        .apportion(
                            setup.claimants,
                            seats: setup.total,
                            method: method,
                            firstDivisor: firstDivisor
                        )
                        .allocation
                } catch {
                    throw PlanningError(reason: "\(method.rawValue) for \(setup.programme.id): \(error)")
                }
            }
        }
        let uses = jointUses(inputs: inputs, setups: setups, places: places)
        let broken = uses.flatMap { use in
            use.uses.filter { $0.places > $0.cap }
                .map {
                    PlanConflict.methodBreaksJointCapacity(
                        method: method,
                        capacity: use.capacity,
                        party: $0.party,
                        places: $0.places,
                        cap: $0.cap
                    )
                }
        }
        guard broken.isEmpty else { return .infeasible(broken) }
        let programmes = try setups.map { setup in
            try programmePlan(
                setup,
                places: places[setup.programme.id] ?? [],
                inputs: inputs,
                solvedWith: solvedWith[setup.programme.id] ?? []
            )
        }
        var plan = TraineeshipPlan(
            year: inputs.year,
            method: method,
            programmes: programmes,
            jointCapacities: uses,
            inputs: inputs
        )
        plan.solverNotes = solverNotes
        plan.models = models
        plan.solver = solverIdentity
        plan.solverRuns = solverRuns.sorted()
        return .planned(plan)
    }

    // MARK: - Parts

    func programmePlan(
        _ setup: ProgrammeSetup,
        places: [Int],
        inputs: TraineeshipInputs,
        solvedWith: [String]
    ) throws -> ProgrammePlan {
        let bounds = inputs.bounds[setup.programme.id] ?? [:]
        let last = inputs.lastYear[setup.programme.id] ?? [:]
        let weightSum = setup.weights.reduce(0, +)
        let quotas = setup.quotas
        let bounded = setup.boundedQuotas ?? quotas
        let rows = setup.parties.enumerated()
            .map { index, party in
                AllocationRow(
                    party: party,
                    weight: setup.weights[index],
                    share: weightSum > 0 ? setup.weights[index] / weightSum : 0,
                    quota: quotas[index],
                    carryOver: setup.carryOver[index],
                    boundedQuota: bounded[index],
                    places: index < places.count ? places[index] : 0,
                    floor: bounds[party.code]?.floor,
                    cap: bounds[party.code]?.cap,
                    lowerLimit: setup.lower[index],
                    upperLimit: setup.upper[index] == Int.max ? nil : setup.upper[index],
                    lastYear: last[party.code]?.allocated,
                    realised: last[party.code]?.realised
                )
            }
        let splitter = PlacementSplitter()
        let splits = try setup.programme.splits.map { try splitter.split(rows.map(\.places), by: $0) }
        return ProgrammePlan(
            programme: setup.programme,
            key: setup.key,
            target: setup.target,
            carryOver: setup.carryOver.reduce(0, +),
            total: setup.total,
            rows: rows,
            splits: splits,
            checks: PlanChecks(rows: rows, total: setup.total, target: setup.target, splits: splits),
            solvedWith: solvedWith
        )
    }

    /// Groups of setup indices connected through joint capacities, in programme order.
    func components(_ setups: [ProgrammeSetup], _ capacities: [JointCapacity]) -> [[Int]] {
        var group = Array(setups.indices)
        func root(_ index: Int) -> Int { group[index] == index ? index : root(group[index]) }
        for capacity in capacities {
            let members = setups.indices.filter { capacity.programmeIDs.contains(setups[$0].programme.id) }
            for member in members.dropFirst() { group[root(member)] = root(members[0]) }
        }
        var result: [Int: [Int]] = [:]
        for index in setups.indices { result[root(index), default: []].append(index) }
        return result.values.sorted { $0[0] < $1[0] }
    }

    func jointUses(inputs: TraineeshipInputs, setups: [ProgrammeSetup], places: [String: [Int]]) -> [JointCapacityUse] {
        inputs.jointCapacities.map { capacity in
            let parties = inputs.municipalities + (inputs.region.map { [$0] } ?? [])
            let uses = parties.compactMap { party -> (party: Party, places: Int, cap: Int)? in
                guard let cap = capacity.caps[party.code] else { return nil }
                let sum = setups.filter { capacity.programmeIDs.contains($0.programme.id) }
                    .reduce(0) { partial, setup in
                        guard let index = setup.parties.firstIndex(of: party) else { return partial }
                        return partial + (places[setup.programme.id]?[index] ?? 0)
                    }
                return (party, sum, cap)
            }
            return JointCapacityUse(capacity: capacity, uses: uses)
        }
    }
}
