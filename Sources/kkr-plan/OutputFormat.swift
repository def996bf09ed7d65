import ArgumentParser

/// What `--format` accepts: text for a person, or JSON (one document on stdout) for a machine.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
