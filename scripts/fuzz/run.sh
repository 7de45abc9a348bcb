#!/usr/bin/env bash
# Fuzzes the two readers of untrusted bytes with libFuzzer (swiftc -sanitize=fuzzer,address):
#   submission  the submission reader, and the sealer on what it accepts (scripts/fuzz/submission.swift)
#   log         the record reader and the verifier, every rule included (scripts/fuzz/log.swift)
#   http        the request parser and form decoder of `cohort serve` (scripts/fuzz/http.swift)
#
#   scripts/fuzz/run.sh TARGET [SECONDS] [-- LIBFUZZER-OPTIONS…]
#
# The target is compiled together with the sources of CohortLog into .build/fuzz/TARGET; its corpus
# (.build/fuzz/TARGET-corpus) is seeded from Fixtures/ and grows across runs. A crash is written to
# .build/fuzz/TARGET-crashes/; copy it into Fixtures/fuzz/TARGET/ as a regression input (the test
# suite reads every file there, see Tests/CohortLogTests/FuzzRegressionTests.swift).
# Leak detection is off: the lazily made tables of the event types live as long as the process and
# would be reported at exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:?usage: scripts/fuzz/run.sh submission|log|http [SECONDS] [-- libFuzzer options]}
seconds=${2:-600}
shift $(( $# >= 2 ? 2 : 1 ))
[ "${1:-}" = "--" ] && shift
case "$target" in submission|log|http) ;; *) echo "unknown target $target (submission, log or http)" >&2; exit 2;; esac

out=.build/fuzz
mkdir -p "$out/$target-corpus" "$out/$target-crashes"
binary="$out/$target"
# The HTTP parser is compiled on its own (it needs nothing but the standard library).
if [ "$target" = http ]; then folder=Sources/CohortWeb/HTTP module=CohortWeb; else folder=Sources/CohortLog module=CohortLog; fi
sources=$(find "$folder" -name '*.swift' | sort)
if [ ! -x "$binary" ] || [ -n "$(find "$folder" "scripts/fuzz/$target.swift" -newer "$binary" -name '*.swift' | head -1)" ]; then
    echo "building $binary" >&2
    swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name "$module" -package-name cohort \
        $sources "scripts/fuzz/$target.swift" -o "$binary"
fi

# Seeds: every submission and log in Fixtures, and the worked example of docs/FORMAT.md (Fixtures/examples).
if [ -z "$(ls -A "$out/$target-corpus")" ]; then
    if [ "$target" = http ]; then
        :
    elif [ "$target" = submission ]; then
        find Fixtures/submissions events -name '*.jsonl' -exec cp {} "$out/$target-corpus/" \; 2>/dev/null || true
        cp Fixtures/examples/submission.jsonl "$out/$target-corpus/"
    else
        find Fixtures/logs -name '*.jsonl' -exec cp {} "$out/$target-corpus/" \; 2>/dev/null || true
        cp Fixtures/examples/sealed.jsonl Fixtures/examples/redacted.jsonl "$out/$target-corpus/"
    fi
    if [ -d "Fixtures/fuzz/$target" ]; then cp Fixtures/fuzz/$target/* "$out/$target-corpus/"; fi
fi

ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} exec "$binary" "$out/$target-corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
    -artifact_prefix="$out/$target-crashes/" -print_final_stats=1 "$@"
