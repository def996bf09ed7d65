import Foundation

/// The frozen inputs the tests read, and the shipped `Inputs/` that only one test reads.
///
/// `Tests/Fixtures/Inputs/` is a copy of the shipped `Inputs/` as it was when the tests were written. The shipped
/// folder changes every year (new figures, new periods, new keys); tests that are not about the shipped figures read
/// the frozen copy, so they do not drift with it. Reports built from the copy are still named `Inputs/…`.
public enum Fixtures {
    /// `Tests/Fixtures/`: the folder holding the frozen `Inputs/` (the CLI tests run there by default).
    public static let folder: URL = SharedData.packageRoot.appendingPathComponent("Tests/Fixtures")

    /// `Tests/Fixtures/Inputs/`: the frozen copy of the inputs.
    public static let inputs: URL = folder.appendingPathComponent("Inputs")

    /// The shipped `Inputs/` beside `Package.swift`: only the test that it validates reads it.
    public static let shippedInputs: URL = SharedData.packageRoot.appendingPathComponent("Inputs")
}
