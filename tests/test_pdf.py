"""PDF input: the text of each printed line in reading order, pages, footers, the first page's
colophon, footnote marks, paragraphs, and clear errors for PDFs that cannot be read. The PDFs
are written by `pdfmaker` from our own sentences, laid out as Kamerstukken are."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfmaker import pdf, width
from test_parse import assert_nothing_lost

from aligner import align
from parsers import parse_bytes
from parsers.errors import InputError
from parsers.pdf import text_of

BODY, MARGIN, RIGHT = 221, 55, 535  # left edges of the text column, the margin, page numbers
SHARED = Path(__file__).resolve().parents[2] / "shared"
EXTERNAL = SHARED / "external"


def lines(top: float, *texts: str, size: float = 10) -> list[tuple[float, float, float, str]]:
    """Body lines from `top` down, 12 points apart; "" leaves a paragraph's gap."""
    out, y = [], top
    for text in texts:
        if text:
            out.append((BODY, y, size, text))
        y -= 12
    return out


def footer(page: int) -> list[tuple[float, float, float, str]]:
    return [
        (BODY, 60, 8, "Tweede Kamer, vergaderjaar 2025–2026, Aanhangsel"),
        (RIGHT, 60, 8, str(page)),
    ]


def kamervragen() -> bytes:
    first = [
        (MARGIN, 800, 14, "Tweede Kamer der Staten-Generaal"),
        (506, 800, 14, "2"),
        *lines(
            740,
            "Vragen van het lid Jansen (CDA) aan de Minister van Infrastructuur over",
            "de veerpont bij Woudrichem (ingezonden 2 februari 2026).",
            "",
            "Antwoord van Minister De Vries (Infrastructuur) (ontvangen 20 februari",
            "2026).",
            "",
            "Vraag 1",
            "Kent u het bericht dat de veerpont bij Woudrichem vanaf april niet meer",
            "vaart?",
            "",
            "Antwoord 1",
            "Ja. De veerdienst stopt op 1 april omdat de vergunning afloopt.",
            "",
            "Vraag 2",
            "Hoeveel reizigers gebruiken de veerpont per dag?",
            "",
            "Antwoord 2",
            "Volgens de provincie steken er op een gewone werkdag ongeveer",
        ),
        # the footnote mark, smaller and raised, set right after "vaart?" (line 9 above)
        (BODY + width("vaart?", 10), 740 - 8 * 12 + 3, 6, "1"),
        (BODY, 120, 8, "1 Omroep Brabant, 1 februari 2026."),
        (MARGIN, 84, 7, "ah-tk-20252026-812"),
        (MARGIN, 72, 7, "ISSN 0921 - 7398"),
        (MARGIN, 60, 7, "’s-Gravenhage 2026"),
        *footer(1),
    ]
    second = [
        *lines(
            800,
            "driehonderd reizigers over, onder wie veel scholieren.",
            "",
            "Vraag 3",
            "Bent u bereid met de provincie te zoeken naar een oplossing voor de",
            "scholieren?",
            "",
            "Antwoord 3",
            "Ja. Ik spreek de gedeputeerde op 3 maart en informeer uw Kamer daarna",
            "over de uitkomst.",
        ),
        *footer(2),
    ]
    return pdf([first, second])


@pytest.fixture(scope="module")
def doc():
    return parse_bytes(kamervragen(), source="veerpont.pdf")


def test_text_in_reading_order() -> None:
    text = text_of(kamervragen(), "veerpont.pdf")
    got = text.split("\n")
    # a page number printed beside a title joins it; the page's first lines come first
    assert got[0] == "Tweede Kamer der Staten-Generaal 2"
    # the mark printed against "vaart?" is glued to it
    assert "vaart?1" in got
    # the colophon in the margin is a line of its own, or joins what shares its baseline: the
    # footer, which the page number printed at the right margin also joins
    assert "ISSN 0921 - 7398" in got
    assert "’s-Gravenhage 2026 Tweede Kamer, vergaderjaar 2025–2026, Aanhangsel 1" in got
    # a paragraph's gap is a blank line, a page a form feed
    assert got[got.index("Vraag 2") - 1] == ""
    assert text.count("\f") == 1
    assert got[got.index("Volgens de provincie steken er op een gewone werkdag ongeveer") + 1] == ""


def test_pdf_parses_like_text(doc) -> None:
    assert doc.kind == "vragen_en_antwoorden"
    assert [q.text for q in doc.questions] == [
        "Kent u het bericht dat de veerpont bij Woudrichem vanaf april niet meer vaart?",
        "Hoeveel reizigers gebruiken de veerpont per dag?",
        "Bent u bereid met de provincie te zoeken naar een oplossing voor de scholieren?",
    ]
    assert [(n.number, n.text) for n in doc.footnotes] == [(1, "Omroep Brabant, 1 februari 2026.")]
    assert sorted(f.kind for f in doc.furniture) == ["colophon", "colophon", "footer", "footer"]
    assert [q.span.page for q in doc.questions] == [1, 1, 2]


def test_pdf_aligned(doc) -> None:
    al = align(doc)
    answers = {a.id: a for a in al.answers}
    got = [answers[r.answers[0].answer_id].text for r in al.questions]
    assert [r.status for r in al.questions] == ["answered"] * 3
    assert got[0].startswith("Ja. De veerdienst stopt")
    # the answer runs on over the page break, mid-sentence
    assert "ongeveer driehonderd reizigers over, onder wie veel scholieren." in got[1]
    assert got[2].startswith("Ja. Ik spreek de gedeputeerde")


def test_pdf_nothing_lost(doc) -> None:
    assert_nothing_lost(text_of(kamervragen(), "veerpont.pdf"), doc)


def test_pdf_deterministic() -> None:
    assert text_of(kamervragen(), "a.pdf") == text_of(kamervragen(), "b.pdf")


def test_pdf_without_text() -> None:
    with pytest.raises(InputError, match=r"^scan\.pdf: is a PDF without text"):
        parse_bytes(pdf([[]]), source="scan.pdf")


def test_damaged_pdf() -> None:
    data = kamervragen()
    with pytest.raises(InputError, match=r"^kapot\.pdf: is a damaged PDF"):
        parse_bytes(data[: len(data) // 3], source="kapot.pdf")


@pytest.mark.skipif(not EXTERNAL.exists(), reason="../shared/external is absent")
@pytest.mark.parametrize(
    ("name", "questions", "pages"),
    # the questions of each numbered block, counted by hand in the PDF
    [("kv_ah-tk-20232024-2210.pdf", 21, 5), ("kv_ah-tk-20232024-2367.pdf", 16, 3)],
)
def test_real_kamervragen_pdf(name: str, questions: int, pages: int) -> None:
    doc = parse_bytes((EXTERNAL / name).read_bytes(), source=name)
    al = align(doc)
    assert len(doc.questions) == questions
    assert [p.number for p in doc.pages] == list(range(1, pages + 1))
    assert all(r.status == "answered" for r in al.questions)
