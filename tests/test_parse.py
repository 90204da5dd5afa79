"""The PDF-text parser: the example against its hand-made key, letters, the corpus gold, the
parts (pages, footnotes, hyphenation, headings), and that nothing of the input is lost."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import footnotes, headings, hyphenation, pages, parse
from parsers.errors import InputError
from parsers.model import Document, Paragraph
from parsers.read import parse_bytes

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLE = FIXTURES / "example-so.txt"
KEY = json.loads((FIXTURES / "example-so.expected.json").read_text(encoding="utf-8"))
SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
SO = CORPUS / "002_fd62629c6358a78e.txt"
LETTERS = ["000_1bd0e6308b774ffe.txt", "001_fd571aa06aa2774d.txt", "003_7a6eb2f0bfccbe89.txt",
           "004_5994d9a14fc837a8.txt"]
# Letters that print a date ("Den Haag, 16 november 2016"); 001 prints none.
DATED = {"000_1bd0e6308b774ffe.txt": "2016-11-16", "003_7a6eb2f0bfccbe89.txt": "2016-08-12",
         "004_5994d9a14fc837a8.txt": "2015-03-26"}

needs_corpus = pytest.mark.skipif(not SO.exists(), reason="../shared/corpus is absent")


def norm(text: str) -> str:
    """Lower case, letters and digits only: how the answer keys are compared."""
    return re.sub(r"[\W_]", "", text.lower())


@pytest.fixture(scope="module")
def example() -> Document:
    return parse(EXAMPLE)


@pytest.fixture(scope="module")
def corpus_so() -> Document:
    if not SO.exists():
        pytest.skip("../shared/corpus is absent")
    return parse(SO)


def paragraph_at(doc: Document, line: int) -> Paragraph:
    """The paragraph owning input line `line`."""
    found = [p for p in doc.paragraphs() if any(s.line == line for s in p.source)]
    assert len(found) == 1, f"line {line} is in {len(found)} paragraphs"
    return found[0]


# --- nothing lost ---------------------------------------------------------------------------


def assert_nothing_lost(text: str, doc: Document) -> None:
    """Every non-blank input character is owned by exactly one element; blanks by at most one,
    and no element claims a column outside the input."""
    lines = [ln.rstrip("\r") for ln in text.split("\n")]
    owners: Counter[tuple[int, int]] = Counter()
    elements = [*doc.paragraphs(), *doc.headings(), *doc.footnotes, *doc.furniture]
    for element in elements:
        for seg in element.source:
            assert 1 <= seg.line <= len(lines), seg
            assert 1 <= seg.start <= seg.end <= len(lines[seg.line - 1]), seg
            for column in range(seg.start, seg.end + 1):
                owners[seg.line, column] += 1
    for n, line in enumerate(lines, 1):
        for column, ch in enumerate(line, 1):
            count = owners[n, column]
            if ch.isspace():
                assert count <= 1, f"line {n} column {column}: blank owned {count} times"
            else:
                assert count == 1, f"line {n} column {column} {ch!r}: owned {count} times"


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.name)
def test_nothing_lost_fixtures(path: Path) -> None:
    assert_nothing_lost(path.read_text(encoding="utf-8"), parse(path))


@pytest.mark.parametrize(
    "path", sorted(CORPUS.glob("*.txt")) if CORPUS.exists() else [], ids=lambda p: p.name
)
def test_nothing_lost_corpus(path: Path) -> None:
    assert_nothing_lost(path.read_text(encoding="utf-8"), parse(path))


def test_corpus_present_or_skipped() -> None:
    if not CORPUS.exists():
        pytest.skip("../shared/corpus is absent")
    assert len(list(CORPUS.glob("*.txt"))) == 5


WORDS = ["de", "leden", "vragen", "het", "kabinet", "waterbedrijf", "Zij", "Deze", "EU", "of",
         "en", "provincie", "Rijk", "agenda", "(zie", "bijlage)", "«zorg»", "2030", "1,4",
         "USD", "4.750", "nr.", "o.a.", "bijv.", "consensus1", "jaar.2", "B1", "?", "fractie",
         "kennisge-", "motie-", "VVD-", "Noord-", "’s-Gravenhage", "agrariërs", "–", "-"]
word = st.sampled_from(WORDS)
text_line = st.builds(" ".join, st.lists(word, min_size=1, max_size=12))
generated_line = st.one_of(
    text_line,
    st.builds(lambda s: s + "-", text_line),
    st.builds(lambda s: " " + s, text_line),
    st.builds(lambda s: "\f" + s, text_line),
    st.just(""),
    st.just("\f"),
    st.just("   "),
    st.builds(
        "Tweede Kamer, vergaderjaar 2020–2021, 12 345, nr. 6 {}".format,
        st.integers(min_value=1, max_value=40),
    ),
    st.builds(lambda n, s: f"{n} {s}", st.integers(min_value=1, max_value=20), text_line),
    st.builds(lambda n, s: f"{n} {s}", st.sampled_from(["1", "1.1", "1.2", "2", "1.1.1"]),
              st.sampled_from(["Achtergrond", "Waterkwaliteit en", "Kosten voor huishoudens"])),
    st.sampled_from(["I. Vragen en opmerkingen vanuit de fracties", "II. Reactie van de Minister",
                     "Op de vragen van de SP-fractie.", "Op de vragen van de Groen Links-fractie.",
                     "De leden van de CDA-fractie vragen of het kabinet dat wil doen?",
                     # answers after their questions: labels, a nota, a cut inside a line
                     "Antwoord", "Reactie van de minister", "Nr. 5 NOTA NAAR AANLEIDING VAN HET",
                     "NOTA NAAR AANLEIDING VAN HET VERSLAG",
                     "De leden van de SP-fractie vragen wat het kost? Het kost niets. Zij",
                     "De Minister van Financiën,", "Antwoord: Ja, dat klopt.", "Vraag:"]),
    st.builds(str, st.integers(min_value=1, max_value=99)),
    st.text(alphabet="ab Z9.-?\f\t\u00ad", max_size=15),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(generated_line, min_size=1, max_size=60), st.sampled_from(["\n", "\r\n"]))
def test_nothing_lost_generated(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    try:
        doc = parse_bytes(text.encode("utf-8"), source="generated.txt")
    except InputError:
        assert not text.strip()
        return
    assert_nothing_lost(text, doc)


# --- the example against its answer key ------------------------------------------------------


def test_example_kind_and_parts(example: Document) -> None:
    assert example.kind == KEY["kind"] == "schriftelijk_overleg"
    assert [p.kind for p in example.parts] == ["inbreng", "reactie"]
    for kind, numbers in KEY["sections"].items():
        part = example.part(kind)
        assert part is not None
        assert [s.number for s in part.sections] == numbers


def test_example_parts_start_where_the_key_says(example: Document) -> None:
    for expected in KEY["parts"]:
        part = example.part(expected["kind"])
        assert part is not None and part.heading is not None
        assert part.heading.span.line == expected["line"]


def test_example_headings(example: Document) -> None:
    found = [h for h in example.headings() if h.number not in ("I", "II")]
    expected = KEY["headings"]
    assert [(h.number, h.span.line) for h in found] == [(h["number"], h["line"]) for h in expected]
    for h, e in zip(found, expected, strict=True):
        assert h.source[-1].line == e.get("last_line", e["line"])
    wrapped = [h for h in found if h.number == "1.2"]
    assert all(h.title.endswith("waterbedrijven in de grensregio's") for h in wrapped)


def test_example_every_question_found(example: Document) -> None:
    matched: set[str] = set()
    for q in KEY["questions"]:
        hits = [x for x in example.questions if norm(q["key"]) in norm(x.text)]
        assert len(hits) == 1, f"key question at line {q['line']}: {len(hits)} matches"
        found = hits[0]
        assert (found.line, found.page, found.section, found.faction) == (
            q["line"], q["page"], q["section"], q["faction"]
        ), q["key"]
        matched.add(found.id)
    extra = [(x.line, x.text) for x in example.questions if x.id not in matched]
    assert extra == []


def test_example_back_reference_keeps_every_faction_of_a_joint_opening(
    example: Document,
) -> None:
    """"De leden van de fracties van D66 en GroenLinks ... Deze leden vragen": both ask."""
    asked = {q.text[:20]: q.factions for q in example.questions if q.section == "1.1"}
    assert asked["Deze leden vragen na"] == ("D66", "GroenLinks")
    assert asked["Zij vragen tevens of"] == ("D66", "GroenLinks")


def test_example_footnotes_linked_to_their_marks(example: Document) -> None:
    assert [(f.number, f.span.line) for f in example.footnotes] == [
        (f["number"], f["line"]) for f in KEY["footnotes"]
    ]
    for note, expected in zip(example.footnotes, KEY["footnotes"], strict=True):
        assert note.source[-1].line == expected["last_line"]
        owner = paragraph_at(example, expected["mark_line"])
        assert note.paragraph_id == owner.id
        assert note.number in owner.footnote_marks
        # the mark is taken out of the text: "consensus1" reads "consensus"
        word = expected["mark"].rstrip("0123456789")
        assert re.search(re.escape(word) + r"(?!\d)", owner.text)
        assert expected["mark"] not in owner.text
        assert not note.text.startswith(str(note.number))


def test_example_footnote_does_not_break_the_paragraph(example: Document) -> None:
    # the paragraph on lines 212-213 goes on at 219, after the footnotes of page 5
    paragraph = paragraph_at(example, 212)
    assert {s.line for s in paragraph.source} == {212, 213, 219, 220}
    assert "drie jaar zijn in totaal 212 huishoudens afgesloten" in paragraph.text
    assert "Kamerstuk 31 415" not in paragraph.text


def test_example_hyphenation(example: Document) -> None:
    for item in KEY["hyphenated"]:
        assert re.search(rf"\b{item['word']}\b", paragraph_or_heading_text(example, item["line"]))
    for item in KEY["kept_hyphens"]:
        text = paragraph_or_heading_text(example, item["line"])
        assert item["word"] in text
    text = " ".join(p.text for p in example.paragraphs())
    # the only hyphen before a space is the printed "zowel de VVD- als de SP-fractie"
    assert set(re.findall(r"\w+- \w+", text)) == {"VVD- als"}
    assert "EU- lidstaten" not in text and "motie- Brouwer" not in text


def paragraph_or_heading_text(doc: Document, line: int) -> str:
    return paragraph_at(doc, line).text


def test_example_pages(example: Document) -> None:
    """Pages as printed; bounds compared by the lines that hold text."""
    lines = EXAMPLE.read_text(encoding="utf-8").split("\n")

    def text_bounds(first: int, last: int) -> tuple[int, int]:
        rows = [n for n in range(first, last + 1) if lines[n - 1].strip()]
        return rows[0], rows[-1]

    assert [(p.number, *text_bounds(p.first_line, p.last_line)) for p in example.pages] == [
        (p["number"], *text_bounds(p["first_line"], p["last_line"])) for p in KEY["pages"]
    ]
    assert [(f.span.line, f.span.page, f.kind) for f in example.furniture] == [
        (f["line"], f["page"], "footer") for f in KEY["footers"]
    ]


def test_example_title_and_spans(example: Document) -> None:
    assert example.title == "Kamerstuk 31 415, nr. 9"
    for paragraph in example.paragraphs():
        first = paragraph.source[0]
        assert (paragraph.span.line, paragraph.span.column) == (first.line, first.start)


# --- letters and the other fixtures ---------------------------------------------------------


def test_letter_fixture() -> None:
    doc = parse(FIXTURES / "letter.txt")
    assert doc.kind == "letter"
    assert doc.questions == ()
    assert doc.date == "2026-02-02"
    assert all(p.kind == "body" for p in doc.parts)
    assert any("Betekent dit" in p.text for p in doc.paragraphs())  # text kept, not asked


@pytest.mark.parametrize(
    ("name", "date"),
    # read off the fixtures: "Ontvangen 3 februari 2026" (line 10), "(ontvangen" wrapped before
    # "3 november 2025)." (lines 8-9)
    [("nota.txt", "2026-02-03"), ("kamervragen.txt", "2025-11-03")],
)
def test_dates_other_than_a_letters(name: str, date: str) -> None:
    assert parse(FIXTURES / name).date == date
    text = f"Datum 14 oktober 2025\n\nBetreft Antwoorden\n\n{'Dit is de brief. ' * 4}\n"
    assert parse_bytes(text.encode(), source="brief.txt").date == "2025-10-14"


@pytest.mark.parametrize("name", LETTERS)
def test_corpus_letters(name: str) -> None:
    path = CORPUS / name
    if not path.exists():
        pytest.skip("../shared/corpus is absent")
    doc = parse(path)
    assert doc.kind == "letter"
    assert doc.questions == ()
    assert doc.date == DATED.get(name)
    assert list(doc.paragraphs())


@pytest.mark.parametrize("name", ["all-answered.txt", "placeholder.txt"])
def test_other_schriftelijk_overleg_fixtures(name: str) -> None:
    doc = parse(FIXTURES / name)
    assert doc.kind == "schriftelijk_overleg"
    assert doc.questions
    assert all(q.faction for q in doc.questions)


# --- the corpus and its gold ----------------------------------------------------------------


@needs_corpus
def test_corpus_gold_scores(tmp_path: Path) -> None:
    out = tmp_path / "002.json"
    run = subprocess.run(
        [sys.executable, "-m", "reports.cli", "parse", str(SO), "--format", "json"],
        capture_output=True, check=True,
    )
    out.write_bytes(run.stdout)
    score = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "evaluate.py"), str(out),
         str(CORPUS / "gold" / "002-dev.jsonl"),
         "--min", "question_recall=0.95", "--min", "question_precision=0.90",
         "--min", "faction_accuracy=0.98", "--min", "line_accuracy=0.95"],
        capture_output=True, text=True,
    )
    assert score.returncode == 0, score.stdout + score.stderr


def last_text_line(doc_lines: list[str], first: int, last: int) -> int:
    return max(n for n in range(first, last + 1) if doc_lines[n - 1].strip())


@needs_corpus
def test_corpus_printed_pages(corpus_so: Document) -> None:
    lines = SO.read_text(encoding="utf-8").split("\n")
    by_number = {p.number: p for p in corpus_so.pages}
    assert last_text_line(lines, by_number[7].first_line, by_number[7].last_line) == 348
    assert last_text_line(lines, by_number[31].first_line, by_number[31].last_line) == 1775
    assert (by_number[16].first_line, by_number[16].last_line) == (834, 893)
    starting = [p for p in corpus_so.paragraphs() if 834 <= p.span.line <= 893]
    assert starting and all(p.span.page == 16 for p in starting)
    assert paragraph_at(corpus_so, 839).span.page == 16
    assert paragraph_at(corpus_so, 894).span.page == 17


@needs_corpus
def test_corpus_footnotes(corpus_so: Document) -> None:
    assert len(corpus_so.footnotes) == 11
    paragraphs = {p.id: p for p in corpus_so.paragraphs()}
    for note in corpus_so.footnotes:
        assert note.paragraph_id is not None, note.number
        assert note.number in paragraphs[note.paragraph_id].footnote_marks
        assert not paragraphs[note.paragraph_id].text.endswith(note.text)


@needs_corpus
def test_corpus_structure(corpus_so: Document) -> None:
    assert corpus_so.kind == "schriftelijk_overleg"
    numbers = ["1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6"]
    for kind in ("inbreng", "reactie"):
        part = corpus_so.part(kind)
        assert part is not None
        assert [s.number for s in part.sections] == numbers


# --- pages.layout ---------------------------------------------------------------------------


def filler(n: int, word: str = "tekst") -> list[str]:
    return [f"{word} regel {k} van de pagina " for k in range(n)]


def test_layout_form_feeds() -> None:
    lines = [*filler(3), "\fvolgende pagina begint hier ", *filler(2), "\f", "laatste pagina "]
    layout = pages.layout(lines)
    # a line holding only a form feed ends its page; the next text line opens the next
    assert layout.bounds == ((0, 2), (3, 6), (7, 7))
    assert layout.numbers == (1, 2, 3)


def test_layout_leading_space_starts_a_page() -> None:
    lines = [*filler(10), " een nieuwe pagina ", *filler(10)]
    layout = pages.layout(lines)
    assert layout.bounds == ((0, 9), (10, 20))


def test_layout_too_many_indented_lines_means_no_page_breaks() -> None:
    lines = [" ingesprongen regel " if k % 2 else "gewone regel " for k in range(20)]
    assert len(pages.layout(lines).bounds) == 1


def test_layout_footers_give_printed_numbers() -> None:
    footer = "Tweede Kamer, vergaderjaar 2020–2021, 12 345, nr. 6 {}"
    lines = [*filler(10), " tweede pagina ", *filler(10), "", footer.format(5), "", "",
             *filler(10), " vierde pagina ", *filler(10)]
    layout = pages.layout(lines)
    assert len(layout.bounds) == 4
    assert layout.numbers == (4, 5, 6, 7)
    assert layout.furniture == {22: ("footer", footer.format(5))}
    assert pages.footer(footer.format(12)) == (True, 12)
    assert pages.footer_document(footer.format(12)) == "12 345, nr. 6"


@pytest.mark.parametrize(
    ("line", "page", "document"),
    [
        ("Eerste Kamer, vergaderjaar 2025–2026, 36 100, C 3", 3, "36 100, C"),
        ("Tweede Kamer, vergaderjaar 2025–2026, Aanhangsel 2", 2, None),
        ("ISSN 0921 - 7398’s-Gravenhage 2026Tweede Kamer, vergaderjaar 2025–2026, Aanhangsel 1",
         1, None),
        ("Tweede Kamer, vergaderjaar 2025–2026, 36 800 XII, nr. 4 9", 9, "36 800 XII, nr. 4"),
        ("Tweede Kamer, vergaderjaar 2025–2026, het verslag van 12", None, None),
    ],
)
def test_footers_of_other_kinds_of_document(line: str, page, document) -> None:
    assert (pages.footer(line)[1], pages.footer_document(line)) == (page, document)


NUMBERLESS_FOOTER = """\
De leden van de CDA-fractie vragen waarom er geen apart doel is voor scholen.

