/// The supported range of a number of training places: 0…1,000,000 for every figure and every programme total.
///
/// A region distributes at most thousands of places a year; a million is
/// generous and the same limit `kkr-plan apportion --seats` has. Inside the
/// range every plan is computed exactly (the model's numbers stay far from
/// the solver's tolerances, issue 13 items 1–2); outside it the inputs are
/// rejected with a message at the figure, and a sweep outside it is a usage
/// error.
public enum PlaceRange {
    /// The largest supported number of places.
    public static let maximum = 1_000_000
    /// The largest supported factor of a scenario or sweep scaling (targets, demand, tariffs).
    public static let maximumFactor = 1_000.0

    /// True when `places` is inside the range.
    public static func contains(_ places: Int) -> Bool { (0...maximum).contains(places) }
}
