"""The HTML report on a hand-built alignment: structure, links, escaping, CSP, determinism."""

from __future__ import annotations

import argparse
import base64
import hashlib
import re
import subprocess
import sys
from pathlib import Path

import attrs
import lxml.html
import pytest
from report_helpers import LONG_ANSWER, make_alignment, with_candidates

from aligner.model import AnswerLink
from reports import html as report
from reports.html import locate_references, render_html
from reports.labels import LABELS, STATUS

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "tests" / "fixtures" / "example-so.txt"
HOSTILE = "<script>alert(1)</script> <b>vet</b> & 'enkel' \"dubbel\" {{ 7 * 7 }} {% if %}"


def xpath_of(selector: str) -> str:
    """A small subset of CSS selectors as XPath (cssselect is not a dependency)."""
    path, axis = ".", "//"
    for token in selector.split():
        if token == ">":
            axis = "/"
            continue
        m = re.fullmatch(r"([a-z0-9]*)(?:#([\w-]+))?((?:\.[\w-]+)*)(?:\[([\w-]+)\])?", token)
        assert m, token
        tag, ident, classes, attr = m.groups()
        tests = [f"@id='{ident}'"] if ident else []
        tests += [
            f"contains(concat(' ', normalize-space(@class), ' '), ' {c} ')"
            for c in classes.split(".")[1:]
        ]
        tests += [f"@{attr}"] if attr else []
        path += axis + (tag or "*") + "".join(f"[{t}]" for t in tests)
        axis = "//"
    return path


def select(element, selector: str) -> list:
    return element.xpath(xpath_of(selector))


def tree(alignment=None, **kwargs) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(render_html(alignment or make_alignment(), **kwargs))


def text_of(element) -> str:
    return " ".join(element.text_content().split())


def test_render_html_is_exported_by_the_package():
    from reports import render_html as exported

    assert exported is render_html


def test_package_import_stays_light():
    code = "import sys, reports, reports.cli; print('jinja2' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.strip() == "False", done.stderr


def test_rows_follow_the_document_order_with_question_beside_answer():
    page = tree()
    rows = select(page, "article.row")
    assert [r.get("id") for r in rows] == [
        "question-q1",
        "question-q2",
        "question-q3",
        "orphan-a2",
        "question-q4",
        "question-q5",
        "orphan-a5",
    ]
    headings = [text_of(h) for h in select(page, "section.part > h2")]
    assert headings == ["1 Algemeen", "1.1 Kruisingen en snelfietsroutes"]
    contents = [text_of(li) for li in select(page, ".toc li")]
    assert contents == [
        "1 Algemeen (3 vragen, 1 onbeantwoord)",
        "1.1 Kruisingen en snelfietsroutes (2 vragen)",
    ]
    first = rows[0]
    assert "hoeveel kilometer fietspad" in text_of(select(first, ".q")[0])
    assert "driehonderd kilometer" in text_of(select(first, ".a")[0])
    assert "VVD" in text_of(select(first, ".q .faction")[0])
    assert text_of(select(first, ".q .page")[0]) == "blz. 2"


def test_header_shows_title_kind_date_and_file_name_only():
    page = tree()
    assert text_of(select(page, "h1")[0]) == "Fietsbeleid in de regio"
    meta = text_of(select(page, ".docmeta")[0])
    assert "Schriftelijk overleg" in meta
    assert "12 maart 2024" in meta
    assert "fietsbeleid.txt" in meta
    assert "/somewhere" not in render_html(make_alignment())


def test_summary_table_counts_questions_per_faction_and_status():
    page = tree()
    body = {
        text_of(select(tr, "th")[0]): [text_of(td) for td in select(tr, "td")]
        for tr in select(page, "#summary tbody tr")
    }
    # answered, by reference, unanswered, total (counted by hand from the helper)
    assert body == {
        "CDA": ["1", "0", "0", "1"],
        "D66": ["0", "1", "0", "1"],
        "SP": ["0", "0", "1", "1"],
        "VVD": ["2", "0", "0", "2"],
    }
    assert [text_of(td) for td in select(page, "#summary tfoot td")] == ["3", "1", "1", "5"]
    svg_rects = page.xpath("//*[local-name()='svg']//*[local-name()='rect'][@y]")
    assert len(svg_rects) == 4  # one bar segment per non-zero faction x status cell


def test_status_is_colour_and_words():
    page = tree()
    for row in select(page, "article.row[data-status]"):
        status = row.get("data-status")
        badge = select(row, ".badge")[0]
        assert f"status-{status}" in badge.get("class")
        label = STATUS["nl"].get(status, LABELS["nl"]["orphan"])
        assert label in text_of(badge)
    assert "zekerheid 91%" in text_of(page.get_element_by_id("question-q1"))


def test_every_answer_is_shown_once_in_full_and_every_link_has_a_target():
    page = tree()
    ids = [e.get("id") for e in page.xpath("//*[@id]")]
    assert len(ids) == len(set(ids))
    for aid in ("a1", "a2", "a3", "a4", "a5"):
        assert f"answer-{aid}" in ids
    for link in page.xpath("//a[starts-with(@href, '#')]"):
        assert link.get("href")[1:] in ids, link.get("href")
    repeated = page.get_element_by_id("question-q2")
    assert select(repeated, ".same a")[0].get("href") == "#answer-a1"
    assert select(repeated, ".excerpt")[0].text.endswith("…")


