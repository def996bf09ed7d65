import LinearProgramming

/// A validated ``LinearModel`` in the column-major arrays `Clp_loadProblem` and `Cbc_loadProblem` take.
///
/// Repeated entries of a row are merged and zeros dropped (``LinearModel/mergedRows()``); infinite
/// bounds become COIN's infinity (`DBL_MAX`); integer columns get their bounds rounded inwards as for
/// GLPK (``VariableDefinition/integerBounds(lower:upper:)``).
struct COINProblem {
    var columnStarts: [Int32]
    var rowIndices: [Int32]
    var values: [Double]
    var columnLower: [Double]
    var columnUpper: [Double]
    var objective: [Double]
    var rowLower: [Double]
    var rowUpper: [Double]
    /// The indices of the integer and binary columns.
    var integerColumns: [Int32]
    /// An integer column with no whole number between its bounds: the model is infeasible as it stands.
    var emptyIntegerDomain: Int?

    init(_ model: LinearModel) {
        let merged = model.mergedRows()
        var counts = [Int32](repeating: 0, count: model.columnCount + 1)
        for column in merged.columns { counts[Int(column) + 1] += 1 }
        for index in 0..<model.columnCount { counts[index + 1] += counts[index] }
        columnStarts = counts
        var next = counts.map(Int.init)
        rowIndices = [Int32](repeating: 0, count: merged.entryCount)
        values = [Double](repeating: 0, count: merged.entryCount)
        for row in 0..<model.rowCount {
            for entry in merged.range(of: row) {
                let column = Int(merged.columns[entry])
                rowIndices[next[column]] = Int32(row)
                values[next[column]] = merged.values[entry]
                next[column] += 1
            }
        }
        columnLower = []
        columnUpper = []
        integerColumns = []
        for (index, column) in model.variables.enumerated() {
            var lower = column.lowerBound
            var upper = column.upperBound
            if column.kind.isInteger {
                integerColumns.append(Int32(index))
                if let rounded = VariableDefinition.integerBounds(lower: lower, upper: upper) {
                    (lower, upper) = rounded
                } else {
                    emptyIntegerDomain = emptyIntegerDomain ?? index
                }
            }
            columnLower.append(Self.coin(lower))
            columnUpper.append(Self.coin(upper))
        }
        objective = model.objectiveCoefficients
        rowLower = model.constraints.map { Self.coin($0.lowerBound) }
        rowUpper = model.constraints.map { Self.coin($0.upperBound) }
    }

    /// The signature `Clp_loadProblem` and `Cbc_loadProblem` share.
    typealias Loader = (
        UnsafeMutableRawPointer?, Int32, Int32, UnsafePointer<Int32>?, UnsafePointer<Int32>?, UnsafePointer<Double>?,
        UnsafePointer<Double>?, UnsafePointer<Double>?, UnsafePointer<Double>?, UnsafePointer<Double>?,
        UnsafePointer<Double>?
    ) -> Void

    /// Hands the arrays to `loader` (`Clp_loadProblem` or `Cbc_loadProblem`), with `objective` in place of the
    /// model's when given.
    func load(
        into target: UnsafeMutableRawPointer,
        columns: Int,
        rows: Int,
        objective: [Double]? = nil,
        using loader: Loader
    ) {
        loader(
            target,
            Int32(columns),
            Int32(rows),
            columnStarts,
            rowIndices,
            values,
            columnLower,
            columnUpper,
            objective ?? self.objective,
            rowLower,
            rowUpper
        )
    }

    /// COIN's infinity is `DBL_MAX` (`COIN_DBL_MAX`); IEEE infinities are mapped to it.
    static func coin(_ bound: Double) -> Double {
        bound.isInfinite ? (bound > 0 ? .greatestFiniteMagnitude : -.greatestFiniteMagnitude) : bound
    }
}
