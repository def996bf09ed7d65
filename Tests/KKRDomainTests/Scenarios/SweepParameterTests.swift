import KKRDomain
import Testing

/// The sweep vocabulary: which paths exist, the values of a sweep, their ranges and the change each value makes.
@Suite struct SweepParameterTests {
    static func parameter(_ path: String) throws -> SweepParameter {
        try SweepParameter.parse(path).get()
    }

    @Test(arguments: [
        "traineeships.ssa.target", "traineeships.pau.target_factor", "traineeships.ssa.floor.825",
        "traineeships.ssa.cap.all", "social.offer.x.places", "social.offer.x.tariff", "social.offer.x.tariff_factor",
        "social.demand.autisme.scale", "social.demand.all.scale", "social.buyer.851.scale", "social.policy.km_cost",
    ])
    func knownPaths(path: String) throws {
        #expect(try Self.parameter(path).path == path)
    }

    @Test(arguments: [
        "", "ssa.target", "traineeships.ssa", "traineeships.ssa.places", "traineeships.ssa.floor",
        "traineeships..target", "social.offer.x.colour", "social.policy.speed", "social.demand.autisme",
        "traineeships.ssa.target.extra",
    ])
    func unknownPaths(path: String) {
        guard case .failure(let error) = SweepParameter.parse(path) else {
            Issue.record("\(path) was accepted")
            return
        }
        #expect(error.description.hasPrefix("'\(path)' is not a sweep parameter — hint: use one of"))
    }

    /// Counts are rounded (500 + 200·i/6 = 533.3, 566.7, …); factors are not; the end points are exact.
    @Test func valuesAreEvenlySpaced() throws {
        #expect(
            try Self.parameter("traineeships.ssa.target").values(from: 500, to: 700, steps: 7)
                == [500, 533, 567, 600, 633, 667, 700]
        )
        let factors = try Self.parameter("traineeships.ssa.target_factor").values(from: 0.9, to: 1.1, steps: 5)
        #expect(factors.count == 5 && factors.first == 0.9 && factors.last == 1.1)
        #expect(abs(factors[1] - 0.95) < 1e-12 && abs(factors[2] - 1.0) < 1e-12)
        #expect(try Self.parameter("traineeships.ssa.target").values(from: 10, to: 8, steps: 3) == [10, 9, 8])
    }

    @Test func rangesAreChecked() throws {
        #expect(
            try Self.parameter("traineeships.ssa.target").rangeProblem(-1)
                == "traineeships.ssa.target must be at least 0, not -1"
        )
        #expect(
            try Self.parameter("traineeships.ssa.target_factor").rangeProblem(0)
                == "traineeships.ssa.target_factor must be above 0, not 0"
        )
        #expect(
            try Self.parameter("social.offer.x.places").rangeProblem(0)
                == "social.offer.x.places must be at least 1, not 0"
        )
        #expect(
            try Self.parameter("social.policy.min_occupancy_percent").rangeProblem(101)
                == "social.policy.min_occupancy_percent must be at most 100, not 101 (allowed: 0 to 100)"
        )
        // Issue 13, item 6: every parameter has a maximum, so no sweep value reaches a number a chart cannot show.
        #expect(
            try Self.parameter("social.policy.km_cost").rangeProblem(1e15)
                == "social.policy.km_cost must be at most 1000000000, not 1000000000000000.0 (allowed: 0 to 1000000000)"
        )
        #expect(
            try Self.parameter("traineeships.paedagog.target").rangeProblem(1e15)
                == "traineeships.paedagog.target must be at most 1000000, not 1000000000000000.0 (allowed: 0 to 1000000)"
        )
        #expect(
            try Self.parameter("social.offer.x.tariff_factor").rangeProblem(1e300)
                == "social.offer.x.tariff_factor must be at most 1000, not 1e+300 (allowed: above 0 to 1000)"
        )
        #expect(try Self.parameter("social.demand.all.scale").rangeProblem(1000) == nil)
        #expect(try Self.parameter("social.demand.autisme.scale").rangeProblem(0) == nil)
        #expect(try Self.parameter("traineeships.ssa.target").rangeProblem(.nan) != nil)
    }

    @Test func eachValueMakesTheMatchingChange() throws {
        #expect(
            try Self.parameter("traineeships.ssa.target").change(for: 612.4).action
                == .setTarget(programmeIDs: ["ssa"], places: 612, kind: nil)
        )
        #expect(
            try Self.parameter("traineeships.ssa.cap.825").change(for: 3).action
                == .setCap(programmeIDs: ["ssa"], parties: .codes(["825"]), places: 3)
        )
        #expect(
            try Self.parameter("traineeships.pau.floor.all").change(for: 1).action
                == .setFloor(programmeIDs: ["pau"], parties: .all, places: 1)
        )
        #expect(
            try Self.parameter("social.demand.autisme.scale").change(for: 1.15).action
                == .scaleDemand(targetGroupIDs: ["autisme"], buyers: .all, factor: 1.15)
        )
        #expect(
            try Self.parameter("social.buyer.851.scale").change(for: 2).action
                == .scaleDemand(targetGroupIDs: [], buyers: .codes(["851"]), factor: 2)
        )
        #expect(
            try Self.parameter("social.offer.x.tariff").change(for: 1e6).action
                == .changeOffer(offerIDs: ["x"], places: nil, tariff: 1e6, tariffFactor: nil)
        )
        #expect(
            try Self.parameter("social.policy.km_cost").change(for: 300).action
                == .setPolicy(weight: .kmCost, value: 300)
        )
        #expect(
            try Self.parameter("traineeships.ssa.target").change(for: 600).location.file
                == "traineeships.ssa.target = 600"
        )
    }
}
