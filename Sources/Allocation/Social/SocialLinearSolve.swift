import KKRDomain
import LinearProgramming

/// How the planner reached the placements of a ``SocialPlan``.
public enum SocialSolvePath: String, Sendable, Hashable, Codable {
    /// The LP's optimal vertex was integral: rounded, re-checked, used; no MIP was solved.
    case linearProgram = "lp"
    /// The LP's vertex was not integral (or the LP path failed), so the MIP was solved.
    case integerProgram = "mip"
    /// The MIP for the placements and then the LP relaxation for the duals (the path before issue 10; kept as the
    /// benchmark's baseline).
    case mipThenRelaxation = "mip_then_lp"
}

/// Solves the LP relaxation of a ``SocialModel`` once, block by block, and picks one optimal vertex deterministically.
///
/// The model is totally unimodular (see ``SocialModel``), so an optimal vertex of its LP relaxation is integral and
/// the MIP need not be solved. The LP falls apart into independent blocks — one per target group and section: a
/// demand row holds only offers of its own group and section, an offer's rows only its own purchases — found as the
/// connected components of the rows and columns. Each block is solved on its own (the simplex's work grows faster
/// than the size, so 36 small LPs are far cheaper than one large one), in two stages:
///
/// 1. **Cost LP.** The block with its costs: its vertex, objective and row duals.
/// 2. **Tie-break on the optimal face.** By complementary slackness with any one optimal dual solution, the optimal
///    placements are exactly the feasible points that use only columns of zero reduced cost (`c − Σ aᵢⱼ·yᵢ`) and
///    keep every row with a non-zero dual at its bound — whichever optimal vertex the backend returned in stage 1.
///    The dual solution used is exact and the same for every backend: computed from stage 1's plan by shortest
///    paths in whole micro-kroner (``ValueGraph/optimalFace(model:)``), so the face is read without tolerances
///    (a backend's floating-point duals, with tolerances, gave GLPK and CLP different faces on generated
///    instances with many ties; they are used only if stage 1's plan is not optimal to the micro-krone).
///    Stage 2 leaves the other columns at their lower bound, fixes those rows, and minimises a fixed weight per
///    column (`1 + h`, h in [0, 1) from a hash of the column's name, so independent of file order and of the
///    solver). The matrix is a part of the same one, so this vertex is integral too. The backend's simplex stops
///    within its tolerances, so its vertex is then moved to the exact weighted optimum (``SocialFacePolish``), the
///    same for every backend unless two placements tie on the weights as well (measure zero).
///
/// The duals returned are stage 1's (the backend's); the plan's place and citizen values do not use them but are
/// computed exactly (``SocialMarginalValues``), unless that fails.
struct SocialLinearSolve {
    /// What the two stages gave.
    struct Result {
        /// Stage 2's vertex (stage 1's when stage 2 could not be used), one value per column of the model.
        var values: [Double]
        /// The cost LP's objective.
        var objective: Double
        /// Stage 1's row duals (∂z*/∂bᵢ), one per row of the model.
        var duals: [Double]
        /// Seconds in the solver over every LP solve.
        var seconds: Double
        /// LP solves: two per block.
        var solves: Int
        /// Seconds in the exact network computations (the optimal face and the polish of stage 2's vertex).
        var networkSeconds = 0.0
        /// The solver that solved the LPs (for a backend that routes LPs to another library, that library).
        var solver: SolverIdentity?
        /// Every distinct library and method of the solves, in ``SolverRun``'s order.
        var runs: [SolverRun] = []
    }

    /// One independent part of the model: rows and columns, ascending.
    struct Block {
        var rows: [Int]
        var columns: [Int]
    }

    /// Values closer than this to a whole number count as whole.
    static let integralityTolerance = 1e-6
    /// A column whose reduced cost is at most `tolerance · max(1, |cⱼ|)` lies on the optimal face.
    static let reducedCostTolerance = 1e-7
    /// Row duals smaller than this (kr) count as 0 when fixing rows for the tie-break.
    static let dualTolerance = 1e-7

    let solver: any LinearSolver
    let options: SolverOptions
    let model: SocialModel

