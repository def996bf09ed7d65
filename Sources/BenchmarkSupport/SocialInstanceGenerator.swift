import Allocation
import Foundation
import KKRDomain

/// Generates a national-size Socialaftale instance (98 municipalities, about 2,000 offers, 12 target groups) from a seed.
///
/// For the benchmark and for scale tests: the same seed gives the same
/// instance on every machine. Municipalities get a population drawn around
/// Denmark's median (45,000, log-normal) and a seat in Denmark's bounding
/// box; each target group has three law sections, so there are 36 kinds of
/// place. Offers get a kind, a location (weighted by population), 5–60
/// places and a tariff around the kind's base. Demand per municipality and
/// kind is proportional to population, scaled so that the country needs
/// about as many places as there are; half of each municipality's demand is
/// already placed at its nearest offers. Nothing here is real data.
public struct SocialInstanceGenerator: Sendable {
    /// Municipalities (buyers).
    public var municipalities: Int
    /// Offers.
    public var offers: Int
    /// Target groups (each with three sections).
    public var targetGroups: Int
    /// Country-wide demand as a share of the places (1 = as many citizens as places).
    public var demandRatio: Double
    /// The seed.
    public var seed: UInt64

    /// Creates a generator; the defaults are the national size of the benchmark.
    public init(
        municipalities: Int = 98,
        offers: Int = 2_000,
        targetGroups: Int = 12,
        demandRatio: Double = 1.0,
        seed: UInt64 = 2027
    ) {
        self.municipalities = municipalities
        self.offers = offers
        self.targetGroups = targetGroups
        self.demandRatio = demandRatio
        self.seed = seed
    }

    /// The sections every generated target group uses, with a base tariff (kr per place per year) each.
    static let sectionBases: [(section: LawSection, tariff: Double)] = [
        (
            LawSection(
                id: "sel104",
                citation: "SEL § 104",
                nameDanish: "Aktivitets- og samværstilbud",
                nameEnglish: "Day offer"
            ), 200_000
        ),
        (
            LawSection(
                id: "sel107",
                citation: "SEL § 107",
                nameDanish: "Midlertidigt botilbud",
                nameEnglish: "Temporary residential"
            ), 900_000
        ),
        (
            LawSection(
                id: "sel108",
                citation: "SEL § 108",
                nameDanish: "Længerevarende botilbud",
                nameEnglish: "Long-term residential"
            ), 1_000_000
        ),
    ]

