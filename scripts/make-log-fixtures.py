#!/usr/bin/env python3
"""Derives the damaged logs of Fixtures/logs from Fixtures/logs/sound.jsonl.

sound.jsonl is written by `cohort append` (Fixtures/submissions/base.jsonl, then more.jsonl). Each
variant here damages it the way real files get damaged, or re-seals it the way a forger would, with a
sealer written from docs/FORMAT.md alone (hashlib), so that `cohort verify` is tested against logs it did not
write. Run it again after re-making sound.jsonl, then re-record the golden files (COHORT_RECORD=1).
"""
import hashlib
import json
import os

from independent_verify import digest

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures", "logs")


def read(name):
    with open(os.path.join(HERE, name), "rb") as f:
        return f.read()


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def reseal(lines):
    """Rewrites every prev so that the chain holds again: what a forger would do."""
    out, prev = [], "0" * 64
    for line in lines:
        record = line.decode()
        start = record.index('"prev":"') + len('"prev":"')
        record = record[:start] + prev + record[start + 64:]
        line = record.encode()
        out.append(line)
        prev = digest(line)
    return out


def seal(lines, event):
    """Appends one event, sealed after the last line, with the members in the fixed order."""
    prev = digest(lines[-1])
    record = {"seq": len(lines) + 1, "id": event["id"], "type": event["type"], "at": event["at"],
              "recorded": "2014-07-10T12:00:00Z", "by": event["by"], "prev": prev}
    text = json.dumps(record, separators=(",", ":"), ensure_ascii=False)[:-1]
    text += ',"data":' + json.dumps(event["data"], separators=(",", ":"), sort_keys=True, ensure_ascii=False)
    text += ',"personal":' + json.dumps(event.get("personal", {}), separators=(",", ":"), sort_keys=True,
                                        ensure_ascii=False) + "}"
    return lines + [text.encode()]


sound = read("sound.jsonl")
lines = sound.split(b"\n")[:-1]
join = lambda ls: b"\n".join(ls) + b"\n"

tampered = list(lines)
tampered[16] = tampered[16].replace(b"casus", b"Casus")
write("tampered.jsonl", join(tampered))
tampered_last = list(lines)
tampered_last[-1] = tampered_last[-1].replace(b"AVG art. 17", b"AVG art. 18")
write("tampered-last.jsonl", join(tampered_last))
reordered = list(lines)
reordered[13], reordered[14] = reordered[14], reordered[13]
write("reordered.jsonl", join(reordered))
write("record-deleted.jsonl", join(lines[:9] + lines[10:]))
write("truncated.jsonl", join(lines[:-3]))
write("blank-line.jsonl", join(lines[:5] + [b""] + lines[5:]))
write("crlf.jsonl", b"".join(line + b"\r\n" for line in lines))
write("bom.jsonl", b"\xef\xbb\xbf" + sound)
history = list(lines)
history[9] = history[9].replace(b'"dagdelen":2', b'"dagdelen":1')
write("resealed-history.jsonl", join(reseal(history)))
forged = list(lines)
line = forged[16]
cut = line.rindex(b',"personal":') + len(b',"personal":')
forged[16] = line[:cut] + b'{"redacted":"' + hashlib.sha256(line[cut:-1]).hexdigest().encode() + b'"}}'
write("redaction-forged.jsonl", join(forged))
unfinished = seal(lines, {"id": "red2", "type": "data.redacted", "at": "2014-07-10T13:00:00+02:00", "by": "f1",
                          "data": {"targets": ["sup1"], "reason": "verzoek"}})
write("redaction-unfinished.jsonl", join(unfinished))
broken = seal(lines, {"id": "a-pb", "type": "attendance.recorded", "at": "2014-06-12T17:00:00+02:00", "by": "f1",
                      "data": {"session": "s1", "participant": "pb", "dagdelen": 3}})
write("rule-broken.jsonl", join(broken))
escaped = seal(lines, {"id": "ref2", "type": "reflection.recorded", "at": "2014-07-10T14:00:00+02:00", "by": "pb",
                       "data": {"visibility": "group", "themes": ["eigen regie"], "participant": "pb",
                                "reflection": "ref-pb-1"},
                       "personal": {"text": "Eigen regie \u00e9n \"vertrouwen\"\n\u2014 een \\ schuine streep /",
                                    "salt": "0123456789abcdef0123456789abcdef"}})
write("other-writer.jsonl", join(escaped).replace("\\u2014".encode(), "\\u2014".encode()))
write("torn.jsonl", join(escaped)[:-40])
write("empty.jsonl", b"")
print("wrote", len(os.listdir(HERE)), "files in", os.path.normpath(HERE))
