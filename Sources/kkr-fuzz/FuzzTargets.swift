import Foundation
import GLPKSolver
import KKRDomain
import LinearProgramming

/// The fuzzed entry points (issue 13, "Fuzzers in the repository"): each takes arbitrary bytes and must return.
///
/// A crash, a trap or a hang in any of them is a defect. `make fuzz` runs them under libFuzzer; the normal
/// build of `kkr-fuzz` replays files through them (the regression cases under
/// `Tests/CLITests/FuzzRegressions/`).
enum FuzzTarget: String, CaseIterable {
    /// `CSVParser` and `CSVTable.open` on the bytes as a file (UTF-8 decoding included).
    case csv
    /// The YAML readers: the traineeship settings, a scenario and the generic YAML value walk.
    case yaml
    /// The solver-free MPS reader `kkr-plan solve` uses (fixed, then free), then the model validator.
    case mps
    /// The solver-free CPLEX-LP reader `kkr-plan solve` uses, then the model validator.
    case lp
    /// A small model decoded from the bytes, through the model validator and, if valid, GLPK (1 s limit).
    case model

    func run(_ data: Data) {
        switch self {
        case .csv:
            var diagnostics = DiagnosticCollector()
            guard let file = InputFile.decode(data, displayName: "fuzz.csv", diagnostics: &diagnostics) else { return }
            if let table = CSVTable.open(file, requiredColumns: ["key", "code", "weight"], diagnostics: &diagnostics) {
                for record in table.records { _ = record.number("weight", required: true, diagnostics: &diagnostics) }
            }
            _ = diagnostics.sorted.map { $0.description(in: .danish) }
        case .yaml:
            var diagnostics = DiagnosticCollector()
            guard let file = InputFile.decode(data, displayName: "fuzz.yaml", diagnostics: &diagnostics) else { return }
            _ = SettingsReader.read(file, diagnostics: &diagnostics)
            _ = ScenarioReader.read(file, id: "fuzz", diagnostics: &diagnostics)
            _ = diagnostics.sorted.map(\.description)
        case .mps, .lp:
            let file = try? ModelFileReader.read(
                bytes: [UInt8](data),
                path: "fuzz.\(rawValue)",
                format: self == .lp ? .cplexLP : nil
            )
            _ = file.map { $0.model.validate() }
        case .model:
            guard let model = Self.model(from: data), (try? model.validated()) != nil else { return }
            _ = try? GLPKSolver().solve(model, options: SolverOptions(timeLimit: 1))
        }
    }

    /// Up to 4 columns and 4 rows whose bounds and coefficients are read from the bytes (8 bytes each, as Double).
    static func model(from data: Data) -> LinearModel? {
        var doubles = stride(from: 0, to: data.count - 7, by: 8)
            .map { offset in
                data.subdata(in: offset..<(offset + 8)).withUnsafeBytes { $0.loadUnaligned(as: Double.self) }
            }
            .makeIterator()
        guard let shape = data.first else { return nil }
        let columnCount = Int(shape & 3) + 1
        let rowCount = Int((shape >> 2) & 3) + 1
        var model = LinearModel(name: "fuzz")
        let columns = (0..<columnCount)
            .map { index in
                model.addVariable(
                    "x\(index)",
                    kind: (shape >> 4) & 1 == 1 && index == 0 ? .integer : .continuous,
                    lowerBound: doubles.next() ?? 0,
                    upperBound: doubles.next() ?? .infinity
                )
            }
        for row in 0..<rowCount {
            let terms = columns.map { LinearTerm(doubles.next() ?? 1, $0) }
            model.addConstraint(
                LinearConstraint(
                    terms: terms,
                    lowerBound: doubles.next() ?? -.infinity,
                    upperBound: doubles.next() ?? 1
                ),
                name: "r\(row)"
            )
        }
        model.setObjective(
            (shape >> 5) & 1 == 1 ? .maximize : .minimize,
            LinearExpression.sum(columns.map { (doubles.next() ?? 1, $0) })
        )
        return model
    }
}
