#!/usr/bin/env bash
# Measures `cohort verify` on a 1,000,000-record log against the bound of reading (cat, wc -l) and
# Python doing the chain check (json, orjson) on the same file, in the same run: median of 3 runs each.
# Usage: scripts/bench/verify-vs-python.sh [RECORDS]   (default 1000000; the log goes to /tmp)
set -euo pipefail
cd "$(dirname "$0")/../.."
records=${1:-1000000}
log=/tmp/cohort-bench-$records.jsonl
swift build -c release >/dev/null
[ -f "$log" ] || python3 scripts/bench/make_large_log.py "$records" "$log" >/dev/null
python3 -c 'import orjson' 2>/dev/null || pip install -q orjson
median() { sort -n | sed -n 2p; }
measure() {
    local label=$1; shift
    local times=()
    for _ in 1 2 3; do
        local start end
        start=$(date +%s.%N)
        "$@" >/dev/null
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    local m
    m=$(printf '%s\n' "${times[@]}" | median)
    printf '| %s | %.2f s | %s records/s |\n' "$label" "$m" "$(echo "$records / $m" | bc)"
}
echo "$(wc -c <"$log") bytes, $records records: $log"
echo
echo "| command | median of 3 | rate |"
echo "| --- | --- | --- |"
measure "cat" cat "$log"
measure "wc -l" wc -l "$log"
measure "cohort verify (format, chain, every rule)" .build/release/cohort verify "$log"
measure "python3 json: parse, count types, check the chain" python3 scripts/bench/python_json_verify.py "$log"
measure "python3 orjson: the same" python3 scripts/bench/python_json_verify.py --orjson "$log"
