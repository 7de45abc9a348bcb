// swift-tools-version:6.0
import PackageDescription

// cohort: the memory of a learning network group.
// No dependencies: only the Swift toolchain (see README.md).

// `#if arch` here is the machine that builds the package, which is also the one that runs it.
#if arch(x86_64)
// Lets CohortSHA (and only it) use the SHA-NI, SSSE3 and SSE4.1 instructions; it calls them only after CPUID says so.
let shaSettings: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-msha", "-Xcc", "-mssse3", "-Xcc", "-msse4.1"])]
#else
// Elsewhere CohortSHA builds without flags and reports the instructions as unavailable.
let shaSettings: [SwiftSetting] = []
#endif

let package = Package(
    name: "cohort",
    products: [
        .executable(name: "cohort", targets: ["cohort"]),
        .library(name: "CohortLog", targets: ["CohortLog"]),
    ],
    targets: [
        // The log library: events, records, JSON Lines, SHA-256, the digest chain, the writer's rules.
        .target(name: "CohortLog", dependencies: ["CohortSHA"]),
        // SHA-256 compression with the CPU's SHA instructions, chosen at run time by CohortLog's SHA256.
        .target(name: "CohortSHA", swiftSettings: shaSettings),
        // Rows of a spreadsheet or form export as submissions (`cohort import`): CSV, time zones, local times.
        .target(name: "CohortImport", dependencies: ["CohortLog"]),
        // Believable, valid, sealed cohorts of any size from a seed (`cohort generate`).
        .target(name: "CohortSynthesis", dependencies: ["CohortLog", "CohortImport"]),
        // Folds over records: one per view.
        .target(name: "CohortProjections", dependencies: ["CohortLog"]),
        // Pure functions from a projection's state to text, JSON, Markdown, HTML, CSV.
        .target(name: "CohortReports", dependencies: ["CohortLog", "CohortProjections"]),
        // The cohort on the web (`cohort serve`, `cohort invite`): HTTP/1.1 on sockets, personal links, pages
        // and forms that go through the same writer as `append`.
        .target(name: "CohortWeb", dependencies: ["CohortLog", "CohortProjections", "CohortReports"]),
        // Argument parsing and one file per command.
        .target(
            name: "CohortCLI",
            dependencies: ["CohortLog", "CohortImport", "CohortSynthesis", "CohortProjections", "CohortReports", "CohortWeb"]
        ),
        // main.swift only.
        .executableTarget(name: "cohort", dependencies: ["CohortCLI"]),
        // Faults planned by COHORT_TEST_FAULT (kill or fail at a chosen file operation), for the tests only.
        .target(name: "CohortFaults", dependencies: ["CohortLog"]),
        // `cohort` with those faults installed: main.swift only; for the tests, not a product, never shipped.
        .executableTarget(name: "cohort-faults", dependencies: ["CohortCLI", "CohortFaults", "CohortLog"]),
        .testTarget(name: "CohortLogTests", dependencies: ["CohortLog"]),
        .testTarget(name: "CohortImportTests", dependencies: ["CohortLog", "CohortImport"]),
        .testTarget(name: "CohortProjectionsTests", dependencies: ["CohortLog", "CohortProjections"]),
        .testTarget(name: "CohortReportsTests", dependencies: ["CohortLog", "CohortProjections", "CohortReports"]),
        .testTarget(name: "CohortWebTests", dependencies: ["CohortLog", "CohortProjections", "CohortWeb"]),
        .testTarget(
            name: "CohortCLITests",
            dependencies: [
                "CohortCLI", "CohortLog", "CohortImport", "CohortProjections", "CohortReports", "cohort", "cohort-faults",
            ]
        ),
    ]
)
