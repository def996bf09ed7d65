/// One StatBank export file as read: its rows with their labels understood, and where each came from.
///
/// Produced by ``StatBankReader``; the columns' roles were recognised from
/// the file's content (its header, or the labels themselves when it has none),
/// never from its name.
public struct StatBankExport: Sendable {
    /// One data row.
    public struct Row: Sendable, Hashable {
        /// The line in the file.
        public var line: Int
        /// The area label as written (`Læsø`, `851 Aalborg`, `Hele landet`).
        public var area: String
        /// The age, or nil when the file has no age column.
        public var age: StatBankLabels.Age?
        /// The period, or nil when the file has no period column.
        public var period: StatBankLabels.Period?
        /// The labels of the summed variables (sex, marital status, …), in column order.
        public var summed: [String]
        /// The count (persons).
        public var count: Int
    }

    /// The file as messages name it.
    public var displayName: String
    /// The file name alone (`folk2021_nordjylland.csv`), as key sources name it.
    public var fileName: String
    /// Lowercase hexadecimal SHA-256 of the bytes on disk.
    public var sha256: String
    /// The StatBank table, when the file shows it in a title line (`FOLK1A: Befolkningen …`).
    public var table: String?
    /// True when the file has an age column.
    public var hasAge: Bool
    /// True when the file has a period column.
    public var hasPeriod: Bool
    /// The header names of the summed variables (or `column N` without a header).
    public var summedColumns: [String]
    /// The data rows that could be read (rows with problems are reported and left out).
    public var rows: [Row]
    /// The first line of data (after any title and header), for messages about the file as a whole.
    public var firstDataLine: Int
}
