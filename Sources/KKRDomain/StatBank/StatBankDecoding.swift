/// Turns the bytes of a StatBank download into text: UTF-8 (with or without a byte-order mark) or Latin-1.
///
/// StatBank's web downloads have been Latin-1 (ISO-8859-1) for years and
/// UTF-8 more recently; the API writes UTF-8 with a byte-order mark. Bytes
/// that are valid UTF-8 are read as UTF-8; otherwise every byte is read as
/// Latin-1, unless the file holds bytes no Latin-1 text holds (NUL, as in
/// UTF-16, or the C1 controls 0x80–0x9F, as in Windows-1252 punctuation or
/// broken UTF-8).
enum StatBankDecoding {
    /// The text of `bytes`, or nil with an error in `diagnostics`.
    static func decode(_ bytes: [UInt8], file: String, diagnostics: inout DiagnosticCollector) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.contains(0) {
            diagnostics.error(
                "the file's encoding cannot be read: it is UTF-16 or binary, not a StatBank CSV",
                at: SourceLocation(file: file, line: 1),
                hint: "download the table again from StatBank as CSV (semicolon-separated), UTF-8 or Latin-1"
            )
            return nil
        }
        let hasMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasMark ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) { return text }
        if hasMark || body.contains(where: { (0x80...0x9F).contains($0) }) {
            let line = hasMark ? InputFile.firstInvalidLine(body) : lineOfFirstControl(body)
            diagnostics.error(
                "the file's encoding cannot be read: it is neither UTF-8 nor Latin-1 (first bad byte on this line)",
                at: SourceLocation(file: file, line: line),
                hint: "download the table again from StatBank as CSV, or save the file as UTF-8"
            )
            return nil
        }
        return String(String.UnicodeScalarView(body.map { Unicode.Scalar($0) }))
    }

    private static func lineOfFirstControl(_ bytes: [UInt8]) -> Int {
        var line = 1
        for byte in bytes {
            if (0x80...0x9F).contains(byte) { return line }
            if byte == 0x0A { line += 1 }
        }
        return line
    }
}
