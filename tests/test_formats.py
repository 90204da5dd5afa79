"""DOCX, HTML and the XML of officielebekendmakingen.nl: laid out as text (`parsers.layout`),
they give the same questions, answers and statuses as the same document as PDF text.

The fixtures example-so.xml and kamervragen.xml hold the sentences of example-so.txt and
kamervragen.txt, whose alignment is checked by hand elsewhere (example-so.expected.json,
tests/test_numbered.py); the HTML and DOCX versions are built here from example-so.xml with
lxml alone, not with the readers under test.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from collections import Counter
from html import escape
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from test_parse import assert_nothing_lost

from aligner import align
from parsers import parse, parse_bytes
from parsers.errors import InputError
from parsers.read import read_text
from reports.json import alignment_data

sys.path.insert(0, str(Path(__file__).parent))
from docxmaker import docx

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLE_XML = FIXTURES / "example-so.xml"


def _blocks() -> list[tuple[str, str, list[tuple[str, str]]]]:
    """example-so.xml as (heading number or "", text, [(mark, note)]) in reading order."""
    root = etree.parse(str(EXAMPLE_XML)).getroot()
    out = []
    for el in root.iter("kop", "al"):
        if el.tag == "kop":
            out.append((el.findtext("nr"), el.findtext("titel"), []))
            continue
        pieces, notes = [el.text or ""], []
        for noot in el.iter("noot"):
            notes.append((noot.findtext("noot.nr"), "".join(noot.find("noot.al").itertext())))
            pieces.append("\0" + (noot.tail or ""))
        out.append(("", "".join(pieces), notes))
    return out


def example_html() -> bytes:
    body, notes = [], []
    for number, text, marks in _blocks():
        if number:
            body.append(f"<h2>{escape(number)} {escape(text)}</h2>")
            continue
        text = escape(text)
        for mark, note in marks:
            notes.append(f'<li id="n{mark}"><a href="#r{mark}">{mark}</a> {escape(note)}</li>')
            text = text.replace("\0", f'<sup><a id="r{mark}" href="#n{mark}">{mark}</a></sup>', 1)
        body.append(f"<p>{text}</p>")
    return (
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Verslag</title>'
        "<style>p{margin:0}</style></head><body>" + "\n".join(body)
        + f"<ol>{''.join(notes)}</ol><script>var x = 'geen tekst';</script></body></html>"
    ).encode()


def example_docx() -> bytes:
    paragraphs = []
    for number, text, marks in _blocks():
        if number:  # Word draws the number itself: "I.", "1." and "1.1" come from styles
            style = "Kop1" if number in ("I.", "II.") else "Kop3" if "." in number[:-1] else "Kop2"
            paragraphs.append((style, text))
            continue
        for _, note in marks:
            text = text.replace("\0", "{note:" + note + "}", 1)
        paragraphs.append(("", text))
    return docx(paragraphs)


def pairs(data: dict) -> list[tuple]:
    """Per question: section, faction, text, status and the texts of its answers."""
    return [
        (q["section"], q["faction"], q["text"], q["status"], [a["text"] for a in q["answers"]])
        for q in data["questions"]
    ]


def references(data: dict) -> list[tuple]:
    answers = {a["id"]: a["text"] for a in data["answers"]}
    return [
        (r["kind"], r["status"], r["text"], answers.get(r["target_answer_id"]))
        for r in data["cross_references"]
    ]


@pytest.fixture(scope="module")
def as_text() -> dict:
    return alignment_data(align(parse(FIXTURES / "example-so.txt")))


@pytest.mark.parametrize("kind", ["xml", "html", "docx"])
def test_every_format_gives_the_alignment_of_the_text(kind: str, as_text: dict) -> None:
    data = {
        "xml": EXAMPLE_XML.read_bytes,
        "html": example_html,
        "docx": example_docx,
    }[kind]()
    doc = parse_bytes(data, f"example.{kind}")
    assert doc.kind == "schriftelijk_overleg"
    assert [f.number for f in doc.footnotes] == [1, 2, 3]
    got = alignment_data(align(doc))
    assert len(got["questions"]) == 41
    assert pairs(got) == pairs(as_text)
    # one page in XML and HTML: "pagina 5" is resolved by its topic alone, to the same answer
    assert references(got) == references(as_text)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_reads_as_its_utf8(encoding: str, as_text: dict) -> None:
    # Word saves "Unicode text" as UTF-16 with a byte order mark; without one, the zero bytes
    # of the Latin letters say which end comes first
    text = (FIXTURES / "example-so.txt").read_text(encoding="utf-8")
    got = alignment_data(align(parse_bytes(text.encode(encoding), "example.txt")))
    assert pairs(got) == pairs(as_text)
    assert references(got) == references(as_text)


def test_utf16_xml_that_declares_it_reads_as_the_xml() -> None:
    xml = EXAMPLE_XML.read_text(encoding="utf-8")
    declared = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"', 1)
    assert declared != xml
    got = alignment_data(align(parse_bytes(declared.encode("utf-16"), "example.xml")))
    assert pairs(got) == pairs(alignment_data(align(parse(EXAMPLE_XML))))


def test_damaged_utf16_is_an_input_error() -> None:
    data = "Vraag 1\nHoe?\n".encode("utf-16") + b"\x00\xd8"  # half a surrogate pair
    with pytest.raises(InputError, match="UTF-16"):
        parse_bytes(data, "x.txt")


def test_kamervragen_xml_pairs_as_the_text_does() -> None:
    text = alignment_data(align(parse(FIXTURES / "kamervragen.txt")))
    xml = alignment_data(align(parse(FIXTURES / "kamervragen.xml")))
    assert pairs(xml) == pairs(text)
    assert [q["status"] for q in xml["questions"]].count("unanswered") == 1


@pytest.mark.parametrize("path", [EXAMPLE_XML, FIXTURES / "kamervragen.xml"], ids=str)
def test_nothing_lost_from_the_xml(path: Path) -> None:
    root = etree.parse(str(path)).getroot()
    text = read_text(path)
    written = _letters("".join(root.itertext()))
    assert written["?"] > 5  # the fixture has questions
    # a footnote's number stands twice in the laid-out text: at its mark and before its note
    written.update(_letters("".join(root.xpath("//noot.nr/text()"))))
    assert written == _letters(text)
    assert_nothing_lost(text, parse(path))


def _letters(text: str) -> Counter[str]:
    return Counter(c for c in text if not c.isspace())


def test_xml_layout() -> None:
    xml = (
        b'<?xml version="1.0"?><officiele-publicatie xmlns="urn:x"><metadata><meta name="a"/>'
        b"</metadata><kamerstuk><divisie><kop><nr>1.2</nr><titel>Opvang</titel></kop>"
        b"<al>De UZI-server<?xpp afbm?>certificaten zijn <nadruk>nodig</nadruk> voor de"
        b' inspectie<noot id="a" type="voet"><noot.nr>4</noot.nr><noot.al>Zie de <nadruk>'
        b"memorie</nadruk>, p. 3.</noot.al></noot> en de <onbekend>provincie</onbekend>.</al>"
        b"<lijst><li><li.nr>a.</li.nr><al>Eerste punt.</al></li></lijst>"
        b"<nieuw-blok>Los blok</nieuw-blok></divisie></kamerstuk></officiele-publicatie>"
    )
    from parsers.bekendmakingen_xml import laid_out

    assert laid_out(xml, "x.xml").text.split("\n") == [
        "1.2 Opvang",
        "",
        "De UZI-servercertificaten zijn nodig voor de inspectie4 en de provincie.",
        "",
        "a. Eerste punt.",
        "",
        "Los blok",
        "",
        "4 Zie de memorie, p. 3.",
        "",
    ]


def test_html_layout_leaves_out_head_and_scripts_and_moves_notes_to_the_foot() -> None:
    from parsers.html import laid_out

    page = (
        b"<html><head><title>Titel</title></head><body><h3>1.1 Bescherming</h3>"
        b"<p>Eerste regel<br>tweede regel met noot<sup><a href='#fn1' id='r1'>1</a></sup>.</p>"
        b"<script>niet()</script><div><p>Slot.</p></div>"
        b"<div id='fn1'><p><a href='#r1'>1</a> Kamerstuk 1, nr. 2.</p></div></body></html>"
    )
    assert laid_out(page, "x.html").text.split("\n") == [
        "1.1 Bescherming",
        "",
        "Eerste regel",
        "tweede regel met noot1.",
        "",
        "Slot.",
        "",
        "1 Kamerstuk 1, nr. 2.",
        "",
    ]


def test_docx_numbers_notes_pages_and_tracked_changes() -> None:
    from parsers.docx import laid_out

    data = docx([
        ("Kop1", "Vragen"),
        ("Kop2", "Achtergrond"),
        ("Kop3", "Opvang"),
        ("", "Is dat zo?{note:Kamerstuk 1, nr. 2.} Het{tab}kabinet{del: niet} zegt {page}ja."),
        ("", "Na de{hardpage}harde breuk.{br}Nieuwe regel."),
        ("Kop1", "Reactie"),
        ("Kop2", "Achtergrond"),
    ])  # fmt: skip
    assert laid_out(data, "x.docx").text.split("\n") == [
        "I. Vragen",
        "",
        "1. Achtergrond",
        "",
        "1.1 Opvang",
        "",
        "Is dat zo?1 Het kabinet zegt",
        "",
        "1 Kamerstuk 1, nr. 2.",
        "\fja.",  # the page Word drew breaks the paragraph; the hard break is the same page
        "",
        "Na de",
        "harde breuk.",
        "Nieuwe regel.",
        "",
        "II. Reactie",
        "",
        "1. Achtergrond",
        "",
    ]
    doc = parse_bytes(data, "x.docx")
    paragraph = next(p for p in doc.paragraphs() if p.text.startswith("Is dat zo"))
    assert paragraph.text == "Is dat zo? Het kabinet zegt ja."
    assert (paragraph.span.page, paragraph.last_page) == (1, 2)
    assert [f.text for f in doc.footnotes] == ["Kamerstuk 1, nr. 2."]


def test_docx_hard_page_breaks_count_when_word_drew_none() -> None:
    from parsers.docx import laid_out

    data = docx([("", "Eerste pagina."), ("", "{hardpage}Tweede pagina.")])
    assert laid_out(data, "x.docx").text == "Eerste pagina.\n\fTweede pagina.\n"


def test_text_command_prints_what_the_parser_reads(tmp_path: Path) -> None:
    path = tmp_path / "vragen.xml"
    path.write_bytes((FIXTURES / "kamervragen.xml").read_bytes())
    run = subprocess.run(
        [sys.executable, "-m", "reports.cli", "text", str(path)],
        capture_output=True, text=True, check=False,
    )
    assert run.returncode == 0
    lines = run.stdout.split("\n")
    check = subprocess.run(
        [sys.executable, "-m", "reports.cli", "check", str(path)],
        capture_output=True, text=True, check=False,
    )
    # the unanswered question 8 is reported at the line `text` prints it on
    where = check.stdout.splitlines()[0].split(":")
    assert where[0] == str(path)
    assert lines[int(where[1]) - 1].startswith("Wanneer ontvangt de Kamer de evaluatie")


def test_a_json_record_is_read_for_its_text(tmp_path: Path) -> None:
    text = (FIXTURES / "kamervragen.txt").read_text(encoding="utf-8")
    record = {"URL": "https://example.org/123/ocr", "Content": text, "Source": "test"}
    path = tmp_path / "vragen.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert read_text(path) == text
    expected = alignment_data(align(parse(FIXTURES / "kamervragen.txt")))
    assert pairs(alignment_data(align(parse(path)))) == pairs(expected)


def test_json_records_are_pages_and_other_json_is_refused(tmp_path: Path) -> None:
    pages = [{"text": "Vraag 1\nIs dat zo?"}, {"text": "Antwoord 1\nJa."}]
    assert parse_bytes(json.dumps(pages).encode(), "x.json").pages[1].number == 2
    assert read_text_of(json.dumps(pages).encode()) == "Vraag 1\nIs dat zo?\n\fAntwoord 1\nJa.\n"
    with pytest.raises(InputError, match="JSON without the document's text"):
        parse_bytes(b'{"URL": "https://example.org"}', "x.json")
    # text that only opens with a brace is text
    assert read_text_of(b"{Concept}\nVraag 1\n") == "{Concept}\nVraag 1\n"


def read_text_of(data: bytes) -> str:
    from parsers.read import _text

    text = _text(data, "x")
    assert isinstance(text, str)
    return text


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from([b"<officiele-publicatie>", b"<!DOCTYPE html><html>", b"PK\x03\x04"]),
    st.binary(max_size=300),
)
def test_damaged_structured_input_is_an_input_error(head: bytes, tail: bytes) -> None:
    try:
        parse_bytes(head + tail, "x")
    except InputError as error:
        assert str(error).startswith("x: ")


def test_a_docx_whose_document_is_not_xml(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "Vraag 1\nHoe?\n")
    with pytest.raises(InputError, match="is a damaged DOCX"):
        parse(path)


def test_the_layout_tells_where_notes_and_marks_are() -> None:
    # review: "2 Opvang" after a mark "advies2" was read as note 2, and the rest of the
    # document with it; a mark after a year ("2023" + 1) was no mark at all
    xml = (
        b"<kamerstuk><divisie><kop><nr>1</nr><titel>Inleiding</titel></kop>"
        b"<al>De leden van de VVD-fractie lezen de brief<noot><noot.nr>1</noot.nr><noot.al>"
        b"Kamerstuk 1, nr. 2.</noot.al></noot> en het advies<noot><noot.nr>2</noot.nr>"
        b"<noot.al>Advies.</noot.al></noot>.</al></divisie>"
        b"<divisie><kop><nr>2</nr><titel>Opvang</titel></kop><al>Dat besloot het kabinet op "
        b"12 mei 2023<noot><noot.nr>3</noot.nr><noot.al>Brief.</noot.al></noot> en niet "
        b"eerder?</al><al>15</al></divisie></kamerstuk>"
    )
    doc = parse_bytes(xml, "x.xml")
    assert [(h.number, h.title) for h in doc.headings()] == [("1", "Inleiding"), ("2", "Opvang")]
    assert [p.text for p in doc.paragraphs()] == [
        "De leden van de VVD-fractie lezen de brief en het advies.",
        "Dat besloot het kabinet op 12 mei 2023 en niet eerder?",
        "15",  # a number alone is no printed page number in laid-out text
    ]
    assert [(f.number, f.text) for f in doc.footnotes] == [
        (1, "Kamerstuk 1, nr. 2."), (2, "Advies."), (3, "Brief.")
    ]


def test_a_page_word_drew_between_two_sentences_keeps_the_paragraph() -> None:
    data = docx([
        ("", "De leden van de VVD-fractie lezen over de zones. {page}Zij vragen of het klopt?"),
        ("", "Tweede alinea."),
    ])  # fmt: skip
    doc = parse_bytes(data, "x.docx")
    first = next(doc.paragraphs())
    assert first.text.endswith("zones. Zij vragen of het klopt?")
    assert (first.span.page, first.last_page) == (1, 2)


LISTS = (
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
    '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="7"><w:abstractNumId w:val="1"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
)


def test_docx_lists_count_as_word_counts_them() -> None:
    # review: two lists on one definition go on counting (Word shows 1. 2. 3.); a list that
    # overrides its start begins anew; a number opening a page Word drew stays with its text
    data = docx(
        [("num:5:0", "Een"), ("num:6:0", "Twee"), ("num:6:0", "{page}Drie"), ("num:7:0", "Weer")],
        numbering=LISTS,
    )
    assert laid_out_docx(data).split("\n") == [
        "1. Een", "", "2. Twee", "\f3. Drie", "", "1. Weer", ""
    ]


LINKED_LISTS = (
    # the levels stand in definition 2, which defines list style "Vragenlijst"; definition
    # 3 holds no levels, only the link to that style, as Word writes a list style's lists
    '<w:abstractNum w:abstractNumId="2"><w:styleLink w:val="Vragenlijst"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="Vraag %1"/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="3"><w:numStyleLink w:val="Vragenlijst"/></w:abstractNum>'
    '<w:num w:numId="8"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="9"><w:abstractNumId w:val="3"/></w:num>'
)


def test_docx_list_through_a_list_style_draws_the_styles_numbers() -> None:
    # list 9's definition links to the list style that list 8's defines: Word draws
    # "Vraag 1", "Vraag 2" and, counting on, "Vraag 3"
    data = docx(
        [("num:8:0", "Waarom?"), ("num:9:0", "Wanneer?"), ("num:9:0", "Hoeveel?")],
        numbering=LINKED_LISTS,
    )
    assert laid_out_docx(data).split("\n\n") == [
        "Vraag 1 Waarom?", "Vraag 2 Wanneer?", "Vraag 3 Hoeveel?\n"
    ]


def test_a_docx_text_box_stands_after_its_paragraph_once() -> None:
    # The box is anchored mid-sentence; Word writes its text twice (the shape and, for old
    # readers, VML). The sentence stays whole, the box's text follows it once.
    data = docx([
        ("", "De leden van de SP-fractie vragen{box:Kader: de cijfers over 2025} of het klopt."),
        ("", "Volgende alinea."),
    ])  # fmt: skip
    assert laid_out_docx(data).split("\n\n") == [
        "De leden van de SP-fractie vragen of het klopt.",
        "Kader: de cijfers over 2025",
        "Volgende alinea.\n",
    ]


def test_a_note_on_a_docx_heading_is_kept_out_of_its_title() -> None:
    # The part heading carries note 1: its title is the words alone, the note is kept.
    data = docx([
        ("Kop1", "Vragen en opmerkingen vanuit de fracties{note:Zie de agenda.}"),
        ("Kop2", "Algemeen"),
        ("", "De leden van de VVD-fractie vragen of de pont vaart?"),
    ])  # fmt: skip
    doc = parse_bytes(data, "x.docx")
    assert [(h.number, h.title) for h in doc.headings()] == [
        ("I", "Vragen en opmerkingen vanuit de fracties"), ("1", "Algemeen")
    ]
    assert [(f.number, f.text) for f in doc.footnotes] == [(1, "Zie de agenda.")]
    assert doc.part("inbreng") is not None


def test_docx_moved_and_hidden_text_is_not_read_twice() -> None:
    data = docx([("", "Blijft staan.{move: Verplaatste zin.}{hidden: Verborgen.}")])
    assert laid_out_docx(data) == "Blijft staan.\n"


def test_docx_hidden_text_in_a_note_is_left_out_as_in_the_body() -> None:
    data = docx([("", "De leden lezen de brief{note:Kamerstuk HIDDEN 31 409, nr. 415.} goed.")])
    hidden = (
        '</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> oud</w:t></w:r>'
        '<w:r><w:t xml:space="preserve">'
    )  # "Kamerstuk", then " oud" hidden, then the rest in a run of its own
    data = _rewritten(data, "word/footnotes.xml", "Kamerstuk HIDDEN", "Kamerstuk" + hidden)
    doc = parse_bytes(data, "x.docx")
    assert [(f.number, f.text) for f in doc.footnotes] == [(1, "Kamerstuk 31 409, nr. 415.")]


def _rewritten(data: bytes, name: str, old: str, new: str) -> bytes:
    """The DOCX `data` with `old` replaced by `new` in its part `name`."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.namelist():
            content = source.read(item)
            if item == name:
                assert old.encode() in content
                content = content.replace(old.encode(), new.encode())
            target.writestr(item, content)
    return out.getvalue()


