"""Numbered questions and answers (Kamervragen: "Vraag 1" ... "Antwoord 1"): headings, the
parts they make, and the pairs their numbers give. Checked against the invented fixture
tests/fixtures/kamervragen.txt (expected lines read off the file by hand) and, when
../shared is present, against the counts in ../shared/external/SOURCES.md."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from aligner import align
from parsers import parse, parse_bytes
from parsers.headings import numbered_heading
from reports.json import alignment_data

FIXTURE = Path(__file__).parent / "fixtures" / "kamervragen.txt"
EXAMPLE = Path(__file__).parent / "fixtures" / "example-so.txt"
EXTERNAL = Path(__file__).resolve().parents[2] / "shared" / "external"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Vraag 1", ("inbreng", ("1",))),
        ("Vraag 2 en 3", ("inbreng", ("2", "3"))),
        ("Antwoorden 5 en 6", ("reactie", ("5", "6"))),
        ("Antwoord 7, 8, 9 10 en 11", ("reactie", ("7", "8", "9", "10", "11"))),
        ("Vragen 4 tot en met 6", ("inbreng", ("4", "5", "6"))),
        ("Antwoord op vraag 2", ("reactie", ("2",))),
        ("Antwoord op de vragen 4, 5 en 6", ("reactie", ("4", "5", "6"))),
        ("Vraag op vraag 2", None),
        (" Vraag 2a:", ("inbreng", ("2a",))),
        ("Vraag naar het beleid", None),
        ("Antwoord 12 is niet bekend.", None),
        ("Vraag", None),
        ("Vraag 1 t/m 60", ("inbreng", ("1", "60"))),  # too wide a range: as printed
        ("Vragen 2024", None),  # a year, not a question number
        ("vraag 12.", None),  # the end of a wrapped sentence
        ("Vraag 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 Totaal", None),
    ],
)
def test_numbered_headings(line: str, expected) -> None:
    assert numbered_heading(line) == expected


def parsed(text: str):
    return parse_bytes(text.encode(), "vragen.txt")


def aligned(text: str) -> tuple[dict, dict[str, int]]:
    """The alignment of `text` as JSON data, and the line of each answer by its id."""
    data = alignment_data(align(parsed(text)))
    return data, answer_lines(data)


def answer_lines(data: dict) -> dict[str, int]:
    return {a["id"]: a["line"] for a in data["answers"]}


def test_a_schriftelijk_overleg_stays_one_with_question_numbers_on_their_own_lines() -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "Op de vragen van de VVD-fractie.", "Op de vragen van de VVD-fractie.\nVraag 3\nVraag 4\n"
    )
    assert parsed(text).kind == "schriftelijk_overleg"


def test_sub_questions_and_questions_without_a_question_mark() -> None:
    text = (
        "Vraag 2a\nHoeveel stallingen zijn er?\nVraag 2b\nEn hoeveel komen erbij?\n"
        "Antwoord 2\nEr zijn er 300; er komen er 50 bij.\n"
        "Vraag 3\nGraag een overzicht van de kosten per station.\n"
        "Antwoord 3\nHet overzicht staat in de bijlage.\n"
    )
    data, lines = aligned(text)
    got = [(q["line"], q["status"], lines[q["answers"][0]["id"]]) for q in data["questions"]]
    assert got == [(2, "answered", 6), (4, "answered", 6), (8, "answered", 10)]


BARE = """\
Vragen van het lid Jansen (SP) aan de Minister van Infrastructuur over de veerdienst
(ingezonden 2 maart 2026).

1
Bent u bekend met het bericht dat de veerboot in de winter minder vaak vaart?

2
Hoeveel afvaarten vervallen er per week?
2
3
Bent u bereid met de rederij in gesprek te gaan over een extra afvaart?

Antwoord van Minister De Boer (Infrastructuur) (ontvangen 20 maart 2026).

1
Ja.

2
In de winter vervallen vier van de achttien afvaarten per week.

3
Ik spreek de rederij in april.
"""


@pytest.mark.parametrize("mark", ["", ".", ")"])
def test_older_kamervragen_numbered_with_the_number_alone(mark: str) -> None:
    # Questions "1", "2", "3", then the answers numbered anew; the lone "2" after question
    # 2 is a page number and numbers nothing. Lines read off the text above.
    text = re.sub(r"(?m)^([123])$", rf"\1{mark}", BARE).replace(f"?\n2{mark}\n3", "?\n2\n3")
    data, lines = aligned(text)
    got = [(q["line"], q["status"], lines[q["answers"][0]["id"]]) for q in data["questions"]]
    assert got == [(5, "answered", 16), (8, "answered", 19), (11, "answered", 22)]


INLINE = """\
Vragen van het lid Jansen (SP) aan de Minister van Infrastructuur over de veerdienst
(ingezonden 2 maart 2026).

