#!/usr/bin/env python3
"""A verifier written from the format description alone, docs/FORMAT.md, independent of cohort's Swift
code.

Usage: independent_verify.py LOG  — prints `ok N HEAD` when seq and the digest chain hold, else
`not ok LINE REASON`, and exits 0 or 1. It checks the chain, not the writer's rules: its use is to show
that cohort's digests are what the format says, before and after a redaction.
"""
import hashlib
import sys

MARKER = b',"personal":'
REDACTED = b'{"redacted":"'


def digest(line: bytes) -> str:
    """SHA-256(H || SHA-256(P)); for a redacted record the stored hex stands for SHA-256(P)."""
    cut = line.rindex(MARKER) + len(MARKER)
    header, personal = line[:cut], line[cut:-1]
    if personal.startswith(REDACTED) and personal.endswith(b'"}') and len(personal) == len(REDACTED) + 66:
        inner = bytes.fromhex(personal[len(REDACTED):-2].decode())
    else:
        inner = hashlib.sha256(personal).digest()
    return hashlib.sha256(header + inner).hexdigest()


def verify(data: bytes):
    if data and not data.endswith(b"\n"):
        return False, "torn tail"
    prev = "0" * 64
    lines = data.split(b"\n")[:-1] if data else []
    for number, line in enumerate(lines, start=1):
        expected = b'{"seq":%d,' % number
        if not line.startswith(expected):
            return False, "line %d: seq" % number
        start = line.index(b'"prev":"') + len(b'"prev":"')
        if line[start:start + 64].decode() != prev:
            return False, "line %d: prev" % number
        prev = digest(line)
    return True, (len(lines), prev)


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as f:
        ok, result = verify(f.read())
    if ok:
        print("ok", result[0], result[1])
        sys.exit(0)
    print("not ok", result)
    sys.exit(1)
