import Allocation
import Testing

/// The textbook weaknesses of each method, reproduced on small hand-checked cases.
@Suite struct ParadoxTests {
    static func claimants(_ weights: [Double]) -> [Claimant] {
        weights.enumerated().map { Claimant(name: "P\($0)", weight: $1, tieRank: $0) }
    }

    /// Alabama paradox: populations 6, 6, 2.
    ///
    /// With 10 seats the quotas are 4.29 4.29 1.43 → C gets the spare seat (4, 4, 2); with 11 seats they are 4.71 4.71
    /// 1.57 → A and B get the spare seats (5, 5, 1): one more seat in the house and C loses one.
    @Test func hamiltonShowsTheAlabamaParadox() throws {
        let states = Self.claimants([6, 6, 2])
        #expect(try LargestRemainder.apportion(states, seats: 10).allocation == [4, 4, 2])
        #expect(try LargestRemainder.apportion(states, seats: 11).allocation == [5, 5, 1])
    }

    /// D'Hondt breaks upper quota: weights 3, 6, 28 and 9 seats.
    ///
    /// C's quota is 6.81, it gets 8. C's averages 28 14 9.33 7 5.6 4.67 4 3.5 (3.11); B 6 (3); A 3: the 9 largest are
    /// C's eight and B's 6.
    @Test func dhondtViolatesUpperQuota() throws {
        let result = try HighestAverages.apportion(Self.claimants([3, 6, 28]), seats: 9, method: .dhondt)
        #expect(result.allocation == [0, 1, 8])
        #expect(Double(result.allocation[2]) > result.quotas[2].rounded(.up))
    }

    /// Sainte-Laguë breaks upper quota too: weights 3, 58, 9, 8 and 12 seats; B's quota 8.92, it gets 10.
    ///
    /// B's averages 58 19.3 11.6 8.29 6.44 5.27 4.46 3.87 3.41 3.05; C 9 (3); D 8 (2.67); A 3.
    @Test func sainteLagueViolatesUpperQuota() throws {
        let result = try HighestAverages.apportion(Self.claimants([3, 58, 9, 8]), seats: 12, method: .sainteLague)
        #expect(result.allocation == [0, 10, 1, 1])
        #expect(Double(result.allocation[1]) > result.quotas[1].rounded(.up))
    }

    /// Huntington–Hill breaks lower quota: weights 7, 4, 54, 43 and 8 seats; C's quota is exactly 4, it gets 3.
    ///
    /// All four first get a seat (divisor 0); then C 38.2, D 30.4, C 22.0, D 17.6 win (C's next would be 15.6).
    @Test func huntingtonHillViolatesLowerQuota() throws {
        let result = try HighestAverages.apportion(Self.claimants([7, 4, 54, 43]), seats: 8, method: .huntingtonHill)
        #expect(result.allocation == [1, 1, 3, 3])
        #expect(abs(result.quotas[2] - 4) < 1e-12)
    }

    /// Hamilton never violates quota on the same inputs.
    @Test(arguments: [([3.0, 6, 28], 9), ([3.0, 58, 9, 8], 12), ([7.0, 4, 54, 43], 8)])
    func hamiltonKeepsQuota(weights: [Double], seats: Int) throws {
        let result = try LargestRemainder.apportion(Self.claimants(weights), seats: seats)
        for (seat, quota) in zip(result.allocation, result.quotas) {
            #expect(Double(seat) >= quota.rounded(.down) && Double(seat) <= quota.rounded(.up))
        }
    }
}