1. Bent u bekend met het bericht dat de veerboot in de winter minder vaak
vaart?

2) Hoeveel afvaarten vervallen er per week?

3. Bent u bereid met de rederij in gesprek te gaan over een extra afvaart?

Antwoord van Minister De Boer (Infrastructuur) (ontvangen 20 maart 2026).

1. Ja.

2) In de winter vervallen vier van de achttien afvaarten per week.

3. Ik spreek de rederij in april.
"""


def test_kamervragen_numbered_before_their_text() -> None:
    # "1. Bent u ...?": the number opens the question's own line, as a numbered list is
    # written out; the answers count anew after "Antwoord van ...". Lines read off the text
    # above: questions at 4, 7 and 9, answers at 13, 15 and 17.
    data, lines = aligned(INLINE)
    got = [(q["line"], q["status"], lines[q["answers"][0]["id"]]) for q in data["questions"]]
    assert got == [(4, "answered", 13), (7, "answered", 15), (9, "answered", 17)]
    assert [q["text"][:14] for q in data["questions"]] == [
        "Bent u bekend ", "Hoeveel afvaar", "Bent u bereid ",
    ]


PAGE_BREAK = """\
LIJST VAN VRAGEN EN ANTWOORDEN

1
Hoeveel fietsenstallingen bij stations zijn in 2025 uitgebreid met plaatsen voor bakfietsen?

Antwoord
In 2025 zijn bij 37 stations extra plaatsen voor bakfietsen gemaakt, vooral in de Randstad.
De overige stations volgen in de jaren tot en met 2028, in overleg met de gemeenten erbij.

Tweede Kamer, vergaderjaar 2025–2026, 36 800 XII, nr. 14 1
\f2
Wat kost een plaats voor een bakfiets gemiddeld?

Antwoord
Gemiddeld 1.400 euro.
"""


def test_a_question_number_atop_a_page_opens_a_paragraph() -> None:
    # The last line of page 1 (line 8) is nearly full: only the lone "2" atop page 2 (line
    # 11) shows that a new paragraph, question 2, begins. Lines read off the text above (a
    # question counts from its number's line).
    data, lines = aligned(PAGE_BREAK)
    got = [(q["line"], q["status"], lines[q["answers"][0]["id"]]) for q in data["questions"]]
    assert got == [(3, "answered", 7), (11, "answered", 15)]
    assert not any("Wat kost" in a["text"] for a in data["answers"])


LIJST_POINTER = """\
LIJST VAN VRAGEN EN ANTWOORDEN

1
Hoeveel veerboten varen er in de zomer naar Terschelling?

Antwoord
In de zomer varen er drie veerboten en een sneldienst.

2
Hoeveel daarvan varen op waterstof?

Antwoord
Zie het antwoord op vraag 1.
"""


def test_a_pointer_to_a_question_number_in_a_lijst_without_vraag_headings() -> None:
    # The questions are numbered "1", "2" on lines of their own, each answer follows its
    # question; "vraag 1" is the answer on line 7 (read off the text above).
    data, lines = aligned(LIJST_POINTER)
    (ref,) = data["cross_references"]
    target = lines[ref["target_answer_id"]]
    assert (ref["kind"], ref["status"], target) == ("question", "resolved", 7)
    last = data["questions"][-1]
    assert last["status"] == "by_reference"
    assert [lines[a["id"]] for a in last["answers"]][:2] == [13, 7]


LETTERED = """\
Vraag 1
Hoeveel fietsenstallingen zijn er bij stations?

Vraag 2a
Hoeveel plaatsen komen erbij in Utrecht?

Vraag 2b
En in Amsterdam?

Vraag 3
Hoeveel plaatsen komen er in Utrecht voor bakfietsen?

Antwoord 1
Er zijn er 300.

Antwoord 2a
In Utrecht komen er 5.000 plaatsen bij.

Antwoord 2b
In Amsterdam komen er 2.000 bij.

