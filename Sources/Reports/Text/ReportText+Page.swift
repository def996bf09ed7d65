import KKRDomain

/// The words of the HTML meeting page (`rapport.html` / `report.html`) that no plan part owns.
extension ReportText {
    /// The page's title and main heading.
    public func pageTitle(year: Int) -> String {
        pick("KKR Nordjylland: beslutningsgrundlag \(year)", "KKR Nordjylland: decision basis \(year)")
    }

    /// The line under the heading: what the page covers.
    public func pageSubtitle(parts: [String]) -> String {
        pick(
            "\(list(parts)). Beregnet af kkr-plan ud fra inputfilerne nederst på siden.",
            "\(list(parts)). Computed by kkr-plan from the input files listed at the end."
        )
    }

    /// The banner shown when some inputs are illustrative.
    public var illustrativeBanner: (lead: String, rest: String) {
        (
            pick(
                "Bemærk: dele af rapporten bygger på illustrative tal.",
                "Note: parts of this report rest on illustrative figures."
            ),
            pick(
                " De er markeret med * (\(illustrativeMark)) og er antagelser, ikke officielle tal. Se afsnittet »Illustrative tal« før en beslutning.",
                " They are marked * (\(illustrativeMark)) and are assumptions, not official numbers. See “Illustrative figures” before deciding."
            )
        )
    }

    // MARK: - Headings

    /// "Indhold" / "Contents".
    public var contentsHeading: String { pick("Indhold", "Contents") }
    /// "Beslutning" / "Decision asked for".
    public var decisionHeading: String { pick("Beslutning", "Decision asked for") }
    /// "Nøgletal" / "Key figures".
    public var keyFiguresHeading: String { pick("Nøgletal", "Key figures") }
    /// "Metode" / "Method".
    public var methodHeading: String { pick("Metode", "Method") }
    /// "Kontrol" / "Checks".
    public var checksHeading: String { pick("Kontrol", "Checks") }
    /// "Illustrative tal" / "Illustrative figures".
    public var illustrativeHeading: String { pick("Illustrative tal", "Illustrative figures") }
    /// "Inputfiler og SHA-256" / "Input files and SHA-256".
    public var inputFilesHeading: String { pick("Inputfiler og SHA-256", "Input files and SHA-256") }

    // MARK: - Sentences

    /// The introduction to the illustrative figures.
    public var illustrativeIntro: String {
        pick(
            "Disse inputtal er antagelser, ikke offentliggjorte tal. Kontrollér dem mod den officielle kilde før en beslutning:",
            "These input figures are assumptions, not published numbers. Check them against the official source before a decision:"
        )
    }

    /// Shown when no input figure is illustrative.
    public var noIllustrative: String {
        pick(
            "Ingen af de anvendte tal er markeret som illustrative.",
            "None of the figures used is marked illustrative."
        )
    }

    /// What the SHA-256 column is for.
    public var inputFilesIntro: String {
        pick(
            "SHA-256 er filens fingeraftryk: ændres ét tegn i filen, ændres fingeraftrykket. Sammenlign med sha256sum for at se, at rapporten er beregnet på netop disse filer.",
            "SHA-256 is the file's fingerprint: change one character and it changes. Compare with sha256sum to confirm that the report was computed from exactly these files."
        )
    }

    /// The table headings of the input files.
    public var inputFilesHeader: [String] { [pick("Fil", "File"), "SHA-256"] }

    /// The status of a check, for readers who do not see the symbol's colour.
    public func checkStatus(_ status: CheckItem.Status) -> (symbol: String, words: String) {
        switch status {
        case .passed: return (status.symbol, pick("bestået", "passed"))
        case .failed: return (status.symbol, pick("ikke bestået", "failed"))
        case .note: return (status.symbol, pick("bemærk", "note"))
        }
    }

    /// The meeting page's file name: `rapport.html` / `report.html`.
    var pageFileName: String { pick("rapport.html", "report.html") }

    /// The footer.
    public var pageFooter: String {
        pick(
            "Lavet af kkr-plan. Samme inputfiler giver den samme side, byte for byte. Tal i tabellerne er de samme som i figurerne.",
            "Made by kkr-plan. The same input files give the same page, byte for byte. The tables hold the same numbers as the charts."
        )
    }

}
