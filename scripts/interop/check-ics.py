#!/usr/bin/env python3
"""Reads a calendar written by `cohort export LOG --ics` with the `icalendar` package, a parser that
owes nothing to cohort, and checks it against RFC 5545 and, when given, against what the log says.

    python3 -m pip install icalendar          # tooling only, never a dependency of cohort
    scripts/interop/check-ics.py FILE.ics [EXPECTED.json] [--earlier EARLIER.ics]

Always checked: the bytes (CRLF line ends only, no line over 75 octets, every line valid UTF-8 on its
own, so that folding split no character); VERSION 2.0 and a PRODID; for every VEVENT a UID, unique
and of the form SESSION@COHORT.cohort, DTSTART and DTEND as dates (VALUE=DATE, not date-times) with
DTEND after DTSTART, DTSTAMP a UTC date-time, SEQUENCE a whole number not below 0, STATUS CONFIRMED
or CANCELLED, and a SUMMARY.

EXPECTED.json, when given: {"name": CALENDAR NAME or null, "events": [{"uid", "start", "end" (YYYY-MM-DD),
"status", "sequence", "dtstamp" (YYYY-MM-DDTHH:MM:SSZ), "summary", "location" (or null)}, …]}: the
calendar must hold exactly these events with exactly these values, as icalendar reads them (unfolded
and unescaped).

--earlier EARLIER.ics, a calendar exported from the same log before it grew: every event of it is still
there (a calendar learns of a cancellation only from the event, so none is dropped); one that says
anything else now (any property but DTSTAMP and SEQUENCE) has a higher SEQUENCE and a later DTSTAMP
(RFC 5545 3.8.7.4: the organizer raises SEQUENCE with each revision a calendar must take over its copy;
3.8.7.2: DTSTAMP is when it was last revised); one that says the same has the same SEQUENCE and DTSTAMP.

Exit status 0 when everything holds, 1 with one line per problem otherwise, 2 on a usage error.
"""
import datetime
import json
import re
import sys

try:
    import icalendar
except ImportError:
    print("check-ics.py: the icalendar package is not installed (python3 -m pip install icalendar)", file=sys.stderr)
    sys.exit(2)

UID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}@[A-Za-z0-9][A-Za-z0-9._:-]{0,63}\.cohort$")


def check_bytes(data, problems):
    if not data.endswith(b"\r\n"):
        problems.append("the file does not end with CRLF")
    lines = data.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines = lines[:-1]
    for number, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number}: a bare LF or CR (every line must end in CRLF)")
        if len(line) > 75:
            problems.append(f"line {number}: {len(line)} octets, more than 75")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number}: not valid UTF-8 on its own (folding split a character)")


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def said(event):
    """What an event says: every property but DTSTAMP and SEQUENCE, as icalendar reads them."""
    return sorted((name, str(value.to_ical() if hasattr(value, "to_ical") else value))
                  for name, value in event.property_items(recursive=False) if name not in ("DTSTAMP", "SEQUENCE"))


def check_revisions(calendar, earlier_path, problems):
    with open(earlier_path, "rb") as handle:
        earlier = icalendar.Calendar.from_ical(handle.read())
    now = {text(event, "UID"): event for event in calendar.walk("VEVENT")}
    for old in earlier.walk("VEVENT"):
        uid = text(old, "UID")
        new = now.get(uid)
        if new is None:
            problems.append(f"event {uid}: in the earlier calendar, dropped from this one")
            continue
        old_sequence, new_sequence = old.get("SEQUENCE"), new.get("SEQUENCE")
        old_stamp, new_stamp = old.get("DTSTAMP").dt, new.get("DTSTAMP").dt
        if said(old) != said(new):
            if not new_sequence > old_sequence:
                problems.append(f"event {uid}: says something else now, but SEQUENCE {new_sequence} is not above {old_sequence}")
            if not new_stamp > old_stamp:
                problems.append(f"event {uid}: says something else now, but DTSTAMP {new_stamp} is not after {old_stamp}")
        elif (old_sequence, old_stamp) != (new_sequence, new_stamp):
            problems.append(f"event {uid}: says the same, but SEQUENCE or DTSTAMP moved")