Antwoord 3
Zie het antwoord op vraag {number}.
"""


@pytest.mark.parametrize(("number", "line"), [("2a", 17), ("2b", 20), ("2", 17)])
def test_a_pointer_to_a_lettered_question(number: str, line: int) -> None:
    # "vraag 2a" is the answer under "Antwoord 2a" (line 17 of the text above), "vraag 2b"
    # the one under "Antwoord 2b" (line 20); "vraag 2", with no "Antwoord 2", the first of
    # its parts. Question 3 is answered by reference.
    data, lines = aligned(LETTERED.format(number=number))
    (ref,) = data["cross_references"]
    assert (ref["kind"], ref["status"], lines[ref["target_answer_id"]]) == (
        "question", "resolved", line,
    )
    last = data["questions"][-1]
    assert last["status"] == "by_reference"
    assert [lines[a["id"]] for a in last["answers"]][:2] == [23, line]


LIJST_IMPERATIVE = """\
LIJST VAN VRAGEN EN ANTWOORDEN

1. Hoeveel kost de nieuwe brug over de Waal? (blz. 12)
Antwoord: De brug kost 140 miljoen euro.

2. Geef een overzicht van de bruggen die tot 2030 worden vervangen.
Antwoord: Tot 2030 worden de bruggen bij Zaltbommel en Kampen vervangen.

3. Kunt u aangeven wanneer de brug bij Kampen dicht gaat.
Antwoord: Van maart tot juni 2028.
"""


def test_a_lijst_question_in_any_form_stands_above_its_answer_label() -> None:
    # Each question is followed, with no blank line, by "Antwoord: ..."; question 2 asks
    # in the imperative and has no "?". Lines read off the text above.
    data, lines = aligned(LIJST_IMPERATIVE)
    got = [(q["line"], q["status"], lines[q["answers"][0]["id"]]) for q in data["questions"]]
    assert got == [(3, "answered", 4), (6, "answered", 7), (9, "answered", 10)]
    assert not any(a["text"].startswith(("Antwoord", "2.")) for a in data["answers"])


MEDEDELING = """\
Vragen van het lid Smit (CDA) aan de Minister van Infrastructuur over de pont bij Ameland.
Vraag 1
Klopt het dat de pont in maart drie weken uit de vaart gaat?
Vraag 2
Welke vervanging wordt geregeld?
Mededeling
De vragen van het lid Smit over de pont bij Ameland zijn beantwoord in de brief van
2 maart 2026 (Kamerstuk 31 409, nr. 412).
"""


def test_a_mededeling_replies_to_all_the_questions_at_once() -> None:
    # No answer under a number; the "Mededeling" (line 7) takes up every question, pointing
    # to a letter: each question is answered by it, with less confidence.
    data, lines = aligned(MEDEDELING)
    got = [
        (q["status"], q["confidence"], [lines[a["id"]] for a in q["answers"]][:1])
        for q in data["questions"]
    ]
    assert got == [("answered", 0.6, [7]), ("answered", 0.6, [7])]
    (ref,) = data["cross_references"]
    assert (ref["kind"], ref["target_document"]) == ("external", "Kamerstuk 31 409, nr. 412")


MEDEDELING_SITE = """\
Vragen van het lid De Wit (SP) aan de Minister van Infrastructuur over de veerdienst naar Vlieland.
Vraag 1
Waarom vaart de snelboot in de winter niet?
Mededeling
De schriftelijke vragen van het lid De Wit over de veerdienst naar Vlieland (ingezonden
3 maart 2026) zijn beantwoord middels een brief over Dienstregeling veerdiensten
(31 409-415) op 20 maart 2026.
"""


def test_a_mededeling_in_the_sites_words_points_to_its_letter() -> None:
    # The Tweede Kamer's site writes "zijn beantwoord middels een brief over ..." and the
    # Kamerstuk as dossier-number in brackets (line 7): dossier 31 409, number 415.
    data, lines = aligned(MEDEDELING_SITE)
    (ref,) = data["cross_references"]
    assert (ref["kind"], ref["line"]) == ("external", 6)
    assert ref["target_document"] == "Kamerstuk 31 409, nr. 415"
    assert ref["text"].endswith("(31 409-415)")
    assert [lines[q["answers"][0]["id"]] for q in data["questions"]] == [5]


TWO_OFFICES = """\
LIJST VAN VRAGEN EN ANTWOORDEN

Hoeveel fietsen staan er bij station Zwolle?

Antwoord
Ongeveer 9.000 fietsen.

Antwoord van de staatssecretaris: de gemeente telt ze elk voorjaar.

Wie betaalt de nieuwe stalling?

