import GLPKSolver
import LinearProgramming

/// Everything measured on one model, and the ratios the targets are stated in.
struct BenchmarkSection {
    var title: String
    var columns: Int
    var rows: Int
    var integerColumns: Int
    /// Swift: every combination of simplex method and presolve.
    var swift: [Measurement] = []
    /// Swift: building the model and loading it into GLPK, without solving.
    var swiftLoad: Measurement?
    /// glpsol on the written LP file, with several settings.
    var glpsol: [Measurement] = []
    /// PuLP: median seconds of building the model alone, and each solver end to end.
    var pulpBuild: Double?
    var pulp: [Measurement] = []
    var pulpVersion: String?

    init(title: String, model: LinearModel) {
        self.title = title
        columns = model.columnCount
        rows = model.rowCount
        integerColumns = model.integerColumnCount
    }

    /// The label SwiftRuns gives the combination that `GLPKParameters()` uses by default for general models.
    static var defaultLabel: String {
        let defaults = GLPKParameters()
        return "Swift (\(defaults.method.rawValue), \(defaults.presolves(.general) ? "presolve" : "no presolve"))"
    }

    /// Swift with the default options: the figure every ratio uses.
    var swiftDefault: Measurement? { swift.first { $0.name == Self.defaultLabel } }

    /// The fastest glpsol setting.
    var bestGlpsol: Measurement? { glpsol.min { $0.seconds < $1.seconds } }

    /// Fills the figures from the samples of this model.
    mutating func take(_ samples: Samples) {
        swift = samples.measurements("Swift (")
        swiftLoad = samples.measurements(SwiftRuns.loadLabel).first
        glpsol = samples.measurements("glpsol")
        pulpBuild = samples.measurements("PuLP: building").first?.seconds
        pulp = samples.measurements("PuLP + ")
    }

    /// True when every run that reported an objective found the same one (to 1e-6 relative).
    var objectivesAgree: Bool {
        let objectives = (swift + glpsol + pulp).compactMap(\.objective)
        guard let first = objectives.first else { return true }
        return objectives.allSatisfy { abs($0 - first) <= 1e-6 * max(1, abs(first)) }
    }

    /// The targets, each with its figure and whether it is met.
    var targets: [(name: String, value: String, met: Bool)] {
        guard let swiftRun = swiftDefault else { return [] }
        var targets: [(String, String, Bool)] = []
        if let best = bestGlpsol {
            let ratio = swiftRun.seconds / best.seconds
            targets.append(("Swift / best glpsol (\(best.name)) ≤ 1.2", Self.format(ratio, digits: 2), ratio <= 1.2))
        }
        if let pulpBuild, let build = swiftRun.buildSeconds {
            let ratio = pulpBuild / build
            targets.append(("PuLP build / Swift build ≥ 10", Self.format(ratio, digits: 1) + "×", ratio >= 10))
        }
        for variant in pulp where variant.seconds.isFinite {
            let ratio = variant.seconds / swiftRun.seconds
            targets.append(("\(variant.name) / Swift > 1", Self.format(ratio, digits: 2) + "×", ratio > 1))
        }
        return targets
    }

    /// Why a PuLP variant can be ahead: it runs another solver. Nil when none is ahead.
    var solverNote: String? {
        guard let swiftRun = swiftDefault, pulp.contains(where: { $0.seconds < swiftRun.seconds }) else { return nil }
        return "A PuLP variant ahead of Swift here runs another solver (CBC or HiGHS), whose search is stronger "
            + "than GLPK's; the modelling layer's share is the build + load row."
    }

    static func format(_ value: Double, digits: Int) -> String {
        value.isFinite ? String(format: "%.\(digits)f", value) : "–"
    }
}
