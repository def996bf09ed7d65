/// A row or a finite column bound: what a conflict is made of.
enum ConflictMember: Hashable, Sendable {
    case row(Int)
    case bound(ConflictBound)
}

/// How a member takes part in a subsystem.
enum MemberState: Sendable {
    /// Enforced as written.
    case hard
    /// Enforced with nonnegative slack that the elastic objective charges for.
    case elastic
    /// Left out.
    case dropped
}

/// Builds the models the conflict search solves: the original's rows and bounds, each hard, elastic or dropped.
///
/// Columns keep their kind (binary becomes integer, so that its [0, 1]
/// bounds can be dropped like any other bound); the objective is zero, or
/// the sum of the slacks when some member is elastic (Chinneck's elastic
/// program). Free rows constrain nothing and are never members.
struct ConflictSubsystem: Sendable {
    let model: LinearModel
    /// Every member: the non-free rows in order, then each column's finite lower and upper bound.
    let members: [ConflictMember]
    private let merged: MergedRows
    private let lowerMember: [Int?]
    private let upperMember: [Int?]
    /// A prefix no name of the model starts with, for the slack columns and bound rows.
    private let prefix: String

    init(model: LinearModel) {
        self.model = model
        merged = model.mergedRows()
        var members: [ConflictMember] = model.constraints.indices.filter { model.constraints[$0].sense != .free }
            .map { .row($0) }
        var lower = [Int?](repeating: nil, count: model.columnCount)
        var upper = [Int?](repeating: nil, count: model.columnCount)
        for (index, column) in model.variables.enumerated() {
            if column.lowerBound.isFinite {
                lower[index] = members.count
                members.append(.bound(ConflictBound(Variable(index: index), .lower)))
            }
            if column.upperBound.isFinite {
                upper[index] = members.count
                members.append(.bound(ConflictBound(Variable(index: index), .upper)))
            }
        }
        self.members = members
        lowerMember = lower
        upperMember = upper
        var prefix = "#elastic"
        let names = model.variables.map(\.name) + model.constraints.map(\.name)
        while names.contains(where: { $0.hasPrefix(prefix) }) { prefix += "#" }
        self.prefix = prefix
    }

    /// The subsystem for `states` (one per member), and the slack columns of each elastic member.
    func build(_ states: [MemberState]) -> (model: LinearModel, slacks: [(member: Int, column: Int)]) {
        var system = LinearModel(name: model.name)
        var slacks: [(member: Int, column: Int)] = []
        func isHard(_ member: Int?) -> Bool { member.map { states[$0] == .hard } ?? false }
        for (index, column) in model.variables.enumerated() {
            system.addVariable(
                column.name,
                kind: column.kind == .binary ? .integer : column.kind,
                lowerBound: isHard(lowerMember[index]) ? column.lowerBound : -.infinity,
                upperBound: isHard(upperMember[index]) ? column.upperBound : .infinity
            )
        }
        func addSlack(for member: Int) -> Int {
            let column = system.addVariable("\(prefix)\(slacks.count)", objective: 1)
            slacks.append((member, column.index))
            return column.index
        }
        for (member, kind) in members.enumerated() where states[member] != .dropped {
            switch kind {
            case .row(let row):
                let definition = model.constraints[row]
                let range = merged.range(of: row)
                var columns = merged.columns[range].map(Int.init)
                var coefficients = Array(merged.values[range])
                if states[member] == .elastic {
                    if definition.lowerBound.isFinite {
                        columns.append(addSlack(for: member))
                        coefficients.append(1)
                    }
                    if definition.upperBound.isFinite {
                        columns.append(addSlack(for: member))
                        coefficients.append(-1)
                    }
                }
                system.addConstraint(
                    name: definition.name,
                    columns: columns,
                    coefficients: coefficients,
                    lowerBound: definition.lowerBound,
                    upperBound: definition.upperBound
                )
            case .bound(let bound) where states[member] == .elastic:
                // x + s ≥ l, or x − s ≤ u.
                let column = model.variables[bound.variable.index]
                let slack = addSlack(for: member)
                system.addConstraint(
                    name: "\(prefix)bound\(member)",
                    columns: [bound.variable.index, slack],
                    coefficients: [1, bound.side == .lower ? 1 : -1],
                    lowerBound: bound.side == .lower ? column.lowerBound : -.infinity,
                    upperBound: bound.side == .lower ? .infinity : column.upperBound
                )
            case .bound:
                break  // a hard bound is a column bound, set above
            }
        }
        system.objectiveSense = .minimize
        return (system, slacks)
    }
}
