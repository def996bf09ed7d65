import Allocation
import BenchmarkSupport
import Foundation
import KKRDomain
import TestSupport
import Testing

/// The input set shaped like social_synth: its sizes, determinism, and that the folder written is read back as the
/// same instance and planned to the same cost.
@Suite struct SocialSynthGeneratorTests {
    @Test func nationalSizeIsShapedLikeSocialSynth() {
        let inputs = SocialSynthGenerator().generate()
        #expect(inputs.municipalities.count == 98 && inputs.offers.count == 2_000)
        let kinds = Set(inputs.offers.map { $0.targetGroupID + "|" + $0.sectionID })
        #expect(kinds.count == 36)
        // 98 × 36 = 3,528 pairs, each with probability 0.98: 3,457 expected, σ ≈ 8.3.
        #expect((3_420...3_495).contains(inputs.demand.count))
        #expect(inputs.demand.allSatisfy { (1...20).contains($0.citizens) })
        #expect(inputs.offers.allSatisfy { (5...60).contains($0.places) && $0.minimumOccupancy == 0.9 })
        #expect(
            inputs.offers.allSatisfy {
                (300_000...2_000_000).contains($0.tariff) && $0.tariff.truncatingRemainder(dividingBy: 1_000) == 0
            }
        )
        #expect(inputs.placements.isEmpty)
        // The model's size from the inputs alone: a demand row per cell, a capacity and an occupancy row per offer;
        // a purchase column per cell and offer of its kind, an outside and an unmet column per cell, an empty-place
        // column per offer. social_synth has 7,460 rows and about 199,000 columns.
        var offersOfKind: [String: Int] = [:]
        for offer in inputs.offers { offersOfKind[offer.targetGroupID + "|" + offer.sectionID, default: 0] += 1 }
        let purchases = inputs.demand.reduce(0) { $0 + (offersOfKind[$1.targetGroupID + "|" + $1.sectionID] ?? 0) }
        let rows = inputs.demand.count + 2 * inputs.offers.count
        let columns = purchases + 2 * inputs.demand.count + inputs.offers.count
        #expect((7_420...7_500).contains(rows))
        #expect((185_000...215_000).contains(columns))
    }

    @Test func sameSeedSameFilesOtherSeedOtherFiles() {
        let one = SocialInputsWriter.files(SocialSynthGenerator(municipalities: 8, offers: 40).generate())
        let two = SocialInputsWriter.files(SocialSynthGenerator(municipalities: 8, offers: 40).generate())
        let other = SocialInputsWriter.files(SocialSynthGenerator(municipalities: 8, offers: 40, seed: 1).generate())
        #expect(one.map(\.text) == two.map(\.text))
        #expect(one.map(\.text) != other.map(\.text))
    }

    /// The model of the written folder has the generator's sizes (built from what `kkr-plan social` reads).
    @Test func writtenFolderReadsBackAsTheSameInstance() throws {
        let inputs = SocialSynthGenerator(municipalities: 6, offers: 30, targetGroups: 2, seed: 11).generate()
        let read = try Self.roundTrip(inputs)
        #expect(read.offers.map(\.id) == inputs.offers.map(\.id))
        #expect(read.offers.map(\.places) == inputs.offers.map(\.places))
        #expect(read.offers.map(\.tariff) == inputs.offers.map(\.tariff))
        #expect(read.offers.map(\.occupancyFloor) == inputs.offers.map(\.occupancyFloor))
        #expect(read.demand.map(\.citizens) == inputs.demand.map(\.citizens))
        for from in inputs.distances.codes {
            for to in inputs.distances.codes {
                #expect(
                    read.distances.kilometres(from: from, to: to) == inputs.distances.kilometres(from: from, to: to)
                )
            }
        }
        let model = SocialModel(read, integer: false).model
        let original = SocialModel(inputs, integer: false).model
        #expect(model.rowCount == original.rowCount && model.columnCount == original.columnCount)
        #expect(model.objectiveCoefficients == original.objectiveCoefficients)
    }

    /// The project's own national generator, with existing placements, through the same writer: read back and
    /// planned, the same cost as in memory, and every check holds (the instance is feasible and whole).
    @Test func writtenPlanCostsTheSameAsInMemory() throws {
        let inputs = SocialInstanceGenerator(municipalities: 6, offers: 40, seed: 3).generate()
        #expect(!inputs.placements.isEmpty)
        let read = try Self.roundTrip(inputs)
        #expect(read.placements.map(\.citizens) == inputs.placements.map(\.citizens))
        let inMemory = try #require(try SocialPlanner(solver: TestSolver.make()).plan(inputs).plan)
        let fromFiles = try #require(try SocialPlanner(solver: TestSolver.make()).plan(read).plan)
        #expect(inMemory.checks.allHold && fromFiles.checks.allHold)
        #expect(abs(inMemory.costs.total - fromFiles.costs.total) <= 1e-9 * inMemory.costs.total)
    }

    /// By hand: one buyer with 4 citizens, one offer of 3 places at 100,000 kr (90 % bound: 3 used), 10 km away at
    /// 100 kr per km: 3 × 101,000 + 1 outside at 2,500,000 = 2,803,000 kr.
    @Test func handCheckedSmallInstance() throws {
        var inputs = SocialSynthGenerator(municipalities: 2, offers: 1, targetGroups: 1, seed: 5).generate()
        let buyer = inputs.municipalities[0]
        let location = inputs.municipalities[1]
        inputs.offers[0].location = location
        inputs.offers[0].operatorParty = location
        inputs.offers[0].targetGroupID = "g1"
        inputs.offers[0].sectionID = "sel108"
        inputs.offers[0].places = 3
        inputs.offers[0].tariff = 100_000
        inputs.demand = [
            SocialDemand(
                buyer: buyer,
                targetGroupID: "g1",
                sectionID: "sel108",
                citizens: 4,
                provenance: inputs.demand[0].provenance
            )
        ]
        inputs.distances = DistanceMatrix(codes: inputs.municipalities.map(\.code)) { _, _ in 10 }
        let files = SocialInputsWriter.files(inputs, source: "hand")
        let offers = try #require(files.first { $0.path == "social/offers.csv" }?.text)
        #expect(offers.split(separator: "\n").last == "o1;Tilbud 1;102;102;g1;sel108;3;100000;90;yes;hand")
        #expect(
            files.first { $0.path == "social/distances.csv" }?.text
                == "from;to;km;illustrative;source\n101;102;10;yes;hand\n"
        )
        let plan = try #require(try SocialPlanner(solver: TestSolver.make()).plan(try Self.roundTrip(inputs)).plan)
        #expect(plan.costs.total == 3 * 101_000 + 2_500_000)
        #expect(plan.demand.first?.outside == 1)
    }

    static func roundTrip(_ inputs: SocialInputs) throws -> SocialInputs {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("synth-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try SocialInputsWriter.write(inputs, to: folder)
        return try SocialInputReader.read(folder: folder, displayName: "generated")
    }
}
