import Allocation
import KKRDomain

/// The places of one programme per party across the base and the scenarios: the rows every comparison format shares.
struct ComparisonRows {
    /// Per party (base order, then parties only a scenario has): places in the base and each scenario (nil: no plan).
    var rows: [(party: Party, places: [Int?])]
    /// Σ places per column (nil: no plan).
    var totals: [Int?]

    /// The rows of `programmeID` in `plans` (the base first).
    init(programmeID: String, plans: [TraineeshipPlan?]) {
        let programmes = plans.map { $0?.programmes.first { $0.programme.id == programmeID } }
        var parties: [Party] = []
        for programme in programmes {
            for row in programme?.rows ?? [] where !parties.contains(row.party) { parties.append(row.party) }
        }
        rows = parties.map { party in
            (party, programmes.map { $0?.rows.first { $0.party == party }?.places })
        }
        totals = programmes.map { $0.map { $0.rows.reduce(0) { $0 + $1.places } } }
    }

    /// The programmes of `plans`, in the base's order, then programmes only a scenario has.
    static func programmes(_ plans: [TraineeshipPlan?]) -> [Programme] {
        var result: [Programme] = []
        for plan in plans {
            for programme in plan?.programmes ?? [] where !result.contains(where: { $0.id == programme.programme.id }) {
                result.append(programme.programme)
            }
        }
        return result
    }

    /// The base's input files, then every scenario file (each once), in order.
    static func files(_ set: ScenarioSet) -> [InputFile] {
        var files = set.base.inputs.traineeships.files
        for file in set.base.inputs.social?.files ?? []
        where !files.contains(where: { $0.displayName == file.displayName }) {
            files.append(file)
        }
        for compared in [set.base] + set.scenarios {
            for file in compared.scenario?.files ?? []
            where !files.contains(where: { $0.displayName == file.displayName }) {
                files.append(file)
            }
        }
        return files
    }
}