Voor scholen zijn in de routekaart doelen vastgelegd.3 Een apart

3 Routekaart scholen, bijlage bij Kamerstuk 36 512, nr. 12.

Tweede Kamer, vergaderjaar 2024–2025, 36 512, nr. 14



doel zou daar weinig aan toevoegen. Ik deel wel de zorg over het binnenklimaat.

De leden van de SP-fractie vragen naar de kosten.
"""


def test_a_footer_without_a_page_number_still_ends_the_page() -> None:
    # Most pages print the running footer without a number (line 7 above). It ends page 1:
    # note 3 is its own line (5), and the sentence broken at the page goes on at line 11.
    doc = parse_bytes(NUMBERLESS_FOOTER.encode(), "verslag.txt")
    assert [(n.number, n.text) for n in doc.footnotes] == [
        (3, "Routekaart scholen, bijlage bij Kamerstuk 36 512, nr. 12.")
    ]
    texts = [p.text for p in doc.paragraphs()]
    assert "Voor scholen zijn in de routekaart doelen vastgelegd. Een apart doel zou daar" \
        " weinig aan toevoegen. Ik deel wel de zorg over het binnenklimaat." in texts
    assert texts[-1] == "De leden van de SP-fractie vragen naar de kosten."
    assert pages.footer("Tweede Kamer, vergaderjaar 2024–2025, 36 512, nr. 14") == (True, None)


NOTES_AT_THE_FOOT = """\
De leden van de CDA-fractie hebben kennisgenomen van de
1 Kamerstuk 36 512, nr. 11

