extension ValidationCatalogue {
    /// Scenario files (`Inputs/scenarios/*.yaml`): reading, their bases, and applying their changes.
    static let scenarios: [(english: String, danish: String)] = [
        // MARK: Reading a scenario
        ("e.g. 'name: Minimumstal +10 %'", "f.eks. 'name: Minimumstal +10 %'"),
        (
            "say in plain words what the scenario assumes, e.g. 'description: Landets minimumstal stiger 10 %.'",
            "sig med almindelige ord, hvad scenariet antager, f.eks. 'description: Landets minimumstal stiger 10 %.'"
        ),
        ("the scenario '{}' names itself as its base", "scenariet '{}' nævner sig selv som sit grundlag"),
        ("write 'base: {}' or the name of another scenario", "skriv 'base: {}' eller navnet på et andet scenarie"),
        ("list the changes under 'changes:'", "angiv ændringerne under 'changes:'"),
        ("{} holds {} changes in one list item", "{} indeholder {} ændringer i ét listepunkt"),
        ("start each change on its own line with '- '", "begynd hver ændring på sin egen linje med '- '"),
        ("{} changes nothing", "{} ændrer ingenting"),
        (
            "give 'places', 'tariff' or 'tariff_factor' (or use close_offer)",
            "angiv 'places', 'tariff' eller 'tariff_factor' (eller brug close_offer)"
        ),
        ("{} gives both 'tariff' and 'tariff_factor'", "{} angiver både 'tariff' og 'tariff_factor'"),
        (
            "keep one: a new tariff in kr, or a factor on the current tariff",
            "behold kun én: en ny takst i kr. eller en faktor på den nuværende takst"
        ),
        ("'{}' is listed twice in {}", "'{}' står to gange i {}"),
        ("{} is an empty list", "{} er en tom liste"),
        ("{} is {}, above its largest value {}", "{} er {}, over den største værdi {}"),
        ("write a percentage, e.g. 90", "skriv en procent, f.eks. 90"),
        ("write a share between 0 and 1", "skriv en andel mellem 0 og 1"),
        ("{} is 0; the factor must be above 0", "{} er 0; faktoren skal være over 0"),
        ("e.g. 'factor: 0.9' for −10 %", "f.eks. 'factor: 0.9' for −10 %"),
        ("{} is '{}', which is not a known value", "{} er '{}', som ikke er en kendt værdi"),
        ("use one of {}", "brug en af {}"),
        ("e.g. 'programme: ssa' or 'programme: [ssh, ssa]'", "f.eks. 'programme: ssa' eller 'programme: [ssh, ssa]'"),
        (
            "e.g. 'places: 680' (for a floor or cap also 'places: none' to remove it)",
            "f.eks. 'places: 680' (for en bund eller et loft også 'places: none' for at fjerne den)"
        ),
        ("e.g. 'factor: 1.10' for +10 %", "f.eks. 'factor: 1.10' for +10 %"),
        (
            "the id of a key declared in traineeships.yaml, e.g. 'key: age_80_plus'",
            "id'et på en fordelingsnøgle erklæret i traineeships.yaml, f.eks. 'key: age_80_plus'"
        ),
        (
            "a DST code, a list of codes, or 'all', e.g. 'municipality: 825'",
            "en DST-kode, en liste af koder eller 'all', f.eks. 'municipality: 825'"
        ),
        ("the id of an offer in social/offers.csv", "id'et på et tilbud i social/offers.csv"),
        ("one of {}", "en af {}"),
        ("e.g. 'value: 300'", "f.eks. 'value: 300'"),

        // MARK: The scenario library and bases
        ("two scenarios are named '{}' ({} and {})", "to scenarier hedder '{}' ({} og {})"),
        (
            "rename one of the files; the file name is the scenario's id",
            "omdøb en af filerne; filnavnet er scenariets id"
        ),
        ("the scenario file is missing", "scenariefilen mangler"),
        (
            "write it (see README.md, section Scenarios) or pass the path of a scenario file",
            "skriv den (se README.md, afsnittet Scenarios), eller angiv stien til en scenariefil"
        ),
        ("the scenarios in {} are: {}", "scenarierne i {} er: {}"),
        ("the bases form a cycle: {}", "grundlagene danner en ring: {}"),
        ("let one of them build on 'base: {}'", "lad et af dem bygge på 'base: {}'"),
        (
            "the base scenario '{}' does not exist (no file {}.yaml beside this one or in {})",
            "grundlagsscenariet '{}' findes ikke (ingen fil {}.yaml ved siden af denne eller i {})"
        ),
        ("write 'base: {}' or one of: {}", "skriv 'base: {}' eller en af: {}"),
        ("there are no scenario files to compare", "der er ingen scenariefiler at sammenligne"),
        (
            "name scenario files on the command line or put them in {}",
            "nævn scenariefiler på kommandolinjen, eller læg dem i {}"
        ),

        // MARK: Applying the changes
        (
            "the change '{}' needs the Socialaftale inputs, and the input folder has none",
            "ændringen '{}' kræver Socialaftalens input, og inputmappen har ingen"
        ),
        (
            "add the folder social/ to the inputs (see Inputs/README.md) or remove the change",
            "tilføj mappen social/ til inputtene (se Inputs/README.md), eller fjern ændringen"
        ),
        (
            "the floor {} is above the cap {} for {} ({}), programme {}",
            "bunden {} er over loftet {} for {} ({}), uddannelse {}"
        ),
        (
            "change the floor and the cap together so that floor ≤ cap",
            "ændr bunden og loftet sammen, så bund ≤ loft"
        ),
        ("with this change, {}", "med denne ændring: {}"),
        ("the distribution key '{}' is not declared", "fordelingsnøglen '{}' er ikke erklæret"),
        ("the programme '{}' does not exist", "uddannelsen '{}' findes ikke"),
        ("the programmes are: {}", "uddannelserne er: {}"),
        (
            "the programme '{}' has no regional number for {} to change",
            "uddannelsen '{}' har intet regionalt tal for {} at ændre"
        ),
        ("add a target for {} in traineeships.yaml", "tilføj et måltal for {} i traineeships.yaml"),
        ("the regional number of '{}' would be {}, too large", "det regionale tal for '{}' ville blive {}, for stort"),
        ("use a smaller number or factor", "brug et mindre tal eller en mindre faktor"),
        ("{} does not take part in '{}'", "{} deltager ikke i '{}'"),
        ("use the DST code of one of: {}", "brug DST-koden for en af: {}"),
        ("the offer '{}' does not exist", "tilbuddet '{}' findes ikke"),
        ("use an id from the first column of {}", "brug et id fra første kolonne i {}"),
        ("similar ids in {}: {}", "lignende id'er i {}: {}"),
        ("the target group '{}' does not exist", "målgruppen '{}' findes ikke"),
        ("the target groups are: {}", "målgrupperne er: {}"),
        ("'{}' is not a buyer municipality", "'{}' er ikke en køberkommune"),
    ]
}
