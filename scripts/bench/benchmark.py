#!/usr/bin/env python3
"""The benchmark of issue 6: generates its data, runs each measurement several times, and prints
medians and ratios against baselines measured in the same run on the same files (cat, wc -l, Python's
json and orjson doing the same work, jq). Writes docs/BENCHMARKS.md.

    scripts/bench/run.sh            # builds the release binary, then runs this
    scripts/bench/run.sh --quick    # smaller data, fewer runs (a smoke test of the benchmark itself)

The peers and `stats` run under `taskset -c 0`; verify, audit and harvest (which parse on a second
thread) and the archive audit use both cores.
"""
import json
import os
import platform
import statistics
import subprocess
import sys
import time

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
COHORT = os.path.join(ROOT, ".build", "release", "cohort")
QUICK = "--quick" in sys.argv
DATA = os.environ.get("BENCH_DIR", "/tmp/cohort-bench" + ("-quick" if QUICK else ""))
RECORDS = 100_000 if QUICK else 1_000_000
ARCHIVE = (50, 1000) if QUICK else (1000, 1000)
APPEND_BASE = 20_000 if QUICK else 100_000
SEAL = 20_000 if QUICK else 100_000
RUNS = 3
PY = sys.executable
ONE = ["taskset", "-c", "0"]


def sh(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, **kwargs)


def timed(command, runs=RUNS, setup=None, env=None):
    """The median wall time of `command` over `runs` runs, and the peak memory (KB) of the last."""
    times = []
    memory = 0
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
        if result.returncode not in (0, 1):
            sys.exit("failed: %s\n%s" % (" ".join(command), result.stderr.decode()[-2000:]))
        try:
            memory = int(result.stderr.decode().strip().splitlines()[-1])
        except (ValueError, IndexError):
            memory = 0
    return statistics.median(times), memory


PY_COUNT = r"""
import sys
loads = __import__(sys.argv[1]).loads
counts = {}
with open(sys.argv[2], "rb") as f:
    for line in f:
        t = loads(line)["type"]
        counts[t] = counts.get(t, 0) + 1
print(sum(counts.values()))
"""

PY_CHAIN = r"""
import hashlib, sys
loads = __import__(sys.argv[1]).loads
MARKER = b',"personal":'
counts, prev = {}, "0" * 64
with open(sys.argv[2], "rb") as f:
    for number, line in enumerate(f, start=1):
        line = line[:-1]
        record = loads(line)
        assert record["seq"] == number and record["prev"] == prev, number
        counts[record["type"]] = counts.get(record["type"], 0) + 1
        cut = line.rindex(MARKER) + len(MARKER)
        personal = record["personal"]
        inner = bytes.fromhex(personal["redacted"]) if "redacted" in personal else hashlib.sha256(line[cut:-1]).digest()
        prev = hashlib.sha256(line[:cut] + inner).hexdigest()
print(prev)
"""


def submission_from(log, out, count):
    """A submission of the first `count` events of a sealed log, personal fields back in data."""
    with open(log, "rb") as source, open(out, "w") as target:
        for index, line in enumerate(source):
            if index >= count:
                break
            record = json.loads(line)
            data = dict(record["data"])
            for key, value in record["personal"].items():
                if key != "salt":
                    data[key] = value
            event = {"id": record["id"], "type": record["type"], "at": record["at"], "by": record["by"], "data": data}
            target.write(json.dumps(event, ensure_ascii=False, separators=(",", ":")) + "\n")


