import LinearProgramming
import TestSupport
import Testing

/// `LinearModel.networkForm()`: which models are recognised as min-cost flows, and that the flow network says
/// exactly what the rows say.
@Suite("Network recognition")
struct NetworkFormTests {
    /// Flow in − flow out at every node when each column's arc carries the column's value and each row's arc the
    /// row's activity times its sign: 0 everywhere for *any* point if the network is the model's rows.
    private func imbalances(_ form: NetworkForm, _ model: LinearModel, at values: [Double]) -> [Double] {
        let activities = model.rowActivities(at: values)
        var balance = [Double](repeating: 0, count: form.nodeCount)
        for arc in form.arcs {
            let flow: Double
            switch arc.origin {
            case .column(let column): flow = values[column]
            case .row(let row): flow = form.rowSigns[row] * activities[row]
            }
            balance[arc.head] += flow
            balance[arc.tail] -= flow
        }
        return balance
    }

    /// A point with distinct, irregular values (no structure the check could hide behind).
    private func point(_ model: LinearModel) -> [Double] {
        (0..<model.columnCount)
            .map { (column: Int) -> Double in
                let whole = Double((column * 37 + 11) % 23)
                let quarter = 0.25 * Double(column % 3)
                return whole + quarter
            }
    }

    static let networks: [(String, LinearModel)] = [
        ("transportation", NetworkModels.transportation()),
        ("transportation, maximised", NetworkModels.transportation(maximize: true)),
        ("transportation, demand rows negated", NetworkModels.transportation(negatedDemand: true)),
        ("Socialaftale-shaped (nested capacity rows)", NetworkModels.socialShaped()),
        ("canonical 6×6 transportation", CanonicalProblem.transportation(size: 6)),
    ]

    @Test("Min-cost-flow models are recognised, and their network conserves flow at every point", arguments: networks)
    func recognised(_ name: String, _ model: LinearModel) throws {
        let form = try #require(model.networkForm(), "\(name) not recognised")
        #expect(form.nodeCount == model.rowCount + 1)
        #expect(form.arcs.count == model.columnCount - form.isolatedColumns.count + model.rowCount)
        let values = point(model)
        #expect(imbalances(form, model, at: values).allSatisfy { $0 == 0 }, "\(name)")
        let cost = form.arcs.reduce(0.0) { sum, arc in
            guard case .column(let column) = arc.origin else { return sum }
            return sum + arc.cost * values[column]
        }
        #expect(cost == form.costSign * (model.objectiveValue(at: values) - model.objectiveConstant))
        for arc in form.arcs { #expect(arc.tail != arc.head) }
    }

    @Test("The Socialaftale shape: each capacity row flows into its occupancy row, the purchases lie in two rows")
    func nesting() throws {
        let model = NetworkModels.socialShaped()
        let form = try #require(model.networkForm())
        for offer in 0..<2 {
            let capacity = try #require(model.constraint(named: "capacity_\(offer)")).index
            let occupancy = try #require(model.constraint(named: "occupancy_\(offer)")).index
            let arc = try #require(form.arcs.first { $0.origin == .row(capacity) })
            #expect(arc.tail == capacity && arc.head == occupancy)
            let top = try #require(form.arcs.first { $0.origin == .row(occupancy) })
            #expect(top.head == form.root)
        }
        let purchase = try #require(model.variable(named: "z_1_0")).index
        let arc = try #require(form.arcs.first { $0.origin == .column(purchase) })
        let ends = Set([arc.tail, arc.head])
        #expect(ends == [model.constraint(named: "demand_1")?.index, model.constraint(named: "capacity_0")?.index])
    }

    static let nonNetworks: [(String, LinearModel)] = [
        ("odd cycle of signs", NetworkModels.oddCycle()),
        ("a coefficient 2", NetworkModels.coefficientTwo()),
        ("a column in three rows", NetworkModels.columnInThreeRows()),
    ]

    @Test("Models that are not min-cost flows are not recognised", arguments: nonNetworks)
    func notRecognised(_ name: String, _ model: LinearModel) {
        #expect(model.networkForm() == nil, "\(name)")
    }

    @Test("Free rows take no part: a network with a free row of any coefficients stays one")
    func freeRowsIgnored() throws {
        var model = NetworkModels.transportation()
        let terms = (0..<model.columnCount).map { LinearTerm(Double($0 + 2), Variable(index: $0)) }
        model.addConstraint(LinearExpression(terms: terms) >= -.infinity, name: "report_only")
        let form = try #require(model.networkForm())
        #expect(form.rowSigns[model.rowCount - 1] == 0)
        #expect(!form.arcs.contains { $0.origin == .row(model.rowCount - 1) })
    }

    @Test("A row holding a column through two nested rows is no network")
    func doubleNesting() {
        var model = LinearModel(name: "double_nesting")
        let x = model.addVariable("x", objective: 1)
        let y = model.addVariable("y", objective: 1)
        let z = model.addVariable("z", objective: 1)
        model.addConstraint(x + y <= 4, name: "inner_a")
        model.addConstraint(x + z <= 4, name: "inner_b")
        model.addConstraint(x + y + z >= 1, name: "outer")
        // inner_a nests in outer; inner_b too; both hold x, so outer would count x twice.
        #expect(model.networkForm() == nil)
    }

    @Test("A column in no row is isolated, not an arc")
    func isolatedColumn() throws {
        var model = NetworkModels.transportation()
        model.addVariable("alone", lowerBound: 1, upperBound: 3, objective: 2)
        let form = try #require(model.networkForm())
        #expect(form.isolatedColumns == [model.columnCount - 1])
    }
}
