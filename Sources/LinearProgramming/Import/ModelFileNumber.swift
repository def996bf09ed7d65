/// Decimal numbers in model files: `[+|-] digits [. digits] [e [+|-] digits]` (or `.digits`), nothing else.
///
/// Swift's `Double(_:)` also takes `inf`, `nan` and hexadecimal floats; a model
/// file must not, so the syntax is checked first. The conversion itself is
/// `Double(_:)` (correctly rounded, as `strtod` in GLPK's readers).
enum ModelFileNumber {
    /// Why a field is not a number.
    enum Failure: Error {
        /// Not decimal syntax.
        case syntax
        /// Decimal syntax, but beyond the largest `Double` (±1.8e308).
        case overflow
    }

    /// The value of `bytes`, or why it has none.
    static func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Result<Double, Failure> {
        guard isDecimal(bytes), let value = Double(String(decoding: bytes, as: UTF8.self)) else {
            return .failure(.syntax)
        }
        return value.isFinite ? .success(value) : .failure(.overflow)
    }

    /// True for `[+|-] (digits [. digits*] | . digits) [(e|E) [+|-] digits]`.
    static func isDecimal<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var index = bytes.startIndex
        func peek() -> UInt8? { index < bytes.endIndex ? bytes[index] : nil }
        func digits() -> Int {
            var count = 0
            while let byte = peek(), isDigit(byte) {
                count += 1
                index = bytes.index(after: index)
            }
            return count
        }
        if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            index = bytes.index(after: index)
        }
        var mantissa = digits()
        if peek() == UInt8(ascii: ".") {
            index = bytes.index(after: index)
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if let e = peek(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            index = bytes.index(after: index)
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                index = bytes.index(after: index)
            }
            guard digits() > 0 else { return false }
        }
        return index == bytes.endIndex
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
