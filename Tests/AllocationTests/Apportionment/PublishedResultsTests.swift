import Allocation
import Testing

/// The methods against results that are published or can be checked by hand (averages listed in comments).
@Suite struct PublishedResultsTests {
    /// The 1790 US census (apportionment population), total 3,615,920.
    static let census1790: [(String, Double)] = [
        ("Virginia", 630_560), ("Massachusetts", 475_327), ("Pennsylvania", 432_879), ("North Carolina", 353_523),
        ("New York", 331_589), ("Maryland", 278_514), ("Connecticut", 236_841), ("South Carolina", 206_236),
        ("New Jersey", 179_570), ("New Hampshire", 141_822), ("Vermont", 85_533), ("Georgia", 70_835),
        ("Kentucky", 68_705), ("Rhode Island", 68_446), ("Delaware", 55_540),
    ]

    static func claimants(_ list: [(String, Double)]) -> [Claimant] {
        list.enumerated().map { Claimant(name: $1.0, weight: $1.1, tieRank: $0) }
    }

    /// Apportionment Act of 1792: Jefferson's method (= D'Hondt) gave the first House 105 seats thus.
    @Test func jeffersonReproducesTheHouseOf1792() throws {
        let result = try HighestAverages.apportion(Self.claimants(Self.census1790), seats: 105, method: .dhondt)
        #expect(result.allocation == [19, 14, 13, 10, 10, 8, 7, 6, 5, 4, 2, 2, 2, 2, 1])
    }

    /// Hamilton's method for the same 105 seats: Virginia 18 (quota 18.31), Delaware 2 (quota 1.61).
    ///
    /// Computed independently with exact fractions; differs from Jefferson exactly there.
    @Test func hamiltonOn1790() throws {
        let result = try LargestRemainder.apportion(Self.claimants(Self.census1790), seats: 105)
        #expect(result.allocation == [18, 14, 13, 10, 10, 8, 7, 6, 5, 4, 2, 2, 2, 2, 2])
        #expect(abs(result.quotas[0] - 18.310) < 0.001)
    }

    /// Webster (Sainte-Laguë) and Huntington–Hill on 1790 at 105 seats, by an independent exact computation.
    @Test func websterAndHuntingtonHillOn1790() throws {
        let claimants = Self.claimants(Self.census1790)
        let webster = try HighestAverages.apportion(claimants, seats: 105, method: .sainteLague)
        #expect(webster.allocation == [18, 14, 13, 10, 10, 8, 7, 6, 5, 4, 2, 2, 2, 2, 2])
        let hill = try HighestAverages.apportion(claimants, seats: 105, method: .huntingtonHill)
        #expect(hill.allocation == [18, 14, 12, 10, 10, 8, 7, 6, 5, 4, 3, 2, 2, 2, 2])
    }

    /// The textbook example (votes 100,000 / 80,000 / 30,000 / 20,000, 8 seats).
    ///
    /// D'Hondt averages: A 100000 50000 33333 25000 20000; B 80000 40000 26667 20000; C 30000; D 20000 → top 8 gives A
    /// 4, B 3, C 1, D 0 (the 8th is 25,000). Sainte-Laguë: A 100000 33333 20000 14286; B 80000 26667 16000; C 30000
    /// 10000; D 20000: the 8 largest are 100000 80000 33333 30000 26667 20000 20000 16000 → A 3, B 3, C 1, D 1.
    @Test func textbookFourParties() throws {
        let votes = Self.claimants([("A", 100_000), ("B", 80_000), ("C", 30_000), ("D", 20_000)])
        #expect(try HighestAverages.apportion(votes, seats: 8, method: .dhondt).allocation == [4, 3, 1, 0])
        #expect(try HighestAverages.apportion(votes, seats: 8, method: .sainteLague).allocation == [3, 3, 1, 1])
        // Quotas 3.478 2.783 1.043 0.696: floors 3 2 1 0, remainders .478 .783 .043 .696 → B and D.
        #expect(try LargestRemainder.apportion(votes, seats: 8).allocation == [3, 3, 1, 1])
    }

    /// Modified Sainte-Laguë (first divisor 1.4) holds back the smallest party.
    ///
    /// Standard: A 1600 533; B 3800 1267 760; C 3500 1167 700; D 900 → top 6 = 3800 3500 1600 1267 1167 900. Modified:
    /// A 1143; B 2714 1267 760; C 2500 1167; D 643 → top 6 = 2714 2500 1267 1167 1143 760.
    @Test func modifiedSainteLague() throws {
        let votes = Self.claimants([("A", 1_600), ("B", 3_800), ("C", 3_500), ("D", 900)])
        #expect(try HighestAverages.apportion(votes, seats: 6, method: .sainteLague).allocation == [1, 2, 2, 1])
        let modified = try HighestAverages.apportion(votes, seats: 6, method: .sainteLague, firstDivisor: 1.4)
        #expect(modified.allocation == [1, 3, 2, 0])
    }
}
