#!/bin/sh
# Builds and runs the SHA-256 benchmark in a scratch package (release, -O, no unsafe flags),
# using only the Digest sources, so it works even while the rest of the package is in flux.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${SHA_BENCH_DIR:-/tmp/sha256-bench-pkg}
mkdir -p "$work/Sources/CohortLog" "$work/Sources/sha256-bench"
cp "$root"/Sources/CohortLog/Digest/*.swift "$work/Sources/CohortLog/"
cp "$here/main.swift" "$work/Sources/sha256-bench/"
cat > "$work/Package.swift" <<'PKG'
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "sha256-bench",
    targets: [
        .target(name: "CohortLog"),
        .executableTarget(name: "sha256-bench", dependencies: ["CohortLog"]),
    ]
)
PKG
cd "$work" && swift build -c release && ./.build/release/sha256-bench "${1:-5}"
