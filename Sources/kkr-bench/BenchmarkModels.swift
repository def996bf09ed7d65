import LinearProgramming

/// The benchmark's models, built with the ordinary modelling API (variables, `.sum`, comparison operators).
enum BenchmarkModels {
    /// min Σ cᵢⱼ xᵢⱼ; Σⱼ xᵢⱼ ≤ sᵢ; Σᵢ xᵢⱼ ≥ dⱼ; x ≥ 0 — `sources × sinks` columns.
    static func transportation(_ data: TransportationData) -> LinearModel {
        let sources = data.supplies.count
        let sinks = data.demands.count
        var model = LinearModel(name: "transportation_\(sources)x\(sinks)")
        var ship: [[Variable]] = []
        ship.reserveCapacity(sources)
        for i in 0..<sources {
            ship.append((0..<sinks).map { j in model.addVariable("x_\(i)_\(j)", objective: Double(data.costs[i][j])) })
        }
        for i in 0..<sources {
            model.addConstraint(.sum(ship[i]) <= Double(data.supplies[i]), name: "supply_\(i)")
        }
        for j in 0..<sinks {
            model.addConstraint(.sum((0..<sources).map { ship[$0][j] }) >= Double(data.demands[j]), name: "demand_\(j)")
        }
        return model
    }

    /// min Σ cₐₜ xₐₜ; Σₐ xₐₜ = 1 per task; Σₜ wₐₜ xₐₜ ≤ capacityₐ; x binary.
    static func assignment(_ data: AssignmentData) -> LinearModel {
        let agents = data.costs.count
        let tasks = data.costs.first?.count ?? 0
        var model = LinearModel(name: "assignment_\(agents)x\(tasks)")
        let assign = (0..<agents)
            .map { a in
                (0..<tasks)
                    .map { t in model.addVariable("y_\(a)_\(t)", kind: .binary, objective: Double(data.costs[a][t])) }
            }
        for t in 0..<tasks {
            model.addConstraint(.sum((0..<agents).map { assign[$0][t] }) == 1, name: "task_\(t)")
        }
        for a in 0..<agents {
            let load = LinearExpression.sum((0..<tasks).map { (Double(data.weights[a][$0]), assign[a][$0]) })
            model.addConstraint(load <= Double(data.capacities[a]), name: "capacity_\(a)")
        }
        return model
    }
}
