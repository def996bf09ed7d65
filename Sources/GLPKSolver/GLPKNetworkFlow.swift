import LinearProgramming

/// A ``NetworkForm`` in the shape GLPK's out-of-kilter solver takes: whole-number supplies, arcs with lower
/// bound 0, whole-number capacities and whole-number costs, all within `Int32`.
///
/// Every arc of the form is shifted to lower bound 0 (a flow w in [l, u] becomes f = w − l; with only an upper
/// bound, f = u − w on the reversed arc; a free arc becomes two opposite arcs), the shifts moving into the node
/// supplies. An arc without an upper bound gets the capacity ``flowBound``: Σ|supply| + Σ finite capacities + 1.
/// A vertex of the network moves at most that much flow on any arc, so the bound cuts off no vertex: if the
/// optimum found leaves every such arc below it, it is an optimum of the uncapped problem (a cheaper direction
/// would be open at the point); if an arc reaches it, the problem may be unbounded and the simplex decides.
/// Costs are multiplied by the smallest power of ten up to 10⁶ that makes them whole (``costScale``).
struct GLPKNetworkFlow {
    /// One arc as GLPK sees it.
    struct FlowArc {
        /// Zero-based nodes.
        var tail: Int
        var head: Int
        /// The capacity (the lower bound is 0).
        var capacity: Double
        /// The scaled, whole cost per unit.
        var cost: Double
        /// The index of the form's arc this flow belongs to.
        var formArc: Int
        /// The form arc's flow is its offset (``GLPKNetworkFlow/offsets``) plus `direction · f`.
        var direction: Double
        /// True when the capacity is ``flowBound`` (the form's arc has no upper bound here).
        var boundedArtificially: Bool
    }

    /// Why a model cannot take this path (the simplex solves it then).
    enum Unsuitable: Error, Equatable {
        /// A bound, right-hand side or cost is not a whole number (after scaling costs by up to 10⁶).
        case fractionalData
        /// A number exceeds what the solver's integers hold, or the total flow exceeds the limit asked for.
        case outOfRange
        /// An integer column has no whole number between its bounds.
        case emptyIntegerDomain
        /// A column in no row would move without limit towards its cheaper side.
        case unboundedIsolatedColumn
    }

    let form: NetworkForm
    /// Per node, its supply (flow out − flow in).
    private(set) var supplies: [Double]
    private(set) var arcs: [FlowArc] = []
    /// Per form arc, the constant part of its flow (the bound it was shifted by; 0 for a free arc).
    private(set) var offsets: [Double]
    /// The factor applied to every cost.
    private(set) var costScale: Double = 1
    /// The capacity given to arcs without an upper bound.
    private(set) var flowBound: Double = 0
    /// The value of each isolated column (its cheaper finite bound).
    private(set) var isolatedValues: [(column: Int, value: Double)] = []

    /// The largest magnitude GLPK's out-of-kilter solver holds (`INT_MAX`).
    static let largest = Double(Int32.max)

