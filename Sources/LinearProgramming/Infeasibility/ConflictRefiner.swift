/// Explains an infeasible LP or MIP by an irreducible infeasible subset of its rows and column bounds.
///
/// Chinneck's method, over any ``LinearSolver``:
///
/// 1. **Elastic filter.** Every row and finite bound gets a nonnegative
///    slack (a row one per finite side); minimise the total slack. Members
///    whose slack is positive are made hard (no slack) and the elastic
///    program is solved again, until it is infeasible: the hard members
///    alone are then infeasible — a candidate set, usually small.
/// 2. **Deletion filter.** Each candidate in turn is dropped; if the rest
///    is still infeasible it stays dropped, otherwise it is needed and is
///    put back. What remains is irreducible: infeasible, and feasible
///    without any one of its members.
///
/// Feasibility tests use a zero objective. Bounds are members like rows
/// (a lower bound 0 can be part of the conflict); integrality is never
/// dropped, so for a MIP the answer is irreducible for the integer
/// programme. Bounds are tried for dropping before rows, so a conflict
/// is told in rows where it can be.
public struct ConflictRefiner: Sendable {
    /// The solver for every subsystem.
    public var solver: any LinearSolver
    /// Options for every solve (the time limit is replaced by what is left of ``timeBudget``).
    public var options: SolverOptions
    /// Wall-clock seconds for the whole explanation; when they run out, the set found so far is
    /// returned with ``Conflict/isIrreducible`` false.
    public var timeBudget: Double

    /// Creates a refiner.
    public init(solver: any LinearSolver, options: SolverOptions = SolverOptions(), timeBudget: Double = 60) {
        self.solver = solver
        self.options = options
        self.timeBudget = timeBudget
    }

    /// Why no explanation could be given.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The solver could not decide whether the model is feasible (time, numerical trouble): its status.
        case undetermined(TerminationStatus)

        public var description: String {
            switch self {
            case .undetermined(let status):
                "could not decide whether the model is feasible (solver status \(status.rawValue))"
            }
        }
    }

    /// An irreducible infeasible subset of `model`'s rows and bounds, or nil when the model is feasible.
    ///
    /// - Throws: ``InvalidModelError`` for an invalid model, ``Failure`` when the solver cannot tell
    ///   whether the model (or its elastic programme) is feasible within the budget.
    public func explain(_ model: LinearModel) throws -> Conflict? {
        _ = try model.validated()
        var search = Search(refiner: self, subsystem: ConflictSubsystem(model: model))
        var states = [MemberState](repeating: .hard, count: search.subsystem.members.count)
        switch try search.feasibility(states) {
        case .feasible: return nil
        case .infeasible: break
        case .unknown(let status): throw Failure.undetermined(status)
        }
        states = try search.elasticFilter()
        let isIrreducible = search.deletionFilter(&states)
        var rows: [ConstraintReference] = []
        var bounds: [ConflictBound] = []
        for (member, state) in zip(search.subsystem.members, states) where state == .hard {
            switch member {
            case .row(let row): rows.append(ConstraintReference(index: row))
            case .bound(let bound): bounds.append(bound)
            }
        }
        return Conflict(rows: rows, bounds: bounds.sorted(), isIrreducible: isIrreducible, solves: search.solves)
    }
}

/// The state of one explanation: the subsystem builder, the clock and the solve count.
private struct Search {
    enum Verdict {
        case feasible
        case infeasible
        case unknown(TerminationStatus)
    }

    let refiner: ConflictRefiner
    let subsystem: ConflictSubsystem
    let clock = ContinuousClock()
    let start: ContinuousClock.Instant
    var solves = 0

    /// Slack above this counts as a violated member.
    static let slackTolerance = 1e-9

    init(refiner: ConflictRefiner, subsystem: ConflictSubsystem) {
        self.refiner = refiner
        self.subsystem = subsystem
        start = clock.now
    }

    var remainingSeconds: Double {
        let elapsed = start.duration(to: clock.now)
        let used = elapsed.inSeconds
        return max(0, refiner.timeBudget - used)
    }

    private mutating func solve(_ model: LinearModel) throws -> Solution {
        var options = refiner.options
        options.timeLimit = min(options.timeLimit ?? .infinity, remainingSeconds)
        solves += 1
        return try refiner.solver.solve(model, options: options)
    }

    /// Whether the hard members of `states` (the rest dropped) can all hold.
    mutating func feasibility(_ states: [MemberState]) throws -> Verdict {
        let solution = try solve(subsystem.build(states.map { $0 == .hard ? .hard : .dropped }).model)
        switch solution.termination {
        case .optimal, .unbounded, .gapLimit: return .feasible
        case .timeLimit where solution.hasSolution: return .feasible
        case .infeasible: return .infeasible
        default: return .unknown(solution.termination)
        }
    }

    /// Chinneck's elastic filter: the returned states mark an infeasible candidate set as hard, the rest dropped.
    ///
    /// Slacks make every elastic member satisfiable, so the elastic programme is infeasible exactly when
    /// its hard members are. Each round makes at least one more member hard, so the loop ends. When it
    /// cannot go on (out of time, numerical trouble) every member is a candidate: the whole model is
    /// known to be infeasible.
    mutating func elasticFilter() throws -> [MemberState] {
        var states = [MemberState](repeating: .elastic, count: subsystem.members.count)
        while states.contains(.elastic) && remainingSeconds > 0 {
            let (model, slacks) = subsystem.build(states)
            let solution = try solve(model)
            if solution.termination == .infeasible {
                return states.map { $0 == .hard ? .hard : .dropped }
            }
            guard solution.termination == .optimal else { break }
            let violated = slacks.filter { solution.values[$0.column] > Self.slackTolerance }.map(\.member)
            guard !violated.isEmpty else { break }  // numerically feasible although it is not
            for member in violated { states[member] = .hard }
        }
        return [MemberState](repeating: .hard, count: states.count)
    }

    /// Chinneck's deletion filter over the hard members of `states`; true when every member was tested.
    mutating func deletionFilter(_ states: inout [MemberState]) -> Bool {
        let candidates = states.indices.filter { states[$0] == .hard }
        // Bounds first, so that conflicts are told in rows where they can be.
        let order =
            candidates.filter {
                if case .bound = subsystem.members[$0] { return true }
                return false
            } + candidates.filter { if case .row = subsystem.members[$0] { return true } else { return false } }
        var complete = true
        for member in order {
            guard remainingSeconds > 0 else { return false }
            states[member] = .dropped
            switch (try? feasibility(states)) ?? .unknown(.numericalError) {
            case .infeasible: continue
            case .feasible: states[member] = .hard
            case .unknown:
                states[member] = .hard
                complete = false
            }
        }
        return complete
    }
}