    /// Runs both stages on every block; nil when an LP did not end optimal (the caller then solves the MIP).
    func solve() throws -> Result? {
        let relaxation = model.model.linearRelaxation
        var values = relaxation.variables.map(\.lowerBound)
        var tieBroken = values
        var faceUsable = true
        var duals = [Double](repeating: 0, count: relaxation.rowCount)
        var seconds = 0.0
        var solves = 0
        var ran: SolverIdentity?
        var solutions: [Solution] = []
        let blocks = Self.blocks(of: relaxation)
        for block in blocks {
            let cost = try solver.solve(
                Self.restricted(relaxation, rows: block.rows, columns: block.columns),
                options: options
            )
            seconds += cost.seconds
            solves += 1
            ran = ran ?? cost.solver
            solutions.append(cost)
            guard cost.termination == .optimal, let blockDuals = cost.rowDuals else { return nil }
            for (position, column) in block.columns.enumerated() { values[column] = cost.values[position] }
            for (position, row) in block.rows.enumerated() { duals[row] = blockDuals[position] }
        }
        // The optimal face from exact duals computed from stage 1's plan (the same face for every backend); from the
        // backend's duals, with tolerances, only when that plan is not optimal to the micro-krone.
        let clock = ContinuousClock()
        var networkTime = Duration.zero
        var start = clock.now
        let exact = isIntegral(values) ? ValueGraph(model: model, values: values)?.optimalFace(model: model) : nil
        networkTime += start.duration(to: clock.now)
        for block in blocks {
            let (face, onFace) =
                exact.map { Self.optimalFace(of: relaxation, block: block, onFace: $0.onFace, rowSigns: $0.rowSigns) }
                ?? Self.optimalFace(of: relaxation, block: block, duals: duals)
            let tie = try solver.solve(Self.restricted(face, rows: block.rows, columns: onFace), options: options)
            seconds += tie.seconds
            solves += 1
            solutions.append(tie)
            if tie.termination == .optimal {
                for (position, column) in onFace.enumerated() { tieBroken[column] = tie.values[position] }
            } else {
                faceUsable = false
            }
        }
        // Stage 2's simplex stops within its tolerances: move its vertex to the exact weighted optimum of the face.
        start = clock.now
        if let exact, faceUsable, isIntegral(tieBroken) {
            let polish = SocialFacePolish(model: model, onFace: exact.onFace, rowSigns: exact.rowSigns)
            tieBroken = polish.polish(tieBroken) ?? tieBroken
        }
        networkTime += start.duration(to: clock.now)
        let objective = relaxation.objectiveValue(at: values)
        return Result(
            values: faceUsable && isOptimal(tieBroken, objective: objective) ? tieBroken : values,
            objective: objective,
            duals: duals,
            seconds: seconds,
            solves: solves,
            networkSeconds: networkTime.inSeconds,
            solver: ran,
            runs: SolverRun.distinct(solutions)
        )
    }

    /// The exact yearly saving of one more place in each offer of `offers` (indices into ``SocialInputs/offers``):
    /// the LP optimum with the offer's places K minus the optimum with K + 1, its capacity row raised to K + 1 and
    /// its occupancy row to the bound the model builds for K + 1 places.
    ///
    /// A true finite difference, unlike the capacity row's dual: the occupancy bound ⌈β·K⌉ moves with K too, and
    /// at a degenerate optimum the dual depends on the basis the backend returns. Read from the optimal placement
    /// `values` as shortest paths in its residual network (``SocialPlaceSavings``, no solve); only when `values` is
    /// not a whole optimal placement are the offers' blocks re-solved (``resolvedSavings(inputs:offers:)``).
    func placeSavings(inputs: SocialInputs, offers: [Int], values: [Double]) throws -> [Int: Double] {
        if offers.isEmpty { return [:] }
        if let savings = SocialPlaceSavings(inputs: inputs, model: model).savings(values: values, offers: offers) {
            return savings
        }
        return try resolvedSavings(inputs: inputs, offers: offers)
    }

