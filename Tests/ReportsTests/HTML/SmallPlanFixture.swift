import Allocation
import KKRDomain
import Reports
import TestSupport

/// A small plan whose numbers are checked by hand: Brønderslev, Læsø and Aalborg with weights 30, 10 and 60.
///
/// SSA: 20 places (illustrative) → quotas 6, 2, 12 (exact), last year 7, 2, 10 → changes −1, 0, +2.
/// Pædagog: 30 places → 9, 3, 18, split by start 1 June / 1 December (50/50) → 15 and 15 region-wide.
enum SmallPlanFixture {
    static let here = SourceLocation(file: "test")
    static let parties = [
        Party(code: "810", name: "Brønderslev"), Party(code: "825", name: "Læsø"), Party(code: "851", name: "Aalborg"),
    ]

    static func provenance(_ illustrative: Bool = false) -> Provenance {
        Provenance(illustrative: illustrative, source: "test figure", location: here)
    }

    static var inputs: TraineeshipInputs {
        let weights: [String: Double] = ["810": 30, "825": 10, "851": 60]
        let key = DistributionKey(
            id: "k",
            nameDanish: "Folketal",
            nameEnglish: "Population",
            kind: .population,
            weights: weights.mapValues { KeyWeight(value: $0, provenance: provenance()) }
        )
        let start = SplitDimension(
            id: "start",
            nameDanish: "Praktikstart",
            nameEnglish: "Placement start",
            categories: [
                SplitCategory(id: "juni", nameDanish: "1. juni", nameEnglish: "1 June", percent: 50),
                SplitCategory(id: "december", nameDanish: "1. december", nameEnglish: "1 December", percent: 50),
            ],
            provenance: provenance()
        )
        let paedagog = Programme(
            id: "paedagog",
            nameDanish: "Pædagoguddannelsen",
            nameEnglish: "Pedagogue programme",
            keyID: "k",
            targets: [Target(year: 2027, places: 30, kind: .exact, provenance: provenance())],
            splits: [start],
            location: here
        )
        let ssa = Programme(
            id: "ssa",
            nameDanish: "Social- og sundhedsassistent (SSA)",
            nameEnglish: "Social and health care assistant (SSA)",
            keyID: "k",
            targets: [Target(year: 2027, places: 20, kind: .exact, provenance: provenance(true))],
            location: here
        )
        var inputs = TraineeshipInputs(
            year: 2027,
            municipalities: parties,
            keys: ["k": key],
            programmes: [paedagog, ssa],
            lastYear: [
                "ssa": [
                    "810": LastYearFigures(allocated: 7, realised: 7, provenance: provenance()),
                    "825": LastYearFigures(allocated: 2, realised: 2, provenance: provenance()),
                    "851": LastYearFigures(allocated: 10, realised: 10, provenance: provenance()),
                ]
            ]
        )
        inputs.files = [
            InputFile(displayName: "Inputs/traineeships.yaml", text: "", sha256: String(repeating: "ab", count: 32)),
            InputFile(displayName: "Inputs/municipalities.csv", text: "", sha256: String(repeating: "0f", count: 32)),
        ]
        return inputs
    }

    static func plan() throws -> TraineeshipPlan {
        guard case .planned(let plan) = try TraineeshipPlanner(solver: TestSolver.make()).plan(inputs) else {
            throw PlanningError(reason: "small plan infeasible")
        }
        return plan
    }

    static func page(_ language: Language) throws -> String {
        let document = TraineeshipReportSet.document(for: try plan(), language: language)
        return HTMLPage(year: 2027, parts: document.page.map { [$0] } ?? [], language: language).render()
    }
}
