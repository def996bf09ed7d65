import Foundation
import KKRDomain
import Testing

/// Each training-place change kind applied to the shipped inputs, and the errors at the change that caused them.
@Suite struct ScenarioApplierTests {
    static let base: ScenarioInputs? = try? ScenarioInputs(
        traineeships: TraineeshipInputReader.read(folder: DefaultInputsTests.inputs, displayName: "Inputs")
    )

    static func apply(_ actions: [ScenarioChange.Action]) throws -> ScenarioInputs {
        try ScenarioFixture.apply(actions, to: try #require(Self.base))
    }

    static func problems(_ actions: [ScenarioChange.Action]) throws -> [String] {
        ScenarioFixture.problems(actions, base: try #require(Self.base))
    }

    static func target(_ inputs: ScenarioInputs, _ id: String) -> Target? {
        inputs.traineeships.programmes.first { $0.id == id }?.target(for: 2027)
    }

    @Test func setTargetReplacesPlacesAndKindAndMarksTheFigure() throws {
        let changed = try Self.apply([
            .setTarget(programmeIDs: ["ssa", "paedagog"], places: 700, kind: .exact),
            .setTarget(programmeIDs: ["pau"], places: 200, kind: nil),
        ])
        let ssa = try #require(Self.target(changed, "ssa"))
        #expect(ssa.places == 700 && ssa.kind == .exact)
        #expect(Self.target(changed, "paedagog")?.places == 700)
        #expect(Self.target(changed, "pau")?.places == 200 && Self.target(changed, "pau")?.kind == .minimum)
        #expect(ssa.provenance.illustrative)
        #expect(ssa.provenance.source == "scenario change (S/x.yaml:5:5)")
        #expect(Self.target(changed, "ssh")?.places == 309)
    }

    /// 618 · 1.1 = 679.8 → 680; 175 · 1.1 = 192.5 → 193 (half away from 0); 309 · 0.95 = 293.55 → 294.
    @Test func scaleTargetRoundsToWholePlaces() throws {
        let up = try Self.apply([.scaleTarget(programmeIDs: ["ssa", "pau"], factor: 1.1)])
        #expect(Self.target(up, "ssa")?.places == 680)
        #expect(Self.target(up, "pau")?.places == 193)
        let down = try Self.apply([.scaleTarget(programmeIDs: ["ssh"], factor: 0.95)])
        #expect(Self.target(down, "ssh")?.places == 294)
        #expect(Self.target(down, "ssh")?.kind == .minimum)
    }

    @Test func switchKeyChangesTheProgrammesKey() throws {
        let changed = try Self.apply([.switchKey(programmeIDs: ["ssa"], keyID: "age_80_plus")])
        #expect(changed.traineeships.programmes.first { $0.id == "ssa" }?.keyID == "age_80_plus")
        #expect(changed.traineeships.programmes.first { $0.id == "ssh" }?.keyID == "age_80_plus")
        #expect(changed.traineeships.programmes.first { $0.id == "pau" }?.keyID == "age_0_5")
    }

    @Test func floorsAndCapsAreSetRemovedAndAppliedToAll() throws {
        let changed = try Self.apply([
            .setCap(programmeIDs: ["ssa"], parties: .codes(["825"]), places: 3),
            .setFloor(programmeIDs: ["ssa"], parties: .codes(["825"]), places: nil),
            .setCap(programmeIDs: ["paedagog"], parties: .all, places: 400),
        ])
        let laeso = try #require(changed.traineeships.bounds["ssa"]?["825"])
        #expect(laeso.cap == 3 && laeso.floor == nil)
        #expect(laeso.provenance.source == "scenario change (S/x.yaml:6:5)")
        // The pædagog programme has no bounds in bounds.csv: 'all' creates a cap for each of the 11 municipalities.
        let paedagog = changed.traineeships.bounds["paedagog"] ?? [:]
        #expect(paedagog.count == 11 && paedagog.values.allSatisfy { $0.cap == 400 && $0.floor == nil })
        // Aalborg's SSA bounds are untouched (2…224 in bounds.csv).
        #expect(changed.traineeships.bounds["ssa"]?["851"]?.floor == 2)
        #expect(changed.traineeships.bounds["ssa"]?["851"]?.cap == 224)
    }

    @Test func namesThatDoNotExistAreErrorsAtTheChange() throws {
        let problems = try Self.problems([
            .setTarget(programmeIDs: ["sosu"], places: 1, kind: nil),
            .switchKey(programmeIDs: ["ssa"], keyID: "age_90_plus"),
            .setCap(programmeIDs: ["ssa"], parties: .codes(["999", "1081"]), places: 1),
        ])
        #expect(
            problems == [
                "S/x.yaml:5:5: error: the programme 'sosu' does not exist — hint: the programmes are: paedagog, pau, ssh, ssa",
                "S/x.yaml:6:5: error: the distribution key 'age_90_plus' is not declared — hint: use one of: age_0_5, age_18_64, age_65_plus, age_6_17, age_80_plus, population_2020, refugees_2015",
                "S/x.yaml:7:5: error: '999' does not take part in 'ssa' — hint: use the DST code of one of: 773 Morsø, 787 Thisted, 810 Brønderslev, 813 Frederikshavn, 820 Vesthimmerland, 825 Læsø, 840 Rebild, 846 Mariagerfjord, 849 Jammerbugt, 851 Aalborg, 860 Hjørring",
                "S/x.yaml:7:5: error: Region Nordjylland (1081) does not take part in 'ssa' — hint: use the DST code of one of: 773 Morsø, 787 Thisted, 810 Brønderslev, 813 Frederikshavn, 820 Vesthimmerland, 825 Læsø, 840 Rebild, 846 Mariagerfjord, 849 Jammerbugt, 851 Aalborg, 860 Hjørring",
            ]
        )
    }

    /// Aalborg's SSA cap is 224 (bounds.csv): a floor of 300 crosses it, reported at the change.
    @Test func aFloorAboveTheCapIsAnErrorAtTheChange() throws {
        let problems = try Self.problems([
            .setTarget(programmeIDs: ["ssa"], places: 650, kind: nil),
            .setFloor(programmeIDs: ["ssa"], parties: .codes(["851"]), places: 300),
        ])
        #expect(
            problems == [
                "S/x.yaml:6:5: error: with this change, the floor 300 is above the cap 224 for Aalborg (851), programme ssa — hint: change the floor and the cap together so that floor ≤ cap"
            ]
        )
    }

