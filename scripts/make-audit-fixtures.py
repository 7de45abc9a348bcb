#!/usr/bin/env python3
"""Writes Fixtures/audit: a clean cohort with no finding, and for every finding code of docs/AUDIT.md a
minimal variant that produces exactly that finding and nothing else. Each is a list of batches of
submission lines sealed with `cohort append` at its own moment (COHORT_NOW), so that `recorded` is
realistic; "HEAD" in a claim is replaced by the head of the log before it.

Usage: scripts/make-audit-fixtures.py [COHORT [NAME…]]   (default .build/debug/cohort; every log, or the NAMEs)
"""
import json
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "Fixtures", "audit")
COHORT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "cohort")


def ev(id_, type_, at, by, data):
    return {"id": id_, "type": type_, "at": at, "by": by, "data": data}


def opened(**changes):
    data = {"cohort": "audit-2014", "title": "Controlegroep", "organiser": "org",
            "period": {"from": "2014-06-01", "to": "2014-12-31"}, "participants": {"min": 2, "max": 4}, "dagdelen": 4,
            "fee": {"amountCents": 155000, "currency": "EUR", "vat": "excluded"},
            "subsidy": {"fund": "A+O fonds Gemeenten", "scheme": "Proefregeling", "percent": 50},
            "registrationDeadline": "2014-05-25"}
    data.update(changes)
    return ev("open", "cohort.opened", "2014-04-01T10:00:00+02:00", "org", data)


def claim(participants=2, attended=7, amount=310000, head="HEAD", name="c1", at="2014-10-01T10:00:00+02:00"):
    data = {"claim": name, "amountCents": amount, "participants": participants, "attendedDagdelen": attended}
    if head:
        data["head"] = head
    return ev("claim-" + name, "subsidy.claimed", at, "f1", data)


def attendance(id_, session, participant, dagdelen, at):
    return ev(id_, "attendance.recorded", at, "f1", {"session": session, "participant": participant, "dagdelen": dagdelen})


def clean(**o):
    """The clean cohort's batches, each (COHORT_NOW, [events]); keyword arguments swap events."""
    setup = [
        o.get("opened", opened()),
        ev("f1", "facilitator.joined", "2014-04-01T10:05:00+02:00", "org", {"facilitator": "f1", "name": "Ada Begeleider"}),
        ev("r-pa", "participant.registered", "2014-05-02T09:00:00+02:00", "f1", {"participant": "pa", "municipality": "Leiden", "name": "Anna"}),
        o.get("r-pb", ev("r-pb", "participant.registered", "2014-05-03T09:00:00+02:00", "f1", {"participant": "pb", "municipality": "Delft", "name": "Bram"})),
        ev("s1", "session.scheduled", "2014-05-10T12:00:00+02:00", "f1", {"session": "s1", "title": "Start", "kind": "start", "days": ["2014-06-12"], "dagdelen": 2}),
        ev("s2", "session.scheduled", "2014-05-10T12:01:00+02:00", "f1", {"session": "s2", "title": "Slot", "kind": "closing", "days": ["2014-09-23"], "dagdelen": 2}),
        ev("inv-pa", "fee.invoiced", "2014-06-02T09:00:00+02:00", "f1", {"invoice": "inv-pa", "participant": "pa", "amountCents": 155000, "date": "2014-06-02"}),
    ] + o.get("inv-pb", [ev("inv-pb", "fee.invoiced", "2014-06-02T09:01:00+02:00", "f1", {"invoice": "inv-pb", "participant": "pb", "amountCents": 155000, "date": "2014-06-02"})])
    s1 = o.get("before-s1", []) + [o.get("a-s1-pa", attendance("a-s1-pa", "s1", "pa", 2, "2014-06-12T17:00:00+02:00")),
          o.get("a-s1-pb", attendance("a-s1-pb", "s1", "pb", 2, "2014-06-12T17:00:00+02:00"))] + o.get("after-s1", [])
    s2 = o.get("before-s2", []) + [attendance("a-s2-pa", "s2", "pa", 2, "2014-09-23T17:00:00+02:00")] \
        + o.get("a-s2-pb", [attendance("a-s2-pb", "s2", "pb", 1, "2014-09-23T17:00:00+02:00")])
    batches = [("2014-06-10T10:00:00Z", setup), ("2014-06-13T10:00:00Z", s1)] + o.get("late", []) \
        + [("2014-09-24T10:00:00Z", s2), ("2014-10-01T10:00:00Z", [o.get("claim", claim())])] + o.get("after", [])
    return batches


