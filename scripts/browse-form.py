#!/usr/bin/env python3
"""Uses a page of `cohort serve` as a person does, in headless Chromium on a phone's screen: opens a link,
types a reflection into the reflection form, presses its button, and reads the page the browser lands on.

    scripts/browse-form.py URL TEXT [--width 390] [--height 844] [--chromium PATH]

Prints one JSON object:

    {"before": {"url": …, "scrollWidth": 390, "viewportWidth": 390, "overflowing": [], "text": "…"},
     "after":  {"url": …, "scrollWidth": 390, "viewportWidth": 390, "overflowing": [], "text": "…"}}

`before` is the page as opened, `after` the page after the form was sent (its text is what a reader
sees: document.body.innerText). The text is typed with Input.insertText into the focused textarea and the
button pressed with mouse events at its place, as a person would; no script of the page runs (it has none).

Standard library only; speaks the DevTools protocol over --remote-debugging-pipe with the Browser class of
scripts/page-metrics.py. Exit status 0 when both pages were read, 1 when the browser failed, 2 on a usage
error.
"""
import argparse
import importlib.util
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
SPEC = importlib.util.spec_from_file_location("page_metrics", HERE / "page-metrics.py")
page_metrics = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(page_metrics)

FORM = '[id="form-reflection.recorded"]'


def read(browser, session, width):
    """What a reader sees now: the address, the width and the text."""
    evaluated = browser.send("Runtime.evaluate", {"expression": page_metrics.MEASURE % width, "returnByValue": True}, session)
    if "exceptionDetails" in evaluated:
        raise page_metrics.BrowserError("the measuring script failed")
    metrics = evaluated["result"]["value"]
    url = browser.send("Runtime.evaluate", {"expression": "location.href", "returnByValue": True}, session)["result"]["value"]
    return {"url": url, "scrollWidth": metrics["scrollWidth"], "viewportWidth": metrics["viewportWidth"],
            "overflowing": metrics["overflowing"], "text": metrics["text"]}


def node(browser, session, selector):
    root = browser.send("DOM.getDocument", {"depth": 0}, session)["root"]["nodeId"]
    found = browser.send("DOM.querySelector", {"nodeId": root, "selector": selector}, session)["nodeId"]
    if not found:
        raise page_metrics.BrowserError(f"the page has no {selector}")
    return found


def main():
    parser = argparse.ArgumentParser(description="Send the reflection form of a cohort page in headless Chromium.")
    parser.add_argument("url")
    parser.add_argument("text")
    parser.add_argument("--width", type=int, default=390)
    parser.add_argument("--height", type=int, default=844)
    parser.add_argument("--chromium")
    arguments = parser.parse_args()
    executable = page_metrics.find_chromium(arguments.chromium)
    if not executable:
        print("browse-form.py: no Chromium found (install chromium, or pass --chromium PATH)", file=sys.stderr)
        return 2
    browser = page_metrics.Browser(executable)
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        browser.send("Page.enable", {}, session)
        browser.send("DOM.enable", {}, session)
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": arguments.width, "height": arguments.height, "deviceScaleFactor": 1, "mobile": True}, session)
        browser.events.clear()
        browser.send("Page.navigate", {"url": arguments.url}, session)
        browser.wait_for("Page.loadEventFired", session)
        before = read(browser, session, arguments.width)

        # Type the reflection as a person does: focus the field, insert the text.
        browser.send("DOM.focus", {"nodeId": node(browser, session, FORM + ' textarea[name="text"]')}, session)
        browser.send("Input.insertText", {"text": arguments.text}, session)
        # Press the form's button where it stands on the screen.
        button = node(browser, session, FORM + ' button[type="submit"]')
        browser.send("DOM.scrollIntoViewIfNeeded", {"nodeId": button}, session)
        quad = browser.send("DOM.getContentQuads", {"nodeId": button}, session)["quads"][0]
        x = sum(quad[0::2]) / 4
        y = sum(quad[1::2]) / 4
        browser.events.clear()
        for kind in ("mousePressed", "mouseReleased"):
            browser.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1}, session)
        browser.wait_for("Page.loadEventFired", session)
        after = read(browser, session, arguments.width)
    except (page_metrics.BrowserError, OSError, KeyError, ValueError, IndexError) as error:
        print(f"browse-form.py: {executable}: {error}", file=sys.stderr)
        return 1
    finally:
        browser.close()
    json.dump({"before": before, "after": after}, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