def test_a_damaged_deflate_stream_is_an_input_error(tmp_path: Path) -> None:
    data = bytearray(docx([("", "Een alinea die lang genoeg is om te comprimeren. " * 20)]))
    at = data.index(b"word/document.xml") + 40  # inside that entry's compressed bytes
    data[at : at + 30] = b"\xff" * 30
    with pytest.raises(InputError, match=r"x\.docx: is a damaged DOCX"):
        parse_bytes(bytes(data), "x.docx")


def laid_out_docx(data: bytes) -> str:
    from parsers.docx import laid_out

    return laid_out(data, "x.docx").text


def test_html_notes_are_links_that_say_so_and_keep_their_text() -> None:
    from parsers.html import laid_out

    page = (
        b"<p>Zie het antwoord op vraag <a href='#v5'>5</a> en de brief<sup><a href='#n1'>1</a>"
        b"</sup>.</p><h2 id='v5'>Vraag 5</h2><p>Waarom niet?</p>"
        b"<div id='n1'><p>1 29 282, nr. 5.</p><p>Zie ook de bijlage.</p></div>"
    )
    assert laid_out(page, "x.html").text.split("\n") == [
        "Zie het antwoord op vraag 5 en de brief1.",
        "",
        "Vraag 5",
        "",
        "Waarom niet?",
        "",
        "1 29 282, nr. 5. Zie ook de bijlage.",
        "",
    ]


