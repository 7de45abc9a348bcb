#!/usr/bin/env bash
# Rebuilds events/eigen-regie-2014.jsonl, the real 2014 cohort "Eigen regie en vertrouwen", from
# scratch: the submission files in events/eigen-regie-2014/ are appended in order, each with
# COHORT_NOW set to the moment it was recorded (the table below), and the log is verified.
#
#   scripts/build-real-cohort.sh               # uses .build/release/cohort, building it if missing
#   COHORT=/path/to/cohort scripts/build-real-cohort.sh
#
# The subsidy claim names the head of the log just before it. Every record's personal member
# carries a fresh random salt, so a rebuilt log has other digests than the last one: when a file
# holds a "head", the script puts the head of the log as it stands into that file before appending
# it (and says so), so that the claim always rests on the log it is part of.
set -euo pipefail

cd "$(dirname "$0")/.."

if [[ -z "${COHORT:-}" ]]; then
    COHORT=.build/release/cohort
    if [[ ! -x "$COHORT" ]]; then
        echo "building $COHORT (swift build -c release)" >&2
        swift build -c release
    fi
fi
if [[ ! -x "$COHORT" ]]; then
    echo "build-real-cohort: $COHORT is not an executable cohort" >&2
    exit 2
fi

LOG=events/eigen-regie-2014.jsonl
DIR=events/eigen-regie-2014

# file                                            recorded at (Dutch local time)
MOMENTS=(
    01-2014-05-27-opening.jsonl                     2014-05-27T12:30:00+02:00
    02-2014-06-12-startbijeenkomst.jsonl            2014-06-12T18:30:00+02:00
    03-2014-06-16-facturen.jsonl                    2014-06-16T10:00:00+02:00
    04-2014-07-01-opdrachten.jsonl                  2014-07-01T16:30:00+02:00
    05-2014-07-16-voor-de-zomer.jsonl               2014-07-16T17:00:00+02:00
    06-2014-09-09-na-de-zomer.jsonl                 2014-09-09T10:00:00+02:00
    07-2014-09-24-tweedaagse.jsonl                  2014-09-24T19:30:00+02:00
    08-2014-09-30-correctie-aanwezigheid.jsonl      2014-09-30T10:00:00+02:00
    09-2014-10-14-uitschrijving.jsonl               2014-10-14T16:00:00+02:00
    10-2014-10-30-voorbereiding-eendaagse.jsonl     2014-10-30T16:00:00+01:00
    11-2014-11-06-eendaagse.jsonl                   2014-11-06T18:30:00+01:00
    12-2014-11-26-op-weg-naar-de-manifestatie.jsonl 2014-11-26T16:00:00+01:00
    13-2014-12-11-tweedaagse-en-manifestatie.jsonl  2014-12-11T22:00:00+01:00
    14-2014-12-18-nawerk-manifestatie.jsonl         2014-12-18T11:00:00+01:00
    15-2015-01-14-januari.jsonl                     2015-01-14T16:00:00+01:00
    16-2015-01-29-slotbijeenkomst.jsonl             2015-01-29T19:00:00+01:00
    17-2015-02-10-subsidieaanvraag.jsonl            2015-02-10T10:30:00+01:00
)

# The table and the folder must name the same files.
listed=$(for ((i = 0; i < ${#MOMENTS[@]}; i += 2)); do echo "${MOMENTS[i]}"; done | sort)
present=$(cd "$DIR" && ls -1 -- *.jsonl | sort)
if [[ "$listed" != "$present" ]]; then
    echo "build-real-cohort: the table and $DIR/ disagree:" >&2
    diff <(echo "$listed") <(echo "$present") >&2 || true
    exit 1
fi

rm -f "$LOG" "$LOG.lock"

head_pattern='"head":"[0-9a-f]\{64\}"'
for ((i = 0; i < ${#MOMENTS[@]}; i += 2)); do
    file="$DIR/${MOMENTS[i]}"
    moment="${MOMENTS[i + 1]}"
    if grep -q "$head_pattern" "$file"; then
        current=$("$COHORT" verify "$LOG" | awk '/^ok: / { print $NF }')
        if [[ ! "$current" =~ ^[0-9a-f]{64}$ ]]; then
            echo "build-real-cohort: cannot read the head of $LOG" >&2
            exit 1
        fi
        if ! grep -q "\"head\":\"$current\"" "$file"; then
            sed -i "s/$head_pattern/\"head\":\"$current\"/" "$file"
            echo "${MOMENTS[i]}: head set to $current (the log's head before it)"
        fi
    fi
    if ! out=$(COHORT_NOW="$moment" "$COHORT" append "$LOG" "$file" 2>&1); then
        echo "$out" >&2
        echo "build-real-cohort: $file was refused; stopped" >&2
        exit 1
    fi
    echo "${MOMENTS[i]} @ $moment: ${out##*$'\n'}"
done

"$COHORT" verify "$LOG"
echo "head: $("$COHORT" verify "$LOG" | awk '/^ok: / { print $NF }')"