def test_resolved_reference_links_to_the_answer_it_points_to():
    link = select(tree().get_element_by_id("answer-a1"), "a.xref")
    assert [(a.text, a.get("href")) for a in link] == [("pagina 5", "#answer-a3")]


def test_placeholder_unresolved_and_external_references_are_marked():
    page = tree()
    a3 = page.get_element_by_id("answer-a3")
    marks = select(a3, "mark.xref-bad")
    assert [m.text for m in marks] == ["pagina [nr.]"]
    assert "tijdelijke aanduiding" in text_of(marks[0])
    assert not select(a3, "a.xref")
    assert select(a3, "cite.xref-ext")[0].text == "de brief van 3 maart"
    assert "Kamerstuk 11 222, nr. 33" in text_of(a3)
    a4 = page.get_element_by_id("answer-a4")
    assert "verwijzing niet gevonden" in text_of(select(a4, "mark.xref-bad")[0])
    findings = text_of(page.get_element_by_id("findings"))
    assert "pagina [nr.]" in findings
    assert "PvdD-fractie" in findings


def test_unanswered_question_stands_out_with_its_nearest_candidate():
    row = tree().get_element_by_id("question-q3")
    assert "status-unanswered" in row.get("class")
    assert "Geen antwoord gevonden." in text_of(row)
    nearest = select(row, ".nearest")[0]
    assert "Dichtstbijzijnde, maar onder de drempel" in text_of(nearest)
    assert "score 31%" in text_of(nearest)
    assert select(nearest, "a")[0].get("href") == "#answer-a2"


def test_findings_list_unanswered_factions_and_orphans():
    findings = tree().get_element_by_id("findings")
    hrefs = [a.get("href") for a in select(findings, "a")]
    assert "#question-q3" in hrefs
    assert "#answer-a2" in hrefs and "#answer-a5" in hrefs
    assert "SP" in [s.text for s in select(findings, "strong")]


def test_weak_candidates_are_listed_apart_and_answers_shown_where_they_answer():
    page = tree(with_candidates())
    q1 = page.get_element_by_id("question-q1")
    # beside the question: only its chosen answer; the 22% and 9% candidates are collapsed
    assert [a.get("id") for a in select(q1, ".a > .answer")] == ["answer-a1"]
    (others,) = select(q1, "details.others")
    assert others.get("open") is None
    assert text_of(select(others, "summary")[0]) == "Mogelijk ook relevant (2)"
    # a4 answers q5 further down: shown in full there, here an excerpt linking to it
    assert page.get_element_by_id("answer-a4").xpath("ancestor::article")[0].get("id") == (
        "question-q5"
    )
    assert [a.get("href") for a in select(others, ".same a")] == ["#answer-a4"]
    assert "naar het antwoord" in text_of(others)
    # a2 is nobody's chosen answer: shown in full only here, so it is no orphan row
    assert page.get_element_by_id("answer-a2").xpath("ancestor::details") == [others]
    assert "orphan-a2" not in [r.get("id") for r in select(page, "article.row")]


def test_split_links_keeps_clear_matches_and_what_the_answer_points_to():
    al = with_candidates()
    refs = {"a1": [al.cross_references[0]]}  # a1 points to a3 ("pagina 5")
    result = attrs.evolve(
        al.questions[0],
        answers=(
            *al.questions[0].answers,  # a1 0.91, a4 0.22, a2 0.09
            AnswerLink(answer_id="a5", score=0.5),  # >= 0.30 and half of 0.91
            AnswerLink(answer_id="a3", score=0.1),  # weak, but a1 refers to it
        ),
    )
    main, others = report.split_links(result, refs)
    assert [x.answer_id for x in main] == ["a1", "a5", "a3"]
    assert [x.answer_id for x in others] == ["a4", "a2"]
    weak_first = attrs.evolve(result, answers=(AnswerLink(answer_id="a1", score=0.2),))
    assert report.split_links(weak_first, {}) == ([weak_first.answers[0]], [])


def test_long_answers_get_a_collapse_control_short_ones_do_not():
    page = tree()
    assert select(page.get_element_by_id("answer-a1"), "button.more")
    assert len(LONG_ANSWER) > report.LONG_ANSWER
    assert not select(page.get_element_by_id("answer-a4"), "button.more")


def test_english_labels():
    page = tree(lang="en")
    assert page.get("lang") == "en"
    row = page.get_element_by_id("question-q3")
    assert "Closest, but below threshold" in text_of(row)
    assert "unanswered" in text_of(select(row, ".badge")[0])
    assert "onbeantwoord" not in text_of(page)
    assert tree().get("lang") == "nl"
    with pytest.raises(ValueError):
        render_html(make_alignment(), lang="de")


def test_label_tables_have_the_same_keys():
    assert LABELS["nl"].keys() == LABELS["en"].keys()
    assert STATUS["nl"].keys() == STATUS["en"].keys()


