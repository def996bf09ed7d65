/// One coefficient times one variable.
public struct LinearTerm: Hashable, Sendable {
    /// The variable.
    public var variable: Variable
    /// Its coefficient.
    public var coefficient: Double

    /// Creates the term `coefficient · variable`.
    public init(_ coefficient: Double, _ variable: Variable) {
        self.variable = variable
        self.coefficient = coefficient
    }
}

/// An affine expression `Σ aᵢ·xᵢ + c`.
///
/// Terms are kept in the order they were written, duplicates included; they
/// are merged once, when the expression enters a model. This keeps operator
/// chains linear in the number of terms.
public struct LinearExpression: Sendable {
    /// The terms, possibly with repeated variables.
    public var terms: [LinearTerm]
    /// The constant part.
    public var constant: Double

    /// Creates an expression from terms and a constant.
    public init(terms: [LinearTerm] = [], constant: Double = 0) {
        self.terms = terms
        self.constant = constant
    }

    /// Creates the expression `1 · variable`.
    public init(_ variable: Variable) {
        self.init(terms: [LinearTerm(1, variable)])
    }

    /// The sum `Σ coefficient·variable` of the given pairs.
    public static func sum<S: Sequence>(_ pairs: S) -> LinearExpression where S.Element == (Double, Variable) {
        LinearExpression(terms: pairs.map { LinearTerm($0.0, $0.1) })
    }

    /// The sum of the given variables, each with coefficient 1.
    public static func sum<S: Sequence>(_ variables: S) -> LinearExpression where S.Element == Variable {
        LinearExpression(terms: variables.map { LinearTerm(1, $0) })
    }

    /// The terms with repeated variables added together and zero coefficients dropped, by column.
    public func mergedTerms() -> [LinearTerm] {
        var byColumn: [Int: Double] = [:]
        for term in terms {
            byColumn[term.variable.index, default: 0] += term.coefficient
        }
        return byColumn.filter { $0.value != 0 }.sorted { $0.key < $1.key }
            .map {
                LinearTerm($0.value, Variable(index: $0.key))
            }
    }

    /// Evaluates the expression at the given column values.
    public func value(at values: [Double]) -> Double {
        terms.reduce(constant) { $0 + $1.coefficient * values[$1.variable.index] }
    }
}

// MARK: - Operators

extension Variable {
    /// `a + b` and friends on variables build ``LinearExpression`` values.
    public static func + (lhs: Variable, rhs: Variable) -> LinearExpression {
        LinearExpression(terms: [LinearTerm(1, lhs), LinearTerm(1, rhs)])
    }

    public static func - (lhs: Variable, rhs: Variable) -> LinearExpression {
        LinearExpression(terms: [LinearTerm(1, lhs), LinearTerm(-1, rhs)])
    }

    public static func * (lhs: Double, rhs: Variable) -> LinearExpression {
        LinearExpression(terms: [LinearTerm(lhs, rhs)])
    }

    public static func * (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(terms: [LinearTerm(rhs, lhs)])
    }

    public static prefix func - (operand: Variable) -> LinearExpression {
        LinearExpression(terms: [LinearTerm(-1, operand)])
    }
}

extension Variable {
    public static func + (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(lhs) + rhs
    }

    public static func - (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(lhs) - rhs
    }

    public static func + (lhs: Double, rhs: Variable) -> LinearExpression {
        LinearExpression(rhs) + lhs
    }

    public static func - (lhs: Double, rhs: Variable) -> LinearExpression {
        -rhs + lhs
    }
}

extension LinearExpression {
    public static func + (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        LinearExpression(terms: lhs.terms + rhs.terms, constant: lhs.constant + rhs.constant)
    }

    public static func - (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        lhs + (-rhs)
    }

    public static prefix func - (operand: LinearExpression) -> LinearExpression {
        -1 * operand
    }

    public static func * (lhs: Double, rhs: LinearExpression) -> LinearExpression {
        LinearExpression(
            terms: rhs.terms.map { LinearTerm(lhs * $0.coefficient, $0.variable) },
            constant: lhs * rhs.constant
        )
    }

    public static func * (lhs: LinearExpression, rhs: Double) -> LinearExpression {
        rhs * lhs
    }

    public static func + (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
        lhs + LinearExpression(rhs)
    }

    public static func + (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
        LinearExpression(lhs) + rhs
    }

    public static func - (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
        lhs - LinearExpression(rhs)
    }

    public static func - (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
        LinearExpression(lhs) - rhs
    }

    public static func + (lhs: LinearExpression, rhs: Double) -> LinearExpression {
        LinearExpression(terms: lhs.terms, constant: lhs.constant + rhs)
    }

    public static func - (lhs: LinearExpression, rhs: Double) -> LinearExpression {
        lhs + (-rhs)
    }

    public static func + (lhs: Double, rhs: LinearExpression) -> LinearExpression {
        rhs + lhs
    }

    public static func - (lhs: Double, rhs: LinearExpression) -> LinearExpression {
        -rhs + lhs
    }

    public static func += (lhs: inout LinearExpression, rhs: LinearExpression) {
        lhs.terms.append(contentsOf: rhs.terms)
        lhs.constant += rhs.constant
    }

    public static func += (lhs: inout LinearExpression, rhs: Variable) {
        lhs.terms.append(LinearTerm(1, rhs))
    }

    public static func -= (lhs: inout LinearExpression, rhs: LinearExpression) {
        lhs += -rhs
    }
}