def test_an_html_note_referred_to_twice_is_one_note_of_the_first_paragraph() -> None:
    # Both paragraphs mark note 1; its text is written once, and neither mark stays a digit
    # in the text ("brief1"). The note belongs to the paragraph that first refers to it.
    page = (
        b"<html><body><p>De leden lezen de brief<sup><a href='#n1'>1</a></sup> met zorg.</p>"
        b"<p>Zij vragen of dezelfde brief<sup><a href='#n1'>1</a></sup> nog geldt.</p>"
        b"<div id='n1'><p>1 Kamerstuk 31 409, nr. 415</p></div></body></html>"
    )
    document = parse_bytes(page, "twee.html")
    texts = [(p.text, p.footnote_marks) for p in document.paragraphs()]
    assert texts == [
        ("De leden lezen de brief met zorg.", (1,)),
        ("Zij vragen of dezelfde brief nog geldt.", (1,)),
    ]
    (note,) = document.footnotes
    assert (note.number, note.text) == (1, "Kamerstuk 31 409, nr. 415")
    assert note.paragraph_id == next(document.paragraphs()).id


def test_html_list_items_show_the_numbers_a_browser_draws() -> None:
    from parsers.html import laid_out

    page = (
        b"<html><body><ol><li>Hoeveel?</li><li><p>Wanneer?</p><p>Zo ja, hoe?</p></li></ol>"
        b'<ol start="3" type="a"><li>Drie</li><li value="27">Zeven</li></ol>'
        b'<ol type="I"><li>Een</li><li>Twee</li></ol><ul><li>Punt</li></ul></body></html>'
    )
    assert laid_out(page, "x.html").text.split("\n\n") == [
        "1. Hoeveel?", "2. Wanneer?", "Zo ja, hoe?", "c. Drie", "aa. Zeven", "I. Een",
        "II. Twee", "Punt\n",
    ]


