import CGLPK
import LinearProgramming

/// One model solved by GLPK's out-of-kilter minimum-cost-flow solver (`glp_mincost_okalg`).
///
/// Runs inside ``GLPKGuard`` like every GLPK call; the graph is created and deleted here. Everything GLPK
/// checks (whole numbers within `INT_MAX`, no self-loops, the data offsets) is checked before by
/// ``GLPKNetworkFlow``, so GLPK answers with a return code, never an abort. The result is used only when it is
/// certainly the optimum: okalg found an optimal circulation, no artificially capped arc is at its cap, and
/// its node potentials satisfy the optimality conditions on every arc (checked exactly in Swift). Otherwise
/// (infeasible, overflow, an unbounded direction possible) it returns nil and the simplex decides.
struct GLPKNetworkRun {
    let model: LinearModel
    let flow: GLPKNetworkFlow

    /// Byte offsets of the data GLPK reads and writes: per node the supply and the potential, per arc the
    /// capacity, the cost and the flow (the lower bound is 0: no offset).
    private enum Offset {
        static let supply: Int32 = 0
        static let potential: Int32 = 8
        static let nodeSize: Int32 = 16
        static let capacity: Int32 = 0
        static let cost: Int32 = 8
        static let flow: Int32 = 16
        static let arcSize: Int32 = 24
    }

    /// The optimum, or nil when this path cannot vouch for one.
    func solve() -> Solution? {
        let nodeCount = flow.form.nodeCount
        guard nodeCount >= 1, nodeCount < Int(Int32.max), flow.arcs.count < Int(Int32.max) else { return nil }
        guard let graph = glp_create_graph(Offset.nodeSize, Offset.arcSize) else { return nil }
        defer { glp_delete_graph(graph) }
        glp_add_vertices(graph, Int32(nodeCount))
        guard let vertices = graph.pointee.v else { return nil }
        for (node, supply) in flow.supplies.enumerated() {
            guard let data = vertices[node + 1]?.pointee.data else { return nil }
            data.storeBytes(of: supply, toByteOffset: Int(Offset.supply), as: Double.self)
        }
        var arcData: [UnsafeMutableRawPointer] = []
        arcData.reserveCapacity(flow.arcs.count)
        for arc in flow.arcs {
            guard arc.tail != arc.head,
                let added = glp_add_arc(graph, Int32(arc.tail + 1), Int32(arc.head + 1)),
                let data = added.pointee.data
            else { return nil }
            data.storeBytes(of: arc.capacity, toByteOffset: Int(Offset.capacity), as: Double.self)
            data.storeBytes(of: arc.cost, toByteOffset: Int(Offset.cost), as: Double.self)
            arcData.append(data)
        }
        var total = 0.0
        let code = glp_mincost_okalg(
            graph,
            Offset.supply,
            -1,
            Offset.capacity,
            Offset.cost,
            &total,
            Offset.flow,
            Offset.potential
        )
        guard code == 0 else { return nil }
        let flows = arcData.map { $0.load(fromByteOffset: Int(Offset.flow), as: Double.self) }
        var potentials = [Double](repeating: 0, count: nodeCount)
        for node in 0..<nodeCount {
            guard let data = vertices[node + 1]?.pointee.data else { return nil }
            potentials[node] = data.load(fromByteOffset: Int(Offset.potential), as: Double.self)
        }
        guard flow.isOptimal(flows: flows, potentials: potentials),
            let values = flow.columnValues(flows: flows, columnCount: model.columnCount)
        else { return nil }
        return solution(values: values, potentials: potentials)
    }

    private func solution(values: [Double], potentials: [Double]) -> Solution {
        var solution = Solution(
            termination: .optimal,
            hasSolution: true,
            objectiveValue: model.objectiveValue(at: values),
            values: values,
            rowActivities: model.rowActivities(at: values)
        )
        if !model.isMixedInteger {
            let unscaled = potentials.map { $0 / flow.costScale }
            let duals = flow.form.duals(of: model, potentials: unscaled)
            solution.rowDuals = duals.rowDuals
            solution.reducedCosts = duals.reducedCosts
        }
        return solution
    }
}
