#!/usr/bin/env python3
"""Requests per second of `cohort serve` on the real cohort (events/), on this machine.

    scripts/bench/web.py [COHORT] [--clients 8] [--gets 2000] [--posts 400]

Copies events/eigen-regie-2014.jsonl into a temporary folder, invites p03 and f1, starts `cohort serve`
on a free port and, with CLIENTS threads at once (a new connection per request, as the server closes
each), times GET / (the public harvest), GET /p/TOKEN (a participant's page), and POSTs of the
reflection form (each one appended through the writer, so that every next page reads a longer log).
Afterwards the log must verify and hold exactly the posted reflections. Prints a Markdown table.
Standard library only; COHORT defaults to .build/release/cohort.
"""
import argparse
import http.client
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def request(port, method, path, body=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if body is not None else {}
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data


def timed(clients, count, make):
    """Runs `count` requests made by make(index) on `clients` threads; seconds and statuses."""
    statuses = []
    lock = threading.Lock()
    next_index = [0]

    def work():
        while True:
            with lock:
                index = next_index[0]
                next_index[0] += 1
            if index >= count:
                return
            status, _ = make(index)
            with lock:
                statuses.append(status)

    threads = [threading.Thread(target=work) for _ in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start, statuses


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cohort", nargs="?", default=os.path.join(ROOT, ".build/release/cohort"))
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--gets", type=int, default=2000)
    parser.add_argument("--posts", type=int, default=400)
    arguments = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="cohort-web-bench-")
    log = os.path.join(folder, "cohort.jsonl")
    shutil.copy(os.path.join(ROOT, "events/eigen-regie-2014.jsonl"), log)
    os.chmod(log, 0o600)
    environment = dict(os.environ, COHORT_NOW="2015-06-30T12:00:00Z")
    link = subprocess.run([arguments.cohort, "invite", log, "p03"], capture_output=True, text=True, check=True).stdout.strip()
    path = urllib.parse.urlparse(link).path
    server = subprocess.Popen([arguments.cohort, "serve", log, "--port", "0", "--lang", "nl"], env=environment,
                              stderr=subprocess.PIPE, text=True)
    try:
        port = int(re.search(r"127\.0\.0\.1:(\d+)/", server.stderr.readline()).group(1))
        status, page = request(port, "GET", path)
        assert status == 200
        csrf = re.search(rb'name="csrf" value="([0-9a-f]+)"', page).group(1).decode()
        records_before = sum(1 for _ in open(log, "rb"))

        rows = []
        for name, count, make in [
            ("GET / (public harvest)", arguments.gets, lambda i: request(port, "GET", "/")),
            ("GET /p/TOKEN (a participant's page)", arguments.gets, lambda i: request(port, "GET", path)),
            ("POST /p/TOKEN (a reflection, appended)", arguments.posts, lambda i: request(port, "POST", path, urllib.parse.urlencode({
                "type": "reflection.recorded", "csrf": csrf, "participant": "p03",
                "text": f"Benchmarkreflectie {i}: wat ik deze week leerde over eigen regie."}))),
            ("GET /p/TOKEN after the posts", arguments.gets, lambda i: request(port, "GET", path)),
        ]:
            seconds, statuses = timed(arguments.clients, count, make)
            expected = 303 if name.startswith("POST") else 200
            bad = [s for s in statuses if s != expected]
            if bad:
                print(f"{name}: {len(bad)} answers other than {expected}: {sorted(set(bad))}", file=sys.stderr)
                return 1
            rows.append((name, count, seconds))
        records_after = sum(1 for _ in open(log, "rb"))
        verified = subprocess.run([arguments.cohort, "verify", log], capture_output=True, text=True)
        if records_after != records_before + arguments.posts or verified.returncode != 0:
            print(f"the log holds {records_after - records_before} new records for {arguments.posts} posts, "
                  f"verify: {verified.stdout.strip()} {verified.stderr.strip()}", file=sys.stderr)
            return 1
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(folder, ignore_errors=True)

    print(f"| request ({arguments.clients} clients at once, real cohort of {records_before} records) | requests | seconds | requests/s |")
    print("| --- | ---: | ---: | ---: |")
    for name, count, seconds in rows:
        print(f"| {name} | {count} | {seconds:.2f} | {count / seconds:,.0f} |")
    print(f"\nAfter the posts the log holds {records_after} records and verifies.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
