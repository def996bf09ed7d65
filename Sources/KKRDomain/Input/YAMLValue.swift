import Yams

/// A node of a YAML document with its place in the file, read with diagnostics.
///
/// A thin layer over Yams' node tree that knows its key path
/// (`programmes[2].targets[0].places`) and line/column, so every problem can
/// be reported where it is. Unknown keys are errors (a misspelt
/// `carry_ovr` must not be silently ignored); duplicate keys are errors.
public struct YAMLValue {
    /// The node.
    let node: Node
    /// The key path from the document root; empty for the root.
    public let path: String
    /// The file, as the user named it.
    public let file: String

    /// Parses `file`; records a diagnostic (with the parser's line and column) and returns nil on a syntax error.
    public static func parse(_ file: InputFile, diagnostics: inout DiagnosticCollector) -> YAMLValue? {
        if let deep = YAMLNesting.firstTooDeep(file.text) {
            diagnostics.error(
                deep.flow
                    ? "the YAML nests more than \(YAMLNesting.maximumFlowDepth) brackets deep"
                    : "the YAML is indented more than \(YAMLNesting.maximumIndentation) columns deep",
                at: SourceLocation(file: file.displayName, line: deep.line, column: deep.column),
                hint: "the settings files nest a few levels; check for unbalanced '[' or '{' or a pasted-in block"
            )
            return nil
        }
        do {
            guard let node = try Yams.compose(yaml: file.text) else {
                diagnostics.error(
                    "the file is empty",
                    at: SourceLocation(file: file.displayName),
                    hint: "see Inputs/README.md for the settings it must hold"
                )
                return nil
            }
            return YAMLValue(node: node, path: "", file: file.displayName)
        } catch let error as YamlError {
            let (message, line, column) = describe(error, text: file.text)
            diagnostics.error(
                "the YAML cannot be read: \(message)",
                at: SourceLocation(file: file.displayName, line: line, column: column),
                hint: "check indentation (spaces, not tabs), colons after keys and quotes around text with ':' or '#'"
            )
        } catch {
            diagnostics.error(
                "the YAML cannot be read",
                at: SourceLocation(file: file.displayName),
                hint: "save it again as UTF-8 text and check it in a YAML-aware editor"
            )
        }
        return nil
    }

    /// Where this node starts.
    public var location: SourceLocation {
        SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column, field: path.isEmpty ? nil : path)
    }

    /// The key path for messages: `programmes[2].key`, or "the document".
    public var displayPath: String { path.isEmpty ? "the document" : "'\(path)'" }

    // MARK: - Structure

    /// The entries of a mapping, in file order; records errors for a non-mapping, duplicate and unknown keys.
    public func mapping(allowedKeys: [String], diagnostics: inout DiagnosticCollector) -> YAMLMapping? {
        guard case .mapping(let mapping) = node else {
            diagnostics.error(
                "\(displayPath) must be a set of 'key: value' lines",
                at: location,
                hint: "write one 'key: value' per line, indented under its parent (see Inputs/README.md)"
            )
            return nil
        }
        var entries: [(key: String, value: YAMLValue)] = []
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let child = YAMLValue(node: valueNode, path: path.isEmpty ? key : "\(path).\(key)", file: file)
            let keyLocation = SourceLocation(
                file: file,
                line: keyNode.mark?.line,
                column: keyNode.mark?.column,
                field: child.path
            )
            if !allowedKeys.contains(key) {
                diagnostics.error(
                    "unknown setting '\(key)' in \(displayPath)",
                    at: keyLocation,
                    hint: "allowed here: \(allowedKeys.joined(separator: ", "))"
                )
            } else if entries.contains(where: { $0.key == key }) {
                diagnostics.error("the setting '\(key)' appears twice", at: keyLocation, hint: "keep one of them")
            } else {
                entries.append((key, child))
            }
        }
        return YAMLMapping(owner: self, entries: entries)
    }

    /// The items of a sequence; records an error for anything else.
    public func sequence(diagnostics: inout DiagnosticCollector) -> [YAMLValue]? {
        guard case .sequence(let sequence) = node else {
            diagnostics.error(
                "\(displayPath) must be a list (lines starting with '- ')",
                at: location,
                hint: "write each entry on its own line starting with '- ', or as [a, b]"
            )
            return nil
        }
        return sequence.enumerated().map { YAMLValue(node: $1, path: "\(path)[\($0)]", file: file) }
    }

    // MARK: - Scalars

    /// The scalar's text; records an error for a list or mapping.
    public func string(diagnostics: inout DiagnosticCollector) -> String? {
        guard case .scalar(let scalar) = node else {
            diagnostics.error(
                "\(displayPath) must be a single value, not a list or a mapping",
                at: location,
                hint: "write the value on the same line after the colon"
            )
            return nil
        }
        return scalar.string.trimmingCharacters(in: .whitespaces)
    }

    /// A number (decimal comma accepted), at least `minimum` when given.
    public func number(atLeast minimum: Double? = 0, diagnostics: inout DiagnosticCollector) -> Double? {
        guard let text = string(diagnostics: &diagnostics) else { return nil }
        guard let value = NumberParser.parse(text) else {
            diagnostics.error("\(displayPath) must be a number, not '\(text)'", at: location, hint: "e.g. 12 or 12,5")
            return nil
        }
        if abs(value) > NumberParser.largestMagnitude {
            diagnostics.error("\(displayPath) is too large: \(text)", at: location, hint: "at most 1.000.000.000.000")
            return nil
        }
        if let minimum, value < minimum {
            diagnostics.error(
                "\(displayPath) is \(text), below the smallest allowed value \(NumberFormatting.plain(minimum))",
                at: location,
                hint: "write a number ≥ \(NumberFormatting.plain(minimum))"
            )
            return nil
        }
        return value
    }

    /// A whole number, at least `minimum` when given.
    public func integer(atLeast minimum: Int? = 0, diagnostics: inout DiagnosticCollector) -> Int? {
        guard let value = number(atLeast: minimum.map(Double.init), diagnostics: &diagnostics) else { return nil }
        guard value == value.rounded(), abs(value) < 1e15 else {
            diagnostics.error(
                "\(displayPath) must be a whole number",
                at: location,
                hint: "e.g. \(Int(value.rounded()))"
            )
            return nil
        }
        return Int(value)
    }

    /// `true`/`false` (also yes/no, ja/nej).
    public func bool(diagnostics: inout DiagnosticCollector) -> Bool? {
        guard let text = string(diagnostics: &diagnostics)?.lowercased() else { return nil }
        if ["true", "yes", "ja", "on"].contains(text) { return true }
        if ["false", "no", "nej", "off"].contains(text) { return false }
        diagnostics.error(
            "\(displayPath) must be true or false, not '\(text)'",
            at: location,
            hint: "write true or false (also yes/no, ja/nej)"
        )
        return nil
    }

    /// True for an explicit `null`, `~` or empty value.
    public var isNull: Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.string.isEmpty || scalar.string == "~" || scalar.string.lowercased() == "null"
    }

    /// The parser's problem on one line and where it is (issue 13, item 11: no multi-line excerpt in the message).
    private static func describe(_ error: YamlError, text: String) -> (String, line: Int?, column: Int?) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return (oneLine(problem), mark.line, mark.column)
        case .reader(let problem, let offset, _, _):
            guard let offset else { return (oneLine(problem), nil, nil) }
            let place = position(ofCharacter: offset, in: text)
            return (oneLine(problem), place.line, place.column)
        default:
            return ("the parser stopped", nil, nil)
        }
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The 1-based line and column of the character at `offset` (Yams counts the reader's offset in characters).
    static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