def test_html_kamervragen_in_numbered_lists_pair_by_number() -> None:
    ask = ["Bent u bekend met het bericht over de veerdienst?", "Hoeveel afvaarten vervallen?"]
    reply = ["Ja.", "In de winter vervallen er vier per week."]
    items = lambda texts: "<ol>" + "".join(f"<li>{t}</li>" for t in texts) + "</ol>"  # noqa: E731
    page = (
        "<html><body><p>Vragen van het lid Jansen (SP) aan de minister (ingezonden 2 maart"
        f" 2026).</p>{items(ask)}<p>Antwoord van minister De Boer (ontvangen 20 maart"
        f" 2026)</p>{items(reply)}</body></html>"
    )
    data = alignment_data(align(parse_bytes(page.encode(), "vragen.html")))
    answers = {a["id"]: a["text"] for a in data["answers"]}
    assert [(q["text"], answers[q["answers"][0]["id"]]) for q in data["questions"]] == list(
        zip(ask, reply, strict=True)
    )


def test_html_in_windows_1252_without_a_declaration() -> None:
    from parsers.html import laid_out

    sentence = "\u201cZo\u201d kost \u20ac 5 \u2013 caf\u00e9."
    page = f"<html><body><p>{sentence}</p></body></html>"
    assert laid_out(page.encode("cp1252"), "x.html").text == sentence + "\n"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"<<Wet>> tot wijziging\n\nVraag 1\nHoe?\n", str),  # text that opens with a bracket
        (b"<CONCEPT>\nVraag 1\nHoe?\n", str),
        (b"<body><p>Vraag 1</p></body>", "html"),  # HTML without <html>
        (b"<!-- " + b"x" * 2000 + b" -->\n<html><p>Vraag 1</p></html>", "html"),
        (b"<kamerstuk><al>Vraag 1</al></kamerstuk>", "xml"),
    ],
)
def test_sniffing(data: bytes, kind) -> None:
    from parsers.layout import Laid
    from parsers.read import _text

    got = _text(data, "x")
    if kind is str:
        assert got == data.decode()
    else:
        assert isinstance(got, Laid) and "Vraag 1" in got.text
