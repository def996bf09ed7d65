import Foundation

extension ValidationCatalogue {
    /// Reading files, CSV and YAML, the range of places.
    static let files: [(english: String, danish: String)] = [
        // MARK: Files
        ("the file is missing", "filen mangler"),
        (
            "create it (see Inputs/README.md for its columns) or point --inputs at the right folder",
            "opret den (se Inputs/README.md for dens kolonner), eller peg --inputs på den rigtige mappe"
        ),
        ("this is a folder, not a file", "det er en mappe, ikke en fil"),
        (
            "move the folder away and put the file in its place (see Inputs/README.md)",
            "flyt mappen væk, og læg filen på dens plads (se Inputs/README.md)"
        ),
        ("the file cannot be read", "filen kan ikke læses"),
        ("check that it is readable", "kontrollér, at den kan læses"),
        ("the file is UTF-16 (\"Unicode text\"), not UTF-8", "filen er UTF-16 (\"Unicode-tekst\"), ikke UTF-8"),
        (
            "the file is not valid UTF-8 (first bad byte on this line)",
            "filen er ikke gyldig UTF-8 (første forkerte byte på denne linje)"
        ),
        ("save it again as \"CSV UTF-8 (comma delimited)\"", "gem den igen som \"CSV UTF-8 (kommasepareret)\""),
        (
            "save it again as \"CSV UTF-8 (comma delimited)\"; æ, ø and å must be UTF-8",
            "gem den igen som \"CSV UTF-8 (kommasepareret)\"; æ, ø og å skal være UTF-8"
        ),
        (
            "save it again as UTF-8 text (in the editor's \"Save as\", encoding UTF-8)",
            "gem den igen som UTF-8-tekst (i editorens \"Gem som\", tegnsæt UTF-8)"
        ),
        (
            "save it again as UTF-8 text (in the editor's \"Save as\", encoding UTF-8); æ, ø and å must be UTF-8",
            "gem den igen som UTF-8-tekst (i editorens \"Gem som\", tegnsæt UTF-8); æ, ø og å skal være UTF-8"
        ),
        ("the input folder does not exist", "inputmappen findes ikke"),
        (
            "run from the project folder or pass --inputs DIR",
            "kør fra projektmappen, eller angiv --inputs MAPPE"
        ),

        // MARK: CSV
        ("the file is empty", "filen er tom"),
        (
            "the first line must be a header naming the columns",
            "første linje skal være en overskrift med kolonnernes navne"
        ),
        (
            "the row has {} fields but the header has {} columns",
            "rækken har {} felter, men overskriften har {} kolonner"
        ),
        (
            "remove the extra '{}' or quote fields that contain '{}'",
            "fjern det ekstra '{}', eller sæt anførselstegn om felter, der indeholder '{}'"
        ),
        ("a quoted field opened here is never closed", "et felt i anførselstegn, der begynder her, lukkes aldrig"),
        (
            "add the closing '\"' (a quote inside a quoted field is written '\"\"')",
            "tilføj det afsluttende '\"' (et anførselstegn inde i feltet skrives '\"\"')"
        ),
        ("text follows the closing quote of field {}", "der står tekst efter det afsluttende anførselstegn i felt {}"),
        (
            "put the whole field in quotes and write a quote inside it as '\"\"'",
            "sæt hele feltet i anførselstegn, og skriv et anførselstegn inde i det som '\"\"'"
        ),
        ("field {} holds the control character {}", "felt {} indeholder kontroltegnet {}"),
        (
            "field {} holds a byte-order mark ({}) inside the text",
            "felt {} indeholder et byte-order mark ({}) inde i teksten"
        ),
        (
            "retype the field or save the file again as \"CSV UTF-8 (comma delimited)\"; invisible characters must not reach the reports",
            "skriv feltet igen, eller gem filen igen som \"CSV UTF-8 (kommasepareret)\"; usynlige tegn må ikke nå rapporterne"
        ),
        ("the header has no column '{}'", "overskriften har ingen kolonne '{}'"),
        (
            "the header must name the columns {} (found: {})",
            "overskriften skal nævne kolonnerne {} (fundet: {})"
        ),
        ("the column '{}' appears twice in the header", "kolonnen '{}' står to gange i overskriften"),
        ("remove or rename one of the two columns", "fjern eller omdøb en af de to kolonner"),

        ("the '{}' field is empty", "feltet '{}' er tomt"),
        ("fill in a value for '{}'", "udfyld en værdi for '{}'"),
        ("write a whole number, e.g. 12", "skriv et helt tal, f.eks. 12"),
        ("write a number, e.g. 12 or 12,5", "skriv et tal, f.eks. 12 eller 12,5"),
        ("'{}' in column '{}' is not a number", "'{}' i kolonnen '{}' er ikke et tal"),
        (
            "write digits with an optional decimal comma, e.g. {}",
            "skriv cifre med eventuelt decimalkomma, f.eks. {}"
        ),
        ("{} in column '{}' is too large", "{} i kolonnen '{}' er for stort"),
        ("numbers may be at most 1.000.000.000.000", "tal må højst være 1.000.000.000.000"),
        ("{} in column '{}' is negative", "{} i kolonnen '{}' er negativt"),
        (
            "{} in column '{}' is below the smallest allowed value {}",
            "{} i kolonnen '{}' er under den mindste tilladte værdi {}"
        ),
        ("{} in column '{}' is not a whole number", "{} i kolonnen '{}' er ikke et helt tal"),
        (
            "places are counted in whole numbers; write e.g. {}",
            "pladser tælles i hele tal; skriv f.eks. {}"
        ),
        ("'{}' in column '{}' is neither yes nor no", "'{}' i kolonnen '{}' er hverken ja eller nej"),
        ("write yes or no (ja or nej)", "skriv ja eller nej (yes eller no)"),
        ("{}; æ, ø and å must be UTF-8", "{}; æ, ø og å skal være UTF-8"),

        // MARK: YAML
        ("the YAML nests more than {} brackets deep", "YAML'en er indlejret mere end {} klammer dybt"),
        ("the YAML is indented more than {} columns deep", "YAML'en er indrykket mere end {} kolonner"),
        (
            "the settings files nest a few levels; check for unbalanced '[' or '{' or a pasted-in block",
            "indstillingsfilerne har få niveauer; se efter '[' eller '{' uden modstykke eller en indsat blok"
        ),
        ("the YAML cannot be read: {}", "YAML'en kan ikke læses: {}"),
        ("the YAML cannot be read", "YAML'en kan ikke læses"),
        (
            "check indentation (spaces, not tabs), colons after keys and quotes around text with ':' or '#'",
            "kontrollér indrykning (mellemrum, ikke tabulator), kolon efter nøgler og anførselstegn om tekst med ':' eller '#'"
        ),
        (
            "save it again as UTF-8 text and check it in a YAML-aware editor",
            "gem den igen som UTF-8-tekst, og kontrollér den i en editor, der kender YAML"
        ),
        (
            "see Inputs/README.md for the settings it must hold",
            "se Inputs/README.md for de indstillinger, den skal have"
        ),
        ("{} must be a set of 'key: value' lines", "{} skal være linjer af formen 'nøgle: værdi'"),
        (
            "write one 'key: value' per line, indented under its parent (see Inputs/README.md)",
            "skriv én 'nøgle: værdi' pr. linje, indrykket under sin overordnede (se Inputs/README.md)"
        ),
        ("unknown setting '{}' in {}", "ukendt indstilling '{}' i {}"),
        ("allowed here: {}", "tilladt her: {}"),
        ("the setting '{}' appears twice", "indstillingen '{}' står to gange"),
        ("keep one of them", "behold en af dem"),
        ("{} must be a list (lines starting with '- ')", "{} skal være en liste (linjer, der begynder med '- ')"),
        (
            "write each entry on its own line starting with '- ', or as [a, b]",
            "skriv hvert element på sin egen linje, der begynder med '- ', eller som [a, b]"
        ),
        ("{} must be a single value, not a list or a mapping", "{} skal være én værdi, ikke en liste eller en tabel"),
        ("write the value on the same line after the colon", "skriv værdien på samme linje efter kolonet"),
        ("{} must be a number, not '{}'", "{} skal være et tal, ikke '{}'"),
        ("e.g. 12 or 12,5", "f.eks. 12 eller 12,5"),
        ("{} is too large: {}", "{} er for stor: {}"),
        ("at most 1.000.000.000.000", "højst 1.000.000.000.000"),
        ("{} is {}, below the smallest allowed value {}", "{} er {}, under den mindste tilladte værdi {}"),
        ("write a number ≥ {}", "skriv et tal ≥ {}"),
        ("{} must be a whole number", "{} skal være et helt tal"),
        ("e.g. {}", "f.eks. {}"),
        ("{} must be true or false, not '{}'", "{} skal være true eller false, ikke '{}'"),
        ("write true or false (also yes/no, ja/nej)", "skriv true eller false (også yes/no, ja/nej)"),
        ("{} has no '{}'", "{} har ingen '{}'"),
        ("add a line '{}: …'", "tilføj en linje '{}: …'"),

        // MARK: Range of places
        (
            "{} is {}, outside the supported range of places",
            "{} er {}, uden for det understøttede interval for pladser"
        ),
        (
            "a region's training places are at most thousands; the supported range is 0 to {}",
            "en regions praktikpladser er højst tusinder; det understøttede interval er 0 til {}"
        ),
    ]
}
