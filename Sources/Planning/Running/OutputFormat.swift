/// What `--format` accepts: text for a person, or JSON (one document on stdout) for a machine.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text
    case json
}
