#!/usr/bin/env python3
"""Measures HTML pages the way a reader meets them, in headless Chromium: how wide a page is on a phone,
how many A4 sheets it prints on, whether its charts have titles, and the text a reader sees.

    scripts/page-metrics.py PAGE.html [PAGE.html…] [--width 390] [--height 844] [--chromium PATH]

Prints one JSON object:

    {"browser": "Chrome/…", "width": 390,
     "pages": [{"file": "PAGE.html",
                "scrollWidth": 390,          # document.documentElement.scrollWidth at --width (CSS px)
                "viewportWidth": 390,        # window.innerWidth: a phone widens it to a page too wide
                "overflowing": ["table.matrix 512px"],   # up to 10 outermost elements reaching past it
                "printedPages": 6,           # pages of the page printed to PDF on A4 (CSS @page wins)
                "pdfBytes": 81234,           # the size of that PDF
                "svgs": 15, "svgsWithTitle": 15,         # inline <svg>, and those with a <title> child
                "text": "…"}]}               # document.body.innerText at --width

The width is measured as a phone shows the page (Emulation.setDeviceMetricsOverride with `mobile`), so
a page without a viewport meta is laid out 980 px wide, as a phone's browser does. Printing uses
Page.printToPDF with A4 paper and preferCSSPageSize, without the browser's header and footer; the pages
are the `/Type /Page` objects of the PDF.

Standard library only. One browser serves every page (DevTools protocol over --remote-debugging-pipe:
JSON messages ending in a NUL byte, written to the browser's file descriptor 3, read from its 4).
Exit status 0 when every page was measured, 1 when the browser failed, 2 on a usage error.
"""
import argparse
import base64
import fcntl
import json
import os
import pathlib
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time

# Chromium's A4 sheet, in inches (printToPDF takes inches).
A4_INCHES = (8.27, 11.69)
PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")

MEASURE = """((width) => {
  const overflowing = [];
  for (const element of document.querySelectorAll('body *')) {
    const box = element.getBoundingClientRect();
    const parent = element.parentElement;
    const parentFits = !parent || parent === document.body || parent.getBoundingClientRect().right <= width + 0.5;
    if (box.width > 0 && box.right > width + 0.5 && parentFits && overflowing.length < 10) {
      const classes = typeof element.className === 'string' && element.className.trim()
        ? '.' + element.className.trim().split(/\\s+/).join('.') : '';
      overflowing.push(element.tagName.toLowerCase() + classes + ' ' + Math.round(box.right) + 'px');
    }
  }
  const svgs = [...document.querySelectorAll('svg')];
  return {
    scrollWidth: document.documentElement.scrollWidth,
    viewportWidth: window.innerWidth,
    overflowing: overflowing,
    svgs: svgs.length,
    svgsWithTitle: svgs.filter(svg => svg.querySelector(':scope > title')).length,
    text: document.body ? document.body.innerText : ''
  };
})(%d)"""


class BrowserError(Exception):
    """The browser did not answer, or answered with an error."""


class Browser:
    """One headless Chromium, spoken to over its DevTools pipe."""

    def __init__(self, executable, timeout=60):
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="page-metrics-")
        to_browser_read, self.to_browser = os.pipe()
        self.from_browser, from_browser_write = os.pipe()

        def child_fds():
            # Copy the pipe ends above the low numbers first (closed on exec), so that placing one on 3 or
            # 4 cannot close the other; os.dup2 leaves 3 and 4 open across exec, and every other
            # descriptor Python made is closed on exec.
            read_end = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD_CLOEXEC, 10)
            write_end = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD_CLOEXEC, 10)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.process = subprocess.Popen(
            [executable, "--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--mute-audio",
             "--hide-scrollbars", f"--user-data-dir={self.profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=child_fds, close_fds=False)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except (BrowserError, OSError):
            pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self.to_browser, self.from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)

    def read_message(self, deadline):
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.from_browser], [], [], left)[0]:
                raise BrowserError("the browser did not answer in time")
            chunk = os.read(self.from_browser, 1 << 20)
            if not chunk:
                raise BrowserError("the browser closed its pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=None, timeout=None):
        """Sends a command and returns its result; events that arrive meanwhile are kept."""
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            answer = self.read_message(deadline)
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise BrowserError(f"{method}: {answer['error'].get('message')}")
                return answer.get("result", {})
            self.events.append(answer)

    def wait_for(self, method, session, timeout=None):
        """Waits for an event of `method` in `session` (one that already arrived counts)."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            for index, event in enumerate(self.events):
                if event.get("method") == method and event.get("sessionId") == session:
                    del self.events[index]
                    return event
            self.events.append(self.read_message(deadline))


def measure(browser, session, path, width, height):
    """The metrics of the page at `path`."""
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True}, session)
    browser.events.clear()
    browser.send("Page.navigate", {"url": pathlib.Path(path).resolve().as_uri()}, session)
    browser.wait_for("Page.loadEventFired", session)
    evaluated = browser.send("Runtime.evaluate", {"expression": MEASURE % width, "returnByValue": True}, session)
    if "exceptionDetails" in evaluated:
        raise BrowserError(f"{path}: the measuring script failed: {evaluated['exceptionDetails'].get('text')}")
    metrics = evaluated["result"]["value"]

    browser.send("Emulation.clearDeviceMetricsOverride", {}, session)
    printed = browser.send("Page.printToPDF", {
        "paperWidth": A4_INCHES[0], "paperHeight": A4_INCHES[1], "preferCSSPageSize": True,
        "printBackground": True, "displayHeaderFooter": False, "transferMode": "ReturnAsBase64",
    }, session, timeout=120)
    pdf = base64.b64decode(printed["data"])
    return {"file": path, "scrollWidth": metrics["scrollWidth"], "viewportWidth": metrics["viewportWidth"],
            "overflowing": metrics["overflowing"], "printedPages": len(PAGE_OBJECT.findall(pdf)),
            "pdfBytes": len(pdf), "svgs": metrics["svgs"], "svgsWithTitle": metrics["svgsWithTitle"],
            "text": metrics["text"]}


def find_chromium(given):
    if given:
        return given
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def main():
    parser = argparse.ArgumentParser(description="Measure HTML pages in headless Chromium.")
    parser.add_argument("pages", nargs="+", metavar="PAGE.html")
    parser.add_argument("--width", type=int, default=390, help="the viewport's width in CSS px (default 390)")
    parser.add_argument("--height", type=int, default=844, help="the viewport's height in CSS px (default 844)")
    parser.add_argument("--chromium", help="the browser (default: chromium, chromium-browser or google-chrome on PATH)")
    arguments = parser.parse_args()
    for page in arguments.pages:
        if not os.path.isfile(page):
            print(f"page-metrics.py: no such file: {page}", file=sys.stderr)
            return 2
    executable = find_chromium(arguments.chromium)
    if not executable:
        print("page-metrics.py: no Chromium found (install chromium, or pass --chromium PATH)", file=sys.stderr)
        return 2

    browser = Browser(executable)
    try:
        version = browser.send("Browser.getVersion").get("product", "")
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        browser.send("Page.enable", {}, session)
        pages = [measure(browser, session, page, arguments.width, arguments.height) for page in arguments.pages]
    except (BrowserError, OSError, KeyError, ValueError) as error:
        print(f"page-metrics.py: {executable}: {error}", file=sys.stderr)
        return 1
    finally:
        browser.close()
    json.dump({"browser": version, "width": arguments.width, "pages": pages}, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
