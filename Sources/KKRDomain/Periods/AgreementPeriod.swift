/// An agreement period: the years a national agreement fixes training places for (for example PAU 2027–2029).
///
/// Declared in `traineeships.yaml` as `period: {from: 2027, to: 2029}`, for
/// all programmes or per programme. The period plan keeps every party's
/// cumulative places close to its cumulative quota over these years.
public struct AgreementPeriod: Hashable, Sendable, Comparable {
    /// The first year.
    public var from: Int
    /// The last year (≥ `from`).
    public var to: Int
    /// Where the period is declared.
    public var location: SourceLocation

    /// Creates a period.
    public init(from: Int, to: Int, location: SourceLocation = SourceLocation(file: "")) {
        self.from = from
        self.to = to
        self.location = location
    }

    /// The years of the period, in order.
    public var years: [Int] { Array(from...max(from, to)) }

    /// `2027-2029`: the name of the report folder.
    public var folderName: String { "\(from)-\(to)" }

    /// True when both periods cover the same years (wherever they are declared).
    public func sameYears(as other: AgreementPeriod) -> Bool {
        from == other.from && to == other.to
    }

    /// Orders by first, then last year.
    public static func < (lhs: AgreementPeriod, rhs: AgreementPeriod) -> Bool {
        (lhs.from, lhs.to) < (rhs.from, rhs.to)
    }

    /// Equal when the years are equal; the declaring location does not matter.
    public static func == (lhs: AgreementPeriod, rhs: AgreementPeriod) -> Bool {
        lhs.sameYears(as: rhs)
    }

    /// Hashes the years only (consistent with `==`).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(from)
        hasher.combine(to)
    }
}
