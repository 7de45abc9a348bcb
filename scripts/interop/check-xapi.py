#!/usr/bin/env python3
"""Load an xAPI export of `cohort` with TinCanPython and check it against the log it came from.

    python3 -m pip install tincan          # TinCanPython (ADL / Rustici Software), tooling only
    cohort export LOG --xapi [--iri-base IRI] -o statements.json
    python3 scripts/interop/check-xapi.py statements.json LOG [--iri-base IRI]

TinCanPython is an xAPI library this project did not write: every statement must load as a
`tincan.Statement` (which checks the id's UUID form, the actor, verb, object, result, context and
timestamp), and the list as a `tincan.StatementList` that serialises back to xAPI JSON. Then, with
Python's own `uuid.uuid5` and `datetime` rather than the project's code (docs/XAPI.md):

- the registration is uuid5(uuid5(NAMESPACE_URL, "https://cohort.example/xapi/"), cohort id), the same
  for every statement;
- each id is a version 5 UUID of RFC 4122's variant: uuid5(registration, NAME), NAME the id of the record
  it names, `ID#N` for version N of that record's statement, and `ID/voided` or `ID#N/voided` for the
  voiding of a version (docs/XAPI.md);
- the timestamp is the record's `at`, the same instant, and the text the record holds (`-00:00` as `Z`);
  the voiding of a version has none (the learning record store dates it);
- the verb is ADL's or ours (under the IRI base), with an English and a Dutch display; a retraction's
  voiding voids a version of its target's statement, an earlier statement of the export when that is
  there; the voiding of a version voids that version, which the export no longer holds; no id is both
  shown and voided by a newer version;
- a score's `scaled` is in [-1, 1] and is (raw - min) / (max - min); `raw` lies between `min` and `max`;
- a dropped wish is not reported completed;
- no name is given the same text under two languages (a title people wrote claims no language it was
  not written in);
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

PLACEHOLDER = "https://cohort.example/xapi/"  # the default IRI base; also what the UUID namespace is named after
ADL = "http://adlnet.gov/expapi/verbs/"
OWN = ["joined", "withdrew", "missed", "stated", "revised", "closed", "supported", "started", "reflected", "identified"]


def name(record, version):
    return record if version == 0 else "%s#%d" % (record, version)


def main(export_path, log_path, base=PLACEHOLDER):
    verbs = {ADL + v for v in ["registered", "attended", "progressed", "completed", "shared", "voided"]} | {
        base + "verbs/" + v for v in OWN
    }
    with open(log_path, encoding="utf-8") as f:
        records = {}
        for line in f:
            record = json.loads(line)
            records[record["id"]] = record
    cohort = next(r for r in records.values() if r["type"] == "cohort.opened")["data"]["cohort"]
    secrets = {v for r in records.values() for k, v in r.get("personal", {}).items() if k in ("name", "email")}
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, PLACEHOLDER)
    registration = uuid.uuid5(namespace, cohort)

    with open(export_path, encoding="utf-8") as f:
        raw = json.load(f)
    problems = []
    if not isinstance(raw, list):
        print("check-xapi: the export is not a JSON array", file=sys.stderr)
        return 1

    loaded = []
    seen = set()
    superseded = set()
    for index, data in enumerate(raw):
        where = "statement %d" % (index + 1)
        try:
            statement = tincan.Statement(json.loads(json.dumps(data)))
        except Exception as error:  # the library's own refusal, whatever it is
            problems.append("%s: TinCanPython refuses it: %r" % (where, error))
            continue
        loaded.append(statement)
        extensions = data.get("context", {}).get("extensions", {})
        record_id = extensions.get(base + "extensions/record")
        version = extensions.get(base + "extensions/version", 0)
        record = records.get(record_id)
        if record is None:
            problems.append("%s: names no record of the log (%r)" % (where, record_id))
            continue
        where = "statement %d (record %s)" % (index + 1, record_id)
        voids_version = statement.verb.id == ADL + "voided" and record["type"] != "event.retracted"
        if not isinstance(version, int) or version < 0 or (version == 0 and base + "extensions/version" in extensions and not voids_version):
            problems.append("%s: version %r is not a whole number from 1 (the first version names none)" % (where, version))
            continue
        if statement.id is None or statement.id.version != 5 or statement.id.variant != uuid.RFC_4122:
            problems.append("%s: id %s is not a version 5 UUID of RFC 4122's variant" % (where, statement.id))
        expected_name = name(record_id, version) + ("/voided" if voids_version else "")
        if statement.id != uuid.uuid5(registration, expected_name):
            problems.append("%s: id %s is not uuid5(registration, %r)" % (where, statement.id, expected_name))
        if statement.id in seen:
            problems.append("%s: id %s twice" % (where, statement.id))
        seen.add(statement.id)
        if statement.context is None or statement.context.registration != registration:
            problems.append("%s: registration is not %s" % (where, registration))
        if voids_version:
            if "timestamp" in data or base + "extensions/recorded" in extensions:
                problems.append("%s: the voiding of a version tells when (timestamp or recorded)" % where)
        else:
            at = datetime.datetime.fromisoformat(record["at"].replace("Z", "+00:00"))
            # As written, but RFC 3339's unknown offset -00:00, which xAPI does not allow, as Z.
            written = record["at"][:-6] + "Z" if record["at"].endswith("-00:00") else record["at"]
            if statement.timestamp != at or data.get("timestamp") != written:
                problems.append("%s: timestamp %s is not the record's at %s" % (where, data.get("timestamp"), record["at"]))
        if statement.verb.id not in verbs:
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
            if not isinstance(target, tincan.StatementRef):
                problems.append("%s: voids no statement" % where)
            elif voids_version:
                if target.id != uuid.uuid5(registration, name(record_id, version)):
                    problems.append("%s: voids %s, not version %d of its record's statement" % (where, target.id, version))
                superseded.add(target.id)
            else:
                retracted = record["data"]["target"]
                if target.id not in seen and all(target.id != uuid.uuid5(registration, name(retracted, n)) for n in range(len(raw) + 1)):
                    problems.append("%s: voids %s, no version of the statement of %s" % (where, target.id, retracted))
        score = data.get("result", {}).get("score")
        if score is not None:
            check_score(score, where, problems)
        if statement.verb.id == base + "verbs/closed":
            outcome = data.get("result", {}).get("extensions", {}).get(base + "extensions/outcome")
            if outcome != "fulfilled" and data.get("result", {}).get("completion") is True:
                problems.append("%s: a wish closed as %s is reported completed" % (where, outcome))
        for names in language_maps(data):
            if len(names) > 1 and len(set(names.values())) < len(names):
                problems.append("%s: the same text under %s: a title tagged with languages it was not written in" % (where, sorted(names)))
        for secret in secrets:
            if secret in json.dumps(data, ensure_ascii=False):
                problems.append("%s: holds a name or an e-mail address" % where)
    for statement in loaded:
        if statement.id in superseded:
            problems.append("statement %s is shown and voided as an outdated version" % statement.id)

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
    print("%d statements loaded by TinCanPython %s: ids, registration, verbs, timestamps, scores and actors as docs/XAPI.md says"
          % (len(loaded), package_version("tincan")))
    return 0


def check_score(score, where, problems):
    """xAPI 1.0.3 section 2.4.5.1: scaled in [-1, 1], raw between min and max; and ours: scaled is raw on
    the scale from min to max."""
    scaled, raw, low, high = (score.get(k) for k in ("scaled", "raw", "min", "max"))
    if scaled is None:
        problems.append("%s: a score without scaled" % where)
    elif not -1 <= scaled <= 1:
        problems.append("%s: scaled %r is outside [-1, 1]" % (where, scaled))
    if raw is not None and ((low is not None and raw < low) or (high is not None and raw > high)):
        problems.append("%s: raw %r is not between min %r and max %r" % (where, raw, low, high))
    if None not in (scaled, raw, low, high) and high > low and abs(scaled - (raw - low) / (high - low)) > 1e-9:
        problems.append("%s: scaled %r is not (raw - min) / (max - min) = %r" % (where, scaled, (raw - low) / (high - low)))


def language_maps(value):
    """Every language map under a `name` or `display` member."""
    if isinstance(value, dict):
        for key, member in value.items():
            if key in ("name", "display") and isinstance(member, dict):
                yield member
            else:
                yield from language_maps(member)
    elif isinstance(value, list):
        for member in value:
            yield from language_maps(member)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    base = PLACEHOLDER
    if len(arguments) == 4 and arguments[2] == "--iri-base":
        base = arguments[3] if arguments[3].endswith("/") else arguments[3] + "/"
        arguments = arguments[:2]
    if len(arguments) != 2:
        print("usage: check-xapi.py EXPORT.json LOG.jsonl [--iri-base IRI]", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(arguments[0], arguments[1], base))
