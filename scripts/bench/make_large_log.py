#!/usr/bin/env python3
"""Writes a valid, sealed cohort log of N records for measuring `cohort verify` until `cohort generate`
exists. Usage: make_large_log.py N OUT. Deterministic: the same N gives the same bytes.

The mix follows a real cohort: wishes and revisions, support, reflections, assignment progress and
attendance, with texts of 40 to 400 characters; every record obeys the writer's rules.
"""
import hashlib
import json
import random
import sys

sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)) + "/..")
from independent_verify import digest  # noqa: E402

WORDS = ("vertrouwen loslaten eigen regie team gemeente burger netwerk ruimte leren samen kijken vragen "
         "luisteren durven kiezen sturen verantwoording initiatief medewerker leidinggevende").split()


def dumps(value):
    return json.dumps(value, separators=(",", ":"), sort_keys=True, ensure_ascii=False)


def main(count, out):
    rng = random.Random(count)
    prev = "0" * 64
    seq = 0
    with open(out, "wb") as f:
        def emit(type_, at, by, data, personal=None):
            nonlocal prev, seq
            seq += 1
            if personal:
                personal = dict(personal, salt="%032x" % rng.getrandbits(128))
            head = '{"seq":%d,"id":"e%d","type":"%s","at":"%s","recorded":"2014-12-31T12:00:00Z","by":"%s","prev":"%s","data":%s,"personal":' % (
                seq, seq, type_, at, by, prev, dumps(data))
            line = (head + dumps(personal or {}) + "}").encode()
            prev = digest(line)
            f.write(line + b"\n")

        def text():
            return " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 22))).capitalize() + "."

        emit("cohort.opened", "2014-02-17T10:00:00+01:00", "wiw", {
            "cohort": "bench", "title": "Benchmark", "organiser": "wiw", "period": {"from": "2014-06-01", "to": "2015-01-31"},
            "participants": {"min": 8, "max": 12}, "dagdelen": 14,
            "fee": {"amountCents": 155000, "currency": "EUR", "vat": "excluded"}})
        for f_ in ("f1", "f2"):
            emit("facilitator.joined", "2014-02-17T10:05:00+01:00", "wiw", {"facilitator": f_}, {"name": "Begeleider " + f_})
        people = ["p%02d" % i for i in range(1, 13)]
        for p in people:
            emit("participant.registered", "2014-03-01T10:00:00+01:00", "f1", {"participant": p, "municipality": "Leiden"},
                 {"name": "Deelnemer " + p})
        for s in range(1, 6):
            emit("session.scheduled", "2014-05-01T10:00:00+02:00", "f1", {
                "session": "s%d" % s, "title": "Bijeenkomst %d" % s, "kind": "meeting", "days": ["2014-06-1%d" % s], "dagdelen": 2})
        wishes = {p: [] for p in people}
        assignments = {}
        n = 0
        while seq < count:
            n += 1
            p = rng.choice(people)
            kind = rng.random()
            at = "2014-%02d-%02dT%02d:%02d:00+02:00" % (rng.randint(6, 9), rng.randint(1, 28), rng.randint(8, 20), rng.randint(0, 59))
            if kind < 0.15 or not wishes[p]:
                w = "w-%s-%d" % (p, n)
                wishes[p].append(w)
                emit("wish.stated", at, p, {"wish": w, "participant": p, "themes": [rng.choice(WORDS)], "visibility": "group"}, {"text": text()})
            elif kind < 0.25:
                emit("wish.revised", at, p, {"wish": rng.choice(wishes[p])}, {"text": text()})
            elif kind < 0.45:
                q = rng.choice([x for x in people if x != p])
                data = {"from": p, "to": q, "kind": rng.choice(["feedback", "coaching", "intervisie", "resource"]), "session": "s%d" % rng.randint(1, 5)}
                if wishes[q]:
                    data["wish"] = rng.choice(wishes[q])
                emit("support.given", at, p, data, {"note": text()} if rng.random() < 0.5 else None)
            elif kind < 0.7:
                emit("reflection.recorded", at, p, {"reflection": "r%d" % n, "participant": p, "themes": [rng.choice(WORDS)]}, {"text": text()})
            elif kind < 0.85:
                if p not in assignments:
                    assignments[p] = "a-" + p
                    emit("assignment.started", at, p, {"assignment": assignments[p], "participant": p}, {"title": text()})
                else:
                    emit("assignment.progressed", at, p, {"assignment": assignments[p], "progress": rng.randint(0, 100)})
            else:
                emit("attendance.recorded", at, "f2", {"session": "s%d" % rng.randint(1, 5), "participant": p, "dagdelen": rng.randint(0, 2)})
    print(prev)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
