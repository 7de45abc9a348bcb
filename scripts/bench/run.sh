#!/usr/bin/env bash
# The benchmark: builds the release binary and runs scripts/bench/benchmark.py (see there).
#   scripts/bench/run.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release >/dev/null
python3 -c 'import orjson' 2>/dev/null || pip install -q orjson
command -v jq >/dev/null || apt-get install -y -q jq >/dev/null
exec python3 scripts/bench/benchmark.py "$@"
