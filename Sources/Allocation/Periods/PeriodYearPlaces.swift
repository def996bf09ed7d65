import KKRDomain
import LinearProgramming

/// The single-year plan of a year in an agreement period takes its places from the period plan (one truth).
///
/// The period is planned as `kkr-plan traineeships --period` plans it, with
/// the years decided in `history.csv` fixed, and the year's places are taken
/// from it: the first year of a period, and a later year planned alone
/// (`kkr-plan traineeships --year 2028`) alike.
public struct PeriodYearPlaces: Sendable {
    /// The period's places of the year by programme id and party code.
    public var places: [String: [String: Int]] = [:]
    /// The period each programme's places come from.
    public var periods: [String: AgreementPeriod] = [:]
    /// Per programme: the years of its period already decided in `history.csv`.
    public var decidedYears: [String: [Int]] = [:]
    /// Per programme: the year before, as the period plan saw it (from `history.csv` where decided, else
    /// `last_year.csv`), so that the single-year plan counts the same carry-over.
    public var lastYear: [String: [String: LastYearFigures]] = [:]

    /// Nothing from a period.
    public init() {}

    /// The period places for `year` of every period containing `year`.
    ///
    /// Periods that cannot be planned give nothing here (the period run explains them).
    public init(_ periods: [PeriodInputs], year: Int, solver: any LinearSolver) throws {
        for inputs in periods {
            guard inputs.period.years.contains(year),
                case .planned(let plan) = try PeriodPlanner(solver: solver).plan(inputs)
            else { continue }
            add(plan, from: inputs, year: year)
        }
    }

    /// Adds the places for `year` of `plan`, planned from `inputs` (nothing when the period does not contain it).
    public mutating func add(_ plan: PeriodPlan, from inputs: PeriodInputs, year: Int) {
        guard let index = inputs.period.years.firstIndex(of: year) else { return }
        for programme in plan.programmes {
            let id = programme.programme.id
            places[id] = plan.places(of: id, year: year)
            periods[id] = plan.period
            decidedYears[id] = inputs.fixedYears(of: id)
            lastYear[id] = inputs.years[index].lastYear[id]
        }
    }
}