Tweede Kamer, vergaderjaar 2025–2026, 36 512, nr. 14 2

 routekaart. Zij vragen of de scholen eerder worden verbouwd.

Ik kies er voor de bouw te versnellen, zoals aange-
2 Kamerstuk 36 512, nr. 12

Tweede Kamer, vergaderjaar 2025–2026, 36 512, nr. 14 3

 kondigd in de routekaart.2 De eerste scholen volgen in 2027.
"""


def test_a_citation_at_the_foot_of_a_page_is_a_note_without_a_blank_line() -> None:
    # Notes 1 (line 2) and 2 (line 9) stand right under the text, no blank line between;
    # note 1's mark was lost, note 2's stands on the next page (line 13). Both cite a
    # Kamerstuk at the very foot of their page: notes, and the sentences they cut go on.
    doc = parse_bytes(NOTES_AT_THE_FOOT.encode(), "verslag.txt")
    assert [(n.number, n.span.line, n.text) for n in doc.footnotes] == [
        (1, 2, "Kamerstuk 36 512, nr. 11"), (2, 9, "Kamerstuk 36 512, nr. 12")
    ]
    assert [p.text for p in doc.paragraphs()] == [
        "De leden van de CDA-fractie hebben kennisgenomen van de routekaart. Zij vragen of"
        " de scholen eerder worden verbouwd.",
        "Ik kies er voor de bouw te versnellen, zoals aangekondigd in de routekaart. De"
        " eerste scholen volgen in 2027.",
    ]


NO_FOOTER = """\
De leden van de SP-fractie lezen dat de Commissie de fondsen wil samenvoegen in
nationale plannen. Zij vrezen dat het toezicht daardoor afneemt. Deze leden
vragen wie er straks toezicht houdt op de besteding van het geld in de
lidstaten.

