"""Screenshots of an HTML report at desktop and phone width, for the README and for review.

A plain script, not a test (pytest collects only test_*.py):

    inbreng report tests/fixtures/example-so.txt -o /tmp/example-report.html
    python tests/screenshot.py /tmp/example-report.html \
        docs/report-desktop.png docs/report-phone.png

Opens the report from a file:// URL in Debian's headless Chromium (/usr/bin/chromium) through
Playwright, with no browser download and no network, and saves two pictures: the top of the
page 1280 CSS pixels wide and --desktop-height high, and 390 wide (device scale 2) and
--phone-height high from the element --phone-from (the filters: on a phone the summary and
findings fill the first two screens, the questions come after them; --phone-from "" starts at
the top). The defaults keep each PNG under 400 KB for the example document.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def shoot(
    browser,
    url: str,
    out: Path,
    viewport: dict[str, int],
    scale: float,
    height: int,
    start: str | None = None,
) -> bool:
    """Save `height` CSS pixels of the page from its top, or from the element `start`."""
    context = browser.new_context(viewport=viewport, device_scale_factor=scale)
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(url)
        page.wait_for_load_state("load")
        full = page.evaluate("document.documentElement.scrollHeight")
        wide = page.evaluate("document.documentElement.scrollWidth")
        top = 0
        if start:
            box = page.locator(start).first.bounding_box()
            if box is None:
                raise SystemExit(f"{start!r}: no such element in the report")
            top = max(0, int(box["y"]) - 8)
        clip = {"x": 0, "y": top, "width": viewport["width"], "height": min(height, full - top)}
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out), clip=clip, full_page=True)
        note = f" (page is {wide}px wide: overflows!)" if wide > viewport["width"] else ""
        size = f"{viewport['width']}x{clip['height']} from y={top} of {full} CSS px"
        print(f"{out}: {size}{note}")
        for error in errors:
            print(f"  page error: {error}", file=sys.stderr)
        return not errors and not note
    finally:
        context.close()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path, help="the report's HTML file")
    parser.add_argument("desktop", type=Path, help="PNG to write at 1280 px wide")
    parser.add_argument("phone", type=Path, help="PNG to write at 390 px wide")
    parser.add_argument("--desktop-height", type=int, default=1600, metavar="PX")
    parser.add_argument("--phone-height", type=int, default=1500, metavar="PX")
    parser.add_argument("--phone-scale", type=float, default=2.0)
    parser.add_argument(
        "--phone-from",
        default="#filters",
        metavar="SELECTOR",
        help="element the phone picture starts at (default: %(default)s; '' for the top)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.report.is_file():
        parser.error(f"no such file: {args.report}")

    from playwright.sync_api import sync_playwright

    url = args.report.resolve().as_uri()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            ok = shoot(browser, url, args.desktop, DESKTOP, 1.0, args.desktop_height)
            ok &= shoot(
                browser,
                url,
                args.phone,
                PHONE,
                args.phone_scale,
                args.phone_height,
                args.phone_from,
            )
        finally:
            browser.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