def main():
    os.makedirs(DATA, exist_ok=True)
    big = os.path.join(DATA, "big.jsonl")
    if not os.path.exists(big):
        print("generating %d records" % RECORDS, file=sys.stderr)
        sh([COHORT, "generate", "--events", str(RECORDS), "--seed", "1", "-o", big])
    archive = os.path.join(DATA, "archive")
    if not os.path.isdir(archive):
        print("generating %d cohorts of %d events" % ARCHIVE, file=sys.stderr)
        sh([COHORT, "generate", "--cohorts", str(ARCHIVE[0]), "--events", str(ARCHIVE[1]), "--out", archive])
    base = os.path.join(DATA, "base.jsonl")
    if not os.path.exists(base):
        sh([COHORT, "generate", "--events", str(APPEND_BASE), "--seed", "2", "-o", base])
    submission = os.path.join(DATA, "submission.jsonl")
    if not os.path.exists(submission):
        source = os.path.join(DATA, "seal-source.jsonl")
        sh([COHORT, "generate", "--events", str(SEAL), "--seed", "3", "-o", source])
        submission_from(source, submission, SEAL)
    logs = sorted(os.path.join(archive, name) for name in os.listdir(archive))
    size = os.path.getsize(big)
    rows = []

    def row(what, seconds, work, unit="records", baseline=None, memory=None, note=""):
        rate = work / seconds if seconds > 0 else 0
        if unit == "records" and work == RECORDS and seconds > 0:
            note = note or "%d MB/s" % (size / seconds / 2**20)
        rows.append({"what": what, "seconds": seconds, "rate": rate, "unit": unit, "baseline": baseline,
                     "memory": memory, "note": note})
        print("%-58s %8.3f s %12.0f %s/s%s" % (what, seconds, rate, unit, "" if memory is None else "  %d MB" % (memory // 1024)), file=sys.stderr)

    # The bound of reading.
    cat, _ = timed(ONE + ["sh", "-c", "cat \"$0\" > /dev/null", big])
    row("cat (the bound of reading)", cat, RECORDS)
    wc, _ = timed(ONE + ["wc", "-l", big])
    row("wc -l", wc, RECORDS)
    # Counting per type.
    py_count, _ = timed(ONE + [PY, "-c", PY_COUNT, "json", big], runs=1 if not QUICK else RUNS)
    row("python3 json: count records per type", py_count, RECORDS)
    or_count, _ = timed(ONE + [PY, "-c", PY_COUNT, "orjson", big])
    row("python3 orjson: count records per type", or_count, RECORDS)
    jq_count, _ = timed(ONE + ["jq", "-n", "reduce inputs as $r ({}; .[$r.type] += 1)", big], runs=1 if not QUICK else RUNS)
    row("jq: count records per type", jq_count, RECORDS)
    stats, stats_memory = timed(ONE + [COHORT, "stats", big])
    row("cohort stats", stats, RECORDS, baseline=("orjson counting", or_count), memory=stats_memory)
    # The chain.
    py_chain, _ = timed(ONE + [PY, "-c", PY_CHAIN, "json", big], runs=1 if not QUICK else RUNS)
    row("python3 json: count per type, check the chain (hashlib)", py_chain, RECORDS)
    or_chain, _ = timed(ONE + [PY, "-c", PY_CHAIN, "orjson", big])
    row("python3 orjson: the same", or_chain, RECORDS)
    # verify, audit and harvest parse on a second core while they check in order on the first: they run
    # on both cores; the peers are single-threaded.
    verify, verify_memory = timed([COHORT, "verify", big])
    row("cohort verify (format, chain, every rule)", verify, RECORDS, baseline=("orjson chain", or_chain), memory=verify_memory)
    portable = dict(os.environ, COHORT_SHA256="portable")
    verify_portable, verify_portable_memory = timed([COHORT, "verify", big], env=portable)
    row("cohort verify, portable SHA-256 (COHORT_SHA256=portable)", verify_portable, RECORDS, baseline=("orjson chain", or_chain),
        memory=verify_portable_memory)
    harvest, harvest_memory = timed([COHORT, "harvest", big, "--format", "json", "-o", "/dev/null"])
    row("cohort harvest (json, public)", harvest, RECORDS, baseline=("orjson chain", or_chain), memory=harvest_memory)
    harvest_f, harvest_f_memory = timed([COHORT, "harvest", big, "--format", "json", "--audience", "facilitator", "-o", "/dev/null"])
    row("cohort harvest (json, facilitator)", harvest_f, RECORDS, baseline=("orjson chain", or_chain), memory=harvest_f_memory)
    audit, audit_memory = timed([COHORT, "audit", big, "--format", "json"])
    row("cohort audit", audit, RECORDS, baseline=("orjson chain", or_chain), memory=audit_memory)
    # The archive, on both cores.
    archive_time, _ = timed([COHORT, "audit", "--format", "json"] + logs)
    row("cohort audit of %d logs of %d records (2 cores)" % ARCHIVE, archive_time, ARCHIVE[0], unit="logs")
    # Appending one event to a large log, fsync included: first without the writer's cache beside the
    # log (it reads the whole log and writes the cache), then with it.
    work = os.path.join(DATA, "append.jsonl")
    counter = [0]

    def one_event():
        counter[0] += 1
        with open(os.path.join(DATA, "one.jsonl"), "w") as f:
            f.write('{"id":"bench-%d","type":"support.given","at":"2015-01-20T10:00:00+01:00","by":"p01","data":{"from":"p01","to":"p02","kind":"feedback"}}\n' % counter[0])

    def uncached():
        one_event()
        for path in (work, work + ".state", work + ".lock"):
            if os.path.exists(path):
                os.remove(path)
        sh(["cp", base, work])
    cold, _ = timed(ONE + [COHORT, "append", work, os.path.join(DATA, "one.jsonl")], runs=3, setup=uncached)
    row("cohort append of 1 event to a %d-record log, no cache yet" % APPEND_BASE, cold, 1, unit="appends")
    append, _ = timed(ONE + [COHORT, "append", work, os.path.join(DATA, "one.jsonl")], runs=11, setup=one_event)
    row("cohort append of 1 event to a %d-record log" % APPEND_BASE, append, 1, unit="appends")
    startup, _ = timed(ONE + [COHORT, "--version"], runs=11)
    row("cohort --version (process start-up, for scale)", startup, 1, unit="runs")
    # Sealing a large submission onto a new log.
    sealed = os.path.join(DATA, "sealed.jsonl")

    def fresh():
        for path in (sealed, sealed + ".lock", sealed + ".state"):
            if os.path.exists(path):
                os.remove(path)
    seal, _ = timed(ONE + [COHORT, "append", sealed, submission], setup=fresh)
    row("cohort append of a %d-event submission (sealing)" % SEAL, seal, SEAL, unit="events")
    # SHA-256.
    sha = subprocess.run([os.path.join(ROOT, "scripts", "sha256-bench", "run.sh"), "3"], capture_output=True, text=True).stdout
    sha_line = next((line for line in sha.splitlines() if line.startswith("SHA256.hash 256 MiB")), "")
    report(rows, size, sha_line)


def report(rows, size, sha_line):
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    lines = ["# Benchmarks", "",
             "Made by `scripts/bench/run.sh` (release build; each figure the median of several runs; baselines in "
             "the same run on the same files). Ratios, not absolute times, are what counts: the machine is shared "
             "and its speed varies by about ±10% between runs.", "",
             "## Machine", "",
             "- %s, %d cores, Linux %s" % (cpu, os.cpu_count() or 0, platform.release()),
             "- %s" % subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0],
             "- Python %s (orjson %s), %s" % (platform.python_version(), __import__("orjson").__version__,
                                              subprocess.run(["jq", "--version"], capture_output=True, text=True).stdout.strip()),
             "", "## Data", "",
             "- `cohort generate --events %d --seed 1`: %d records, %d MB (%d bytes a record)" % (RECORDS, RECORDS, size // 2**20, size // RECORDS),
             "- `cohort generate --cohorts %d --events %d`: the archive" % ARCHIVE,
             "- a %d-record log to append one event to, and a %d-event submission to seal" % (APPEND_BASE, SEAL),
             "", "## Figures", "",
             "| measurement | median | rate | bytes | ratio | peak memory |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        ratio = ""
        if r["baseline"]:
            name, seconds = r["baseline"]
            ratio = "%.2f× %s" % (seconds / r["seconds"], name)
        memory = "" if r["memory"] is None else "%d MB" % (r["memory"] // 1024)
        lines.append("| %s | %.3f s | %s %s/s | %s | %s | %s |" % (r["what"], r["seconds"], format(int(r["rate"]), ","), r["unit"], r["note"], ratio, memory))
    if sha_line:
        lines += ["", "SHA-256 of our own (`scripts/sha256-bench/run.sh`): %s" % sha_line.split(":", 1)[1].strip()]
    text = "\n".join(lines) + "\n"
    if QUICK:
        print(text)
        return
    # The analysis written by hand below the figures (from its first "## Where" heading) is kept.
    target = os.path.join(ROOT, "docs", "BENCHMARKS.md")
    try:
        previous = open(target).read()
        if "\n## Where" in previous:
            text += "\n" + previous[previous.index("\n## Where") + 1:]
    except OSError:
        pass
    with open(target, "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
