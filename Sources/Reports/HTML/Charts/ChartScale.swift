/// A linear value axis with "nice" ticks (1, 2 or 5 times a power of ten).
///
/// The domain is widened to whole ticks and includes zero (unless told
/// otherwise, for a parameter axis), so bars start at the axis and lengths
/// compare honestly.
struct ChartScale: Sendable, Hashable {
    /// The lowest value on the axis.
    var lower: Double
    /// The highest value on the axis.
    var upper: Double
    /// The distance between ticks.
    var step: Double
    /// The pixel position of ``lower``.
    var start: Double
    /// The pixel position of ``upper``.
    var end: Double

    /// A scale for `values` mapped onto `start…end` with about `tickCount` ticks.
    init(values: [Double], start: Double, end: Double, tickCount: Int = 5, includesZero: Bool = true) {
        let finite = values.filter(\.isFinite)
        var low = finite.min() ?? 0
        var high = finite.max() ?? 0
        if includesZero {
            low = min(0, low)
            high = max(0, high)
        }
        if high == low { high = low + 1 }
        step = Self.niceStep((high - low) / Double(max(1, tickCount)))
        lower = (low / step + 1e-9).rounded(.down) * step
        upper = (high / step - 1e-9).rounded(.up) * step
        self.start = start
        self.end = end
    }

    /// The scale with the most ticks (at most `tickCount`) whose labels, written by `label`, fit between them.
    static func fitting(
        values: [Double],
        start: Double,
        end: Double,
        tickCount: Int = 5,
        includesZero: Bool = true,
        label: (Double) -> String
    ) -> ChartScale {
        var scale = ChartScale(values: values, start: start, end: end, tickCount: tickCount, includesZero: includesZero)
        var count = tickCount
        while count > 1 {
            let ticks = scale.ticks
            let spacing = abs(end - start) / Double(max(1, ticks.count - 1))
            let widest = ticks.map { SVG.estimatedWidth(label($0), fontSize: 12) }.max() ?? 0
            if widest + 8 <= spacing { break }
            count -= 1
            scale = ChartScale(values: values, start: start, end: end, tickCount: count, includesZero: includesZero)
        }
        return scale
    }

    /// The pixel position of `value`.
    func position(_ value: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }

    /// The tick values from ``lower`` to ``upper``.
    var ticks: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        return (0...count).map { lower + Double($0) * step }
    }

    /// The smallest of 1, 2, 5 × 10ᵏ that is at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        var power = 1.0
        while power * 10 <= raw { power *= 10 }
        while power > raw && power > 1e-6 { power /= 10 }
        for factor in [1.0, 2, 5, 10] where factor * power >= raw - 1e-12 {
            return factor * power
        }
        return 10 * power
    }
}
