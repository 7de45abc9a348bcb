#!/usr/bin/env bash
# Renders the real cohort's harvest (as shown at the manifestation, public, in Dutch and English) and one
# certificate to HTML, PNG and PDF in render/ (kept out of git), with headless Chromium.
#   scripts/render-harvest.sh            # needs chromium (apt-get install chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
COHORT=${COHORT:-.build/release/cohort}
[[ -x "$COHORT" ]] || swift build -c release
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[[ -n "$CHROMIUM" ]] || { echo "render-harvest: chromium is not installed (apt-get install chromium)" >&2; exit 2; }
LOG=events/eigen-regie-2014.jsonl
mkdir -p render
for lang in nl en; do
    "$COHORT" harvest "$LOG" --as-of 2014-12-11 --format html --lang "$lang" -o "render/oogst-2014-12-11.$lang.html"
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1800 \
        --screenshot="$PWD/render/oogst-2014-12-11.$lang.png" "file://$PWD/render/oogst-2014-12-11.$lang.html" 2>/dev/null
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$PWD/render/oogst-2014-12-11.$lang.pdf" "file://$PWD/render/oogst-2014-12-11.$lang.html" 2>/dev/null
done
"$COHORT" certificate "$LOG" p03 --format html --lang nl -o render/bewijs-p03.html
"$CHROMIUM" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$PWD/render/bewijs-p03.pdf" "file://$PWD/render/bewijs-p03.html" 2>/dev/null
ls -la render/
