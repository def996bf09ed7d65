import Foundation

/// Finds, reads and resolves scenario files: names in the scenario folder, or paths; bases followed to the end.
///
/// A command-line argument is a path when it ends in `.yaml`/`.yml` or holds
/// a `/`, else the name of a file in the scenario folder (`Inputs/scenarios/`).
/// A scenario's `base:` names a file in the scenario's own folder. Missing
/// files named on the command line are "input missing" (exit 66); a missing
/// or circular base is an error in the scenario file (exit 65).
public struct ScenarioLibrary {
    /// The scenario folder.
    public var folder: URL
    /// How messages name it (`Inputs/scenarios`).
    public var displayName: String

    /// Creates a library over `folder`.
    public init(folder: URL, displayName: String) {
        self.folder = folder
        self.displayName = displayName
    }

    /// The ids of the scenario files in the folder, sorted (empty when the folder is missing).
    public var available: [String] {
        Session.yamlStems(in: folder)
    }

    /// Reads the scenarios named by `arguments` and their bases.
    ///
    /// - Parameter arguments: names (`minimum_plus_10`) or paths (`my/scenario.yaml`), in report order.
    /// - Returns: one resolved scenario per argument, in order.
    /// - Throws: ``InputError`` with every problem in every file; `isMissingInput` when only files are missing.
    public func load(_ arguments: [String]) throws(InputError) -> [ResolvedScenario] {
        var session = Session(library: self)
        var resolved: [ResolvedScenario] = []
        for argument in arguments {
            let (url, shown) = locate(argument)
            guard let scenario = session.read(at: url, shown: shown, missingIsInput: true) else { continue }
            if let other = resolved.first(where: { $0.scenario.id == scenario.id }) {
                session.diagnostics.error(
                    "two scenarios are named '\(scenario.id)' (\(other.scenario.file.displayName) and \(shown))",
                    at: SourceLocation(file: shown),
                    hint: "rename one of the files; the file name is the scenario's id"
                )
                continue
            }
            if let bases = session.bases(of: scenario, from: url) {
                resolved.append(ResolvedScenario(bases: bases, scenario: scenario))
            }
        }
        if session.diagnostics.hasErrors {
            throw InputError(
                diagnostics: session.diagnostics.sorted,
                isMissingInput: session.missing == session.diagnostics.errors.count
            )
        }
        return resolved
    }

    /// The file for a command-line argument, and how messages name it.
    public func locate(_ argument: String) -> (URL, String) {
        if argument.hasSuffix(".yaml") || argument.hasSuffix(".yml") || argument.contains("/") {
            return (URL(fileURLWithPath: argument), argument)
        }
        let shown = displayName.isEmpty ? "\(argument).yaml" : "\(displayName)/\(argument).yaml"
        return (folder.appendingPathComponent("\(argument).yaml"), shown)
    }

    // MARK: - Reading

    /// One `load` call: files read once, diagnostics collected together.
    struct Session {
        let library: ScenarioLibrary
        var diagnostics = DiagnosticCollector()
        var missing = 0
        var cache: [String: Scenario?] = [:]

        mutating func read(at url: URL, shown: String, missingIsInput: Bool) -> Scenario? {
            let key = url.standardizedFileURL.path
            if let cached = cache[key] { return cached }
            var scenario: Scenario?
            if missingIsInput && !FileManager.default.fileExists(atPath: url.path) {
                let available = library.available
                diagnostics.error(
                    "the scenario file is missing",
                    at: SourceLocation(file: shown),
                    hint: available.isEmpty
                        ? "write it (see README.md, section Scenarios) or pass the path of a scenario file"
                        : "the scenarios in \(library.displayName) are: \(available.joined(separator: ", "))"
                )
                missing += 1
            } else if let file = InputFile.read(url, displayName: shown, diagnostics: &diagnostics) {
                let id = url.deletingPathExtension().lastPathComponent
                scenario = ScenarioReader.read(file, id: id, diagnostics: &diagnostics)
            }
            cache[key] = scenario
            return scenario
        }

        /// The bases of `scenario`, outermost first; nil (with a diagnostic) when one is missing, bad or circular.
        mutating func bases(of scenario: Scenario, from url: URL) -> [Scenario]? {
            var chain: [Scenario] = []
            var seen = [scenario.id]
            var current = scenario
            var currentURL = url
            while case .scenario(let id, let location) = current.base {
                guard !seen.contains(id) else {
                    diagnostics.error(
                        "the bases form a cycle: \((seen + [id]).joined(separator: " → "))",
                        at: location,
                        hint: "let one of them build on 'base: \(ScenarioReader.defaultBase)'"
                    )
                    return nil
                }
                seen.append(id)
                // Beside the scenario first, then in the scenario folder (a planner's own file elsewhere).
                let beside = currentURL.deletingLastPathComponent().appendingPathComponent("\(id).yaml")
                let inFolder = library.folder.appendingPathComponent("\(id).yaml")
                let baseURL: URL
                let shown: String
                if FileManager.default.fileExists(atPath: beside.path) {
                    baseURL = beside
                    shown = Self.sibling(of: current.file.displayName, named: "\(id).yaml")
                } else if FileManager.default.fileExists(atPath: inFolder.path) {
                    baseURL = inFolder
                    shown = library.locate(id).1
                } else {
                    let known = Set(Self.yamlStems(in: currentURL.deletingLastPathComponent()) + library.available)
                    diagnostics.error(
                        "the base scenario '\(id)' does not exist (no file \(id).yaml beside this one or in \(library.displayName))",
                        at: location,
                        hint:
                            "write 'base: \(ScenarioReader.defaultBase)' or one of: \(known.sorted().joined(separator: ", "))"
                    )
                    return nil
                }
                guard let base = read(at: baseURL, shown: shown, missingIsInput: false) else { return nil }
                chain.insert(base, at: 0)
                current = base
                currentURL = baseURL
            }
            return chain
        }

        static func yamlStems(in folder: URL) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
        }

        static func sibling(of shown: String, named name: String) -> String {
            guard let slash = shown.lastIndex(of: "/") else { return name }
            return String(shown[...slash]) + name
        }
    }
}
