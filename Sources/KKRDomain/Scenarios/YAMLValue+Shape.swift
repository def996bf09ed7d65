import Yams

extension YAMLValue {
    /// True when the node is a list.
    var isSequence: Bool {
        if case .sequence = node { return true }
        return false
    }

    /// The trimmed text of a scalar, or nil for a list or mapping (records nothing).
    var scalarText: String? {
        guard case .scalar(let scalar) = node else { return nil }
        return scalar.string.trimmingCharacters(in: .whitespaces)
    }
}