    /// The instance.
    public func generate() -> SocialInputs {
        var random = Xorshift64Star(seed: seed)
        let here = SourceLocation(file: "generated")
        let provenance = Provenance(illustrative: true, source: "generated (seed \(seed))", location: here)
        let parties = (0..<municipalities).map { Party(code: String(101 + $0), name: "Kommune \(101 + $0)") }
        let population = parties.map { _ in max(2_000, 45_000 * exp(0.8 * random.normal())) }
        var coordinates: [String: Coordinate] = [:]
        for party in parties {
            coordinates[party.code] = Coordinate(
                latitude: random.uniform(54.8, 57.6),
                longitude: random.uniform(8.2, 12.6)
            )
        }
        let regions = (0..<5).map { Party(code: String(1081 + $0), name: "Region \($0 + 1)", kind: .region) }
        let groups = (0..<targetGroups)
            .map {
                TargetGroup(id: "g\($0 + 1)", nameDanish: "Målgruppe \($0 + 1)", nameEnglish: "Target group \($0 + 1)")
            }
        let kinds = groups.flatMap { group in Self.sectionBases.map { (group: group.id, base: $0) } }
        let totalPopulation = population.reduce(0, +)
        let cumulative = population.reduce(into: [Double]()) { $0.append(($0.last ?? 0) + $1) }

        var generated: [SocialOffer] = []
        for index in 0..<offers {
            let kind = kinds[random.below(kinds.count)]
            let draw = random.uniform(0, totalPopulation)
            let location = parties[min(parties.count - 1, cumulative.firstIndex { $0 >= draw } ?? 0)]
            let runByRegion = random.uniform(0, 1) < 0.1
            generated.append(
                SocialOffer(
                    id: "o\(index + 1)",
                    name: "Tilbud \(index + 1)",
                    operatorParty: runByRegion ? regions[random.below(regions.count)] : location,
                    location: location,
                    targetGroupID: kind.group,
                    sectionID: kind.base.section.id,
                    places: 5 + random.below(56),
                    tariff: (kind.base.tariff * random.uniform(0.8, 1.3)).rounded(),
                    minimumOccupancy: 0.95,
                    provenance: provenance
                )
            )
        }
        let placesByKind = Dictionary(grouping: generated) { "\($0.targetGroupID)|\($0.sectionID)" }
            .mapValues { $0.reduce(0) { $0 + $1.places } }
        var demand: [SocialDemand] = []
        for kind in kinds {
            let places = Double(placesByKind["\(kind.group)|\(kind.base.section.id)"] ?? 0)
            for (index, party) in parties.enumerated() {
                let mean = demandRatio * places * population[index] / totalPopulation
                let citizens = max(0, Int((mean + mean.squareRoot() * random.normal()).rounded()))
                guard citizens > 0 else { continue }
                demand.append(
                    SocialDemand(
                        buyer: party,
                        targetGroupID: kind.group,
                        sectionID: kind.base.section.id,
                        citizens: citizens,
                        provenance: provenance
                    )
                )
            }
        }
        let rules = DistanceRules(roadFactor: PolicyFigure(1.3, provenance: provenance))
        let distances = DistanceMatrix.derived(codes: parties.map(\.code), coordinates: coordinates, rules: rules)
        let policy = SocialPolicy(
            kmCost: PolicyFigure(250, provenance: provenance),
            unmetPenalty: PolicyFigure(5_000_000, provenance: provenance),
            emptyPlaceCostShare: PolicyFigure(1, provenance: provenance),
            minimumOccupancy: PolicyFigure(0.95, provenance: provenance)
        )
        return SocialInputs(
            year: 2027,
            municipalities: parties,
            targetGroups: groups,
            sections: Self.sectionBases.map(\.section),
            offers: generated,
            demand: demand,
            placements: Self.placeHalf(demand, offers: generated, distances: distances, provenance: provenance),
            outsidePrices: kinds.map {
                OutsidePrice(
                    targetGroupID: $0.group,
                    sectionID: $0.base.section.id,
                    price: $0.base.tariff * 1.35,
                    provenance: provenance
                )
            },
            distances: distances,
            distanceRules: rules,
            policy: policy
        )
    }

    /// Half of each demand cell (rounded down) already placed, nearest offer first, within the places left.
    static func placeHalf(
        _ demand: [SocialDemand],
        offers: [SocialOffer],
        distances: DistanceMatrix,
        provenance: Provenance
    ) -> [ExistingPlacement] {
        var left = offers.map(\.places)
        let byKind = Dictionary(grouping: offers.indices) { "\(offers[$0].targetGroupID)|\(offers[$0].sectionID)" }
        var placements: [ExistingPlacement] = []
        for cell in demand {
            var need = cell.citizens / 2
            let candidates = (byKind["\(cell.targetGroupID)|\(cell.sectionID)"] ?? [])
                .map { (index: $0, km: distances.kilometres(from: cell.buyer.code, to: offers[$0].location.code) ?? 0) }
                .sorted { ($0.km, $0.index) < ($1.km, $1.index) }
            for candidate in candidates where need > 0 && left[candidate.index] > 0 {
                let take = min(need, left[candidate.index])
                left[candidate.index] -= take
                need -= take
                placements.append(
                    ExistingPlacement(
                        buyer: cell.buyer,
                        offerID: offers[candidate.index].id,
                        citizens: take,
                        provenance: provenance
                    )
                )
            }
        }
        return placements
    }
}
