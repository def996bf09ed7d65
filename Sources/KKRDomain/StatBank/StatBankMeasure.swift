/// What a key counts: the inhabitants in an age band, or all inhabitants.
public enum StatBankMeasure: Hashable, Sendable, CustomStringConvertible {
    /// Ages `from` to `to` inclusive; `to` nil means `from` and over.
    case ages(from: Int, to: Int?)
    /// Every inhabitant.
    case population

    /// Reads the `--ages` argument: `FROM-TO` or `FROM-`; nil when it is neither.
    public init?(ages argument: String) {
        let parts = argument.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let from = Int(parts[0]), from >= 0, parts[0].allSatisfy(\.isASCII) else { return nil }
        if parts[1].isEmpty {
            self = .ages(from: from, to: nil)
        } else if let to = Int(parts[1]), to >= from, parts[1].allSatisfy(\.isASCII) {
            self = .ages(from: from, to: to)
        } else {
            return nil
        }
    }

    /// `ages 0-5`, `ages 65-` or `population`: how key sources and messages name it.
    public var description: String {
        switch self {
        case .ages(let from, let to): "ages \(from)-\(to.map(String.init) ?? "")"
        case .population: "population"
        }
    }

    /// The command-line options that ask for this measure.
    public var arguments: String {
        switch self {
        case .ages(let from, let to): "--ages \(from)-\(to.map(String.init) ?? "")"
        case .population: "--population"
        }
    }
}