def hostile_alignment():
    answer = f"{HOSTILE} Zie ook pagina 5 & verder."
    al = make_alignment(question_text=HOSTILE, answer_text=answer, title=HOSTILE, faction='"><i>x')
    ref = attrs.evolve(
        al.cross_references[0], text="pagina 5 & verder", sentence="Zie ook pagina 5 & verder."
    )
    return attrs.evolve(al, cross_references=(ref, *al.cross_references[1:])), answer


def test_document_text_never_becomes_markup():
    al, answer = hostile_alignment()
    page = tree(al)
    assert len(page.xpath("//script")) == 1
    assert page.xpath("//script")[0].text == report._asset("report.js.j2")
    assert not page.xpath("//b | //i | //img")
    assert not page.xpath("//@*[starts-with(name(), 'on')]")
    assert select(page, "title")[0].text.startswith(HOSTILE)
    assert select(page, "h1")[0].text == HOSTILE
    q1 = page.get_element_by_id("question-q1")
    assert select(q1, ".q .text")[0].text_content() == HOSTILE
    assert select(q1, ".a .text")[0].text_content() == answer
    assert '"><i>x' in text_of(select(q1, ".q .faction")[0])
    link = select(q1, "a.xref")[0]
    assert (link.text, link.get("href")) == ("pagina 5 & verder", "#answer-a3")
    assert "{{ 7 * 7 }} {% if %}" in text_of(q1)  # template syntax in the text stays text


def test_content_security_policy_allows_only_the_inline_script_and_style():
    page = tree()
    (meta,) = page.xpath("//meta[@http-equiv='Content-Security-Policy']")
    policy = dict(part.strip().split(" ", 1) for part in meta.get("content").split(";"))
    assert policy["default-src"] == "'none'"

    def sha(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert policy["script-src"] == sha(page.xpath("//script")[0].text)
    assert policy["style-src"] == sha(page.xpath("//style")[0].text)
    assert "unsafe" not in meta.get("content")
    html = render_html(make_alignment())
    assert not re.search(r"(src|href)=\"(https?:)?//", html)
    assert "<link" not in html and "@import" not in html and "@font-face" not in html
    assert not page.xpath("//*[@style]")  # inline style attributes would be blocked


def test_same_input_same_bytes_and_no_time_unless_stamped():
    first = render_html(make_alignment())
    assert first == render_html(make_alignment())
    assert not re.search(r"\d\d:\d\d", first)
    stamped = render_html(make_alignment(), stamp="2024-03-12 09:30")
    assert "2024-03-12 09:30" in stamped and "Gemaakt op" in stamped


def test_references_are_found_in_their_own_sentence_and_in_order():
    al = make_alignment()
    base = al.cross_references[0]
    text = "Zie pagina 5. Over kruisingen: zie pagina 5 en pagina 5."
    second = attrs.evolve(base, id="b", sentence="Over kruisingen: zie pagina 5 en pagina 5.")
    third = attrs.evolve(second, id="c", span=attrs.evolve(base.span, column=40))
    found = locate_references(text, [third, second])
    # not the "pagina 5" of the first sentence: the two in the references' own sentence
    expected = [(text.index("pagina 5", 14), "b"), (text.rindex("pagina 5"), "c")]
    assert [(start, ref.id) for start, _, ref in found] == expected
    missing = attrs.evolve(base, text="pagina 99")
    assert locate_references(text, [missing]) == []


def test_reference_not_found_in_the_text_is_listed_beside_the_answer():
    al = make_alignment()
    ref = attrs.evolve(al.cross_references[0], text="bladzijde 5", sentence="")
    page = tree(attrs.evolve(al, cross_references=(ref, *al.cross_references[1:])))
    stray = select(page.get_element_by_id("answer-a1"), ".stray a.xref")
    assert [(a.text, a.get("href")) for a in stray] == [("bladzijde 5", "#answer-a3")]


def test_excerpt_cuts_at_a_word():
    assert report.excerpt("kort") == "kort"
    cut = report.excerpt("woord " * 100, limit=50)
    assert cut.endswith(" …") and len(cut) <= 52 and "woo …" not in cut


def test_main_writes_the_report(tmp_path, monkeypatch):
    import aligner
    import parsers

    monkeypatch.setattr(parsers, "parse", lambda path: path)
    monkeypatch.setattr(aligner, "align", lambda doc: make_alignment())
    out = tmp_path / "report.html"
    args = argparse.Namespace(file="x.txt", output=str(out), lang="en", stamp=False)
    assert report.main(args) == 0
    assert out.read_text(encoding="utf-8") == render_html(make_alignment(), lang="en")


@pytest.mark.skipif(not EXAMPLE.exists(), reason="tests/fixtures/example-so.txt not written yet")
def test_cli_report_of_the_example(tmp_path):
    from reports.cli import main

    out = tmp_path / "example.html"
    assert main(["report", str(EXAMPLE), "-o", str(out)]) == 0
    page = lxml.html.parse(str(out)).getroot()
    assert select(page, "article.row")
    assert len(page.xpath("//script")) == 1