def check(path, expected_path, earlier_path=None):
    problems = []
    with open(path, "rb") as handle:
        data = handle.read()
    check_bytes(data, problems)
    calendar = icalendar.Calendar.from_ical(data)
    if text(calendar, "VERSION") != "2.0":
        problems.append(f"VERSION is {text(calendar, 'VERSION')!r}, not 2.0")
    if not text(calendar, "PRODID"):
        problems.append("no PRODID")
    events = {}
    for event in calendar.walk("VEVENT"):
        uid = text(event, "UID")
        where = f"event {uid}"
        if not uid or not UID.match(uid):
            problems.append(f"{where}: UID {uid!r} is not SESSION@COHORT.cohort")
        if uid in events:
            problems.append(f"{where}: UID given twice")
        start, end, stamp = event.get("DTSTART"), event.get("DTEND"), event.get("DTSTAMP")
        for name, prop in (("DTSTART", start), ("DTEND", end)):
            if prop is None:
                problems.append(f"{where}: no {name}")
            elif isinstance(prop.dt, datetime.datetime) or not isinstance(prop.dt, datetime.date):
                problems.append(f"{where}: {name} is {prop.dt!r}, not a date")
            elif prop.params.get("VALUE") != "DATE":
                problems.append(f"{where}: {name} has no VALUE=DATE")
        if start is not None and end is not None and not end.dt > start.dt:
            problems.append(f"{where}: DTEND {end.dt} is not after DTSTART {start.dt}")
        if stamp is None or not isinstance(stamp.dt, datetime.datetime) or stamp.dt.utcoffset() != datetime.timedelta(0):
            problems.append(f"{where}: DTSTAMP is not a date-time in UTC")
        sequence = event.get("SEQUENCE")
        if not isinstance(sequence, int) or sequence < 0:
            problems.append(f"{where}: SEQUENCE {sequence!r} is not a whole number from 0")
        status = text(event, "STATUS")
        if status not in ("CONFIRMED", "CANCELLED"):
            problems.append(f"{where}: STATUS {status!r} is neither CONFIRMED nor CANCELLED")
        if not text(event, "SUMMARY"):
            problems.append(f"{where}: no SUMMARY")
        events[uid] = {
            "uid": uid,
            "start": start.dt.isoformat() if start is not None else None,
            "end": end.dt.isoformat() if end is not None else None,
            "status": status,
            "sequence": sequence,
            "dtstamp": stamp.dt.strftime("%Y-%m-%dT%H:%M:%SZ") if stamp is not None else None,
            "summary": text(event, "SUMMARY"),
            "location": text(event, "LOCATION"),
        }
    if earlier_path:
        check_revisions(calendar, earlier_path, problems)
    if expected_path:
        with open(expected_path, encoding="utf-8") as handle:
            expected = json.load(handle)
        name = text(calendar, "X-WR-CALNAME")
        if name is not None:
            # icalendar leaves a non-standard property as written; RFC 5545 reads it as TEXT.
            name = re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), name)
        if "name" in expected and expected["name"] != name:
            problems.append(f"calendar name is {name!r}, expected {expected['name']!r}")
        wanted = {event["uid"]: event for event in expected["events"]}
        for uid in sorted(set(events) - set(wanted)):
            problems.append(f"event {uid}: not expected")
        for uid in sorted(set(wanted) - set(events)):
            problems.append(f"event {uid}: missing")
        for uid in sorted(set(wanted) & set(events)):
            for key, value in sorted(wanted[uid].items()):
                if events[uid].get(key) != value:
                    problems.append(f"event {uid}: {key} is {events[uid].get(key)!r}, expected {value!r}")
    return problems, len(events)


def main():
    arguments = sys.argv[1:]
    earlier = None
    if len(arguments) >= 3 and arguments[-2] == "--earlier":
        earlier = arguments[-1]
        arguments = arguments[:-2]
    if len(arguments) not in (1, 2):
        print(__doc__.strip().splitlines()[3].strip(), file=sys.stderr)
        return 2
    problems, count = check(arguments[0], arguments[1] if len(arguments) == 2 else None, earlier)
    for problem in problems:
        print(f"{sys.argv[1]}: {problem}")
    if problems:
        return 1
    print(f"{sys.argv[1]}: ok: {count} events, read by icalendar {icalendar.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
