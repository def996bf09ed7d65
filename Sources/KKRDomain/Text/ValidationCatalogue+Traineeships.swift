extension ValidationCatalogue {
    /// The training places: municipalities, keys, settings, bounds, the checks across files, periods, history.
    static let traineeships: [(english: String, danish: String)] = [
        // MARK: Municipalities and rows of party tables
        ("write the DST code, e.g. 851", "skriv DST-koden, f.eks. 851"),
        ("write the name, e.g. Aalborg", "skriv navnet, f.eks. Aalborg"),
        ("'{}' is not a DST code", "'{}' er ikke en DST-kode"),
        (
            "DST codes are digits only, e.g. 851 for Aalborg or 1081 for Region Nordjylland",
            "DST-koder består kun af cifre, f.eks. 851 for Aalborg eller 1081 for Region Nordjylland"
        ),
        ("a second region ({} {}); {} {} is already the region", "en region mere ({} {}); {} {} er allerede regionen"),
        ("the inputs may name at most one region", "inputtene må højst nævne én region"),
        ("the file lists no municipalities", "filen nævner ingen kommuner"),
        ("add one row per municipality: code;name", "tilføj én række pr. kommune: code;name"),
        (
            "'{}' in column 'kind' is neither municipality nor region",
            "'{}' i kolonnen 'kind' er hverken municipality (kommune) eller region"
        ),
        (
            "write 'municipality' (or leave it empty) or 'region'",
            "skriv 'municipality' (eller lad feltet være tomt) eller 'region'"
        ),
        ("write a DST municipality code", "skriv en kommunes DST-kode"),
        ("unknown municipality code '{}'{}", "ukendt kommunekode '{}'{}"),
        (" (did you mean {} {}?)", " (mente du {} {}?)"),
        (" (did you mean '{}'?)", " (mente du '{}'?)"),
        ("use a code listed in {}: {}", "brug en kode fra {}: {}"),
        ("duplicate row: {} already appears on line {}", "dobbelt række: {} står allerede på linje {}"),
        ("code {}", "kode {}"),
        ("{} {} for {} {}", "{} {} for {} {}"),
        ("{} for {} {}", "{} for {} {}"),
        ("key {} for {} {}", "fordelingsnøgle {} for {} {}"),
        ("key {} {} for {} {}", "fordelingsnøgle {} {} for {} {}"),
        ("keep one of the two rows", "behold en af de to rækker"),

        // MARK: Distribution keys and figure tables
        ("write a key id, e.g. population_2020", "skriv en fordelingsnøgles id, f.eks. population_2020"),
        ("unknown key '{}'", "ukendt fordelingsnøgle '{}'"),
        (
            "declare it under 'keys:' in the settings, or use one of: {}",
            "erklær den under 'keys:' i indstillingerne, eller brug en af: {}"
        ),
        ("write one of: {}", "skriv en af: {}"),
        ("unknown {} '{}'", "ukendt {} '{}'"),
        ("unknown {} '{}'{}", "ukendt {} '{}'{}"),
        ("define it in the settings first", "definér den først i indstillingerne"),
        ("use one of: {} (defined in the settings)", "brug en af: {} (defineret i indstillingerne)"),

        // MARK: Settings (traineeships.yaml)
        ("name a key declared under 'keys:'", "nævn en fordelingsnøgle, der er erklæret under 'keys:'"),
        ("programme '{}' has two targets for {}", "uddannelsen '{}' har to måltal for {}"),
        ("keep one", "behold kun én"),
        ("write 'kind: exact' or 'kind: minimum'", "skriv 'kind: exact' eller 'kind: minimum'"),
        ("the target kind '{}' is unknown", "måltalstypen '{}' er ukendt"),
        ("write 'exact' or 'minimum'", "skriv 'exact' eller 'minimum'"),
        ("{} sets neither 'places' nor 'percent'", "{} angiver hverken 'places' eller 'percent'"),
        (
            "e.g. 'max_change: {places: 2, percent: 20}', or remove it",
            "f.eks. 'max_change: {places: 2, percent: 20}', eller fjern den"
        ),
        (
            "the percentages of split '{}' add up to {}, not 100",
            "procenterne i opdelingen '{}' giver tilsammen {}, ikke 100"
        ),
        (
            "make the categories' 'percent' values add up to 100",
            "lad kategoriernes 'percent' give 100 tilsammen"
        ),
        ("the key '{}' is declared twice", "fordelingsnøglen '{}' er erklæret to gange"),
        ("the programme '{}' is defined twice", "uddannelsen '{}' er defineret to gange"),
        ("keep one definition", "behold én definition"),
        ("no programmes are defined", "ingen uddannelser er defineret"),
        ("add at least one programme", "tilføj mindst én uddannelse"),
        ("the key kind '{}' is unknown", "fordelingsnøgletypen '{}' er ukendt"),
        (
            "the id '{}' may only use lowercase letters a–z, digits, '_' and '-'",
            "id'et '{}' må kun bestå af små bogstaver a–z, cifre, '_' og '-'"
        ),
        ("e.g. 'ssa' or 'age_65_plus'", "f.eks. 'ssa' eller 'age_65_plus'"),
        ("e.g. 'plan_year: 2027'", "f.eks. 'plan_year: 2027'"),
        ("e.g. 'period: {from: 2027, to: 2029}'", "f.eks. 'period: {from: 2027, to: 2029}'"),

        // MARK: Bounds
        (
            "the floor {} is above the cap {} for {}, programme {}",
            "bunden {} er over loftet {} for {}, uddannelse {}"
        ),
        (
            "lower the floor or raise the cap so that floor ≤ cap",
            "sænk bunden eller hæv loftet, så bund ≤ loft"
        ),

        // MARK: Checks across files
        (
            "programme '{}' includes the region, but no row of the municipalities file has kind 'region'",
            "uddannelsen '{}' omfatter regionen, men ingen række i kommunefilen har kind 'region'"
        ),
        (
            "add the region (e.g. 1081;Region Nordjylland;region) or set 'include_region: false'",
            "tilføj regionen (f.eks. 1081;Region Nordjylland;region), eller sæt 'include_region: false'"
        ),
        ("programme '{}' has no target for {}", "uddannelsen '{}' har intet måltal for {}"),
        (
            "add '- {year: {}, places: …, kind: exact}' under its 'targets:' or choose another --year",
            "tilføj '- {year: {}, places: …, kind: exact}' under dens 'targets:', eller vælg et andet --year"
        ),
        (
            "add '- {year: {}, places: …, kind: exact}' under its 'targets:'",
            "tilføj '- {year: {}, places: …, kind: exact}' under dens 'targets:'"
        ),
        (
            "joint capacity '{}' names the unknown programme '{}'",
            "den fælles kapacitet '{}' nævner den ukendte uddannelse '{}'"
        ),
        ("use programme ids defined under 'programmes:'", "brug id'er på uddannelser defineret under 'programmes:'"),
        (
            "programme '{}' uses the key '{}', which is not declared",
            "uddannelsen '{}' bruger fordelingsnøglen '{}', som ikke er erklæret"
        ),
        ("declare it under 'keys:' or use one of: {}", "erklær den under 'keys:', eller brug en af: {}"),
        (
            "the key '{}' (used by '{}') has no weight for {}",
            "fordelingsnøglen '{}' (brugt af '{}') har ingen vægt for {}"
        ),
        (
            "add a row '{};<code>;<weight>' for each missing party",
            "tilføj en række '{};<code>;<weight>' for hver manglende part"
        ),
        (
            "the weights of key '{}' (used by '{}') add up to 0",
            "vægtene i fordelingsnøglen '{}' (brugt af '{}') giver tilsammen 0"
        ),
        ("at least one party needs a weight above 0", "mindst én part skal have en vægt over 0"),
        (
            "programme '{}' does not include {}; its bounds are ignored",
            "uddannelsen '{}' omfatter ikke {}; dens grænser ses der bort fra"
        ),
        ("remove the row or set 'include_region: true'", "fjern rækken, eller sæt 'include_region: true'"),
        (
            "the floors of '{}' add up to {}, more than its exact regional number {} for {}",
            "bundene for '{}' giver tilsammen {}, mere end dens præcise regionale tal {} for {}"
        ),
        (
            "lower floors in the bounds file ({}) or raise the number",
            "sænk bunde i grænsefilen ({}), eller hæv tallet"
        ),
        (
            "the caps of '{}' add up to {}, fewer than its regional number {} for {}",
            "lofterne for '{}' giver tilsammen {}, færre end dens regionale tal {} for {}"
        ),
        (
            "raise caps in the bounds file ({}) or lower the number",
            "hæv lofter i grænsefilen ({}), eller sænk tallet"
        ),
        ("largest: {}", "største: {}"),

        // MARK: The range of places (subjects of "… is N, outside the supported range of places")
        ("the regional number of '{}' for {}", "det regionale tal for '{}' i {}"),
        (
            "the places of '{}' to distribute in {} ({} plus {} carried over)",
            "pladserne for '{}' til fordeling i {} ({} plus {} overført)"
        ),
        ("the 'max_change' places of '{}'", "'max_change'-pladserne for '{}'"),
        ("the floor of {} for '{}'", "bunden for {} i '{}'"),
        ("the cap of {} for '{}'", "loftet for {} i '{}'"),
        ("last year's allocation of {} for '{}'", "sidste års tildeling til {} i '{}'"),
        ("last year's realised places of {} for '{}'", "sidste års realiserede pladser for {} i '{}'"),
        ("the joint capacity '{}' of {}", "den fælles kapacitet '{}' for {}"),

        // MARK: Agreement periods and history
        ("the period ends ({}) before it begins ({})", "perioden slutter ({}), før den begynder ({})"),
        (
            "write the first year in 'from' and the last in 'to'",
            "skriv det første år i 'from' og det sidste i 'to'"
        ),
        ("the period {}–{} is {} years long", "perioden {}–{} er {} år lang"),
        (
            "agreement periods are at most {} years; check the years",
            "aftaleperioder er højst {} år; kontrollér årstallene"
        ),
        (
            "programme '{}' has no target for {}, a year of its period {}–{}",
            "uddannelsen '{}' har intet måltal for {}, et år i dens periode {}–{}"
        ),
        (
            "add '- {year: {}, places: …, kind: minimum}' under its 'targets:'",
            "tilføj '- {year: {}, places: …, kind: minimum}' under dens 'targets:'"
        ),
        (
            "the programmes of joint capacity '{}' have different periods ({})",
            "uddannelserne i den fælles kapacitet '{}' har forskellige perioder ({})"
        ),
        (
            "give them the same 'period:' (they are planned in one model)",
            "giv dem samme 'period:' (de planlægges i én model)"
        ),
        (
            "{} {} is decided for some parties but not for {}",
            "{} {} er besluttet for nogle parter, men ikke for {}"
        ),
        (
            "add a row '{};{};<code>;<allocated>;<realised>' for each, or remove the year's rows to plan it",
            "tilføj en række '{};{};<code>;<allocated>;<realised>' for hver, eller fjern årets rækker for at planlægge det"
        ),
        (
            "{} realised {} {} places in {}, more than the {} allocated",
            "{} realiserede {} {}-pladser i {}, flere end de {} tildelte"
        ),
        (
            "places above the allocation are the municipality's own choice and do not carry over",
            "pladser ud over tildelingen er kommunens eget valg og overføres ikke"
        ),
        ("no agreement period is declared", "ingen aftaleperiode er erklæret"),
        (
            "add 'period: {from: 2027, to: 2029}' at the top or to a programme",
            "tilføj 'period: {from: 2027, to: 2029}' øverst eller til en uddannelse"
        ),
        ("no agreement period contains {}", "ingen aftaleperiode indeholder {}"),
        (
            "declare 'period: {from: …, to: …}' covering {}, or choose another --year",
            "erklær 'period: {from: …, to: …}', der dækker {}, eller vælg et andet --year"
        ),
        ("the period report is missing", "periodens rapport mangler"),
        (
            "run 'kkr-plan traineeships --period' first: roll-forward takes the decided plan from it",
            "kør først 'kkr-plan traineeships --period': roll-forward tager den besluttede plan derfra"
        ),
        (
            "move the folder away and run 'kkr-plan traineeships --period' to write the period report",
            "flyt mappen væk, og kør 'kkr-plan traineeships --period' for at skrive periodens rapport"
        ),
        ("the period report has no {} places for {}", "periodens rapport har ingen pladser i {} for {}"),
        (
            "run 'kkr-plan traineeships --period' again with the current inputs",
            "kør 'kkr-plan traineeships --period' igen med de nuværende input"
        ),
        ("unknown programme '{}' (not in the period)", "ukendt uddannelse '{}' (ikke i perioden)"),
        ("use one of: {}", "brug en af: {}"),
    ]
}
