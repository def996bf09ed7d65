/// The language of reports and plain-language explanations.
///
/// Danish is the default: reports go to a KKR meeting. English is for
/// colleagues outside Denmark and for the code's own messages.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    /// Dansk.
    case danish = "da"
    /// English.
    case english = "en"
}
