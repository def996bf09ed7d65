import Allocation
import KKRDomain

/// In-memory period inputs: parties P01, P02, … (codes 101, 102, …), one programme `p` with one key per year.
struct PeriodFixture {
    static let here = SourceLocation(file: "test")

    var parties: [Party]
    /// The regional number per year.
    var targets: [Int]
    /// The key weights per year, by party index.
    var weights: [[Double]]
    var firstYear = 2027
    var kind: TargetKind = .exact
    var carryOver = false
    var limit: ChangeLimit?
    /// Floors and caps per year index, by party index.
    var bounds: [Int: [Int: (Int?, Int?)]] = [:]
    /// Last year's allocation before the period, by party index.
    var lastYear: [Int: (Int?, Int?)] = [:]
    /// Decided years (year index → allocated and realised by party index).
    var history: [Int: [Int: (Int, Int?)]] = [:]

    init(partyCount: Int, targets: [Int], weights: [[Double]]) {
        parties = (0..<partyCount).map { Party(code: String(101 + $0), name: "P\(101 + $0)") }
        self.targets = targets
        self.weights = weights
    }

    static func provenance() -> Provenance { Provenance(illustrative: false, source: "test", location: here) }

    var years: [Int] { targets.indices.map { firstYear + $0 } }

    var programme: Programme {
        var programme = Programme(
            id: "p",
            nameDanish: "P",
            nameEnglish: "P",
            keyID: "k",
            carriesOverShortfall: carryOver,
            changeLimit: limit,
            targets: targets.enumerated()
                .map {
                    Target(year: firstYear + $0, places: $1, kind: kind, provenance: Self.provenance())
                },
            location: Self.here
        )
        programme.period = AgreementPeriod(from: firstYear, to: firstYear + targets.count - 1)
        return programme
    }

    func figures(_ values: [Int: (Int?, Int?)]) -> [String: LastYearFigures] {
        Dictionary(
            uniqueKeysWithValues: values.map { index, value in
                (
                    parties[index].code,
                    LastYearFigures(allocated: value.0, realised: value.1, provenance: Self.provenance())
                )
            }
        )
    }

    var inputs: PeriodInputs {
        let programme = programme
        var decided: [Int: [String: LastYearFigures]] = [:]
        for (yearIndex, rows) in history {
            decided[years[yearIndex]] = figures(rows.mapValues { ($0.0, $0.1) })
        }
        let yearInputs = years.enumerated()
            .map { index, year in
                let key = DistributionKey(
                    id: "k",
                    nameDanish: "k",
                    nameEnglish: "k",
                    kind: .custom,
                    weights: Dictionary(
                        uniqueKeysWithValues: parties.indices.map {
                            (parties[$0].code, KeyWeight(value: weights[index][$0], provenance: Self.provenance()))
                        }
                    )
                )
                let yearBounds = (bounds[index] ?? [:])
                    .map {
                        (
                            parties[$0.key].code,
                            PartyBounds(floor: $0.value.0, cap: $0.value.1, provenance: Self.provenance())
                        )
                    }
                let before = index == 0 ? figures(lastYear) : decided[year - 1]
                return TraineeshipInputs(
                    year: year,
                    municipalities: parties,
                    keys: ["k": key],
                    programmes: [programme],
                    bounds: ["p": Dictionary(uniqueKeysWithValues: yearBounds)],
                    lastYear: before.map { ["p": $0] } ?? [:]
                )
            }
        return PeriodInputs(
            period: AgreementPeriod(from: years[0], to: years[years.count - 1]),
            years: yearInputs,
            history: decided.isEmpty ? [:] : ["p": decided]
        )
    }
}
