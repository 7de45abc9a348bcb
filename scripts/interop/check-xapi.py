#!/usr/bin/env python3
"""Load an xAPI export of `cohort` with TinCanPython and check it against the log it came from.

    python3 -m pip install tincan          # TinCanPython (ADL / Rustici Software), tooling only
    cohort export LOG --xapi -o statements.json
    python3 scripts/interop/check-xapi.py statements.json LOG

TinCanPython is an xAPI library this project did not write: every statement must load as a
`tincan.Statement` (which checks the id's UUID form, the actor, verb, object, result, context and
timestamp), and the list as a `tincan.StatementList` that serialises back to xAPI JSON. Then, with
Python's own `uuid.uuid5` and `datetime` rather than the project's code (docs/XAPI.md):

- the registration is uuid5(uuid5(NAMESPACE_URL, "https://cohort.example/xapi/"), cohort id), the same
  for every statement;
- each id is a version 5 UUID of RFC 4122's variant: uuid5(registration, id of the record it names);
- the timestamp is the record's `at`, the same instant, and the text the record holds (`-00:00` as `Z`);
- the verb is ADL's or ours, with an English and a Dutch display; a voiding statement voids an earlier
  statement of the export;
- actors are accounts whose names are no name or e-mail address of the log.

Exit status 0 when all holds, 1 with the problems listed, 2 when TinCanPython is missing.
"""

import datetime
import json
import sys
import uuid

try:
    import tincan
    from importlib.metadata import version as package_version
except ImportError:
    print("check-xapi: TinCanPython is not installed; python3 -m pip install tincan", file=sys.stderr)
    sys.exit(2)

BASE = "https://cohort.example/xapi/"
ADL = "http://adlnet.gov/expapi/verbs/"
VERBS = {ADL + v for v in ["registered", "attended", "progressed", "completed", "shared", "voided"]} | {
    BASE + "verbs/" + v for v in ["joined", "withdrew", "stated", "revised", "closed", "supported", "started", "reflected", "identified"]
}


def main(export_path, log_path):
    with open(log_path, encoding="utf-8") as f:
        records = {}
        for line in f:
            record = json.loads(line)
            records[record["id"]] = record
    cohort = next(r for r in records.values() if r["type"] == "cohort.opened")["data"]["cohort"]
    secrets = {v for r in records.values() for k, v in r.get("personal", {}).items() if k in ("name", "email")}
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, BASE)
    registration = uuid.uuid5(namespace, cohort)

    with open(export_path, encoding="utf-8") as f:
        raw = json.load(f)
    problems = []
    if not isinstance(raw, list):
        print("check-xapi: the export is not a JSON array", file=sys.stderr)
        return 1

    loaded = []
    seen = set()
    for index, data in enumerate(raw):
        where = "statement %d" % (index + 1)
        try:
            statement = tincan.Statement(json.loads(json.dumps(data)))
        except Exception as error:  # the library's own refusal, whatever it is
            problems.append("%s: TinCanPython refuses it: %r" % (where, error))
            continue
        loaded.append(statement)
        record_id = data.get("context", {}).get("extensions", {}).get(BASE + "extensions/record")
        record = records.get(record_id)
        if record is None:
            problems.append("%s: names no record of the log (%r)" % (where, record_id))
            continue
        where = "statement %d (record %s)" % (index + 1, record_id)
        if statement.id is None or statement.id.version != 5 or statement.id.variant != uuid.RFC_4122:
            problems.append("%s: id %s is not a version 5 UUID of RFC 4122's variant" % (where, statement.id))
        if statement.id != uuid.uuid5(registration, record_id):
            problems.append("%s: id %s is not uuid5(registration, %r)" % (where, statement.id, record_id))
        if statement.id in seen:
            problems.append("%s: id %s twice" % (where, statement.id))
        seen.add(statement.id)
        if statement.context is None or statement.context.registration != registration:
            problems.append("%s: registration is not %s" % (where, registration))
        at = datetime.datetime.fromisoformat(record["at"].replace("Z", "+00:00"))
        # As written, but RFC 3339's unknown offset -00:00, which xAPI does not allow, as Z.
        written = record["at"][:-6] + "Z" if record["at"].endswith("-00:00") else record["at"]
        if statement.timestamp != at or data.get("timestamp") != written:
            problems.append("%s: timestamp %s is not the record's at %s" % (where, data.get("timestamp"), record["at"]))
        if statement.verb.id not in VERBS:
            problems.append("%s: verb %s is neither ADL's nor ours" % (where, statement.verb.id))
        if set(statement.verb.display.keys()) != {"en-US", "nl-NL"}:
            problems.append("%s: verb display %s" % (where, dict(statement.verb.display)))
        if statement.stored is not None or statement.authority is not None or "version" in data:
            problems.append("%s: sets stored, authority or version, which the LRS sets" % where)
        actors = statement.actor.member if isinstance(statement.actor, tincan.Group) and statement.actor.account is None else [statement.actor]
        for agent in actors:
            if agent.account is None or agent.mbox or agent.mbox_sha1sum or agent.openid or agent.name:
                problems.append("%s: an actor that is not only an account" % where)
            elif agent.account.name in secrets:
                problems.append("%s: an actor named by a name or e-mail address" % where)
        if statement.verb.id == ADL + "voided":
            target = statement.object
            if not isinstance(target, tincan.StatementRef) or target.id not in seen:
                problems.append("%s: voids no earlier statement of the export" % where)
        for secret in secrets:
            if secret in json.dumps(data, ensure_ascii=False):
                problems.append("%s: holds a name or an e-mail address" % where)

    # The list as a whole, and back to JSON.
    try:
        again = json.loads(tincan.StatementList(loaded).to_json())
        if len(again) != len(raw):
            problems.append("the statement list lost statements: %d of %d" % (len(again), len(raw)))
    except Exception as error:
        problems.append("TinCanPython cannot serialise the list: %r" % (error,))

    for problem in problems:
        print("check-xapi: " + problem, file=sys.stderr)
    if problems:
        return 1
    print("%d statements loaded by TinCanPython %s: ids, registration, verbs, timestamps and actors as docs/XAPI.md says"
          % (len(loaded), package_version("tincan")))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print("usage: check-xapi.py EXPORT.json LOG.jsonl", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
