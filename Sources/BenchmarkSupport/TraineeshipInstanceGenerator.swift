import Allocation
import KKRDomain

/// Generates training-place inputs for any number of municipalities from a seed (benchmark and scale tests).
///
/// Four programmes as in the shipped `Inputs/traineeships.yaml` (pædagog with
/// the specialisation and start splits, PAU, SSH, SSA), each with its own key
/// of random weights (1–100, so the quotas have arbitrary remainders), a
/// regional number of about 90, 16, 28 and 57 places per municipality, and
/// no bounds or change limits. The same seed gives the same inputs on every
/// machine. Nothing here is real data.
public struct TraineeshipInstanceGenerator: Sendable {
    /// The number of municipalities.
    public var municipalities: Int
    /// The seed.
    public var seed: UInt64

    /// Creates a generator.
    public init(municipalities: Int, seed: UInt64 = 2027) {
        self.municipalities = municipalities
        self.seed = seed
    }

    /// The generated inputs for plan year 2027.
    public func generate() -> TraineeshipInputs {
        var random = Xorshift64Star(seed: seed)
        let location = SourceLocation(file: "generated")
        let provenance = Provenance(illustrative: true, source: "generated", location: location)
        let parties = (0..<municipalities).map { Party(code: String(101 + $0), name: "Kommune \(101 + $0)") }
        let perMunicipality = [("paedagog", 90), ("pau", 16), ("ssh", 28), ("ssa", 57)]
        var keys: [String: DistributionKey] = [:]
        var programmes: [Programme] = []
        for (id, places) in perMunicipality {
            var key = DistributionKey(id: "key_\(id)", nameDanish: id, nameEnglish: id, kind: .custom)
            for party in parties {
                key.weights[party.code] = KeyWeight(value: Double(1 + random.below(100)), provenance: provenance)
            }
            keys[key.id] = key
            programmes.append(
                Programme(
                    id: id,
                    nameDanish: id,
                    nameEnglish: id,
                    keyID: key.id,
                    targets: [
                        Target(year: 2027, places: places * municipalities, kind: .exact, provenance: provenance)
                    ],
                    splits: id == "paedagog" ? Self.paedagogSplits(provenance) : [],
                    location: location
                )
            )
        }
        return TraineeshipInputs(year: 2027, municipalities: parties, keys: keys, programmes: programmes)
    }

    /// The shipped pædagog splits: specialisation 40/20/40 and start 50/50.
    static func paedagogSplits(_ provenance: Provenance) -> [SplitDimension] {
        func dimension(_ id: String, _ categories: [(String, Double)]) -> SplitDimension {
            SplitDimension(
                id: id,
                nameDanish: id,
                nameEnglish: id,
                categories: categories.map { SplitCategory(id: $0, nameDanish: $0, nameEnglish: $0, percent: $1) },
                provenance: provenance
            )
        }
        return [
            dimension("specialisation", [("dagtilbud", 40), ("skole_fritid", 20), ("social_special", 40)]),
            dimension("start", [("juni", 50), ("december", 50)]),
        ]
    }
}