Antwoord
Het Rijk en de gemeente samen.
"""


def test_an_answer_between_two_labels_stays_an_answer() -> None:
    # The minister answers (line 6) and the staatssecretaris adds to it under a second
    # label (line 8): the first answer is no question. Lines read off the text above.
    data, lines = aligned(TWO_OFFICES)
    got = [(q["line"], [lines[a["id"]] for a in q["answers"]][:1]) for q in data["questions"]]
    assert got == [(3, [6]), (10, [13])]


SUB_ITEMS = """\
LIJST VAN VRAGEN EN ANTWOORDEN

1 Hoeveel veerboten varen er naar Vlieland?

2. Hoeveel daarvan op diesel?

Antwoord
Drie, alle drie op diesel.

2 Wat kost een retour?

Antwoord
Een retour kost 30 euro.

3 Wat kost een retour voor een kind?

Antwoord
Zie het antwoord op vraag 2.
"""


def test_a_numbered_sub_item_is_no_question_number() -> None:
    # "2." inside question 1 is a sub-item: "vraag 2" is the answer on line 13, not the
    # one on line 8 (read off the text above).
    data, lines = aligned(SUB_ITEMS)
    (ref,) = data["cross_references"]
    assert lines[ref["target_answer_id"]] == 13


JOINT_AND_EMPTY = """\
LIJST VAN VRAGEN EN ANTWOORDEN

1
Hoeveel veerboten varen er in de winter naar Vlieland?
Antwoord
In de winter varen er twee veerboten naar Vlieland.

2
Hoeveel reizigers vervoerden de veerboten in 2025?
3
Hoeveel daarvan waren eilanders?
Antwoord op vraag 2 en 3
In 2025 reisden 1,2 miljoen mensen mee, van wie 140.000 eilanders.

4
Wanneer komt de nieuwe snelboot in de vaart?
Antwoord

5
Komt er een extra afvaart op zondagavond?
Antwoord
Zie het antwoord op vraag 6.

