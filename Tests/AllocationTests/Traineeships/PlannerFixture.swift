import Allocation
import KKRDomain

/// Small in-memory inputs for hand-checked planner tests: municipalities 101 A, 102 B, 103 C (and region 1081).
enum PlannerFixture {
    static let here = SourceLocation(file: "test")
    static let parties = [Party(code: "101", name: "A"), Party(code: "102", name: "B"), Party(code: "103", name: "C")]
    static let region = Party(code: "1081", name: "Region", kind: .region)

    static func provenance() -> Provenance { Provenance(illustrative: false, source: "test", location: here) }

    static func key(_ id: String, _ weights: [String: Double]) -> DistributionKey {
        DistributionKey(
            id: id,
            nameDanish: id,
            nameEnglish: id,
            kind: .custom,
            weights: weights.mapValues { KeyWeight(value: $0, provenance: provenance()) }
        )
    }

    static func programme(
        _ id: String,
        places: Int,
        kind: TargetKind = .exact,
        carryOver: Bool = false,
        limit: ChangeLimit? = nil,
        region: Bool = false,
        splits: [SplitDimension] = []
    ) -> Programme {
        Programme(
            id: id,
            nameDanish: id,
            nameEnglish: id,
            keyID: "k",
            includesRegion: region,
            carriesOverShortfall: carryOver,
            changeLimit: limit,
            targets: [Target(year: 2027, places: places, kind: kind, provenance: provenance())],
            splits: splits,
            location: here
        )
    }

    static func inputs(
        _ programmes: [Programme],
        weights: [String: Double] = ["101": 50, "102": 30, "103": 20],
        bounds: [String: [String: (Int?, Int?)]] = [:],
        lastYear: [String: [String: (Int?, Int?)]] = [:],
        joint: [String: Int]? = nil
    ) -> TraineeshipInputs {
        var capacities: [JointCapacity] = []
        if let joint {
            capacities.append(
                JointCapacity(
                    id: "j",
                    nameDanish: "Fælles",
                    nameEnglish: "Joint",
                    programmeIDs: programmes.map(\.id),
                    caps: joint,
                    location: here
                )
            )
        }
        return TraineeshipInputs(
            year: 2027,
            municipalities: parties,
            region: region,
            keys: ["k": key("k", weights)],
            programmes: programmes,
            bounds: bounds.mapValues { $0.mapValues { PartyBounds(floor: $0.0, cap: $0.1, provenance: provenance()) } },
            lastYear: lastYear.mapValues {
                $0.mapValues { LastYearFigures(allocated: $0.0, realised: $0.1, provenance: provenance()) }
            },
            jointCapacities: capacities
        )
    }
}