    /// ``placeSavings(inputs:offers:values:)`` by solving again: the block holding each offer with K + 1 places
    /// (its base optimum once per block). An offer whose solves do not both end optimal, or whose bound would need
    /// an occupancy row the model lacks (0 places today), is left out.
    func resolvedSavings(inputs: SocialInputs, offers: [Int]) throws -> [Int: Double] {
        let relaxation = model.model.linearRelaxation
        let blocks = Self.blocks(of: relaxation)
        var blockOfRow = [Int](repeating: -1, count: relaxation.rowCount)
        for (index, block) in blocks.enumerated() {
            for row in block.rows { blockOfRow[row] = index }
        }
        var baseObjective: [Int: Double] = [:]
        var savings: [Int: Double] = [:]
        for offerIndex in offers {
            guard let capacity = model.capacityRows[offerIndex] else { continue }
            let block = blockOfRow[capacity.index]
            guard block >= 0 else { continue }
            var larger = inputs.offers[offerIndex]
            larger.places += 1
            var changed = relaxation
            changed.setBounds(of: capacity, lower: -.infinity, upper: Double(larger.places))
            if let occupancy = model.occupancyRows[offerIndex] {
                changed.setBounds(of: occupancy, lower: Double(larger.occupancyFloor), upper: .infinity)
            } else if larger.occupancyFloor > 0 {
                continue
            }
            let rows = blocks[block].rows
            let columns = blocks[block].columns
            if baseObjective[block] == nil {
                let base = try solver.solve(Self.restricted(relaxation, rows: rows, columns: columns), options: options)
                guard base.termination == .optimal, let objective = base.objectiveValue else { continue }
                baseObjective[block] = objective
            }
            let after = try solver.solve(Self.restricted(changed, rows: rows, columns: columns), options: options)
            guard let before = baseObjective[block], after.termination == .optimal, let objective = after.objectiveValue
            else { continue }
            savings[offerIndex] = before - objective
        }
        return savings
    }

    /// Stage 2's model: `model` with the tie-break weights as objective and every row of `block` with a non-zero
    /// dual fixed at its active bound; and the block's columns of zero reduced cost (the others stay at their lower
    /// bound).
    static func optimalFace(of model: LinearModel, block: Block, duals: [Double]) -> (LinearModel, [Int]) {
        let costs = model.objectiveCoefficients
        var reduced = [Int: Double](minimumCapacity: block.columns.count)
        for column in block.columns { reduced[column] = costs[column] }
        for row in block.rows where duals[row] != 0 {
            for entry in model.rowStarts[row]..<model.rowStarts[row + 1] {
                let column = Int(model.entryColumns[entry])
                reduced[column]? -= model.entryValues[entry] * duals[row]
            }
        }
        let onFace = block.columns.map { (reduced[$0] ?? 0) <= reducedCostTolerance * max(1, abs(costs[$0])) }
        var rowSigns = [Int64](repeating: 0, count: model.rowCount)
        for row in block.rows where abs(duals[row]) > dualTolerance { rowSigns[row] = duals[row] > 0 ? 1 : -1 }
        var onFaceByColumn = [Bool](repeating: false, count: model.columnCount)
        for (column, on) in zip(block.columns, onFace) { onFaceByColumn[column] = on }
        return optimalFace(of: model, block: block, onFace: onFaceByColumn, rowSigns: rowSigns)
    }

    /// Stage 2's model from a face given per column (`onFace`) and per row (the sign of its dual, 0 for a row
    /// that may move).
    static func optimalFace(of model: LinearModel, block: Block, onFace: [Bool], rowSigns: [Int64]) -> (
        LinearModel, [Int]
    ) {
        let columns = block.columns.filter { onFace[$0] }
        var face = model
        for column in columns {
            face.setObjectiveCoefficient(tieBreakWeight(model.variables[column].name), for: Variable(index: column))
        }
        for row in block.rows where rowSigns[row] != 0 {
            // A non-zero dual: the row is at its active bound in every optimal point.
            let definition = model.constraints[row]
            let bound = rowSigns[row] > 0 ? definition.lowerBound : definition.upperBound
            guard bound.isFinite else { continue }
            face.setBounds(of: ConstraintReference(index: row), lower: bound, upper: bound)
        }
        return (face, columns)
    }

    /// True when `values` are whole, within every bound and row of the model, and cost `objective` (10⁻⁹ relative).
    func isOptimal(_ values: [Double], objective: Double) -> Bool {
        guard values.count == model.model.columnCount, isIntegral(values) else { return false }
        let rounded = values.map { $0.rounded() }
        return isFeasible(rounded)
            && abs(model.model.objectiveValue(at: rounded) - objective) <= 1e-9 * max(1, abs(objective))
    }

    /// True when every value is within ``integralityTolerance`` of a whole number.
    func isIntegral(_ values: [Double]) -> Bool {
        values.allSatisfy { abs($0 - $0.rounded()) <= Self.integralityTolerance }
    }

