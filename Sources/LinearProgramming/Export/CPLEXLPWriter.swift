import Foundation

/// Writes a ``LinearModel`` as a CPLEX-LP file that GLPK (`glp_read_lp`, `glpsol --lp`) reads back exactly.
///
/// GLPK's own writers round (its LP writer to 15 digits, MPS to about 10)
/// and drop the objective constant; this one is meant for audits:
///
/// - every number has 17 significant digits (`%.17g`), so it reads back bit for bit;
/// - names are escaped as ``CPLEXLPNames`` describes (deterministic and unique);
/// - every column appears in the objective, with `+ 0 x` where its cost is zero,
///   so columns read back in the same order, empty columns included;
/// - the objective constant becomes the cost of a column `#constant` fixed at 1;
/// - a ranged row `L ≤ a·x ≤ U` becomes two rows, `name: a·x >= L` and
///   `name#hi: a·x <= U` (GLPK's LP format has no ranged rows; splitting keeps
///   both bounds exact);
/// - a free row constrains nothing and is written as a comment;
/// - integer columns are listed under `Generals`, binary ones under `Binaries`.
///
/// Every line but the section keywords starts with a blank, so no name is
/// ever taken for a keyword by GLPK's reader.
public struct CPLEXLPWriter: Sendable {
    /// Lines are wrapped before they grow past this many bytes (a term is never split).
    public var lineWidth: Int

    /// Creates a writer.
    public init(lineWidth: Int = 100) {
        self.lineWidth = lineWidth
    }

    /// The file's text for `model`.
    public func text(for model: LinearModel) -> String {
        let names = CPLEXLPNames(for: model)
        var output = LPTextBuffer(lineWidth: lineWidth)
        output.comment("Problem: \(model.name)")
        output.comment(
            "\(model.rowCount) rows, \(model.columnCount) columns (\(model.integerColumnCount) integer); "
                + "written by kkr-plan with 17 significant digits"
        )
        // A column that must exist for the file to parse when the model has none.
        let placeholderColumn = model.columnCount == 0 ? "#empty" : nil
        let anyColumn = names.columns.first ?? "#empty"

        output.line(model.objectiveSense == .minimize ? "Minimize" : "Maximize")
        output.start(" obj:")
        for (index, name) in names.columns.enumerated() {
            output.term(model.objectiveCoefficients[index], name, keepZero: true)
        }
        if model.objectiveConstant != 0 {
            output.term(model.objectiveConstant, "#constant", keepZero: true)
        }
        if let placeholderColumn, model.objectiveConstant == 0 {
            output.term(0, placeholderColumn, keepZero: true)
        }
        output.finish()

        output.line("Subject To")
        writeRows(of: model, names: names, anyColumn: anyColumn, to: &output)
        writeBounds(of: model, names: names, to: &output)
        writeKinds(of: model, names: names, to: &output)
        output.line("End")
        return output.text
    }

    /// Writes `model` to `path` atomically (a temporary file, then a rename).
    ///
    /// - Throws: the file system's error when the file cannot be written.
    public func write(_ model: LinearModel, to path: String) throws {
        try Data(text(for: model).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    // MARK: - Sections

    private func writeRows(
        of model: LinearModel,
        names: CPLEXLPNames,
        anyColumn: String,
        to output: inout LPTextBuffer
    ) {
        let merged = model.mergedRows()
        var written = 0
        for (index, row) in model.constraints.enumerated() {
            let range = merged.range(of: index)
            let writeTerms = { (output: inout LPTextBuffer) in
                for entry in range {
                    output.term(merged.values[entry], names.columns[Int(merged.columns[entry])], keepZero: false)
                }
                if range.isEmpty { output.term(0, anyColumn, keepZero: true) }
            }
            switch row.sense {
            case .free:
                var expression = LPTextBuffer(lineWidth: .max)
                writeTerms(&expression)
                output.comment("free row \(names.rows[index]) (constrains nothing):\(expression.pending)")
                continue
            case .ranged:
                output.start(" \(names.rows[index]):")
                writeTerms(&output)
                output.relation(">=", row.lowerBound)
                let upperName = names.rows[index] + "#hi"
                output.start(
                    " \(upperName.utf8.count <= CPLEXLPNames.maximumLength ? upperName : "#r\(index + 1)#hi"):"
                )
                writeTerms(&output)
                output.relation("<=", row.upperBound)
            case .greaterOrEqual, .lessOrEqual, .equal:
                output.start(" \(names.rows[index]):")
                writeTerms(&output)
                switch row.sense {
                case .greaterOrEqual: output.relation(">=", row.lowerBound)
                case .lessOrEqual: output.relation("<=", row.upperBound)
                default: output.relation("=", row.lowerBound)
                }
            }
            written += 1
        }
        if written == 0 {
            // GLPK's reader needs at least one constraint: an empty one that holds everywhere.
            output.comment("no constraints in the model; GLPK's format needs one, so here is one that always holds")
            output.start(" #none:")
            output.term(0, anyColumn, keepZero: true)
            output.relation(">=", 0)
        }
    }

    private func writeBounds(of model: LinearModel, names: CPLEXLPNames, to output: inout LPTextBuffer) {
        output.line("Bounds")
        for (index, column) in model.variables.enumerated() {
            let name = names.columns[index]
            let lower = column.lowerBound
            let upper = column.upperBound
            switch (lower.isFinite, upper.isFinite) {
            case (false, false):
                output.line(" \(name) free")
            case (true, false):
                if lower != 0 { output.line(" \(name) >= \(LPNumberFormat.format(lower))") }
            case (false, true):
                output.line(" -inf <= \(name) <= \(LPNumberFormat.format(upper))")
            case (true, true):
                if lower == upper {
                    output.line(" \(name) = \(LPNumberFormat.format(lower))")
                } else {
                    output.line(" \(LPNumberFormat.format(lower)) <= \(name) <= \(LPNumberFormat.format(upper))")
                }
            }
        }
        if model.objectiveConstant != 0 {
            output.line(" #constant = 1")
        }
    }

    private func writeKinds(of model: LinearModel, names: CPLEXLPNames, to output: inout LPTextBuffer) {
        for (kind, keyword) in [(VariableKind.integer, "Generals"), (.binary, "Binaries")] {
            let members = model.variables.indices.filter { model.variables[$0].kind == kind }
            guard !members.isEmpty else { continue }
            output.line(keyword)
            for index in members {
                output.line(" \(names.columns[index])")
            }
        }
    }
}
