#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers for model files: `%.17g`, so that reading the text back gives the same `Double`.
///
/// Whole numbers below 2⁵³ in magnitude take a fast path that prints the
/// same digits `%.17g` would.
enum LPNumberFormat {
    /// `value` (finite) with 17 significant digits, e.g. `0.10000000000000001`, `3`, `1.0000000000000001e-05`.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            if value == 0 { return value.sign == .minus ? "-0" : "0" }
            return String(Int64(value))
        }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 32) { buffer -> String in
            guard let base = buffer.baseAddress else { return "\(value)" }
            let length = withVaList([value]) { vsnprintf(base, 32, "%.17g", $0) }
            let bytes = UnsafeRawBufferPointer(start: base, count: max(0, min(Int(length), 31)))
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
