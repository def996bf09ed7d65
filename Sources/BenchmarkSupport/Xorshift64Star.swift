import Foundation

/// A small seeded random generator (xorshift64*), so generated instances are the same on every run and machine.
///
/// `Double` draws take the top 53 bits; normal draws use the Box–Muller transform.
struct Xorshift64Star: RandomNumberGenerator {
    private var state: UInt64

    /// Creates a generator; a zero seed is replaced (xorshift must not start at 0).
    init(seed: UInt64) {
        state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed
    }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }

    /// A uniform draw from [low, high).
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * Double(next() >> 11) / Double(UInt64(1) << 53)
    }

    /// A uniform whole number in 0..<bound.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// A standard normal draw.
    mutating func normal() -> Double {
        let u1 = max(uniform(0, 1), 1e-300)
        let u2 = uniform(0, 1)
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}
