extension ValidationCatalogue {
    /// The Socialaftale: settings, offers, demand, placements, prices, distances, the checks across files.
    static let social: [(english: String, danish: String)] = [
        // MARK: Settings (social/settings.yaml)
        ("no {} is declared under '{}'", "ingen {} er erklæret under '{}'"),
        ("add at least one", "tilføj mindst én"),
        ("the {} '{}' is declared twice", "{} '{}' er erklæret to gange"),
        ("target group", "målgruppe"),
        ("section", "paragraf"),
        ("municipality {} has two ferry rules", "kommune {} har to færgeregler"),
        ("the island's DST code, e.g. 825", "øens DST-kode, f.eks. 825"),
        ("the port's DST code, e.g. 813", "havnens DST-kode, f.eks. 813"),
        ("the crossing in km of road, e.g. 120", "overfarten i km vej, f.eks. 120"),
        ("{} is {}, above the largest allowed value {}", "{} er {}, over den største tilladte værdi {}"),
        ("write a number between {} and {}", "skriv et tal mellem {} og {}"),
        (
            "e.g. 'km_cost: 250' (kr per km per citizen per year)",
            "f.eks. 'km_cost: 250' (kr. pr. km pr. borger pr. år)"
        ),
        (
            "e.g. 'unmet_penalty: 5000000' (kr per citizen without a place; far above any tariff)",
            "f.eks. 'unmet_penalty: 5000000' (kr. pr. borger uden plads; langt over enhver takst)"
        ),
        (
            "e.g. 'road_factor: 1.3' (road km per straight-line km)",
            "f.eks. 'road_factor: 1.3' (km ad vej pr. km i lige linje)"
        ),
        (
            "the Socialaftale inputs are for {}, not {}",
            "Socialaftalens input gælder {}, ikke {}"
        ),
        (
            "run with --year {}, or update {} and the social files for {}",
            "kør med --year {}, eller opdatér {} og filerne i social/ til {}"
        ),

        // MARK: Tables (offers, demand, placements, prices, coordinates, distances)
        ("{} ({}) is the region; the {} must be a municipality", "{} ({}) er regionen; {} skal være en kommune"),
        // The roles of a municipality in a row (buyer, coordinates, the two ends of a distance, an offer's place).
        ("buyer", "køberen"),
        ("place", "stedet"),
        ("start", "startpunktet"),
        ("end", "slutpunktet"),
        ("location", "beliggenheden"),
        ("write the DST code of a municipality", "skriv en kommunes DST-kode"),
        ("declare it under '{}:' in {}", "erklær den under '{}:' i {}"),
        ("use one of: {} (declared in {})", "brug en af: {} (erklæret i {})"),
        ("the '{}' is 0", "'{}' er 0"),
        (
            "write the amount in kr per place per year, e.g. 1100000",
            "skriv beløbet i kr. pr. plads pr. år, f.eks. 1100000"
        ),
        ("{} is not a latitude", "{} er ikke en breddegrad"),
        ("{} is not a longitude", "{} er ikke en længdegrad"),
        (
            "write decimal degrees between {} and {}, e.g. 57,049",
            "skriv decimalgrader mellem {} og {}, f.eks. 57,049"
        ),
        ("write the offer's name", "skriv tilbuddets navn"),
        ("the tariff {} kr looks like a day tariff", "taksten {} kr. ligner en døgntakst"),
        (
            "tariffs are per place per year: multiply a day tariff by 365",
            "takster er pr. plads pr. år: gang en døgntakst med 365"
        ),
        ("give the offer a short id, e.g. rn-soedisbakke", "giv tilbuddet et kort id, f.eks. rn-soedisbakke"),
        (
            "the offer id '{}' may only use the letters a–z and A–Z, digits, '_', '-' and '.' (at most 64)",
            "tilbuddets id '{}' må kun bestå af bogstaverne a–z og A–Z, cifre, '_', '-' og '.' (højst 64)"
        ),
        (
            "e.g. 'rn-soedisbakke' (write æ, ø, å as ae, oe, aa)",
            "f.eks. 'rn-soedisbakke' (skriv æ, ø, å som ae, oe, aa)"
        ),
        (
            "'{}' in column 'min_occupancy' is not a percentage between 0 and 100",
            "'{}' i kolonnen 'min_occupancy' er ikke en procent mellem 0 og 100"
        ),
        (
            "write the lowest budgeted occupancy in percent, e.g. 95 (or leave it empty for the default)",
            "skriv den laveste budgetterede belægning i procent, f.eks. 95 (eller lad feltet være tomt for standarden)"
        ),
        ("the occupancy bound {} % is below 90 %", "belægningsgrænsen {} % er under 90 %"),
        (
            "the Styringsaftale budgets 95–100 % occupancy (acute and short-stay offers at least 90 %)",
            "Styringsaftalen budgetterer med 95–100 % belægning (akut- og korttidstilbud mindst 90 %)"
        ),
        ("write an offer id from {}", "skriv et tilbuds id fra {}"),
        ("unknown offer '{}'", "ukendt tilbud '{}'"),
        ("use an id from {}", "brug et id fra {}"),
        ("offer '{}'", "tilbud '{}'"),
        ("the price for {}, {}", "prisen for {}, {}"),
        ("the price for {} (every section)", "prisen for {} (alle paragraffer)"),
        ("the distance {}", "afstanden {}"),
        ("{} ({}) in '{}'", "{} ({}) i '{}'"),

        // MARK: Checks across files
        (
            "the ferry rule names '{}', which is not a municipality",
            "færgereglen nævner '{}', som ikke er en kommune"
        ),
        (
            "use DST municipality codes, e.g. 'municipality: 825' and 'port: 813'",
            "brug kommunernes DST-koder, f.eks. 'municipality: 825' og 'port: 813'"
        ),
        (
            "no coordinates for {}, so 1 distance cannot be derived",
            "ingen koordinater for {}, så 1 afstand kan ikke udledes"
        ),
        (
            "no coordinates for {}, so {} distances cannot be derived",
            "ingen koordinater for {}, så {} afstande kan ikke udledes"
        ),
        (
            "add a row '{};<latitude>;<longitude>' or give the distances in distances.csv",
            "tilføj en række '{};<latitude>;<longitude>', eller angiv afstandene i distances.csv"
        ),
        (
            "offer '{}' has {} existing placements in {} but only {} places",
            "tilbuddet '{}' har {} eksisterende placeringer i {}, men kun {} pladser"
        ),
        (
            "raise 'places' to at least {} or correct the placements",
            "hæv 'places' til mindst {}, eller ret placeringerne"
        ),
        (
            "the existing placements of {} ({}) in {}, {} add up to {}, more than its demand of {} in {}",
            "de eksisterende placeringer for {} ({}) i {}, {} giver tilsammen {}, mere end behovet på {} i {}"
        ),
        (
            "the demand includes the citizens already placed: raise it to at least {} or correct the placements",
            "behovet omfatter de borgere, der allerede er placeret: hæv det til mindst {}, eller ret placeringerne"
        ),
        (
            "the unmet penalty {} kr is not above the dearest place ({} kr a year), so leaving a citizen without a place can look cheaper",
            "straffen for uopfyldt behov på {} kr. er ikke over den dyreste plads ({} kr. om året), så det kan se billigere ud at lade en borger være uden plads"
        ),
        (
            "set policy.unmet_penalty in {} well above every tariff and outside price",
            "sæt policy.unmet_penalty i {} et godt stykke over alle takster og eksterne priser"
        ),
        (
            "no offer and no outside price serves {}, {}: its demand will be unmet",
            "intet tilbud og ingen ekstern pris dækker {}, {}: behovet vil ikke blive opfyldt"
        ),
        (
            "add an offer to {} or a price to outside_prices.csv",
            "tilføj et tilbud til {} eller en pris til outside_prices.csv"
        ),
    ]
}
