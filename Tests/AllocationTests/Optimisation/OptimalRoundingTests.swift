import Allocation
import TestSupport
import Testing

/// The lexicographic optimiser: hand-checked cases and, over many generated inputs, equality with Hamilton.
@Suite struct OptimalRoundingTests {
    let apportioner = Apportioner(solver: TestSolver.make())

    /// Quotas 3.478 2.783 1.043 0.696 (votes 100k/80k/30k/20k, 8 seats): the largest deviation is
    /// minimised by rounding B and D up (deviations .478 .217 .043 .304, largest .478) — Hamilton's answer.
    @Test func handCheckedFourParties() throws {
        let votes = [("A", 100_000.0), ("B", 80_000), ("C", 30_000), ("D", 20_000)].enumerated()
            .map {
                Claimant(name: $1.0, weight: $1.1, tieRank: $0)
            }
        let result = try apportioner.apportion(votes, seats: 8, method: .optimal)
        #expect(result.allocation == [3, 3, 1, 1])
    }

    /// A cap moves the excess to the others in proportion: weights 50/30/20, 10 seats, cap 3 on the first.
    ///
    /// Bounded quotas: 3, then 7 shared 30:20 → 4.2 and 2.8 → 4 and 3 (remainders .2 and .8).
    @Test func capSharesTheExcessProportionally() throws {
        let claimants = [
            Claimant(name: "A", weight: 50, cap: 3, tieRank: 0), Claimant(name: "B", weight: 30, tieRank: 1),
            Claimant(name: "C", weight: 20, tieRank: 2),
        ]
        #expect(try apportioner.apportion(claimants, seats: 10, method: .optimal).allocation == [3, 4, 3])
        #expect(try LargestRemainder.apportion(claimants, seats: 10).allocation == [3, 4, 3])
    }

    /// Equal weights leave a pure tie; the documented rule (equal weight → lower tie rank) decides.
    @Test func tieGoesToTheLowerRank() throws {
        let claimants = (0..<3).map { Claimant(name: "P\($0)", weight: 1, tieRank: 2 - $0) }
        #expect(try apportioner.apportion(claimants, seats: 4, method: .optimal).allocation == [1, 1, 2])
        #expect(try LargestRemainder.apportion(claimants, seats: 4).allocation == [1, 1, 2])
    }

    @Test func impossibleFloorsAreReported() {
        let claimants = [Claimant(name: "A", weight: 1, floor: 3), Claimant(name: "B", weight: 1, floor: 3)]
        #expect(throws: ApportionmentError.floorsExceedSeats(floors: 6, seats: 5)) {
            try apportioner.apportion(claimants, seats: 5, method: .optimal)
        }
    }

    // MARK: - Properties over generated inputs

    /// Without bounds the optimiser gives exactly Hamilton's result (quota property, same tie rule).
    @Test func equalsHamiltonWithoutBounds() throws {
        var generator = SeededGenerator(seed: 20_270)
        for _ in 0..<150 {
            let count = Int.random(in: 2...12, using: &generator)
            let claimants = (0..<count)
                .map { index in
                    Claimant(
                        name: "P\(index)",
                        weight: Double(Int.random(in: 0...500, using: &generator)),
                        tieRank: index
                    )
                }
            guard claimants.contains(where: { $0.weight > 0 }) else { continue }
            let seats = Int.random(in: 0...200, using: &generator)
            let optimal = try apportioner.apportion(claimants, seats: seats, method: .optimal)
            let hamilton = try LargestRemainder.apportion(claimants, seats: seats)
            #expect(optimal.allocation == hamilton.allocation, "weights \(claimants.map(\.weight)), seats \(seats)")
            #expect(optimal.allocation.reduce(0, +) == seats)
            for (seat, quota) in zip(optimal.allocation, optimal.quotas) {
                #expect(Double(seat) >= (quota - 1e-9).rounded(.down) && Double(seat) <= (quota + 1e-9).rounded(.up))
            }
        }
    }

    /// With random floors and caps the optimiser equals bounded Hamilton and respects every bound.
    @Test func equalsBoundedHamiltonWithBounds() throws {
        var generator = SeededGenerator(seed: 7)
        var checked = 0
        for _ in 0..<150 {
            let count = Int.random(in: 2...10, using: &generator)
            let claimants = (0..<count)
                .map { index in
                    let floor = Bool.random(using: &generator) ? Int.random(in: 0...5, using: &generator) : nil
                    let cap =
                        Bool.random(using: &generator) ? (floor ?? 0) + Int.random(in: 0...15, using: &generator) : nil
                    return Claimant(
                        name: "P\(index)",
                        weight: Double(Int.random(in: 1...300, using: &generator)),
                        floor: floor,
                        cap: cap,
                        tieRank: index
                    )
                }
            let seats = Int.random(in: 0...80, using: &generator)
            guard let hamilton = try? LargestRemainder.apportion(claimants, seats: seats) else {
                #expect(throws: ApportionmentError.self) {
                    try apportioner.apportion(claimants, seats: seats, method: .optimal)
                }
                continue
            }
            let optimal = try apportioner.apportion(claimants, seats: seats, method: .optimal)
            #expect(optimal.allocation == hamilton.allocation, "claimants \(claimants), seats \(seats)")
            for (seat, claimant) in zip(optimal.allocation, claimants) {
                #expect(seat >= claimant.lowerBound && seat <= claimant.upperBound)
            }
            checked += 1
        }
        #expect(checked > 50)
    }
}
