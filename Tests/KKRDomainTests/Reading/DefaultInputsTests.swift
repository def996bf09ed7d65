import Foundation
import KKRDomain
import TestSupport
import Testing

/// The inputs (the frozen copy in `Tests/Fixtures/Inputs/`) read cleanly and hold the real figures of FACTS.md.
@Suite struct DefaultInputsTests {
    static let inputs = Fixtures.inputs

    @Test func readsWithoutProblems() throws {
        let inputs = try TraineeshipInputReader.read(folder: Self.inputs, displayName: "Inputs")
        #expect(inputs.year == 2027)
        #expect(inputs.municipalities.count == 11)
        #expect(inputs.region?.code == "1081")
        #expect(inputs.programmes.map(\.id) == ["paedagog", "pau", "ssh", "ssa"])
        #expect(inputs.warnings.isEmpty)
        #expect(
            inputs.files.map { ($0.displayName as NSString).lastPathComponent } == [
                "traineeships.yaml", "municipalities.csv", "distribution_keys.csv", "bounds.csv", "last_year.csv",
                "joint_capacity.csv",
            ]
        )
    }

    /// Population 1 January 2020 from FACTS.md / municipalities.csv, region total 589,936.
    @Test func populationMatchesPublishedFigures() throws {
        let inputs = try TraineeshipInputReader.read(folder: Self.inputs, displayName: "Inputs")
        let key = try #require(inputs.keys["population_2020"])
        #expect(key.weights["851"]?.value == 217_075)
        #expect(key.weights["825"]?.value == 1_786)
        #expect(key.weights.values.reduce(0) { $0 + $1.value } == 589_936)
        #expect(key.weights.values.allSatisfy { !$0.provenance.illustrative })
    }

    /// Age bands are assumptions: flagged, and the four disjoint bands add up to the population.
    @Test func ageBandsAreIllustrativeAndConsistent() throws {
        let inputs = try TraineeshipInputReader.read(folder: Self.inputs, displayName: "Inputs")
        for municipality in inputs.municipalities {
            let bands = ["age_0_5", "age_6_17", "age_18_64", "age_65_plus"]
                .compactMap {
                    inputs.keys[$0]?.weights[municipality.code]
                }
            #expect(bands.count == 4)
            #expect(bands.allSatisfy { $0.provenance.illustrative })
            #expect(
                bands.reduce(0) { $0 + $1.value } == inputs.keys["population_2020"]?.weights[municipality.code]?.value
            )
        }
    }

    /// Targets: SSA 618 = 6,000 × 10.3 %, SSH 309 = 3,000 × 10.3 %, PAU 175 = ⌊2,000 × 71/810⌉, all illustrative.
    @Test func targetsFollowTheStatedDerivation() throws {
        let inputs = try TraineeshipInputReader.read(folder: Self.inputs, displayName: "Inputs")
        let targets = Dictionary(
            uniqueKeysWithValues: inputs.programmes.compactMap { programme in
                programme.target(for: 2027).map { (programme.id, $0) }
            }
        )
        #expect(targets["ssa"]?.places == Int((6_000 * 0.103).rounded()))
        #expect(targets["ssh"]?.places == Int((3_000 * 0.103).rounded()))
        #expect(targets["pau"]?.places == Int((2_000.0 * 71 / 810).rounded()))
        #expect(targets["paedagog"]?.places == Int(620 * 2 * 0.8))
        #expect(targets.values.allSatisfy { $0.provenance.illustrative })
        #expect(targets["paedagog"]?.kind == .exact && targets["ssa"]?.kind == .minimum)
    }
}
