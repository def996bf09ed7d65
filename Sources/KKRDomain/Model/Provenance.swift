/// Where an input figure comes from, and whether it is a real figure or an assumption.
///
/// Every figure in `Inputs/` carries one of these: reports list the
/// illustrative ones ("illustrativt tal") so nobody mistakes an assumption
/// for an official number.
public struct Provenance: Hashable, Sendable {
    /// True when the figure is an assumption, not a published number.
    public var illustrative: Bool
    /// A short source or derivation text, as written in the input.
    public var source: String
    /// Where the figure was read.
    public var location: SourceLocation

    /// Creates a provenance.
    public init(illustrative: Bool, source: String, location: SourceLocation) {
        self.illustrative = illustrative
        self.source = source
        self.location = location
    }
}
