import KKRDomain
import Testing

/// Reading scenario files: every change kind, and every problem with its line, column and hint.
@Suite struct ScenarioReaderTests {
    static func read(_ text: String) -> (Scenario?, [String]) {
        var diagnostics = DiagnosticCollector()
        let file = InputFile(displayName: "S/x.yaml", text: text, sha256: "0")
        let scenario = ScenarioReader.read(file, id: "x", diagnostics: &diagnostics)
        return (scenario, diagnostics.sorted.map(\.description))
    }

    @Test func readsEveryKind() throws {
        let text = """
            name: Alt på én gang
            description: Hver slags ændring.
            base: other
            changes:
              - set_target: {programme: ssa, places: 680, kind: exact}
              - scale_target:
                  programme: [pau, ssh]
                  factor: 1,1
              - switch_key: {programme: ssh, key: age_65_plus}
              - set_floor: {programme: ssa, municipality: all, places: 2}
              - set_cap: {programme: ssa, municipality: [825, 851], places: none}
              - change_offer: {offer: nv-108, places: 20, tariff_factor: 1.05}
              - close_offer: {offer: [a, b]}
              - scale_demand: {target_group: autisme, buyer: 851, factor: 1.15}
              - set_policy: {weight: min_occupancy_percent, value: 90}
            """
        let (scenario, problems) = Self.read(text)
        #expect(problems.isEmpty)
        let read = try #require(scenario)
        #expect(read.id == "x" && read.name == "Alt på én gang" && read.description == "Hver slags ændring.")
        #expect(read.base.scenarioID == "other")
        #expect(
            read.changes.map(\.action) == [
                .setTarget(programmeIDs: ["ssa"], places: 680, kind: .exact),
                .scaleTarget(programmeIDs: ["pau", "ssh"], factor: 1.1),
                .switchKey(programmeIDs: ["ssh"], keyID: "age_65_plus"),
                .setFloor(programmeIDs: ["ssa"], parties: .all, places: 2),
                .setCap(programmeIDs: ["ssa"], parties: .codes(["825", "851"]), places: nil),
                .changeOffer(offerIDs: ["nv-108"], places: 20, tariff: nil, tariffFactor: 1.05),
                .closeOffer(offerIDs: ["a", "b"]),
                .scaleDemand(targetGroupIDs: ["autisme"], buyers: .codes(["851"]), factor: 1.15),
                .setPolicy(weight: .minOccupancyPercent, value: 90),
            ]
        )
        #expect(read.changes.map { $0.location.line } == [5, 6] + Array(9...15))
        #expect(read.changes.map(\.kindName).first == "set_target")
    }

    @Test func defaultBaseAndEmptyChanges() throws {
        let (scenario, problems) = Self.read("name: N\ndescription: D\nbase: default\nchanges: []\n")
        #expect(problems.isEmpty)
        #expect(try #require(scenario).base == .inputs)
        #expect(scenario?.changes.isEmpty == true)
    }

    static let cases: [(String, String, [String])] = [
        (
            "unknown top-level key and missing description",
            "name: N\nchanges: []\nowner: me\n",
            [
                "S/x.yaml:1:1: error: the document has no 'description' — hint: say in plain words what the scenario assumes, e.g. 'description: Landets minimumstal stiger 10 %.'",
                "S/x.yaml:3:1: error: unknown setting 'owner' in the document — hint: allowed here: name, description, base, changes",
            ]
        ),
        (
            "unknown change kind",
            "name: N\ndescription: D\nchanges:\n  - raise_target: {programme: ssa}\n",
            [
                "S/x.yaml:4:5: error: unknown setting 'raise_target' in 'changes[0]' — hint: allowed here: set_target, scale_target, switch_key, set_floor, set_cap, change_offer, close_offer, scale_demand, set_policy"
            ]
        ),
        (
            "unknown and missing argument",
            "name: N\ndescription: D\nchanges:\n  - scale_target: {programme: ssa, factr: 1.1}\n",
            [
                "S/x.yaml:4:19: error: 'changes[0].scale_target' has no 'factor' — hint: e.g. 'factor: 1.10' for +10 %",
                "S/x.yaml:4:36: error: unknown setting 'factr' in 'changes[0].scale_target' — hint: allowed here: programme, factor",
            ]
        ),
        (
            "impossible values",
            """
            name: N
            description: D
            changes:
              - scale_target: {programme: ssa, factor: 0}
              - set_target: {programme: ssa, places: -5}
              - set_floor: {programme: ssa, municipality: 825, places: 2.5}
              - set_policy: {weight: empty_place_cost_share, value: 1.5}
              - set_target: {programme: ssa, places: 5, kind: roughly}

            """,
            [
                "S/x.yaml:4:44: error: 'changes[0].scale_target.factor' is 0; the factor must be above 0 — hint: e.g. 'factor: 0.9' for −10 %",
                "S/x.yaml:5:42: error: 'changes[1].set_target.places' is -5, below the smallest allowed value 0 — hint: write a number ≥ 0",
                "S/x.yaml:6:60: error: 'changes[2].set_floor.places' must be a whole number — hint: e.g. 3",
                "S/x.yaml:7:57: error: 'changes[3].set_policy.value' is 1.5, above its largest value 1 — hint: write a share between 0 and 1",
                "S/x.yaml:8:51: error: 'changes[4].set_target.kind' is 'roughly', which is not a known value — hint: use one of exact, minimum",
            ]
        ),
        (
            "two changes in one item, a duplicate id, an offer change without a change",
            """
            name: N
            description: D
            changes:
              - close_offer: {offer: a}
                set_cap: {programme: ssa, municipality: 825, places: 1}
              - switch_key: {programme: [ssa, ssa], key: k}
              - change_offer: {offer: a}
              - change_offer: {offer: a, tariff: 100, tariff_factor: 2}

            """,
            [
                "S/x.yaml:4:5: error: 'changes[0]' holds 2 changes in one list item — hint: start each change on its own line with '- '",
                "S/x.yaml:6:35: error: 'ssa' is listed twice in 'changes[1].switch_key.programme' — hint: keep one",
                "S/x.yaml:7:19: error: 'changes[2].change_offer' changes nothing — hint: give 'places', 'tariff' or 'tariff_factor' (or use close_offer)",
                "S/x.yaml:8:19: error: 'changes[3].change_offer' gives both 'tariff' and 'tariff_factor' — hint: keep one: a new tariff in kr, or a factor on the current tariff",
            ]
        ),
        (
            "a scenario that is its own base",
            "name: N\ndescription: D\nbase: x\nchanges: []\n",
            [
                "S/x.yaml:3:7: error: the scenario 'x' names itself as its base — hint: write 'base: default' or the name of another scenario"
            ]
        ),
        (
            "YAML syntax",
            "name: N\ndescription: D\nchanges:\n  - set_target: {programme: ssa, places: 5\n",
            [
                "S/x.yaml:5:1: error: the YAML cannot be read: did not find expected ',' or '}' — hint: check indentation (spaces, not tabs), colons after keys and quotes around text with ':' or '#'"
            ]
        ),
    ]

    @Test(arguments: cases.indices)
    func reportsEveryProblem(index: Int) {
        let (name, text, expected) = Self.cases[index]
        let (scenario, problems) = Self.read(text)
        #expect(scenario == nil, "\(name)")
        #expect(problems == expected, "\(name)")
    }
}