    /// The caps become too small at the second change; the third only changes the numbers in the message.
    @Test func revalidationBlamesTheChangeThatCausedTheProblem() throws {
        let problems = try Self.problems([
            .setTarget(programmeIDs: ["ssa"], places: 300, kind: nil),
            .setCap(programmeIDs: ["ssa"], parties: .all, places: 20),
            .setTarget(programmeIDs: ["ssa"], places: 250, kind: nil),
        ])
        #expect(
            problems == [
                "S/x.yaml:6:5: error: with this change, the caps of 'ssa' add up to 220, fewer than its regional number 250 for 2027 — hint: raise caps in the bounds file (largest: Morsø 20, Thisted 20, Brønderslev 20) or lower the number"
            ]
        )
    }

    /// An exact target below the floors: the validator's message, at the change.
    @Test func anImpossibleTargetIsAValidationError() throws {
        let problems = try Self.problems([.setTarget(programmeIDs: ["ssh"], places: 10, kind: .exact)])
        #expect(
            problems == [
                "S/x.yaml:5:5: error: with this change, the floors of 'ssh' add up to 22, more than its exact regional number 10 for 2027 — hint: lower floors in the bounds file (largest: Morsø 2, Thisted 2, Brønderslev 2) or raise the number"
            ]
        )
    }

    /// Issue 13, item 2: a scale factor of 500,000 made a false "infeasible"; the scaled number is out of range,
    /// an error at the change (992 · 500,000 = 496,000,000 > 1,000,000).
    @Test func aScaledTargetOutOfRangeIsAValidationError() throws {
        let problems = try Self.problems([.scaleTarget(programmeIDs: ["paedagog"], factor: 500_000)])
        #expect(
            problems == [
                "S/x.yaml:5:5: error: with this change, the regional number of 'paedagog' for 2027 is 496000000, outside the supported range of places — hint: a region's training places are at most thousands; the supported range is 0 to 1000000"
            ]
        )
    }

    @Test func socialChangesNeedTheSocialInputs() throws {
        let problems = try Self.problems([.closeOffer(offerIDs: ["a"])])
        #expect(problems.count == 1)
        #expect(
            problems.first?.hasPrefix("S/x.yaml:5:5: error: the change 'close_offer' needs the Socialaftale inputs")
                == true
        )
    }

    @Test func noChangesGiveTheBase() throws {
        let unchanged = try Self.apply([])
        #expect(Self.target(unchanged, "ssa")?.places == 618)
        #expect(unchanged.traineeships.bounds == Self.base?.traineeships.bounds)
    }

    @Test(arguments: [
        (0.4, 0), (0.5, 1), (2.5, 3), (679.8, 680), (192.500_000_000_03, 193), (192.499_999_999_99, 193), (-3.0, 0),
    ])
    func wholePlacesRoundsHalfAwayFromZero(value: Double, expected: Int) {
        #expect(ScenarioApplier.wholePlaces(value) == expected)
    }
}
