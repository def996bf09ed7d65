/// The coefficient matrix of a ``LinearModel`` with repeated entries merged: compressed sparse rows.
///
/// ``LinearModel`` keeps entries as written (cheap appends while building);
/// every consumer that needs one coefficient per (row, column) — a solver
/// backend loading the matrix, a file writer — reads this view, which merges
/// repeats once, in O(entries), with a scratch array indexed by column.
/// Within a row, columns keep the order of their first appearance; entries
/// that merge to zero (or were written as zero) are dropped.
public struct MergedRows: Sendable {
    /// Row `i`'s entries are `columns[rowStarts[i] ..< rowStarts[i + 1]]` (and the same range of `values`).
    public var rowStarts: [Int]
    /// The zero-based column of each entry.
    public var columns: [Int32]
    /// The coefficient of each entry (never zero).
    public var values: [Double]

    /// The number of merged, nonzero entries.
    public var entryCount: Int { values.count }

    /// The index range of row `row`'s entries in ``columns`` and ``values``.
    public func range(of row: Int) -> Range<Int> {
        rowStarts[row]..<rowStarts[row + 1]
    }
}

extension LinearModel {
    /// The matrix with repeated entries of each row added together and zeros dropped.
    ///
    /// Entries must name columns of this model (``validate()`` checks that);
    /// entries that do not are skipped.
    public func mergedRows() -> MergedRows {
        var starts = [Int](repeating: 0, count: rowCount + 1)
        var columns = [Int32](repeating: 0, count: entryCount)
        var values = [Double](repeating: 0, count: entryCount)
        var slot = [Int](repeating: -1, count: columnCount)
        var count = 0
        entryColumns.withUnsafeBufferPointer { rawColumns in
            entryValues.withUnsafeBufferPointer { rawValues in
                for row in 0..<rowCount {
                    let start = count
                    for entry in rowStarts[row]..<rowStarts[row + 1] {
                        let column = Int(rawColumns[entry])
                        guard column >= 0 && column < columnCount else { continue }
                        let existing = slot[column]
                        if existing >= start {
                            values[existing] += rawValues[entry]
                        } else {
                            columns[count] = rawColumns[entry]
                            values[count] = rawValues[entry]
                            slot[column] = count
                            count += 1
                        }
                    }
                    // Drop entries that are zero after merging, compacting in place.
                    var write = start
                    for read in start..<count {
                        slot[Int(columns[read])] = -1
                        guard values[read] != 0 else { continue }
                        columns[write] = columns[read]
                        values[write] = values[read]
                        write += 1
                    }
                    count = write
                    starts[row + 1] = count
                }
            }
        }
        columns.removeLast(columns.count - count)
        values.removeLast(values.count - count)
        return MergedRows(rowStarts: starts, columns: columns, values: values)
    }
}
