extension ValidationCatalogue {
    /// What single commands say about their own inputs: `apportion`'s CSV, the skipped Socialaftale part.
    static let commands: [(english: String, danish: String)] = [
        // MARK: kkr-plan apportion
        ("min {} is above max {}", "min {} er over max {}"),
        ("make min ≤ max", "sørg for, at min ≤ max"),
        ("duplicate row: '{}' already appears on line {}", "dobbelt række: '{}' står allerede på linje {}"),
        ("the file has no rows", "filen har ingen rækker"),
        ("add rows name,weight", "tilføj rækker name,weight"),
        ("no claimant has a positive weight", "ingen række har en positiv vægt"),
        (
            "the weight of '{}' is negative or not a finite number",
            "vægten for '{}' er negativ eller ikke et endeligt tal"
        ),
        ("the floor of '{}' is above its cap", "minimum for '{}' er over dens maksimum"),
        ("give at least one row a weight above 0", "giv mindst én række en vægt over 0"),
        ("no apportionment possible: {}", "ingen fordeling mulig: {}"),
        ("the floors add up to {}, more than the {} seats", "minimummerne giver tilsammen {}, mere end de {} pladser"),
        ("the caps add up to {}, fewer than the {} seats", "maksimummerne giver tilsammen {}, færre end de {} pladser"),

        // MARK: The default plan and validate
        ("not there; the Socialaftale part is skipped", "findes ikke; Socialaftale-delen springes over"),

        // MARK: kkr-plan solve (a model file that is a folder)
        ("give the path of an .mps or .lp file", "angiv stien til en .mps- eller .lp-fil"),
    ]
}
