extension Conflict {
    /// One readable line per member, rows first: `row 'cap': 2 x + y <= 4`, `bound x >= 0 (lower bound)`.
    ///
    /// Long rows show their first `maximumTerms` terms and how many more there are.
    public func memberDescriptions(in model: LinearModel, maximumTerms: Int = 6) -> [String] {
        let rowLines = rows.map { reference -> String in
            let row = model.constraints[reference.index]
            let terms = model.rowTerms(reference)
            var expression = terms.prefix(maximumTerms).enumerated()
                .map { offset, term in
                    Self.term(term.coefficient, model.variables[term.variable.index].name, first: offset == 0)
                }
                .joined(separator: " ")
            if terms.count > maximumTerms { expression += " … (+\(terms.count - maximumTerms) more terms)" }
            if terms.isEmpty { expression = "0" }
            let lower = Self.number(row.lowerBound)
            let upper = Self.number(row.upperBound)
            let relation: String
            switch row.sense {
            case .equal: relation = "\(expression) = \(lower)"
            case .greaterOrEqual: relation = "\(expression) >= \(lower)"
            case .lessOrEqual: relation = "\(expression) <= \(upper)"
            case .ranged: relation = "\(lower) <= \(expression) <= \(upper)"
            case .free: relation = expression
            }
            return "row '\(row.name)': \(relation)"
        }
        let boundLines = bounds.map { bound -> String in
            let column = model.variables[bound.variable.index]
            return bound.side == .lower
                ? "bound '\(column.name)' >= \(Self.number(column.lowerBound)) (lower bound)"
                : "bound '\(column.name)' <= \(Self.number(column.upperBound)) (upper bound)"
        }
        return rowLines + boundLines
    }

    private static func term(_ coefficient: Double, _ name: String, first: Bool) -> String {
        let sign = coefficient < 0 ? "-" : (first ? "" : "+")
        let magnitude = abs(coefficient)
        let body = magnitude == 1 ? name : "\(number(magnitude)) \(name)"
        return sign.isEmpty ? body : (first ? sign + body : "\(sign) \(body)")
    }

    /// Whole numbers without ".0"; others as Swift prints them (shortest exact form).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
