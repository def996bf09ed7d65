extension ValidationCatalogue {
    /// `kkr-plan import statbank`: the StatBank exports, the key file (and the other files rewritten by row:
    /// `CSVRowRewriter`), the stale-key check.
    static let statBank: [(english: String, danish: String)] = [
        // MARK: The key file
        (
            "the first line must be the header key;code;weight;illustrative;source",
            "første linje skal være overskriften key;code;weight;illustrative;source"
        ),
        ("the header has no column {}", "overskriften har ingen kolonne {}"),
        ("the first line must be the header {}", "første linje skal være overskriften {}"),
        ("the header must name the columns {} and {}", "overskriften skal nævne kolonnerne {} og {}"),
        (
            "the header must name the columns key, code, weight, illustrative and source",
            "overskriften skal nævne kolonnerne key, code, weight, illustrative og source"
        ),

        // MARK: Decoding
        (
            "the file's encoding cannot be read: it is UTF-16 or binary, not a StatBank CSV",
            "filens tegnsæt kan ikke læses: den er UTF-16 eller binær, ikke en CSV-fil fra Statistikbanken"
        ),
        (
            "download the table again from StatBank as CSV (semicolon-separated), UTF-8 or Latin-1",
            "hent tabellen igen fra Statistikbanken som CSV (semikolonsepareret), UTF-8 eller Latin-1"
        ),
        (
            "the file's encoding cannot be read: it is neither UTF-8 nor Latin-1 (first bad byte on this line)",
            "filens tegnsæt kan ikke læses: den er hverken UTF-8 eller Latin-1 (første forkerte byte på denne linje)"
        ),
        (
            "download the table again from StatBank as CSV, or save the file as UTF-8",
            "hent tabellen igen fra Statistikbanken som CSV, eller gem filen som UTF-8"
        ),
        ("check the path of the StatBank file", "kontrollér stien til filen fra Statistikbanken"),
        (
            "give the path of the StatBank file (a CSV file), not of a folder",
            "angiv stien til filen fra Statistikbanken (en CSV-fil), ikke til en mappe"
        ),

        // MARK: Reading the export
        ("the file is empty: it has no rows of figures", "filen er tom: den har ingen rækker med tal"),
        (
            "download the table again; a StatBank file has one row per area, age (and period) with a count",
            "hent tabellen igen; en fil fra Statistikbanken har én række pr. område, alder (og periode) med et antal"
        ),
        (
            "the file is empty: it has a header but no rows of figures",
            "filen er tom: den har en overskrift, men ingen rækker med tal"
        ),
        (
            "download the table again with at least one area selected",
            "hent tabellen igen med mindst ét område valgt"
        ),
        ("the file has no area (municipality) column", "filen har ingen kolonne med område (kommune)"),
        (
            "select the variable OMRÅDE (area) with the municipalities when downloading from StatBank",
            "vælg variablen OMRÅDE med kommunerne, når tabellen hentes fra Statistikbanken"
        ),
        ("the row has {} fields, but the file's rows have {}", "rækken har {} felter, men filens rækker har {}"),
        ("every row needs the same fields: {}", "hver række skal have de samme felter: {}"),
        ("the area is empty", "området er tomt"),
        ("every row must name its area", "hver række skal nævne sit område"),
        ("unknown label '{}' in the age column", "ukendt betegnelse '{}' i alderskolonnen"),
        (
            "ages are written '0', '0 år', '0 years', '1 year', '100 år og derover' or 'Alder i alt'",
            "aldre skrives '0', '0 år', '0 years', '1 year', '100 år og derover' eller 'Alder i alt'"
        ),
        ("unknown label '{}' in the period column", "ukendt betegnelse '{}' i periodekolonnen"),
        (
            "periods are written '2024K1', '2024Q1', '2024M01' or '2024'",
            "perioder skrives '2024K1', '2024Q1', '2024M01' eller '2024'"
        ),
        ("unknown label '' (empty) in column {}", "ukendt betegnelse '' (tom) i kolonne {}"),
        (
            "every row must name its category (e.g. 'Mænd', 'Kvinder' or 'I alt')",
            "hver række skal nævne sin kategori (f.eks. 'Mænd', 'Kvinder' eller 'I alt')"
        ),
        ("the count '{}' is not a whole number", "antallet '{}' er ikke et helt tal"),
        ("the count {} is negative", "antallet {} er negativt"),
        ("the count {} is too large", "antallet {} er for stort"),
        (
            "the last column must hold the number of persons, a whole number ≥ 0 (StatBank writes '..' for a figure it withholds: choose another table or area)",
            "sidste kolonne skal indeholde antallet af personer, et helt tal ≥ 0 (Statistikbanken skriver '..' for et tal, den tilbageholder: vælg en anden tabel eller et andet område)"
        ),

        // MARK: Building the key
        ("the file has no age column, but --ages needs one", "filen har ingen alderskolonne, men --ages kræver en"),
        (
            "download the table with the variable ALDER (age) by single years, or use --population",
            "hent tabellen med variablen ALDER fordelt på enkelte år, eller brug --population"
        ),
        ("{} ({}), {} appears twice (first on line {})", "{} ({}), {} står to gange (første gang på linje {})"),
        (
            "remove one of the two rows, or download the table again",
            "fjern en af de to rækker, eller hent tabellen igen"
        ),
        ("{} ({}), {} appears twice (also in {} on line {})", "{} ({}), {} står to gange (også i {} på linje {})"),
        ("give each municipality and age in one file only", "angiv hver kommune og alder i én fil"),
        ("the file has no rows for the period {}; it holds {}", "filen har ingen rækker for perioden {}; den har {}"),
        ("choose one of the periods found with --period", "vælg en af de fundne perioder med --period"),
        ("the file holds {} periods: {}", "filen har {} perioder: {}"),
        ("choose one with --period, e.g. --period {}", "vælg en med --period, f.eks. --period {}"),
        (
            "{} has no single ages in the file, only the total over all ages",
            "{} har ingen enkelte aldre i filen, kun totalen over alle aldre"
        ),
        (
            "download the table with ALDER (age) by single years",
            "hent tabellen med ALDER fordelt på enkelte år"
        ),
        (
            "the band {} cannot be taken from {}: the file counts ages {} and over together",
            "intervallet {} kan ikke tages fra {}: filen tæller aldre fra {} og derover sammen"
        ),
        (
            "end the band below {}, or use --ages {}- (and over)",
            "slut intervallet under {}, eller brug --ages {}- (og derover)"
        ),
        ("start the band at {} or below", "begynd intervallet ved {} eller derunder"),
        ("{} has no row for age {}, inside the band {}", "{} har ingen række for alder {} inden for intervallet {}"),
        (
            "{} has no row for ages {}, inside the band {}",
            "{} har ingen rækker for aldrene {} inden for intervallet {}"
        ),
        ("of all ages 0-{}", "af alle aldre 0-{}"),
        ("ages {}", "aldre {}"),
        ("age {}", "alder {}"),
        ("ages {} and over", "aldre {} og derover"),
        ("the total over all ages", "totalen over alle aldre"),
        ("its count", "dens antal"),
        (
            "download the table with every single age of the band selected (the missing age follows this row)",
            "hent tabellen med hver enkelt alder i intervallet valgt (den manglende alder følger efter denne række)"
        ),
        ("every age of the band {} is 0 for {}", "hver alder i intervallet {} er 0 for {}"),
        (
            "the municipality gets weight 0 and no share; check that the right table and area were downloaded",
            "kommunen får vægten 0 og ingen andel; kontrollér, at den rigtige tabel og det rigtige område blev hentet"
        ),
        ("{} ({}) has no rows in {}", "{} ({}) har ingen rækker i {}"),
        (
            "download the table with every municipality of {} selected",
            "hent tabellen med alle kommuner fra {} valgt"
        ),
        (
            "the file's areas that match no municipality are {}; if one of them is {}, write it in the column statbank_name of this line (or download the table with {})",
            "filens områder, der ikke svarer til nogen kommune, er {}; hvis et af dem er {}, så skriv det i kolonnen statbank_name på denne linje (eller hent tabellen med {})"
        ),

        // MARK: The stale-key check
        (
            "the key '{}' cannot be checked against its StatBank file: the file has errors",
            "fordelingsnøglen '{}' kan ikke kontrolleres mod sin fil fra Statistikbanken: filen har fejl"
        ),
        ("fix the file, then run: {}", "ret filen, og kør derefter: {}"),
        ("the key '{}' is stale: {}", "fordelingsnøglen '{}' er forældet: {}"),
        ("bring it up to date with: {}", "opdatér den med: {}"),
        (
            "the StatBank file has changed since the import: it gives {} for {}, but the key has no row for it",
            "filen fra Statistikbanken er ændret siden importen: den giver {} for {}, men fordelingsnøglen har ingen række for den"
        ),
        (
            "the StatBank file gives {} for {}, but the key has no row for it",
            "filen fra Statistikbanken giver {} for {}, men fordelingsnøglen har ingen række for den"
        ),
        (
            "the StatBank file has changed since the import: it gives {} for {}, the row says {}",
            "filen fra Statistikbanken er ændret siden importen: den giver {} for {}, rækken siger {}"
        ),
        (
            "the StatBank file gives {} for {}, the row says {}",
            "filen fra Statistikbanken giver {} for {}, rækken siger {}"
        ),
        (
            "the StatBank file has changed since the import (its SHA-256 is not the one in the source)",
            "filen fra Statistikbanken er ændret siden importen (dens SHA-256 er ikke den i kilden)"
        ),
        (
            "the row's source or illustrative mark is not what the import writes",
            "rækkens kilde eller illustrative-markering er ikke det, importen skriver"
        ),

        // MARK: Notes of the import
        (
            "the key '{}' is not declared in {}; until it is, every command reports its rows as an unknown key",
            "fordelingsnøglen '{}' er ikke erklæret i {}; indtil den er det, melder alle kommandoer dens rækker som en ukendt fordelingsnøgle"
        ),
        (
            "add under 'keys:' {id: {}, name_da: …, name_en: …, kind: {}} and name it in a programme's 'key'",
            "tilføj under 'keys:' {id: {}, name_da: …, name_en: …, kind: {}}, og nævn den i en uddannelses 'key'"
        ),
        (
            "kept the key's rows for {} (not municipalities in the file)",
            "beholdt fordelingsnøglens rækker for {} (ikke kommuner i filen)"
        ),
    ]
}
