/// The validated inputs of one agreement period: one single-year input per year, and the years already decided.
///
/// Built by ``PeriodInputReader``. Each year's ``TraineeshipInputs`` holds
/// only the programmes of this period, that year's target, key weights,
/// bounds and joint capacities, and as "last year" the figures of the year
/// before (from `history.csv`, else `last_year.csv`) — so the period model
/// reuses the single-year setup year by year.
public struct PeriodInputs: Sendable {
    /// The period.
    public var period: AgreementPeriod
    /// One input per year of the period, in year order.
    public var years: [TraineeshipInputs]
    /// Decided years: allocated and realised places by programme id, year and party code (`history.csv`).
    public var history: [String: [Int: [String: LastYearFigures]]]
    /// Every row of `history.csv`, every programme's (``history`` holds this period's programmes only).
    public var allHistory: [String: [Int: [String: LastYearFigures]]] = [:]
    /// The files read, with their SHA-256.
    public var files: [InputFile]
    /// Warnings found while reading.
    public var warnings: [Diagnostic] = []

    /// Creates period inputs.
    public init(
        period: AgreementPeriod,
        years: [TraineeshipInputs],
        history: [String: [Int: [String: LastYearFigures]]] = [:],
        files: [InputFile] = []
    ) {
        self.period = period
        self.years = years
        self.history = history
        self.files = files
    }

    /// The programmes planned over the period, in settings order.
    public var programmes: [Programme] { years.first?.programmes ?? [] }

    /// The years of the period whose places are already decided for `programmeID` (they have rows in `history.csv`).
    public func fixedYears(of programmeID: String) -> [Int] {
        period.years.filter { history[programmeID]?[$0] != nil }
    }

    /// The decided places of `programmeID` in `year` by party code, if the year is decided.
    public func decided(_ programmeID: String, year: Int) -> [String: Int]? {
        history[programmeID]?[year].map { $0.compactMapValues(\.allocated) }
    }

    /// Every figure marked illustrative in any year, once each, for reports.
    public var illustrativeFigures: [IllustrativeFigure] {
        var seen: Set<String> = []
        return years.flatMap(\.illustrativeFigures).filter { seen.insert("\($0)").inserted }
    }
}
