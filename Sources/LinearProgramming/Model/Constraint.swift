/// A linear constraint `lower ≤ Σ aᵢ·xᵢ ≤ upper` before it enters a model.
///
/// Built with the comparison operators (`x + y <= 4`, `2 * x == 3`) or
/// ``LinearConstraint/init(_:in:)`` for ranged rows. A constant in the
/// expression is moved to the bounds.
public struct LinearConstraint: Hashable, Sendable {
    /// The left-hand side without its constant.
    public var terms: [LinearTerm]
    /// The lower bound, or `-.infinity`.
    public var lowerBound: Double
    /// The upper bound, or `.infinity`.
    public var upperBound: Double

    /// Creates `lowerBound ≤ terms ≤ upperBound`.
    public init(terms: [LinearTerm], lowerBound: Double, upperBound: Double) {
        self.terms = terms
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }

    /// Creates the ranged row `range.lowerBound ≤ expression ≤ range.upperBound`.
    public init(_ expression: LinearExpression, in range: ClosedRange<Double>) {
        self.init(
            terms: expression.terms,
            lowerBound: range.lowerBound - expression.constant,
            upperBound: range.upperBound - expression.constant
        )
    }

    /// The row's sense as a planner would read it.
    public var sense: ConstraintSense {
        ConstraintSense(lowerBound: lowerBound, upperBound: upperBound)
    }
}

/// How a row's two bounds combine.
public enum ConstraintSense: String, Sendable, Codable {
    /// No finite bound.
    case free
    /// `≥ lower`.
    case greaterOrEqual
    /// `≤ upper`.
    case lessOrEqual
    /// `lower ≤ · ≤ upper` with lower < upper.
    case ranged
    /// `= lower = upper`.
    case equal

    /// The sense implied by two bounds.
    public init(lowerBound: Double, upperBound: Double) {
        switch (lowerBound.isFinite, upperBound.isFinite) {
        case (false, false): self = .free
        case (true, false): self = .greaterOrEqual
        case (false, true): self = .lessOrEqual
        case (true, true): self = lowerBound == upperBound ? .equal : .ranged
        }
    }
}

// MARK: - Comparison operators

extension LinearExpression {
    public static func <= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
        LinearConstraint(terms: lhs.terms, lowerBound: -.infinity, upperBound: rhs - lhs.constant)
    }

    public static func >= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
        LinearConstraint(terms: lhs.terms, lowerBound: rhs - lhs.constant, upperBound: .infinity)
    }

    public static func == (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
        LinearConstraint(terms: lhs.terms, lowerBound: rhs - lhs.constant, upperBound: rhs - lhs.constant)
    }

    public static func <= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint {
        (lhs - rhs) <= 0
    }

    public static func >= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint {
        (lhs - rhs) >= 0
    }

    public static func == (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint {
        (lhs - rhs) == 0
    }
}

extension Variable {
    public static func <= (lhs: Variable, rhs: Double) -> LinearConstraint {
        LinearExpression(lhs) <= rhs
    }

    public static func >= (lhs: Variable, rhs: Double) -> LinearConstraint {
        LinearExpression(lhs) >= rhs
    }

    public static func == (lhs: Variable, rhs: Double) -> LinearConstraint {
        LinearExpression(lhs) == rhs
    }
}