6
Welke afvaarten komen er in de zomer bij?
Antwoord
In de zomer komt er op vrijdag en zondag een extra afvaart in de avond bij.
"""


def test_a_joint_answer_label_an_empty_answer_and_a_pointer_forward() -> None:
    # Read off the text above (a question's line is its number's): questions 2 and 3 (lines
    # 8 and 10, no blank line between) share the answer under "Antwoord op vraag 2 en 3"
    # (line 13); question 4 (line 15) has a label with nothing under it; "vraag 6" on line 22
    # means the answer on line 27, further down.
    data, lines = aligned(JOINT_AND_EMPTY)
    got = [(q["line"], q["status"], [lines[a["id"]] for a in q["answers"]][:1])
           for q in data["questions"]]
    assert got == [
        (3, "answered", [6]), (8, "answered", [13]), (10, "answered", [13]),
        (15, "unanswered", []), (19, "by_reference", [22]), (24, "answered", [27]),
    ]
    (ref,) = data["cross_references"]
    assert (ref["line"], lines[ref["target_answer_id"]]) == (22, 27)


@pytest.mark.parametrize(
    "group", ["2 en 3", "2, 3", "2-3", "2 t/m 3", "2 en 3.", "2) en 3)", "2) t/m 3)"]
)
def test_older_kamervragen_answering_two_numbers_at_once(group: str) -> None:
    # The answers go "1", then "2 en 3" over one text: questions 2 and 3 both get it
    # (line 19 of the text below), and the count is not broken by the group.
    text = BARE.replace(
        "2\nIn de winter vervallen vier van de achttien afvaarten per week.\n\n3\n",
        f"{group}\nIn de winter vervallen vier van de achttien afvaarten per week.\n",
    )
    data, lines = aligned(text)
    got = [(q["line"], q["status"], lines[q["answers"][0]["id"]]) for q in data["questions"]]
    assert got == [(5, "answered", 16), (8, "answered", 19), (11, "answered", 19)]


@pytest.mark.parametrize(
    "text",
    [
        # page numbers alone on their lines go on after the answers begin: no second run
        "1\nWat kost het?\n2\nWie betaalt?\nAntwoord\n3\nHet kost 5 euro.\n4\nHet Rijk.\n",
        # one question only
        "1\nWat kost het?\nAntwoord\n1\nHet kost 5 euro.\n",
        # a letter: table cells, and a sentence that begins with "Antwoorden"
        "Eiland\n1\nTexel\n2\nVlieland\n\nAntwoorden op eerdere vragen volgen voor de "
        "zomer.\n\nRederij\n1\nDoeksen\n2\nTESO\n",
        # a letter: two numbered lists, a line "Antwoord" between them; nothing is asked
        "Dit doen we:\n1.\nDe haven wordt uitgediept.\n2.\nDe tarieven blijven gelijk.\n"
        "Antwoord\n1.\nDe steiger komt er.\n2.\nDe boot vaart vaker.\n",
        # the same with each number before its text
        "Dit doen we:\n1. De haven wordt uitgediept.\n2. De tarieven blijven gelijk.\n"
        "Antwoord\n1. De steiger komt er.\n2. De boot vaart vaker.\n",
    ],
)
def test_lone_numbers_without_two_runs_number_nothing(text: str) -> None:
    doc = parsed(text)
    assert doc.kind != "vragen_en_antwoorden"


def test_an_answer_that_mentions_another_in_passing_is_no_pointer() -> None:
    text = (
        "Vraag 1\nHoeveel fietsen staan er?\nAntwoord 1\nOngeveer 21.000.\n"
        "Vraag 2\nHoeveel worden het er in 2030?\nAntwoord 2\nZoals aangegeven in het "
        "antwoord op vraag 1 staan er nu 21.000; in 2030 verwacht ik er 25.000.\n"
    )
    statuses = [q["status"] for q in alignment_data(align(parsed(text)))["questions"]]
    assert statuses == ["answered", "answered"]


@pytest.fixture(scope="module")
def data() -> dict:
    return alignment_data(align(parse(FIXTURE)))


def test_questions_and_answers_become_two_parts() -> None:
    doc = parse(FIXTURE)
    assert doc.kind == "vragen_en_antwoorden"
    asked = [s.number for s in doc.part("inbreng").sections]
    answered = [s.number for s in doc.part("reactie").sections]
    assert asked == ["1", "2", "3", "4-5", "6", "7", "8", "9", "10"]
    assert answered == ["1", "2-3", "4-5", "6", "7", "9", "11"]


def test_numbers_pair_each_question_with_its_answer(data: dict) -> None:
    lines = answer_lines(data)
    got = [
        (q["line"], q["status"], lines[q["answers"][0]["id"]] if q["answers"] else None)
        for q in data["questions"]
    ]
    assert got == [
        (11, "answered", 13),  # "Ja." shares no word with its question
        (15, "answered", 20),  # Vraag 2 and 3 share "Antwoord 2 en 3"
        (18, "answered", 20),
        (23, "answered", 26),  # both questions of "Vraag 4 en 5"
        (23, "answered", 26),
        (29, "answered", 32),
        (39, "by_reference", 41),  # "Zie het antwoord op vraag 1."
        (43, "unanswered", None),  # no "Antwoord 8"
        (46, "answered", 49),
        (51, "answered", 53),  # printed as "Antwoord 11": the answer that follows
    ]


def test_a_pointer_leads_to_the_answer_it_names(data: dict) -> None:
    lines = answer_lines(data)
    q = next(q for q in data["questions"] if q["line"] == 39)
    assert [lines[a["id"]] for a in q["answers"]] == [41, 13]
    ref = next(r for r in data["cross_references"] if r["line"] == 41)
    target = lines[ref["target_answer_id"]]
    assert (ref["kind"], ref["status"], target) == ("question", "resolved", 13)


def test_a_misnumbered_answer_is_paired_with_less_confidence(data: dict) -> None:
    confidence = {q["line"]: q["confidence"] for q in data["questions"]}
    assert confidence[51] < confidence[46] == 1.0
    assert not [f for f in data["findings"] if f["kind"] == "orphan_answer"]


def test_check_lists_the_unanswered_question() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "reports.cli", "check", str(FIXTURE)],
        capture_output=True, text=True, check=False,
    )
    assert run.returncode == 1
    assert run.stdout.splitlines()[0].startswith(f"{FIXTURE}:43:1: unanswered:")


@pytest.mark.skipif(not EXTERNAL.exists(), reason="../shared/external is absent")
@pytest.mark.parametrize(
    ("name", "questions", "answers"),
    [  # numbered questions and answer headings, as SOURCES.md counts them
        ("kv_ah-tk-20242025-584.txt", 7, 5),
        ("kv_ah-tk-20242025-595.txt", 67, 64),
        ("kv_ah-tk-20232024-387.md", 10, 9),
        ("lvva_kst-20800-XIV-16_1988_p1-ocr.jsonl", 2, 1),  # OCR text in a JSON record
    ],
)
def test_real_kamervragen(name: str, questions: int, answers: int) -> None:
    doc = parse(EXTERNAL / name)
    numbers = [n for s in doc.part("inbreng").sections for n in s.number.split("-")]
    assert len(set(numbers)) == questions
    assert len(doc.part("reactie").sections) == answers
    assert {r.status for r in align(doc).questions} <= {"answered", "by_reference"}
