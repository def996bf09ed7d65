// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kkr-plan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kkr-plan", targets: ["kkr-plan"]),
        .library(name: "LinearProgramming", targets: ["LinearProgramming"]),
        .library(name: "GLPKSolver", targets: ["GLPKSolver"]),
        .library(name: "COINSolver", targets: ["COINSolver"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // MARK: - Solver layer
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"]), .brew(["glpk"])]
        ),
        .target(name: "LinearProgramming"),
        .target(name: "GLPKSolver", dependencies: ["CGLPK", "LinearProgramming"]),
        // COIN-OR CBC 2.10 / CLP 1.17 through their C interfaces (Debian coinor-libcbc-dev, cbc.pc).
        .systemLibrary(
            name: "CCoinOR",
            pkgConfig: "cbc",
            providers: [.apt(["coinor-libcbc-dev"]), .brew(["cbc"])]
        ),
        .target(name: "COINSolver", dependencies: ["CCoinOR", "LinearProgramming"]),
        // The one factory of backends (`--solver`); the only target besides the backends that names them.
        .target(name: "SolverBackends", dependencies: ["GLPKSolver", "COINSolver", "LinearProgramming"]),

        // MARK: - Planning layer
        .target(
            name: "KKRDomain",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(name: "Allocation", dependencies: ["KKRDomain", "LinearProgramming"]),
        // Renders plans into report files; imports no solver module (docs/ARCHITECTURE.md, .ci/check-imports).
        .target(name: "Reports", dependencies: ["KKRDomain", "Allocation"]),
        // The stages of every plan part (validate → plan → artifacts → render → write) and one request per command.
        .target(name: "Planning", dependencies: ["KKRDomain", "Allocation", "LinearProgramming", "Reports"]),

        // MARK: - Command line
        .executableTarget(
            name: "kkr-plan",
            dependencies: [
                "LinearProgramming", "GLPKSolver", "SolverBackends", "KKRDomain", "Allocation", "Planning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Benchmarks (never linked into kkr-plan)
        .target(name: "BenchmarkSupport", dependencies: ["KKRDomain", "Allocation", "LinearProgramming"]),
        .executableTarget(
            name: "kkr-social-bench",
            dependencies: ["LinearProgramming", "GLPKSolver", "KKRDomain", "Allocation", "BenchmarkSupport"]
        ),

        .executableTarget(
            name: "kkr-traineeship-bench",
            dependencies: ["LinearProgramming", "GLPKSolver", "KKRDomain", "Allocation", "BenchmarkSupport"]
        ),

        // `make bench`'s national-size part: kkr-plan and the anchors (clp, HiGHS, PuLP) as child processes.
        .executableTarget(
            name: "kkr-scale-bench",
            dependencies: ["KKRDomain", "Planning", "SolverBackends", "BenchmarkSupport"],
            exclude: ["scale_bench.py"]  // the Python anchors, run by kkr-scale-bench
        ),

        // Fuzz targets: replays saved cases when built normally; `make fuzz` builds it with libFuzzer.
        .executableTarget(name: "kkr-fuzz", dependencies: ["GLPKSolver", "KKRDomain", "LinearProgramming"]),

        .executableTarget(
            name: "kkr-bench",
            dependencies: [
                "LinearProgramming", "GLPKSolver", "BenchmarkSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["pulp_bench.py"]  // the PuLP side of the benchmark, run by kkr-bench
        ),

        // MARK: - Tests
        .target(
            name: "TestSupport",
            dependencies: ["LinearProgramming", "SolverBackends"],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "LinearProgrammingTests", dependencies: ["LinearProgramming", "TestSupport"]),
        .testTarget(name: "GLPKSolverTests", dependencies: ["GLPKSolver", "LinearProgramming", "TestSupport"]),
        // The conformance suite (Tests/TestSupport/Conformance*.swift) run for every SolverBackend.
        .testTarget(
            name: "ConformanceTests",
            dependencies: ["SolverBackends", "LinearProgramming", "TestSupport"]
        ),
        .testTarget(name: "KKRDomainTests", dependencies: ["KKRDomain", "TestSupport"]),
        .testTarget(
            name: "AllocationTests",
            dependencies: [
                "Allocation", "KKRDomain", "GLPKSolver", "LinearProgramming", "BenchmarkSupport", "SolverBackends",
                "TestSupport",
            ]
        ),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "Planning", "Allocation", "KKRDomain", "GLPKSolver", "TestSupport"],
            exclude: ["Golden"]  // golden files are read through #filePath
        ),
        .testTarget(
            name: "PlanningTests",
            dependencies: [
                "Planning", "Reports", "Allocation", "KKRDomain", "GLPKSolver", "LinearProgramming", "TestSupport",
            ]
        ),
        .testTarget(
            name: "BenchmarkSupportTests",
            dependencies: ["BenchmarkSupport", "KKRDomain", "Allocation", "TestSupport"]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["TestSupport"],
            // FuzzRegressions: replayed through kkr-fuzz (read through #filePath); FuzzFindings: crashes to fix first.
            exclude: ["FuzzRegressions", "FuzzFindings"]
        ),
    ]
)