Tweede Kamer, vergaderjaar 2025–2026, 21 501-02, nr. 3100 1



 Het kabinet deelt de zorg dat het samenvoegen van fondsen niet ten koste mag
gaan van de controle. Nederland zet zich ervoor in dat uitgaven alleen
plaatsvinden op basis van vooraf afgesproken doelen, dat de Rekenkamer
volledige toegang houdt tot de onderliggende gegevens van alle lidstaten en dat



 het Europees Parlement via de jaarlijkse kwijting zicht houdt op de
besteding. Ook wil het kabinet dat de Commissie betalingen kan opschorten
als een lidstaat onvoldoende waarborgen tegen fraude biedt.

De leden van de CDA-fractie vragen wanneer de Raad over het voorstel besluit.
Het voorzitterschap streeft naar een besluit in juni, al is dat nog niet
zeker: enkele lidstaten willen eerst de gevolgen voor hun regio's kennen.

Tweede Kamer, vergaderjaar 2025–2026, 21 501-02, nr. 3100 3
"""


def test_a_sentence_broken_by_a_page_without_a_footer_goes_on() -> None:
    # Page 2 prints no footer: blank lines, then page 3 (line 17) goes on in lower case
    # with the sentence that line 13 left unfinished. One paragraph, not two.
    doc = parse_bytes(NO_FOOTER.encode(), "verslag.txt")
    assert [[s.line for s in p.source] for p in doc.paragraphs()] == [
        [1, 2, 3, 4], [10, 11, 12, 13, 17, 18, 19], [21, 22, 23]
    ]
    assert [page.number for page in doc.pages] == [1, 2, 3]


def test_layout_footer_at_top_of_page_is_a_header() -> None:
    header = "Tweede Kamer, vergaderjaar 2020–2021, 12 345, nr. 6 3"
    lines = [*filler(10), " " + header, "", *filler(10)]
    layout = pages.layout(lines)
    assert layout.furniture[10][0] == "header"
    assert layout.numbers == (2, 3)


def test_colophon_is_furniture() -> None:
    """The first page's colophon (lines 29-30 of the letter, beside the footer on line 31) is
    furniture: no paragraph starts with it, and it starts no page."""
    doc = parse(FIXTURES / "letter.txt")
    kinds = {f.span.line: f.kind for f in doc.furniture}
    assert kinds[29] == kinds[30] == "colophon" and kinds[31] == "footer"
    assert not any("kst-31415-14" in p.text or "ISSN" in p.text for p in doc.paragraphs())
    assert [p.number for p in doc.pages] == [1, 2]


def test_layout_lone_page_number() -> None:
    lines = [*filler(5), "", "9", "", "\fvolgende pagina ", *filler(5)]
    layout = pages.layout(lines)
    assert layout.furniture[6] == ("page_number", "9")
    assert layout.numbers == (9, 10)


# --- footnotes.marks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("brede consensus1 tussen", [(15, 16, 1)]),
        ("per jaar.2 Dat bedrag", [(9, 10, 2)]),
        ("de sector,3 en de bond", [(10, 11, 3)]),
        ("zie de bijlage)4 voor meer", [(15, 16, 4)]),
        ("het niveau «laag»12 is", [(17, 19, 12)]),
        ("valt dat buiten de wet?5 De leden", [(23, 24, 5)]),
        ("het bericht «Veer dicht»?1 Wat", [(25, 26, 1)]),
        ("de motie uit 2018?10  Bent u", [(18, 20, 10)]),
        ("sinds het jaar 2016.8 Het", [(20, 21, 8)]),
    ],
)
def test_glued_marks(text: str, expected: list[tuple[int, int, int]]) -> None:
    assert list(footnotes.marks(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "een taaltoets op B1 niveau",
        "ongeveer 1,4 miljard euro",
        "tot USD 4.750 per jaar",
        "tot USD 4.750",
        "tot USD 4.750. Het",
        "in 2021 en 2022",
        "artikel 3 van de wet",
        "Nr. 14 BRIEF",
        "Vraag 2? 3 leden",
        "in 2018?10 en 2019",
        # a section's number in a table of contents or a heading, not the end of a sentence
        "2.1 Dijkversterking 3",
        "Inhoud 1. Algemeen 2 2.1 Kosten 3",
    ],
)
def test_not_marks(text: str) -> None:
    assert list(footnotes.marks(text)) == []


# --- hyphenation.decide ---------------------------------------------------------------------


def test_hyphen_dropped_inside_a_word() -> None:
    assert hyphenation.decide("kennisge", "nomen van de agenda", Counter()) == "join"
    assert hyphenation.split_word("hebben met belangstelling kennisge- ") == "kennisge"


def test_hyphen_kept_after_an_acronym_or_before_a_capital() -> None:
    assert hyphenation.decide("EU", "lidstaten al zijn", Counter()) == "keep"
    assert hyphenation.decide("Noord", "Afrikaanse landen", Counter()) == "keep"
    assert hyphenation.decide("motie", "Brouwer over", Counter()) == "keep"


def test_hyphen_and_space_kept_before_a_conjunction() -> None:
    assert hyphenation.decide("partner", "en gezinsmigratie", Counter()) == "space"
    assert hyphenation.decide("grond", "of oppervlaktewater", Counter()) == "space"


def test_hyphenation_prefers_the_documents_own_spelling() -> None:
    vocab = hyphenation.vocabulary(["een zee-arend en nog een zee-arend ", "de zeearend "])
    assert vocab["zee-arend"] == 2 and vocab["zeearend"] == 1
    assert hyphenation.decide("zee", "arend vloog", vocab) == "keep"
    vocab = hyphenation.vocabulary(["de zeearend en de zeearend ", "een zee-arend "])
    assert hyphenation.decide("zee", "arend vloog", vocab) == "join"


def test_vocabulary_skips_the_broken_word() -> None:
    vocab = hyphenation.vocabulary(["dit is een gebroken woo- ", "rd hier "])
    assert "woo" not in vocab and "gebroken" in vocab


# --- headings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("previous", "number", "ok"),
    [
        (None, "1", True),
        (None, "1.1", True),
        (None, "2", False),
        ("1", "1.1", True),
        ("1.1", "1.2", True),
        ("1.6", "2", True),
        ("1.2", "1.2", False),
        ("1.1", "1.3", False),
        ("1", "3", False),
        ("1.2", "1.2.1", True),
        ("1.2.1", "1.3", True),
    ],
)
def test_heading_sequence(previous: str | None, number: str, ok: bool) -> None:
    assert headings.follows(previous, number) is ok


def test_section_heading() -> None:
    assert headings.section_heading("1.2 Kosten voor huishoudens ", "1.1") == (
        "1.2", "Kosten voor huishoudens"
    )
    assert headings.section_heading("1.2 Kosten voor huishoudens ", "1.3") is None
    assert headings.section_heading("1.2 Dat kost veel.", "1.1") is None
    assert headings.section_heading("2024 waren er veel klachten", "1.1") is None


def test_part_heading() -> None:
    assert headings.part_heading(" I. Vragen en opmerkingen vanuit de fracties ") == (
        "I", "Vragen en opmerkingen vanuit de fracties"
    )
    assert headings.part_kind("Reactie van de Minister") == "reactie"
    assert headings.part_kind("Vragen en opmerkingen vanuit de fracties") == "inbreng"


def test_wrapped_heading_in_a_document() -> None:
    text = "\n".join([
        "I. Vragen en opmerkingen vanuit de fracties",
        "",
        "1. Inleiding",
        "",
        "De leden van de VVD-fractie hebben de nota gelezen en vragen of er meer komt.",
        "",
        "1.1 Onderhoud van dijken langs de grote rivieren en",
        "de kust",
        "",
        "De leden van de SP-fractie vragen wie het onderhoud betaalt.",
        "",
        "1.2 Dit is geen kop maar een zin die op de volgende regel",
        "doorloopt en eindigt met een punt.",
        "",
        "II. Reactie van de Minister",
        "",
        "Op de vragen van de SP-fractie.",
        "Het Rijk betaalt.",
    ])
    doc = parse_bytes(text.encode(), source="dijken.txt")
    numbers = [(h.number, h.title) for h in doc.headings()]
    assert ("1.1", "Onderhoud van dijken langs de grote rivieren en de kust") in numbers
    assert all(n != "1.2" for n, _ in numbers)
    assert_nothing_lost(text, doc)


def _packed(path: Path) -> tuple[str, dict[int, int]]:
    """The text of `path` with every blank line taken out, as some extractors print it, and
    the line number in that text of each line of the original."""
    lines = path.read_text(encoding="utf-8").split("\n")
    kept = [(n, line) for n, line in enumerate(lines, 1) if line.strip()]
    return "\n".join(line for _, line in kept) + "\n", {n: k for k, (n, _) in enumerate(kept, 1)}


def test_example_without_blank_lines_keeps_its_structure() -> None:
    """With no blank line left, headings, answer headers, questions and footnotes are found
    where the key has them (at their lines in the packed text)."""
    text, line_of = _packed(EXAMPLE)
    doc = parse_bytes(text.encode(), source="packed.txt")
    found = [h for h in doc.headings() if h.number not in ("I", "II")]
    assert [(h.number, h.span.line, h.source[-1].line) for h in found] == [
        (h["number"], line_of[h["line"]], line_of[h.get("last_line", h["line"])])
        for h in KEY["headings"]
    ]
    assert doc.kind == "schriftelijk_overleg"
    for kind, numbers in KEY["sections"].items():
        assert [s.number for s in doc.part(kind).sections] == numbers
    for q in KEY["questions"]:
        hits = [x for x in doc.questions if norm(q["key"]) in norm(x.text)]
        assert len(hits) == 1, f"key question at line {q['line']}: {len(hits)} matches"
        assert (hits[0].line, hits[0].page, hits[0].section, hits[0].faction) == (
            line_of[q["line"]], q["page"], q["section"], q["faction"]
        ), q["key"]
    assert len(doc.questions) == len(KEY["questions"])
    assert [(f.number, f.span.line) for f in doc.footnotes] == [
        (f["number"], line_of[f["line"]]) for f in KEY["footnotes"]
    ]
    assert_nothing_lost(text, doc)


def test_paragraphs_and_headings_without_blank_lines() -> None:
    """A paragraph ends at a line that ends a sentence well short of the full width, or before
    a sentence naming its askers; a heading or answer header stands apart, also when its
    title wraps onto a short second line."""
    text = "\n".join([
        "I. Vragen en opmerkingen vanuit de fracties",
        "1. Veerdiensten naar de Waddeneilanden en de bereikbaarheid van de",
        "eilanden in de winter",
        "De leden van de VVD-fractie hebben kennisgenomen van de brief over de",
        "veerdiensten. Zij vragen hoeveel veerponten er in de winter nog varen.",
        "De leden van de SP-fractie maken zich zorgen over de prijs van een kaartje",
        "voor eilanders. Wanneer gaan de tarieven voor eilanders omlaag?",
        "II. Reactie van de minister",
        "1. Veerdiensten naar de Waddeneilanden en de bereikbaarheid van de",
        "eilanden in de winter",
        "Op de vragen van de SP-fractie.",
        "De tarieven voor eilanders gaan op 1 januari van het komende jaar omlaag.",
        "Op de vragen van de VVD-fractie.",
        "In de winter varen drie veerponten, twee naar Texel en een naar Vlieland",
        "en Terschelling samen. Meer kunnen er in de winter niet varen.",
        "Het aantal afvaarten blijft gelijk.",
        "De rederij houdt een reserveschip achter de hand voor storm en ijsgang",
        "op de Waddenzee.",
    ])
    doc = parse_bytes(text.encode(), source="veren.txt")
    title = "Veerdiensten naar de Waddeneilanden en de bereikbaarheid van de eilanden in de winter"
    assert [(h.number, h.title) for h in doc.headings()] == [
        ("I", "Vragen en opmerkingen vanuit de fracties"), ("1", title),
        ("II", "Reactie van de minister"), ("1", title),
    ]
    # line 15 ends a sentence but runs too long (62 + 1 + 3 letters of 0.85 x 73) to end
    # its paragraph; line 5 is long too, but line 6 names its askers
    assert [p.span.line for p in doc.paragraphs()] == [4, 6, 11, 12, 13, 14, 17]
    assert [(q.line, q.faction) for q in doc.questions] == [(5, "VVD"), (7, "SP")]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "contents",
    [
        # entries set apart by blank lines, as pdftotext may print them
        ["Inhoudsopgave blz.", "", "1. Inleiding 1", "", "2. Dijken en", "kades 2", ""],
        # dot leaders, entries on consecutive lines
        ["INHOUDSOPGAVE", "", "1. Inleiding ........ 1", "2. Dijken en kades ........ 2", ""],
    ],
)
def test_a_table_of_contents_holds_no_headings(contents: list[str]) -> None:
    # Its entries look like headings ("1. Inleiding 1"); taken as such, the real "1.
    # Inleiding" below could no longer follow "2" and every question fell under section 2.
    text = "\n".join([
        *contents,
        "I. Vragen en opmerkingen vanuit de fracties",
        "",
        "1. Inleiding",
        "",
        "De leden van de VVD-fractie vragen wanneer de nota komt.",
        "",
        "2. Dijken en kades",
        "",
        "De leden van de SP-fractie vragen wie het onderhoud betaalt.",
        "",
        "II. Reactie van de Minister",
        "",
        "Op de vragen van de SP-fractie.",
        "Het Rijk betaalt.",
    ])
    doc = parse_bytes(text.encode(), source="dijken.txt")
    assert [(h.number, h.title) for h in doc.headings()] == [
        ("I", "Vragen en opmerkingen vanuit de fracties"),
        ("1", "Inleiding"),
        ("2", "Dijken en kades"),
        ("II", "Reactie van de Minister"),
    ]
    assert [q.section for q in doc.questions] == ["1", "2"]
    assert_nothing_lost(text, doc)


def test_a_heading_line_ending_in_dot_leaders_is_an_entry() -> None:
    assert headings.part_heading("II Reactie van de minister ........ 12") is None
    assert headings.section_heading("1.2 Opvang in de regio . . . . . 5", "1.1") is None
    title = "Opvang in de regio"
    assert headings.section_heading(f"1.2 {title}", "1.1") == ("1.2", title)


def test_a_table_of_contents_ends_where_its_first_heading_comes_back() -> None:
    # The text starts right under the entries, and its first line ends in a number as an
    # entry's would ("... artikel 12"): "1. Inleiding" is the heading, not an entry.
    text = "\n".join([
        "NOTA NAAR AANLEIDING VAN HET VERSLAG",
        "",
        "Inhoudsopgave blz.",
        "1. Inleiding 1",
        "2. Dijken en kades 2",
        "",
        "1. Inleiding",
        "",
        "De leden van de VVD-fractie lezen wat er staat in artikel 12",
        "en vragen wanneer de nota komt. De nota komt voor de zomer.",
        "",
        "2. Dijken en kades",
        "",
        "De leden van de SP-fractie vragen wie het onderhoud betaalt. Het Rijk betaalt.",
    ])
    doc = parse_bytes(text.encode(), source="nota.txt")
    assert [(h.number, h.title) for h in doc.headings()] == [
        ("1", "Inleiding"),
        ("2", "Dijken en kades"),
    ]
    assert [q.section for q in doc.questions] == ["1", "2"]
    assert_nothing_lost(text, doc)


def test_a_short_title_is_a_topic_heading_only_when_both_parts_print_it() -> None:
    # "Visserij" stands in the inbreng and in the reactie: a section of both. "Overig"
    # stands in the inbreng only, and "Tot slot" twice in the inbreng: no headings.
    text = (
        "I Vragen en opmerkingen vanuit de fracties\n\nVisserij\n\n"
        "De leden van de VVD-fractie vragen hoeveel kotters er varen.\n\nOverig\n\n"
        "De leden van de SP-fractie vragen wanneer de haven opengaat.\n\nTot slot\n\n"
        "De leden van de SP-fractie vragen wie de kade betaalt.\n\nTot slot\n\n"
        "II Reactie van de minister\n\nVisserij\n\nEr varen 300 kotters.\n"
    )
    doc = parse_bytes(text.encode(), "raad.txt")
    sections = {p.kind: [s.number for s in p.sections if s.number] for p in doc.parts}
    assert sections == {"inbreng": ["Visserij"], "reactie": ["Visserij"]}
    assert [q.section for q in doc.questions] == ["Visserij", "Visserij", "Visserij"]
    assert [q.id for q in doc.questions] == ["q-Visserij-01", "q-Visserij-02", "q-Visserij-03"]


def test_a_topic_title_may_run_straight_into_the_passage_under_it() -> None:
    # "Visserij" with no blank line after it, before a faction's passage and before the
    # answers to a faction: still the section of both parts, and no part of the passage.
    text = (
        "I Vragen en opmerkingen vanuit de fracties\n\nVisserij\n"
        "De leden van de VVD-fractie vragen hoeveel kotters er varen.\n\n"
        "II Reactie van de minister\n\nVisserij\nOp de vragen van de VVD-fractie.\n"
        "Er varen 300 kotters.\n"
    )
    doc = parse_bytes(text.encode(), "raad.txt")
    sections = {p.kind: [s.number for s in p.sections if s.number] for p in doc.parts}
    assert sections == {"inbreng": ["Visserij"], "reactie": ["Visserij"]}
    assert [q.text for q in doc.questions] == [
        "De leden van de VVD-fractie vragen hoeveel kotters er varen."
    ]
    assert_nothing_lost(text, doc)


def test_no_topic_headings_from_faction_names_or_beside_numbered_sections() -> None:
    # "VVD-fractie" in both parts heads a faction's block, not a topic; and where sections
    # are numbered ("1 Stallingen"), a repeated short line is no section either.
    text = (
        "I Vragen en opmerkingen vanuit de fracties\n\n1 Stallingen\n\nVVD-fractie\n\n"
        "De leden van de VVD-fractie vragen hoeveel plekken er komen.\n\nOverig\n\n"
        "De leden vragen wie de stalling beheert.\n\n"
        "II Reactie van de minister\n\n1 Stallingen\n\nVVD-fractie\n\nEr komen 800 plekken.\n\n"
        "Overig\n\nDe gemeente beheert de stalling.\n"
    )
    doc = parse_bytes(text.encode(), "stalling.txt")
    assert {s.number for p in doc.parts for s in p.sections if s.number} == {"1"}


def test_a_label_word_wrapped_inside_a_sentence_opens_no_paragraph() -> None:
    # "vraag: hoe lang ..." starts a line only because the sentence wrapped there.
    text = (
        "LIJST VAN VRAGEN EN ANTWOORDEN\n\nVraag\nDe leden stellen de volgende\n"
        "vraag: hoe lang blijft de stalling gratis?\n\nAntwoord\nTot 2028.\n"
    )
    doc = parse_bytes(text.encode(), "stalling.txt")
    texts = [p.text for part in doc.parts for p in part.paragraphs()]
    assert "De leden stellen de volgende vraag: hoe lang blijft de stalling gratis?" in texts