VARIANTS = {
    "clean": clean(),
    "participants.below-minimum": clean(opened=opened(participants={"min": 3, "max": 4})),
    "registration.after-deadline": clean(**{"r-pb": ev("r-pb", "participant.registered", "2014-05-26T09:00:00+02:00", "f1", {"participant": "pb", "municipality": "Delft", "name": "Bram"})}),
    "schedule.dagdelen-mismatch": clean(opened=opened(dagdelen=5)),
    "attendance.before-session": clean(**{"a-s1-pb": attendance("a-s1-pb", "s1", "pb", 2, "2014-06-11T17:00:00+02:00")}),
    "attendance.late": clean(**{"a-s1-pb": None, "late": [("2014-06-30T10:00:00Z", [attendance("a-s1-pb", "s1", "pb", 2, "2014-06-12T17:00:00+02:00")])]}),
    "attendance.missing": clean(**{"a-s2-pb": [], "claim": claim(attended=6)}),
    "attendance.after-withdrawal": clean(**{"before-s2": [ev("w-pb", "participant.withdrew", "2014-07-01T09:00:00+02:00", "f1", {"participant": "pb", "reason": "andere baan"})], "claim": claim(attended=6)}),
    "invoice.missing": clean(**{"inv-pb": [], "claim": claim(participants=1, attended=4, amount=155000)}),
    "invoice.amount-mismatch": clean(**{"inv-pb": [ev("inv-pb", "fee.invoiced", "2014-06-02T09:01:00+02:00", "f1", {"invoice": "inv-pb", "participant": "pb", "amountCents": 145000, "date": "2014-06-02"})], "claim": claim(amount=300000)}),
    "invoice.duplicate": clean(**{"inv-pb": [ev("inv-pb", "fee.invoiced", "2014-06-02T09:01:00+02:00", "f1", {"invoice": "inv-pb", "participant": "pb", "amountCents": 155000, "date": "2014-06-02"}), ev("inv-pb2", "fee.invoiced", "2014-06-03T09:01:00+02:00", "f1", {"invoice": "inv-pb2", "participant": "pb", "amountCents": 155000, "date": "2014-06-03"})]}),
    "claim.participants-exceeds-evidence": clean(claim=claim(participants=3)),
    "claim.dagdelen-exceeds-evidence": clean(claim=claim(attended=8)),
    "claim.amount-exceeds-claimable": clean(claim=claim(amount=320000)),
    "claim.below-evidence": clean(claim=claim(amount=300000)),
    "claim.head-unknown": clean(claim=claim(head="a" * 64)),
    "claim.backfilled-evidence": clean(after=[("2014-10-02T10:00:00Z", [attendance("a-s2-pb-again", "s2", "pb", 1, "2014-09-23T17:30:00+02:00")])]),
    # s1 made larger, pa's 3 dagdelen recorded, then the enlargement retracted: 3 recorded, 2 held (the
    # writer refuses a rescheduling that shrinks a session below its attendance, not this retraction).
    "attendance.exceeds-session": clean(**{
        "before-s1": [ev("re-s1", "session.rescheduled", "2014-06-12T09:00:00+02:00", "f1", {"session": "s1", "days": ["2014-06-12"], "dagdelen": 3})],
        "a-s1-pa": attendance("a-s1-pa", "s1", "pa", 3, "2014-06-12T17:00:00+02:00"),
        "after-s1": [ev("x-re-s1", "event.retracted", "2014-06-13T09:00:00+02:00", "f1", {"target": "re-s1", "reason": "de bijeenkomst bleef twee dagdelen"})]}),
    # A second claim for the same evidence: each claim alone stands, together they ask twice.
    "claim.total-exceeds-claimable": clean(after=[("2014-10-02T10:00:00Z", [claim(name="c2", at="2014-10-02T09:00:00+02:00")])]),
}


def head(log):
    out = subprocess.run([COHORT, "verify", log, "--format", "json"], capture_output=True, text=True)
    return json.loads(out.stdout)["head"]


def seal(name, batches):
    log = os.path.join(OUT, name + ".jsonl")
    for path in (log, log + ".lock"):
        if os.path.exists(path):
            os.remove(path)
    for now, events in batches:
        events = [e for e in events if e]
        if not events:
            continue
        if os.path.exists(log):
            current = head(log)
            events = [json.loads(json.dumps(e).replace('"HEAD"', '"%s"' % current)) for e in events]
        text = "".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n" for e in events)
        run = subprocess.run([COHORT, "append", log, "-"], input=text, capture_output=True, text=True, env={"COHORT_NOW": now})
        if run.returncode != 0:
            sys.exit("%s: %s" % (name, run.stderr))
    os.remove(log + ".lock")


os.makedirs(OUT, exist_ok=True)
wanted = sys.argv[2:] or list(VARIANTS) + ["chain.invalid", "log.empty"]
for name in wanted:
    if name in VARIANTS:
        seal(name, VARIANTS[name])
if "chain.invalid" in wanted:
    # The clean log with one byte of a record in the middle changed.
    with open(os.path.join(OUT, "clean.jsonl"), "rb") as f:
        lines = f.read().split(b"\n")
    lines[4] = lines[4].replace(b'"Start"', b'"Begin"')
    with open(os.path.join(OUT, "chain.invalid.jsonl"), "wb") as f:
        f.write(b"\n".join(lines))
if "log.empty" in wanted:
    # A log without a record: nothing to audit.
    open(os.path.join(OUT, "log.empty.jsonl"), "wb").close()
print("wrote", len(wanted), "logs in", os.path.normpath(OUT))
