"""Sentence splitting of rebuilt Dutch paragraphs."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.sentences import split


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split(text)]


def assert_covers(text: str, spans: list[tuple[int, int]]) -> None:
    """Spans in order, each trimmed and non-empty, with only whitespace between and around."""
    pos = 0
    for a, b in spans:
        assert pos <= a < b <= len(text)
        assert text[pos:a].strip() == ""
        assert not text[a].isspace() and not text[b - 1].isspace()
        pos = b
    assert text[pos:].strip() == ""
    if text.strip():
        assert spans


CASES = [
    # plain full stops, question and exclamation marks
    (
        "De leden hebben de nota gelezen. Zij hebben nog vragen.",
        ["De leden hebben de nota gelezen.", "Zij hebben nog vragen."],
    ),
    (
        "Hoe staat het met de dijken? Wanneer volgt het plan! Dat is alles.",
        ["Hoe staat het met de dijken?", "Wanneer volgt het plan!", "Dat is alles."],
    ),
    # abbreviations that never end a sentence
    (
        "Zie de nota (Kamerstuk 31 234, nr. 56) en o.a. de bijlage. Volgende zin.",
        ["Zie de nota (Kamerstuk 31 234, nr. 56) en o.a. de bijlage.", "Volgende zin."],
    ),
    ("Het gaat om nrs. 4 en 5, art. 12 en artt. 3-5 van de wet.", None),
    ("Scholen, bijv. in Zeeland, en bv. Limburg doen mee.", None),
    ("De brief d.d. 3 maart t.a.v. de gemeenten i.v.m. het rooster volgt.", None),
    ("Vragen m.b.t. de heffing, woningen e.d. en scholen enz. volgen later.", None),
    ("Dit geldt c.q. gold voor z.g. kleine boeren, resp. tuinders en ca. tien vissers.", None),
    ("Alle regio's m.u.v. het noorden, incl. de eilanden en excl. Saba.", None),
    ("Zie blz. 14, p. 3 en pp. 7-9; vgl. de zgn. groene lijst en de ed. van 2011.", None),
    ("De brief van mr. Smit, dr. Visser, drs. Bos, ir. Kok en prof. Mulder.", None),
    ("Mw. Pieters en dhr. Dekker spraken met St. Maarten over Prof. Jansen.", None),
    ("Dit staat in de Handelingen II 2019/2020, nr. 15, item 8 en verder.", None),
    ("Zie Kamerstukken 35 100 en 35 200, A en Kamerstuk 29 123, nr. 7 daarover.", None),
    # initials
    (
        "Het rapport van J. de Boer en mr. A.B. van Dam verscheen. Het was lang.",
        ["Het rapport van J. de Boer en mr. A.B. van Dam verscheen.", "Het was lang."],
    ),
    ("De motie van het lid K. Bakker is aangenomen.", None),
    # numbers
    ("Het kost EUR 2.350 per woning en er komen 4.000 woningen bij.", None),
    ("Dat is 2,7 miljard euro in 2,5 jaar.", None),
    (
        "De bouw startte in 2019. Daarna ging het snel.",
        ["De bouw startte in 2019.", "Daarna ging het snel."],
    ),
    (
        "Het staat in Kamerstuk 30 111, nr. 22. De leden lazen het.",
        ["Het staat in Kamerstuk 30 111, nr. 22.", "De leden lazen het."],
    ),
    # "jl." continues before lowercase or a bracket, ends before a capital
    (
        "Bij brief van 4 mei jl. Kamerstuk 30 111, nr. 9 volgt niet.",
        ["Bij brief van 4 mei jl. Kamerstuk 30 111, nr. 9 volgt niet."],
    ),
    (
        "Het kabinet schreef op 2 maart jl. Daarna bleef het stil.",
        ["Het kabinet schreef op 2 maart jl.", "Daarna bleef het stil."],
    ),
    ("De brief van 9 juli jl. (Kamerstuk 28 000, nr. 4) kwam laat.", None),
    ("De Kamer is op 9 juli jl. geïnformeerd over de dijken.", None),
    (
        "Er zijn dijken, sluizen, gemalen enz. De leden willen meer.",
        ["Er zijn dijken, sluizen, gemalen enz.", "De leden willen meer."],
    ),
    # a missing space after a full stop
    (
        "De nota (Kamerstuk 32 000, nr. 11).Bovendien is het plan duur.",
        ["De nota (Kamerstuk 32 000, nr. 11).", "Bovendien is het plan duur."],
    ),
    ("Het gaat om landbouw.Het is urgent.", ["Het gaat om landbouw.", "Het is urgent."]),
    ("Denk aan de U.S.A en e.g. Canada.", None),
    ("Volgens richtlijn 2011/95/EU en www.voorbeeld.nl en https://a.b/c/d.html klopt het.", None),
    ("De site www.Waterschap.nl geeft uitleg.", None),
    # quotes and brackets after the closing mark
    (
        "Zij citeren «Wie bouwt er mee?» Het antwoord bleef uit.",
        ["Zij citeren «Wie bouwt er mee?»", "Het antwoord bleef uit."],
    ),
    (
        "De titel luidt “Waar blijft het geld?” Dat vragen velen zich af.",
        ["De titel luidt “Waar blijft het geld?”", "Dat vragen velen zich af."],
    ),
    (
        "Het rapport (zie de bijlage.) Daarna volgt meer.",
        ["Het rapport (zie de bijlage.)", "Daarna volgt meer."],
    ),
    ("Het motto «sneller bouwen.» keert vaak terug.", None),
    ("Zij lazen «Is dit alles?» en waren verbaasd.", None),
    # ellipses
    ("Het plan … en de uitvoering lopen uiteen.", None),
    ("Het plan... en de uitvoering lopen uiteen.", None),
    (
        "Het plan liep vast... Toen kwam de crisis.",
        ["Het plan liep vast...", "Toen kwam de crisis."],
    ),
    # enumerations at the start of a paragraph
    ("1. De leden van de fractie lezen de nota.", None),
    ("a. de eerste vraag over het water.", None),
    ("II. Reactie van de minister", None),
    # semicolons and colons do not split
    ("Er zijn drie punten: het geld; de tijd; de mensen.", None),
    # no closing punctuation at the end of the paragraph
    (
        "De leden vragen wat het kost. Wat is de planning van de bouw (Kamerstuk 1, nr. 2)",
        ["De leden vragen wat het kost.", "Wat is de planning van de bouw (Kamerstuk 1, nr. 2)"],
    ),
    # a sentence broken off in the source is split as written
    (
        "De leden van de fractie vragen. of er een plan is.",
        ["De leden van de fractie vragen.", "of er een plan is."],
    ),
    # a label after a comma or number is no initial
    (
        "Zie Kamerstukken 35 100 en 35 200, B. Het wetsvoorstel is klaar.",
        ["Zie Kamerstukken 35 100 en 35 200, B.", "Het wetsvoorstel is klaar."],
    ),
    (
        "Dat staat in bijlage C. De leden lazen het.",
        ["Dat staat in bijlage C.", "De leden lazen het."],
    ),
    # a lijst van vragen cites the page a question is about after it
    (
        "Hoeveel kost de brug? (blz. 23) Wie betaalt het onderhoud? (p. 4-5). Dat is alles.",
        ["Hoeveel kost de brug? (blz. 23)", "Wie betaalt het onderhoud? (p. 4-5).",
         "Dat is alles."],
    ),
    ("Hoeveel kost de brug? (zie blz. 23) Ja.", ["Hoeveel kost de brug?", "(zie blz. 23) Ja."]),
    # sub-questions labelled a), b) in one paragraph
    (
        "De leden vragen: a) Hoeveel kost de brug? b) Wie betaalt het? iii) En wanneer?",
        ["De leden vragen: a) Hoeveel kost de brug?", "b) Wie betaalt het?", "iii) En wanneer?"],
    ),
    # ... but a question mark inside a sentence that goes on in lower case does not split
    ("Komt er een brug? vragen de leden b) zich af.", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split(text: str, expected: list[str] | None) -> None:
    assert sentences(text) == (expected if expected is not None else [text])


def test_offsets_skip_leading_space_and_include_closers() -> None:
    text = "  Is dat zo?)  Ja.  "
    assert split(text) == [(2, 13), (15, 18)]


def test_empty_and_blank() -> None:
    assert split("") == []
    assert split("   \n ") == []


def test_last_sentence_without_punctuation() -> None:
    text = "Eerst dit. Dan dat"
    assert sentences(text) == ["Eerst dit.", "Dan dat"]


TOKENS = st.sampled_from(
    [
        "De", "leden", "vragen", "nr.", "jl.", "J.", "A.B.", "2019.", "4.500", "1,5", "?", "!",
        "...", "…", "«Wat?»", "(zie", "bijlage.)", "migratie.Het", "U.S.A", "www.x.nl", "enz.",
        "o.a.", "Het", "het", "1.", "a.", "B.", ";", ":", "“", "”", ")", ".", "?)", "x?y",
        "(blz.", "23)", "(p. 4)", "(blz. 7).",
    ]
)
SPACES = st.sampled_from([" ", "  ", "\n", "\t", ""])


@given(st.lists(st.tuples(TOKENS, SPACES), max_size=40))
def test_split_covers_all_text_of_tokens(parts: list[tuple[str, str]]) -> None:
    text = "".join(tok + sp for tok, sp in parts)
    assert_covers(text, split(text))


@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(list(".?!… «»()'\"\nA1a"))))
def test_split_never_raises_and_covers(text: str) -> None:
    spans = split(text)
    assert_covers(text, spans)
    collapsed = "".join(text.split())
    assert "".join("".join(text[a:b].split()) for a, b in spans) == collapsed


@settings(max_examples=30)
@given(st.lists(st.sampled_from(["Dit is zo.", "Is dit zo?", "Zie nr. 4.", "Ja"]), min_size=1))
def test_split_counts_plain_sentences(parts: list[str]) -> None:
    text = " ".join(parts)
    # "Ja" has no closing mark, so it runs on into the next sentence.
    merged: list[str] = []
    for p in parts:
        if merged and not re.search(r"[.?]$", merged[-1]):
            merged[-1] += " " + p
        else:
            merged.append(p)
    assert sentences(text) == merged


def test_one_megabyte_is_fast() -> None:
    para = (
        "De leden van de fractie vragen o.a. naar nr. 12 van 3 mei jl. en de nota "
        "(Kamerstuk 12 345, nr. 6).Bovendien kost het EUR 4.750 per jaar. Kan de minister "
        "aangeven hoe mr. A.B. Smit dit ziet? Zij zijn benieuwd naar www.voorbeeld.nl… en meer. "
    )
    text = para * (1_000_000 // len(para))
    start = time.perf_counter()
    spans = split(text)
    elapsed = time.perf_counter() - start
    assert len(spans) == 4 * (1_000_000 // len(para))
    assert elapsed < 1.0


def test_dense_dots_stay_linear() -> None:
    text = "a.b." * 50_000
    start = time.perf_counter()
    assert split(text) == [(0, len(text))]
    assert time.perf_counter() - start < 1.0
