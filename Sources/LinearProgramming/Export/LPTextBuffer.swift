/// The text of a CPLEX-LP file as it is written: lines of terms, wrapped, each continuation starting with a blank.
struct LPTextBuffer {
    /// Wrap before a line grows past this many bytes.
    let lineWidth: Int
    /// The finished lines.
    private var bytes: [UInt8] = []
    /// The line being built.
    private(set) var pending = ""

    init(lineWidth: Int) {
        self.lineWidth = lineWidth
        bytes.reserveCapacity(1 << 16)
    }

    /// Everything written so far (the pending line included).
    var text: String {
        String(decoding: bytes, as: UTF8.self) + pending
    }

    /// A whole line (a keyword or a bound).
    mutating func line(_ text: String) {
        finish()
        bytes.append(contentsOf: text.utf8)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// A comment line; control characters become blanks so the comment stays on its line.
    mutating func comment(_ text: String) {
        let clean = String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
        line("\\ " + clean)
    }

    /// Starts a row or the objective with `prefix` (e.g. ` name:`).
    mutating func start(_ prefix: String) {
        finish()
        pending = prefix
    }

    /// Appends ` + c name`, ` - c name`, ` + name` or ` - name`; a zero coefficient only when `keepZero`.
    mutating func term(_ coefficient: Double, _ name: String, keepZero: Bool) {
        let text: String
        switch coefficient {
        case 0:
            guard keepZero else { return }
            text = " + 0 " + name
        case 1: text = " + " + name
        case -1: text = " - " + name
        case ..<0: text = " - " + LPNumberFormat.format(-coefficient) + " " + name
        default: text = " + " + LPNumberFormat.format(coefficient) + " " + name
        }
        append(text)
    }

    /// Ends the pending row with ` op rhs`.
    mutating func relation(_ operation: String, _ rightHandSide: Double) {
        append(" " + operation + " " + LPNumberFormat.format(rightHandSide))
        finish()
    }

    /// Flushes the pending line, if any.
    mutating func finish() {
        guard !pending.isEmpty else { return }
        bytes.append(contentsOf: pending.utf8)
        bytes.append(UInt8(ascii: "\n"))
        pending = ""
    }

    private mutating func append(_ text: String) {
        if pending.utf8.count + text.utf8.count > lineWidth, pending.contains(where: { $0 != " " }) {
            let carried = pending
            pending = ""
            bytes.append(contentsOf: carried.utf8)
            bytes.append(UInt8(ascii: "\n"))
        }
        pending += text
    }
}
