/// The names a ``CPLEXLPWriter`` file uses for a model's rows and columns.
///
/// CPLEX-LP names (as GLPK's `glp_read_lp` reads them) are 1–255 ASCII
/// letters, digits and the characters ``!"#$%&()/,.;?@_`'{}|~``, and do not
/// start with a digit or a period. Names that follow these rules are written
/// unchanged, except for `%` and `#`; every other byte of the UTF-8 name is
/// percent-encoded (`x-1` → `x%2D1`, `Læsø` → `L%C3%A6s%C3%B8`, a leading
/// `1` → `%31`). `%` is always encoded, so the encoding is injective, and
/// `#` is always encoded, so the writer's own names (which start with `#`)
/// can never collide with a model's. A name longer than 255 bytes once
/// encoded becomes `#c<number>` or `#r<number>` (1-based), which is unique
/// for the same reason.
public struct CPLEXLPNames: Sendable {
    /// The written name of each column, in column order.
    public var columns: [String]
    /// The written name of each row, in row order.
    public var rows: [String]

    /// The longest name GLPK's LP reader accepts.
    public static let maximumLength = 255

    /// The names for `model`'s columns and rows.
    public init(for model: LinearModel) {
        columns = model.variables.enumerated().map { Self.encode($0.element.name, fallback: "#c\($0.offset + 1)") }
        rows = model.constraints.enumerated().map { Self.encode($0.element.name, fallback: "#r\($0.offset + 1)") }
    }

    /// The CPLEX-LP form of `name`, or `fallback` when the encoded name is empty or too long.
    public static func encode(_ name: String, fallback: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for (offset, byte) in name.utf8.enumerated() {
            let leadingForbidden = offset == 0 && (isDigit(byte) || byte == UInt8(ascii: "."))
            if isPlain(byte) && !leadingForbidden {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        guard !bytes.isEmpty, bytes.count <= maximumLength else { return fallback }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True for the bytes written as they are: ASCII letters, digits and the LP punctuation except `%` and `#`.
    static func isPlain(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || plainPunctuation.contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// GLPK's `CHAR_SET` (`!"#$%&()/,.;?@_`'{}|~`) without `%` and `#`.
    private static let plainPunctuation: Set<UInt8> = Set("!\"$&()/,.;?@_`'{}|~".utf8)

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