    /// Prepares `form` of `model`; `flowLimit` caps ``flowBound`` (the work of the algorithm grows with it).
    init(_ form: NetworkForm, of model: LinearModel, flowLimit: Double) throws(Unsuitable) {
        self.form = form
        supplies = Array(repeating: 0, count: form.nodeCount)
        offsets = Array(repeating: 0, count: form.arcs.count)
        costScale = try Self.costScale(of: form)
        var artificial: [Int] = []
        for (index, formArc) in form.arcs.enumerated() {
            var (lower, upper) = (formArc.lowerBound, formArc.upperBound)
            if case .column(let column) = formArc.origin, model.variables[column].kind.isInteger {
                guard let rounded = VariableDefinition.integerBounds(lower: lower, upper: upper) else {
                    throw .emptyIntegerDomain
                }
                (lower, upper) = rounded
            }
            guard Self.isWhole(lower), Self.isWhole(upper) else { throw .fractionalData }
            let cost = formArc.cost * costScale
            func add(_ tail: Int, _ head: Int, _ capacity: Double?, _ cost: Double, _ sign: Double) {
                if capacity == nil { artificial.append(arcs.count) }
                arcs.append(
                    FlowArc(
                        tail: tail,
                        head: head,
                        capacity: capacity ?? 0,
                        cost: cost,
                        formArc: index,
                        direction: sign,
                        boundedArtificially: capacity == nil
                    )
                )
            }
            let (tail, head) = (formArc.tail, formArc.head)
            if lower.isFinite {
                // w = lower + f on tail → head.
                supplies[tail] -= lower
                supplies[head] += lower
                offsets[index] = lower
                add(tail, head, upper.isFinite ? upper - lower : nil, cost, 1)
            } else if upper.isFinite {
                // w = upper − f: f runs head → tail.
                supplies[tail] -= upper
                supplies[head] += upper
                offsets[index] = upper
                add(head, tail, nil, -cost, -1)
            } else {
                add(tail, head, nil, cost, 1)
                add(head, tail, nil, -cost, -1)
            }
        }
        for column in form.isolatedColumns {
            isolatedValues.append((column, try Self.isolatedValue(model, column: column, costSign: form.costSign)))
        }
        let finiteCapacities = arcs.reduce(0.0) { $0 + ($1.boundedArtificially ? 0 : $1.capacity) }
        flowBound = supplies.reduce(0.0) { $0 + abs($1) } + finiteCapacities + 1
        guard flowBound <= min(flowLimit, Self.largest) else { throw .outOfRange }
        for index in artificial { arcs[index].capacity = flowBound }
        guard arcs.allSatisfy({ abs($0.cost) <= Self.largest }) else { throw .outOfRange }
    }

    static func isWhole(_ value: Double) -> Bool {
        !value.isFinite || value.rounded() == value
    }

    /// The smallest power of ten (up to 10⁶) that makes every cost whole.
    private static func costScale(of form: NetworkForm) throws(Unsuitable) -> Double {
        var scale = 1.0
        for _ in 0...6 {
            if form.arcs.allSatisfy({ isWhole($0.cost * scale) }) { return scale }
            scale *= 10
        }
        throw .fractionalData
    }

    /// An isolated column's value: its bound on the cheaper side (lower when the cost is 0 and it has one).
    private static func isolatedValue(
        _ model: LinearModel,
        column: Int,
        costSign: Double
    ) throws(Unsuitable) -> Double {
        let definition = model.variables[column]
        var (lower, upper) = (definition.lowerBound, definition.upperBound)
        if definition.kind.isInteger {
            guard let rounded = VariableDefinition.integerBounds(lower: lower, upper: upper) else {
                throw .emptyIntegerDomain
            }
            (lower, upper) = rounded
        }
        let cost = costSign * model.objectiveCoefficients[column]
        let preferred = cost > 0 || (cost == 0 && lower.isFinite)
        let value = preferred ? lower : upper
        if value.isFinite { return value }
        guard cost == 0 else { throw .unboundedIsolatedColumn }
        return 0
    }

    /// The model's column values from the flow on each of ``arcs``; nil when an arc with an artificial capacity
    /// is at it (the problem may be unbounded).
    func columnValues(flows: [Double], columnCount: Int) -> [Double]? {
        var formFlows = [Double](repeating: 0, count: form.arcs.count)
        for (arc, flow) in zip(arcs, flows) {
            if arc.boundedArtificially && flow >= arc.capacity { return nil }
            formFlows[arc.formArc] += arc.direction * flow
        }
        var values = [Double](repeating: 0, count: columnCount)
        for (index, formArc) in form.arcs.enumerated() {
            guard case .column(let column) = formArc.origin else { continue }
            values[column] = offsets[index] + formFlows[index]
        }
        for (column, value) in isolatedValues { values[column] = value }
        return values
    }

    /// True when the flows and node potentials satisfy the optimality conditions arc by arc (exact, the data
    /// being whole numbers): reduced cost ≥ 0 at 0, ≤ 0 at capacity, 0 in between.
    func isOptimal(flows: [Double], potentials: [Double]) -> Bool {
        zip(arcs, flows)
            .allSatisfy { arc, flow in
                let reduced = arc.cost - potentials[arc.tail] + potentials[arc.head]
                if arc.capacity == 0 { return true }
                if flow <= 0 { return reduced >= 0 }
                if flow >= arc.capacity { return reduced <= 0 }
                return reduced == 0
            }
    }
}
