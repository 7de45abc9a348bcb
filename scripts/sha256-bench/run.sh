#!/bin/sh
# Builds and runs the SHA-256 benchmark in a scratch package (release, -O; CohortSHA alone with the
# same -msha flags as in Package.swift), using only the Digest and CohortSHA sources, so it works
# even while the rest of the package is in flux.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${SHA_BENCH_DIR:-/tmp/sha256-bench-pkg}
mkdir -p "$work/Sources/CohortLog" "$work/Sources/CohortSHA" "$work/Sources/sha256-bench"
cp "$root"/Sources/CohortLog/Digest/*.swift "$work/Sources/CohortLog/"
cp "$root"/Sources/CohortSHA/*.swift "$work/Sources/CohortSHA/"
cp "$here/main.swift" "$work/Sources/sha256-bench/"
cat > "$work/Package.swift" <<'PKG'
// swift-tools-version:6.0
import PackageDescription
#if arch(x86_64)
let shaSettings: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-msha", "-Xcc", "-mssse3", "-Xcc", "-msse4.1"])]
#else
let shaSettings: [SwiftSetting] = []
#endif
let package = Package(
    name: "sha256-bench",
    targets: [
        .target(name: "CohortLog", dependencies: ["CohortSHA"]),
        .target(name: "CohortSHA", swiftSettings: shaSettings),
        .executableTarget(name: "sha256-bench", dependencies: ["CohortLog"]),
    ]
)
PKG
cd "$work" && swift build -c release && ./.build/release/sha256-bench "${1:-5}"
