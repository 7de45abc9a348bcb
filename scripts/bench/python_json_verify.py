#!/usr/bin/env python3
"""The baseline for `cohort verify`: Python's json module (or orjson with --orjson) reading every
record of a log, counting records per type, and checking seq and the digest chain with hashlib — the
work a user would otherwise script. Usage: python_json_verify.py [--orjson] LOG
"""
import hashlib
import sys

MARKER = b',"personal":'


def main(path, loads):
    counts = {}
    prev = "0" * 64
    with open(path, "rb") as f:
        for number, line in enumerate(f, start=1):
            line = line[:-1]
            record = loads(line)
            if record["seq"] != number or record["prev"] != prev:
                print("not ok at line", number)
                return 1
            counts[record["type"]] = counts.get(record["type"], 0) + 1
            cut = line.rindex(MARKER) + len(MARKER)
            personal = record["personal"]
            if "redacted" in personal:
                inner = bytes.fromhex(personal["redacted"])
            else:
                inner = hashlib.sha256(line[cut:-1]).digest()
            prev = hashlib.sha256(line[:cut] + inner).hexdigest()
    print("ok:", sum(counts.values()), "records, head", prev)
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "--orjson":
        import orjson
        sys.exit(main(sys.argv[2], orjson.loads))
    import json
    sys.exit(main(sys.argv[1], json.loads))
