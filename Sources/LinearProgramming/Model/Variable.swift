/// A handle to a column of a ``LinearModel``.
///
/// A variable is only meaningful for the model that created it; using it with
/// another model is reported by ``LinearModel/validate()``.
public struct Variable: Hashable, Sendable, Comparable {
    /// The zero-based column index in the model.
    public let index: Int

    /// Creates a handle for the column at `index`.
    public init(index: Int) {
        self.index = index
    }

    public static func < (lhs: Variable, rhs: Variable) -> Bool {
        lhs.index < rhs.index
    }
}

/// Whether a variable may take any real value between its bounds or only whole numbers.
public enum VariableKind: String, Sendable, Codable, CaseIterable {
    /// Any real value between the bounds.
    case continuous
    /// A whole number between the bounds (fractional bounds are rounded inwards by the solver).
    case integer
    /// A whole number in [0, 1] intersected with the bounds.
    case binary

    /// True for ``integer`` and ``binary``.
    public var isInteger: Bool {
        self != .continuous
    }
}

/// The definition of one column: its name, kind and bounds.
public struct VariableDefinition: Hashable, Sendable {
    /// The column's name; unique within the model, 1–255 bytes, no control characters.
    public var name: String
    /// Continuous, integer or binary.
    public var kind: VariableKind
    /// The lower bound, or `-.infinity` for none.
    public var lowerBound: Double
    /// The upper bound, or `.infinity` for none.
    public var upperBound: Double

    /// Creates a column definition.
    public init(name: String, kind: VariableKind, lowerBound: Double, upperBound: Double) {
        self.name = name
        self.kind = kind
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }
}

extension VariableDefinition {
    /// Rounds an integer column's bounds inwards (solvers reject fractional bounds on integer columns).
    ///
    /// A bound within 1e-9 (relative) of a whole number counts as that number,
    /// so 2.9999999999 stays 3. Returns nil when no whole number lies between
    /// the bounds: the model is then infeasible.
    public static func integerBounds(lower: Double, upper: Double) -> (lower: Double, upper: Double)? {
        func snap(_ value: Double) -> Double? {
            let nearest = value.rounded()
            return abs(value - nearest) <= 1e-9 * max(1, abs(value)) ? nearest : nil
        }
        let roundedLower = lower.isFinite ? (snap(lower) ?? lower.rounded(.up)) : lower
        let roundedUpper = upper.isFinite ? (snap(upper) ?? upper.rounded(.down)) : upper
        if roundedLower > roundedUpper { return nil }
        return (roundedLower, roundedUpper)
    }
}
