extension LinearModel {
    /// The model as a minimum-cost flow problem, or nil when it is not recognised as one.
    ///
    /// Deterministic and exact (no tolerance). The model is a network when, ignoring free rows:
    /// 1. every coefficient is +1 or −1;
    /// 2. after *nesting*, every column lies in at most two rows, and
    /// 3. the rows can be given signs (+1/−1) such that a column in two rows has opposite signs in them.
    ///
    /// Nesting: a row whose columns all lie in a larger row with proportional coefficients (factor ±1) —
    /// the Socialaftale's capacity row inside its occupancy row, which adds the empty places — is *nested*
    /// in the smallest such row (ties: the lowest index). Its activity then flows into that row as one arc,
    /// and its columns count in the larger row no more. A row holding a column through two nested rows is no
    /// network. The recognition is a sufficient test: a model that is a network only under other row
    /// operations is reported as none (and solved by the simplex).
    public func networkForm() -> NetworkForm? {
        NetworkDetection(self)?.form()
    }
}

/// The steps of ``LinearModel/networkForm()``.
private struct NetworkDetection {
    let model: LinearModel
    let merged: MergedRows
    /// Whether each row has a finite bound (free rows take no part).
    let active: [Bool]
    /// Per column, its entries in active rows as (row, coefficient), rows ascending.
    let columnEntries: [[(row: Int, value: Double)]]
    /// The row each row is nested in, if any.
    var parent: [Int?]
    /// The sign of each active row.
    var signs: [Double]
    /// Per column, the rows it counts in after nesting (at most two).
    var effective: [[(row: Int, value: Double)]]

    init?(_ model: LinearModel) {
        self.model = model
        merged = model.mergedRows()
        active = model.constraints.map { $0.lowerBound.isFinite || $0.upperBound.isFinite }
        var entries = [[(row: Int, value: Double)]](repeating: [], count: model.columnCount)
        for row in 0..<model.rowCount where active[row] {
            for entry in merged.range(of: row) {
                let value = merged.values[entry]
                guard value == 1 || value == -1 else { return nil }
                entries[Int(merged.columns[entry])].append((row, value))
            }
        }
        columnEntries = entries
        parent = Array(repeating: nil, count: model.rowCount)
        signs = Array(repeating: 0, count: model.rowCount)
        effective = []
        findParents()
        guard findEffectiveRows(), assignSigns() else { return nil }
    }

    private func size(_ row: Int) -> Int { merged.rowStarts[row + 1] - merged.rowStarts[row] }

    /// The coefficient of `column` in `row`, if the column lies in it.
    private func coefficient(_ column: Int, in row: Int) -> Double? {
        let entries = columnEntries[column]
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].row < row { low = middle + 1 } else { high = middle }
        }
        return low < entries.count && entries[low].row == row ? entries[low].value : nil
    }

    /// The factor ±1 with which `outer` holds all of `inner`'s entries, if it does.
    private func nestingFactor(of inner: Int, in outer: Int) -> Double? {
        var factor: Double?
        for entry in merged.range(of: inner) {
            let column = Int(merged.columns[entry])
            guard let value = coefficient(column, in: outer) else { return nil }
            let ratio = value * merged.values[entry]
            if let factor, factor != ratio { return nil }
            factor = ratio
        }
        return factor
    }

    /// Each row's parent: the smallest larger row (ties: lowest index) holding all its entries proportionally.
    private mutating func findParents() {
        for row in 0..<model.rowCount where active[row] && size(row) > 0 {
            let first = Int(merged.columns[merged.rowStarts[row]])
            var best: Int?
            for candidate in columnEntries[first].map(\.row) where candidate != row {
                let larger = size(candidate) > size(row) || (size(candidate) == size(row) && candidate > row)
                guard larger, nestingFactor(of: row, in: candidate) != nil else { continue }
                if let current = best, size(current) <= size(candidate) { continue }
                best = candidate
            }
            parent[row] = best
        }
    }

    /// The rows each column counts in after nesting; false when a column counts in more than two rows, or a
    /// row holds a column through two of its nested rows.
    private mutating func findEffectiveRows() -> Bool {
        effective = []
        effective.reserveCapacity(model.columnCount)
        for entries in columnEntries {
            var covered: Set<Int> = []
            for entry in entries {
                guard let outer = parent[entry.row] else { continue }
                guard covered.insert(outer).inserted else { return false }
            }
            let counted = entries.filter { !covered.contains($0.row) }
            guard counted.count <= 2 else { return false }
            effective.append(counted)
        }
        return true
    }

    /// Signs by breadth-first search over the rows (each component starts at its lowest row with +1): a column
    /// in two rows asks for opposite signed coefficients, a nested row for its parent's sign times the factor.
    private mutating func assignSigns() -> Bool {
        var links = [[(row: Int, product: Double)]](repeating: [], count: model.rowCount)
        for counted in effective where counted.count == 2 {
            // signs[a]·value_a = −signs[b]·value_b  ⇔  signs[a]·signs[b] = −value_a·value_b.
            let product = -counted[0].value * counted[1].value
            links[counted[0].row].append((counted[1].row, product))
            links[counted[1].row].append((counted[0].row, product))
        }
        for row in 0..<model.rowCount {
            guard let outer = parent[row], let factor = nestingFactor(of: row, in: outer) else { continue }
            links[row].append((outer, factor))
            links[outer].append((row, factor))
        }
        for start in 0..<model.rowCount where active[start] && signs[start] == 0 {
            signs[start] = 1
            var queue = [start]
            var head = 0
            while head < queue.count {
                let row = queue[head]
                head += 1
                for link in links[row] {
                    let wanted = signs[row] * link.product
                    if signs[link.row] == 0 {
                        signs[link.row] = wanted
                        queue.append(link.row)
                    } else if signs[link.row] != wanted {
                        return false
                    }
                }
            }
        }
        return true
    }

    /// The arcs: one per column in some active row, then one per active row.
    func form() -> NetworkForm {
        let root = model.rowCount
        let costSign: Double = model.objectiveSense == .minimize ? 1 : -1
        var arcs: [NetworkForm.Arc] = []
        arcs.reserveCapacity(model.columnCount + model.rowCount)
        var isolated: [Int] = []
        for (column, counted) in effective.enumerated() {
            guard !counted.isEmpty else {
                isolated.append(column)
                continue
            }
            // The column's flow enters the row where its signed coefficient is +1 and leaves the one where it is −1.
            var tail = root
            var head = root
            for entry in counted {
                if signs[entry.row] * entry.value > 0 { head = entry.row } else { tail = entry.row }
            }
            let definition = model.variables[column]
            arcs.append(
                NetworkForm.Arc(
                    origin: .column(column),
                    tail: tail,
                    head: head,
                    lowerBound: definition.lowerBound,
                    upperBound: definition.upperBound,
                    cost: costSign * model.objectiveCoefficients[column]
                )
            )
        }
        for (row, definition) in model.constraints.enumerated() where active[row] {
            let sign = signs[row]
            arcs.append(
                NetworkForm.Arc(
                    origin: .row(row),
                    tail: row,
                    head: parent[row] ?? root,
                    lowerBound: sign > 0 ? definition.lowerBound : -definition.upperBound,
                    upperBound: sign > 0 ? definition.upperBound : -definition.lowerBound,
                    cost: 0
                )
            )
        }
        return NetworkForm(
            nodeCount: root + 1,
            arcs: arcs,
            rowSigns: signs,
            isolatedColumns: isolated,
            costSign: costSign
        )
    }
}
