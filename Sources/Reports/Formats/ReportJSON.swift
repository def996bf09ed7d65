import Foundation

/// The JSON text every report writes: pretty-printed, sorted keys, slashes unescaped, one trailing newline.
///
/// Sorted keys and a fixed layout make identical inputs give identical
/// bytes, so the files diff cleanly from one year (or scenario) to the next.
/// Every `*JSON.render` goes through here so the layouts cannot drift apart.
enum ReportJSON {
    /// Encodes `document` as report JSON.
    ///
    /// - Parameter document: The top-level document.
    /// - Returns: The JSON text with a trailing newline.
    /// - Throws: `EncodingError` when a value cannot be encoded (a non-finite number).
    static func render(_ document: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    /// `value` rounded to 1/`scale`; dividing last gives the double nearest the decimal.
    ///
    /// - Parameters:
    ///   - value: The number to round.
    ///   - scale: 100 for two decimals, 1e6 for six.
    /// - Returns: The rounded number.
    static func rounded(_ value: Double, toScale scale: Double) -> Double {
        (value * scale).rounded() / scale
    }
}

// MARK: - Keys

/// A coding key made from any string.
struct StringKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
