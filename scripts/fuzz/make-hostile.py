#!/usr/bin/env python3
"""Writes the hostile inputs of Fixtures/fuzz/{submission,log}/hostile-*: deeply nested JSON, huge
numbers, overlong strings and lines, invalid UTF-8, lone surrogate escapes, NUL bytes. Each must give
a clear error naming its line, never a crash or a hang (Tests/CohortLogTests/FuzzRegressionTests.swift).
Crashes that fuzzing finds are added beside them by hand, named crash-…"""
import os

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "Fixtures", "fuzz")
OPEN = b'{"id":"open","type":"cohort.opened","at":"2014-04-01T10:00:00+02:00","by":"org","data":{"cohort":"c","title":"T","organiser":"org","period":{"from":"2014-06-01","to":"2014-12-31"},"participants":{"min":2,"max":3},"dagdelen":4,"fee":{"amount_cents":100,"currency":"EUR"}}}\n'
EVENT = b'{"type":"reflection.recorded","at":"2014-07-01T10:00:00+02:00","by":"pa","data":{"reflection":"r1","participant":"pa","text":%s}}\n'
SEALED = b'{"seq":1,"id":"x","type":"reflection.recorded","at":"2014-07-01T10:00:00+02:00","recorded":"2014-07-01T10:00:00Z","by":"pa","prev":"' + b"0" * 64 + b'","data":%s,"personal":{}}\n'

cases = {
    "nested-arrays": b"[" * 100000 + b"]" * 100000,
    "nested-objects": b'{"a":' * 50000 + b"1" + b"}" * 50000,
    "huge-number": b"1" + b"0" * 100000,
    "huge-exponent": b"1e999999999999999999999",
    "overlong-string": b'"' + b"x" * (1 << 20) + b'"',
    "invalid-utf8": b'"\xff\xfe\xc0\xaf\xed\xa0\x80"',
    "lone-high-surrogate": b'"\\ud800"',
    "lone-low-surrogate": b'"\\udc00x"',
    "reversed-surrogates": b'"\\udc00\\ud800"',
    "nul-byte-raw": b'"a\x00b"',
    "nul-byte-escaped": b'"a\\u0000b"',
    "unterminated": b'"abc',
    "control-characters": b'"a\x01\x1f\tb"',
}

for name, value in cases.items():
    with open(os.path.join(ROOT, "submission", "hostile-%s.jsonl" % name), "wb") as f:
        f.write(OPEN + (EVENT % value if not name.startswith("nested") and not name.startswith("huge") else value + b"\n"))
    with open(os.path.join(ROOT, "log", "hostile-%s.jsonl" % name), "wb") as f:
        f.write(SEALED % value)

# NUL bytes outside any string. (A line over the 16 MiB limit is made by AppendTests, not kept here.)
with open(os.path.join(ROOT, "log", "hostile-nul-bytes.jsonl"), "wb") as f:
    f.write(b"\x00" * 4096 + b"\n")
with open(os.path.join(ROOT, "submission", "hostile-nul-bytes.jsonl"), "wb") as f:
    f.write(OPEN + b"\x00" * 4096 + b"\n")
