import KKRDomain

extension ReportText {
    // MARK: - Dates

    /// The month names, January first.
    static let monthsDanish = [
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
        "december",
    ]
    static let monthsEnglish = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// A date as a Danish or English reader writes it: `1. juni 2027` / `1 June 2027`.
    ///
    /// Fixed words, no calendar or locale lookup, so the text never depends on the machine.
    public func date(year: Int, month: Int, day: Int) -> String {
        let index = max(1, min(12, month)) - 1
        return pick("\(day). \(Self.monthsDanish[index]) \(year)", "\(day) \(Self.monthsEnglish[index]) \(year)")
    }

    /// The month (1–12) named by `word` in either language (`juni`, `June`, `dec`), nil for none.
    public static func month(named word: String) -> Int? {
        let lower = word.lowercased()
        guard lower.count >= 3 else { return nil }
        for (index, names) in zip(monthsDanish, monthsEnglish).enumerated()
        where names.0.hasPrefix(lower) || names.1.lowercased().hasPrefix(lower) {
            return index + 1
        }
        return nil
    }
}
