import KKRDomain

/// The rounding problem for a group of programmes solved together, and what each of its rows means.
///
/// Programmes that share a joint capacity form one model; every other
/// programme is a model of its own. Cells are (programme, party) pairs in
/// programme order, then party code order.
public struct TraineeshipModel: Sendable {
    /// The programmes of this model.
    public var setups: [ProgrammeSetup]
    /// The problem for ``LexicographicRounding``.
    public var problem: RoundingProblem
    /// The meaning of each sum row, by row name (for explaining infeasibility).
    public var rowMeanings: [String: ConstraintMeaning]
    /// The (setup index, party index) of each cell.
    public var cellOwners: [(setup: Int, party: Int)]

    /// Builds the model; every setup must have bounded quotas (checked by ``FeasibilityCheck`` first).
    public init(setups: [ProgrammeSetup], capacities: [JointCapacity], inputs: TraineeshipInputs) {
        self.setups = setups
        var cells: [RoundingProblem.Cell] = []
        var rows: [RoundingProblem.SumRow] = []
        var meanings: [String: ConstraintMeaning] = [:]
        var owners: [(Int, Int)] = []
        var cellIndex: [String: [String: Int]] = [:]
        for (setupIndex, setup) in setups.enumerated() {
            let targets = setup.boundedQuotas ?? setup.quotas
            let claimants = setup.claimants
            let order = TieBreak.order(claimants, claims: targets.map { $0 - $0.rounded(.down) })
            var rank = [Int](repeating: 0, count: claimants.count)
            for (position, index) in order.enumerated() { rank[index] = position }
            let last = inputs.lastYear[setup.programme.id] ?? [:]
            var members: [Int] = []
            for (partyIndex, party) in setup.parties.enumerated() {
                cellIndex[setup.programme.id, default: [:]][party.code] = cells.count
                members.append(cells.count)
                owners.append((setupIndex, partyIndex))
                cells.append(
                    RoundingProblem.Cell(
                        name: "\(setup.programme.id)_\(party.code)",
                        target: targets[partyIndex],
                        lower: setup.lower[partyIndex],
                        upper: setup.upper[partyIndex],
                        reference: last[party.code]?.allocated,
                        tieRank: rank[partyIndex],
                        group: setupIndex
                    )
                )
            }
            let name = "total_\(setup.programme.id)"
            rows.append(RoundingProblem.SumRow(name: name, cells: members, lower: setup.total, upper: setup.total))
            meanings[name] = .total(programme: setup.programme, places: setup.total)
        }
        for capacity in capacities {
            for (code, cap) in capacity.caps.sorted(by: { Party.codeOrder($0.key, $1.key) }) {
                let members = capacity.programmeIDs.compactMap { cellIndex[$0]?[code] }
                guard !members.isEmpty, let party = inputs.party(code: code) else { continue }
                let name = "joint_\(capacity.id)_\(code)"
                rows.append(RoundingProblem.SumRow(name: name, cells: members, lower: nil, upper: cap))
                meanings[name] = .jointCapacity(capacity: capacity, party: party, cap: cap)
            }
        }
        problem = RoundingProblem(cells: cells, rows: rows)
        rowMeanings = meanings
        cellOwners = owners
    }

    /// Every constraint of the model in the planner's words (for a conflict when the solver finds no plan).
    public var meanings: [ConstraintMeaning] {
        let limits = cellOwners.map { owner -> ConstraintMeaning in
            let setup = setups[owner.setup]
            let upper = setup.upper[owner.party]
            return .limits(
                programme: setup.programme,
                party: setup.parties[owner.party],
                lower: setup.lower[owner.party],
                upper: upper == Int.max ? nil : upper
            )
        }
        return problem.rows.compactMap { rowMeanings[$0.name] } + limits
    }
}
