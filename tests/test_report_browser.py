"""The HTML report used as a person would: in headless Chromium, from a file:// URL.

Drives Debian's chromium through Playwright's Python package (no browser download). Skips
when the browser or Playwright is missing, except in CI (CI=true), where that is a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from report_helpers import make_alignment, with_candidates
from screenshot import ARGS, CHROMIUM  # the same browser and flags as the README's pictures

from reports.html import render_html

IN_VIEW = """el => {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.top < window.innerHeight;
}"""


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright's Python package is not installed"
    if not Path(CHROMIUM).exists():
        return f"no browser at {CHROMIUM} (install Debian's chromium package)"
    return None


@pytest.fixture(scope="module")
def browser():
    reason = _missing()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests must run in CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def report_url(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_html(make_alignment()), encoding="utf-8")
    return path.as_uri()


@pytest.fixture
def page(browser, report_url):
    context = browser.new_context(viewport={"width": 1280, "height": 600})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(report_url)
    yield page
    context.close()
    assert problems == []  # a CSP refusal or a script error shows up here


def visible_rows(page) -> list[str]:
    return page.eval_on_selector_all(
        "article.row", "rows => rows.filter(r => r.offsetParent !== null).map(r => r.id)"
    )


def test_script_runs_under_the_content_security_policy(page):
    assert page.is_visible("#filters")  # the form is hidden until the script shows it
    assert page.text_content("#count") == "7 van 7 rijen zichtbaar"


def test_faction_filter_shows_only_that_factions_rows(page):
    page.select_option("#filter-faction", label="SP")
    assert visible_rows(page) == ["question-q3", "orphan-a2"]
    assert not page.is_visible("#section-1\\.1")  # a section without visible rows goes too
    assert page.text_content("#count") == "2 van 7 rijen zichtbaar"
    page.select_option("#filter-faction", label="Alle fracties")
    page.uncheck("input[name=status][value=answered]")
    assert visible_rows(page) == ["question-q3", "orphan-a2", "question-q4", "orphan-a5"]


def test_long_answer_expands_and_cross_reference_jumps_to_its_answer(page):
    text = page.locator("#answer-a1 > .text")
    collapsed = text.bounding_box()["height"]
    button = page.locator("#answer-a1 button.more")
    assert button.get_attribute("aria-expanded") == "false"
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert text.bounding_box()["height"] > collapsed
    target = page.locator("#answer-a3")
    assert not target.evaluate(IN_VIEW)
    page.click("#answer-a1 a.xref")
    assert page.evaluate("location.hash") == "#answer-a3"
    assert target.evaluate(IN_VIEW)


def test_link_to_a_filtered_out_answer_shows_everything_again(page):
    page.select_option("#filter-faction", label="VVD")
    page.click("#answer-a1 button.more")
    page.click("#answer-a1 a.xref")
    # the page reveals it on "hashchange", which fires after click() returns: wait for that
    page.locator("#answer-a3").wait_for(state="visible", timeout=2000)
    assert page.input_value("#filter-faction") == ""


def test_keys_jump_between_unanswered_questions(page):
    page.keyboard.press("n")
    assert page.evaluate("location.hash") == "#question-q3"
    assert page.evaluate("document.activeElement.id") == "question-q3"
    assert page.locator("#question-q3").evaluate(IN_VIEW)
    page.keyboard.press("k")
    assert page.evaluate("location.hash") == "#question-q3"  # the only one: stays there
    page.select_option("#filter-faction", label="VVD")
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    assert page.evaluate("location.hash") == "#question-q3"  # filtered away: no jump


def side_by_side(page, row: str) -> bool:
    q = page.locator(f"#{row} > .q").bounding_box()
    a = page.locator(f"#{row} > .a").bounding_box()
    return abs(q["y"] - a["y"]) < 1 and a["x"] > q["x"] + q["width"]


def test_screenshots_at_desktop_and_phone_width(browser, report_url, tmp_path):
    for name, width in (("desktop", 1280), ("phone", 390)):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        page.goto(report_url)
        shot = tmp_path / f"report-{name}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
        assert side_by_side(page, "question-q1") == (name == "desktop")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        table = page.locator(".table-wrap")
        assert table.evaluate("t => t.scrollWidth <= t.clientWidth")  # summary fits, no scrolling
        context.close()


def test_link_into_a_closed_list_of_candidates_opens_it(browser, tmp_path):
    path = tmp_path / "candidates.html"
    path.write_text(render_html(with_candidates()), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1280, "height": 600})
    page = context.new_page()
    page.goto(path.as_uri())
    assert not page.is_visible("#answer-a2")  # only in q1's collapsed "possibly relevant"
    page.evaluate("location.hash = 'answer-a2'")
    page.wait_for_function("document.querySelector('details.others').open")
    assert page.is_visible("#answer-a2")
    assert page.locator("#answer-a2").evaluate(IN_VIEW)
    context.close()