    /// True when `values` (whole numbers) satisfy every column bound and every row of the model exactly.
    func isFeasible(_ values: [Double]) -> Bool {
        let variables = model.model.variables
        guard zip(values, variables).allSatisfy({ $0 >= $1.lowerBound && $0 <= $1.upperBound }) else { return false }
        let activities = model.model.rowActivities(at: values)
        return zip(activities, model.model.constraints)
            .allSatisfy { activity, row in
                activity >= row.lowerBound - 1e-9 && activity <= row.upperBound + 1e-9
            }
    }

    // MARK: - Blocks and restricted models

    /// The connected components of `model`'s rows and columns (a row and a column meet where the row holds the
    /// column), each with its rows and columns ascending, ordered by their first column; rows without columns
    /// form one last block.
    static func blocks(of model: LinearModel) -> [Block] {
        // Union-find over columns; each row joins its columns.
        var parent = Array(0..<model.columnCount)
        func root(_ column: Int) -> Int {
            var node = column
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        var rowColumn = [Int](repeating: -1, count: model.rowCount)
        for row in 0..<model.rowCount {
            let entries = model.rowStarts[row]..<model.rowStarts[row + 1]
            guard let first = entries.first else { continue }
            rowColumn[row] = Int(model.entryColumns[first])
            for entry in entries.dropFirst() {
                let one = root(Int(model.entryColumns[first]))
                let other = root(Int(model.entryColumns[entry]))
                if other != one { parent[other] = one }
            }
        }
        var blockOfRoot: [Int: Int] = [:]
        var blocks: [Block] = []
        for column in 0..<model.columnCount {
            let top = root(column)
            if let index = blockOfRoot[top] {
                blocks[index].columns.append(column)
            } else {
                blockOfRoot[top] = blocks.count
                blocks.append(Block(rows: [], columns: [column]))
            }
        }
        var empty = Block(rows: [], columns: [])
        for (row, column) in rowColumn.enumerated() {
            if column >= 0, let index = blockOfRoot[root(column)] {
                blocks[index].rows.append(row)
            } else {
                empty.rows.append(row)
            }
        }
        if !empty.rows.isEmpty { blocks.append(empty) }
        return blocks
    }

    /// `model` over the rows `rows` and the columns `columns` only (ascending indices, renumbered in that order):
    /// every other column stays at its lower bound, its share of each kept row moved into the row's bounds.
    static func restricted(_ model: LinearModel, rows: [Int], columns: [Int]) -> LinearModel {
        var position = [Int](repeating: -1, count: model.columnCount)
        var restricted = LinearModel(name: model.name)
        restricted.objectiveSense = model.objectiveSense
        for (new, old) in columns.enumerated() {
            position[old] = new
            let column = model.variables[old]
            restricted.addVariable(
                column.name,
                kind: column.kind,
                lowerBound: column.lowerBound,
                upperBound: column.upperBound,
                objective: model.objectiveCoefficients[old]
            )
        }
        for row in rows {
            var kept: [Int] = []
            var coefficients: [Double] = []
            var fixed = 0.0
            for entry in model.rowStarts[row]..<model.rowStarts[row + 1] {
                let column = Int(model.entryColumns[entry])
                if position[column] >= 0 {
                    kept.append(position[column])
                    coefficients.append(model.entryValues[entry])
                } else {
                    fixed += model.entryValues[entry] * model.variables[column].lowerBound
                }
            }
            let definition = model.constraints[row]
            restricted.addConstraint(
                name: definition.name,
                columns: kept,
                coefficients: coefficients,
                lowerBound: definition.lowerBound - fixed,
                upperBound: definition.upperBound - fixed
            )
        }
        return restricted
    }

    /// `1 + h` with h in [0, 1) from the 64-bit FNV-1a hash of `name`, mixed by MurmurHash3's finaliser: fixed for a
    /// column whatever the file order, the run or the solver.
    ///
    /// FNV-1a alone is nearly additive over a shared suffix: for buyers a, b and offers x, y the swap
    /// h(z_a_x) − h(z_a_y) + h(z_b_y) − h(z_b_x) came out 0 or 1 in 2⁵³, so swapping two buyers between two offers
    /// at one location (equally cheap) did not change the weight either, and each backend kept another of the tied
    /// placements. The finaliser spreads every input bit over the whole word.
    static func tieBreakWeight(_ name: String) -> Double {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        hash = hash &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return 1 + Double(hash >> 11) / Double(1 << 53)
    }
}
