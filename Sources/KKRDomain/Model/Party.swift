/// A party to KKR's agreements: one of the municipalities, or the region.
///
/// Identified by its Danmarks Statistik code (`851` Aalborg; the region by
/// its region code). Codes are kept as text: `081` and `81` are different
/// codes in DST's lists, and leading zeros must survive a round trip.
public struct Party: Hashable, Sendable, Comparable {
    /// Municipality or region.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Kommune.
        case municipality
        /// Region (Region Nordjylland), an optional party for some programmes.
        case region
    }

    /// The DST code.
    public var code: String
    /// The name as DST writes it (`Læsø`, `Region Nordjylland`).
    public var name: String
    /// Municipality or region.
    public var kind: Kind

    /// Creates a party.
    public init(code: String, name: String, kind: Kind = .municipality) {
        self.code = code
        self.name = name
        self.kind = kind
    }

    /// Orders by code numerically where both are numbers (`773` < `1081`), else as text.
    public static func < (lhs: Party, rhs: Party) -> Bool {
        codeOrder(lhs.code, rhs.code)
    }

    /// The code order used everywhere a deterministic order of parties is needed.
    public static func codeOrder(_ lhs: String, _ rhs: String) -> Bool {
        switch (Int(lhs), Int(rhs)) {
        case (let left?, let right?) where left != right: return left < right
        default: return lhs < rhs
        }
    }
}
