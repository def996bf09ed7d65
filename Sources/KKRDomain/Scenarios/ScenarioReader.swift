/// Reads one scenario file: `name`, `description`, `base` and the list of `changes`.
///
/// Only the shape and the values' ranges are checked here; whether the
/// programmes, keys, municipalities and offers named exist is checked by
/// ``ScenarioApplier`` against the inputs. Every problem is recorded with its
/// line and column, and reading goes on so one pass finds all of them.
public enum ScenarioReader {
    /// The keys of a scenario file.
    public static let topKeys = ["name", "description", "base", "changes"]

    /// The `base:` value that means the default inputs.
    public static let defaultBase = "default"

    /// Reads `file` as the scenario `id`; nil when it cannot be used (the problems are in `diagnostics`).
    ///
    /// - Parameters:
    ///   - file: the scenario file.
    ///   - id: the scenario's id (its file name without `.yaml`).
    ///   - diagnostics: where problems go.
    /// - Returns: the scenario, or nil when any error was found in it.
    public static func read(_ file: InputFile, id: String, diagnostics: inout DiagnosticCollector) -> Scenario? {
        var local = DiagnosticCollector()
        defer { diagnostics.merge(local) }
        guard let root = YAMLValue.parse(file, diagnostics: &local),
            let top = root.mapping(allowedKeys: topKeys, diagnostics: &local)
        else { return nil }
        let name = top.required("name", diagnostics: &local, hint: "e.g. 'name: Minimumstal +10 %'")?
            .string(diagnostics: &local)
        let description = top.required(
            "description",
            diagnostics: &local,
            hint: "say in plain words what the scenario assumes, e.g. 'description: Landets minimumstal stiger 10 %.'"
        )?
        .string(diagnostics: &local)
        var base = ScenarioBase.inputs
        if let value = top["base"], let text = value.string(diagnostics: &local) {
            let stem = text.hasSuffix(".yaml") ? String(text.dropLast(5)) : text
            if stem == id {
                local.error(
                    "the scenario '\(id)' names itself as its base",
                    at: value.location,
                    hint: "write 'base: \(defaultBase)' or the name of another scenario"
                )
            } else if stem != defaultBase {
                base = .scenario(id: stem, location: value.location)
            }
        }
        var changes: [ScenarioChange] = []
        let items = top.required("changes", diagnostics: &local, hint: "list the changes under 'changes:'")?
            .sequence(diagnostics: &local)
        for item in items ?? [] {
            if let change = ScenarioChangeReader.read(item, diagnostics: &local) { changes.append(change) }
        }
        guard let name, let description, !local.hasErrors else { return nil }
        return Scenario(id: id, name: name, description: description, base: base, changes: changes, file: file)
    }
}
