"""Answers printed right after their questions: a verslag with "Antwoord" after each question
(tests/fixtures/so-replies.txt) and a nota naar aanleiding van het verslag that restates each
question and answers it in the same or the next paragraph (tests/fixtures/nota.txt). The
expected lines are read off the fixtures by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner import align
from parsers import parse, parse_bytes
from parsers.headings import part_kind
from parsers.replies import closing, label, roles, titled
from parsers.textblocks import TextBuilder
from reports.json import alignment_data

FIXTURES = Path(__file__).parent / "fixtures"
EXTERNAL = Path(__file__).resolve().parents[2] / "shared" / "external"


def pairs(path: Path) -> dict[int, tuple[str, int | None, float]]:
    """Question line -> (status, line of its first answer, confidence)."""
    data = alignment_data(align(parse(path)))
    lines = {a["id"]: a["line"] for a in data["answers"]}
    return {
        q["line"]: (q["status"], lines[q["answers"][0]["id"]] if q["answers"] else None,
                    q["confidence"])
        for q in data["questions"]
    }


def test_labelled_answers_follow_their_questions() -> None:
    found = pairs(FIXTURES / "so-replies.txt")
    assert found == {
        15: ("answered", 19, 1.0),  # "Wanneer verwacht ...?" -> "Antwoord" at 17, answer 19
        22: ("answered", 27, 1.0),
        31: ("answered", 36, 1.0),  # under "Reactie van de minister", a label like "Antwoord"
        41: ("answered", 46, 1.0),
        # two SP paragraphs, then one answer for both; the first less surely
        51: ("answered", 59, 0.8),
        54: ("answered", 59, 1.0),
        62: ("unanswered", None, 1.0),  # PvdD: the next paragraph is GL-PvdA's question
        65: ("answered", 70, 1.0),
    }


def test_labelled_layout_keeps_sections_and_labels() -> None:
    doc = parse(FIXTURES / "so-replies.txt")
    assert doc.kind == "schriftelijk_overleg"
    inbreng, reactie = doc.part("inbreng"), doc.part("reactie")
    assert [s.number for s in inbreng.sections] == ["1", "2"]
    assert [s.number for s in reactie.sections] == ["1", "2"]
    # the labels head the answers and are no answers themselves
    labels = [p.text for p in reactie.paragraphs() if p.is_header]
    assert labels == ["Antwoord", "Antwoord", "Reactie van de minister", "Antwoord", "Antwoord",
                      "Antwoord"]
    assert all(s.question is None for p in reactie.paragraphs() for s in p.sentences)


def test_nota_restated_questions_and_their_answers() -> None:
    found = pairs(FIXTURES / "nota.txt")
    assert found == {
        19: ("answered", 20, 1.0),  # the answer starts inside the question's paragraph
        23: ("answered", 27, 1.0),  # "wat het wetsvoorstel kost" -> "De kosten bedragen"
        24: ("answered", 30, 1.0),  # "of auteurs er ... op vooruitgaan" -> "Auteurs ontvangen"
        40: ("unanswered", None, 1.0),  # CDA: SP's paragraph follows, no answer
        44: ("answered", 46, 1.0),
        50: ("by_reference", 51, 1.0),  # "Zie het antwoord op de vragen van de VVD-fractie"
    }


def test_a_nota_pointer_takes_its_topic_from_the_question_it_follows() -> None:
    # ChristenUnie asks about the kosten (line 50); the answer only says "Zie het antwoord
    # op de vragen van de VVD-fractie in paragraaf 1." (line 51). Of VVD's answers in
    # paragraph 1 the one about the kosten is meant (line 27), not the first (line 20).
    data = alignment_data(align(parse(FIXTURES / "nota.txt")))
    lines = {a["id"]: a["line"] for a in data["answers"]}
    refs = {(r["line"], r["kind"], lines[r["target_answer_id"]]) for r in data["cross_references"]}
    assert refs == {(51, "faction_answer", 27), (51, "pillar", 27)}


JOINT = """\
NOTA NAAR AANLEIDING VAN HET VERSLAG

1. Algemeen

De leden van de D66-fractie vragen hoe de privacy van reizigers wordt
beschermd bij het delen van reisgegevens. Zij vragen ook of de Autoriteit
Persoonsgegevens om advies is gevraagd.

De leden van de SP-fractie willen weten of reizigers bezwaar kunnen maken
tegen het delen van hun reisgegevens.

Deze vragen worden hieronder gezamenlijk beantwoord.

Om de privacy van reizigers te beschermen deelt een vervoerder alleen het
kaartnummer en het tijdstip van de rit. Reizigers kunnen bezwaar maken
tegen het delen van hun reisgegevens; de vervoerder wist die dan binnen
een week.

De Autoriteit Persoonsgegevens heeft in maart advies uitgebracht over het
voorstel. Dat advies is overgenomen.

De leden van de CDA-fractie vragen wanneer de wet in werking treedt.

De leden van de VVD-fractie vragen wat de invoering kost.

De invoering kost 12 miljoen euro.
"""


def test_an_announced_joint_answer_takes_up_every_faction_before_it(tmp_path: Path) -> None:
    # D66 asks twice, SP once, then "Deze vragen worden hieronder gezamenlijk beantwoord."
    # (line 12): each question takes the paragraph after it that suits it, 14 or 19. CDA is
    # still followed by VVD's question, not by an answer. Lines read off the text above.
    path = tmp_path / "nota.txt"
    path.write_text(JOINT, encoding="utf-8")
    assert pairs(path) == {
        5: ("answered", 14, 0.8),  # privacy when sharing travel data
        6: ("answered", 19, 0.8),  # the Autoriteit Persoonsgegevens
        9: ("answered", 14, 1.0),  # objecting to the sharing
        22: ("unanswered", None, 1.0),
        24: ("answered", 26, 1.0),
    }


REPEATED_JOINTLY = """\
NOTA NAAR AANLEIDING VAN HET VERSLAG

1. Terugvorderingen

De leden van de VVD-fractie vragen hoe hoog de gemiddelde terugvordering over
2023 was. Zij vragen ook hoeveel ouders een betalingsregeling troffen.

De leden van de NSC-fractie vragen hoeveel ouders een terugvordering boven
5.000 euro kregen.

De leden van de fracties van VVD en NSC vragen beide naar de omvang van de
terugvorderingen. De gemiddelde terugvordering over 2023 was 1.140 euro. Jaarlijks
kregen ongeveer 10.000 ouders een terugvordering boven 5.000 euro.

Een derde van de ouders met een terugvordering trof een betalingsregeling.
"""


def test_an_answer_that_repeats_two_factions_questions_takes_up_both(tmp_path: Path) -> None:
    # The reply (line 11) opens by repeating what VVD and NSC asked apart: that opening is
    # no question of its own, and the reply takes up both factions' questions, each in the
    # paragraph that suits it (NSC's, though asked after VVD's second, in the first).
    path = tmp_path / "nota.txt"
    path.write_text(REPEATED_JOINTLY, encoding="utf-8")
    assert pairs(path) == {
        5: ("answered", 11, 0.8),  # the average, in the reply's first paragraph
        6: ("answered", 15, 0.8),  # the payment arrangements, in its second
        8: ("answered", 11, 1.0),  # above 5.000 euro, in the first again
    }


LEFT_OUT = """\
NOTA NAAR AANLEIDING VAN HET VERSLAG

1. Algemeen

De leden van de D66-fractie vragen hoeveel gemeenten de nieuwe regeling voor
schuldhulp al toepassen. Ook vragen zij wanneer de evaluatie van de Wet
inburgering 2021 naar de Kamer wordt gestuurd.

Vrijwel alle gemeenten passen de nieuwe regeling voor schuldhulp al toe;
alleen enkele kleine gemeenten volgen in de loop van het jaar.

De leden van de CDA-fractie vragen hoe het wetsvoorstel zich verhoudt tot de
digitale identiteitsportemonnee. Ook vragen zij of inwoners zonder
smartphone toegang houden tot dezelfde diensten.

De regering ziet de portemonnee als aanvulling: wie geen smartphone heeft,
houdt toegang tot dezelfde diensten aan de balie.
"""


def test_a_question_the_reply_leaves_out_is_unanswered(tmp_path: Path) -> None:
    # D66's second question (line 6: the evaluation of the Wet inburgering) shares no word
    # with the reply, which takes up schuldhulp in gemeenten (line 9): unanswered. The
    # reply to CDA (line 16) holds its second question's words, and its first question's
    # only as part of a word ("portemonnee" of "identiteitsportemonnee"): enough to keep it.
    path = tmp_path / "nota.txt"
    path.write_text(LEFT_OUT, encoding="utf-8")
    assert pairs(path) == {
        5: ("answered", 9, 1.0),
        6: ("unanswered", None, 0.6),
        12: ("answered", 16, 1.0),
        13: ("answered", 16, 1.0),
    }


NOT_LEFT_OUT = """\
NOTA NAAR AANLEIDING VAN HET VERSLAG

1. Algemeen

De leden van de CDA-fractie vragen hoe de regering waarborgt dat de vijfde dag
niet verwordt tot een dag waarop kinderen alleen worden opgevangen. Welke eisen
stelt het wetsvoorstel aan de inhoud van het dagarrangement?

Het wetsvoorstel stelt eisen aan de inhoud van het dagarrangement: ten minste
bewegen, cultuur en natuur, met een aanbod dat per week wisselt.

De leden van de SP-fractie vragen of er genoeg begeleiders zijn voor het
dagarrangement. Zo nee, is de regering dan ook bereid de invoering uit te stellen
tot er voldoende mensen zijn opgeleid?

Er zijn genoeg begeleiders voor het dagarrangement: de gemeenten hebben er al
meer dan voldoende geworven.
"""


def test_a_first_question_or_a_branch_is_not_passed_over_for_want_of_words(
    tmp_path: Path,
) -> None:
    # The reply to CDA (line 9) has none of the first question's words (the vijfde dag,
    # line 5) but answers it through the second, which says what it means; the reply to
    # SP (line 16) has none of the words of "Zo nee, ... ook bereid ... uit te stellen"
    # (line 13), a branch of the question before, whose condition it answers. All answered.
    path = tmp_path / "nota.txt"
    path.write_text(NOT_LEFT_OUT, encoding="utf-8")
    assert pairs(path) == {
        5: ("answered", 9, 1.0),
        6: ("answered", 9, 1.0),
        12: ("answered", 16, 1.0),
        13: ("answered", 16, 1.0),
    }


TOGETHER = """\
NOTA NAAR AANLEIDING VAN HET VERSLAG

2.1 De vijfde dag

De leden van de GroenLinks-PvdA-fractie vragen wie verantwoordelijk is als het
aanbod op de vijfde dag tekortschiet.

De leden van de SP-fractie willen weten wat ouders gaan betalen voor het
dagarrangement op de vijfde dag.

De leden van de fracties van GroenLinks-PvdA en SP vragen beide naar de
verantwoordelijkheid voor en de kosten van de vijfde dag. Ik beantwoord deze
vragen gezamenlijk. De gemeente is verantwoordelijk voor het aanbod, en ouders
betalen er niets voor.
"""


@pytest.mark.parametrize("restated", [True, False])
def test_a_reply_to_factions_that_asked_apart_takes_up_both(tmp_path: Path, restated: bool) -> None:
    # GL-PvdA (line 5) and SP (line 8) ask apart; then either a sentence repeats both
    # questions and the reply says it answers them together (line 11), or the reply only
    # says so ("Deze vragen beantwoord ik gezamenlijk.", line 11). The reply takes up both;
    # the repeat is part of it, no question of its own.
    text = TOGETHER if restated else TOGETHER.replace(
        "De leden van de fracties van GroenLinks-PvdA en SP vragen beide naar de\n"
        "verantwoordelijkheid voor en de kosten van de vijfde dag. Ik beantwoord deze\n"
        "vragen gezamenlijk.", "Deze vragen beantwoord ik gezamenlijk."
    )
    path = tmp_path / "nota.txt"
    path.write_text(text, encoding="utf-8")
    found = {line: (status, answer) for line, (status, answer, _) in pairs(path).items()}
    assert found[5] == found[8] == ("answered", 11)
    assert len(found) == 2


def test_nota_parts_cut_a_paragraph_where_the_answer_begins() -> None:
    doc = parse(FIXTURES / "nota.txt")
    assert doc.kind == "nota"
    asked = next(p for p in doc.part("inbreng").paragraphs() if p.span.line == 18)
    assert asked.text.endswith("Zij vragen hoeveel bibliotheken nu al e-books uitlenen.")
    answer = next(p for p in doc.part("reactie").paragraphs() if p.span.line == 20)
    assert answer.text.startswith("Vrijwel alle openbare bibliotheken")
    assert (answer.span.line, answer.span.column) == (20, 1)
    # the government naming a faction goes on answering
    wachtlijst = next(p for p in doc.part("reactie").paragraphs() if p.span.line == 46)
    assert wachtlijst.text.endswith("lange wachtlijsten lezers afschrikken.")
    # the opening thanks and the signature answer nothing
    assert doc.parts[0].kind == "front"
    assert doc.parts[-1].kind == "body"
    assert next(doc.parts[-1].paragraphs()).text.startswith("De Minister van Onderwijs")


def test_a_cut_inside_a_line_splits_its_source() -> None:
    text = (
        "Nota naar aanleiding van het verslag\n\n"
        "De leden van de SP-fractie vragen wat dit kost? Het kost\n"
        "niets. Er komen geen kosten bij.\n"
    )
    doc = parse_bytes(text.encode(), "nota.txt")
    (asked,) = doc.part("inbreng").paragraphs()
    (answer,) = doc.part("reactie").paragraphs()
    assert asked.text == "De leden van de SP-fractie vragen wat dit kost?"
    assert [(s.line, s.start, s.end) for s in asked.source] == [(3, 1, 47)]
    assert answer.text == "Het kost niets. Er komen geen kosten bij."
    assert [(s.line, s.start, s.end) for s in answer.source] == [(3, 49, 56), (4, 1, 32)]
    assert (answer.span.line, answer.span.column) == (3, 49)


def test_text_block_split_keeps_marks_and_places() -> None:
    builder = TextBuilder()
    builder.add("Vraag een.", page=1, line=1, column=1)
    builder.join(" ")
    builder.add("Antwoord", page=1, line=2, column=1)
    builder.mark(7)
    builder.add(" twee.", page=1, line=2, column=10)
    from parsers.model import Segment
    from parsers.textblocks import TextBlock

    block = TextBlock(kind="text", text=builder.text(), pieces=tuple(builder.pieces),
                      source=(Segment(line=1, start=1, end=10), Segment(line=2, start=1, end=15)),
                      marks=tuple(builder.marks))
    head, tail = block.split(11)
    assert (head.text, tail.text) == ("Vraag een.", "Antwoord twee.")
    assert head.source == (Segment(line=1, start=1, end=10),)
    assert tail.source == (Segment(line=2, start=1, end=15),)
    assert tail.marks == ((8, 7),) and head.marks == ()
    assert tail.span_at(9).column == 11 and tail.span.line == 2  # the "t" of " twee."


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # the faction speaks, then the government answers
        (["De leden van de VVD-fractie vragen wat dit kost.", "Het kost niets."],
         ["inbreng", "reactie"]),
        # a remark between two asking sentences stays with them
        (["De leden lezen dat het duurt.", "Dat verbaast hen.", "Waarom duurt het zo lang?",
          "Het duurt door de aanbesteding."], ["inbreng", "inbreng", "inbreng", "reactie"]),
        # the government naming a faction is no faction speaking
        (["Het stemt mij tevreden dat de leden van de CDA-fractie instemmen."], ["reactie"]),
        (["Ten aanzien van het verzoek van de leden van de SP-fractie merk ik op dat het kan."],
         ["reactie"]),
        (["Wat de artikelen 3 en 4 betreft stelden de leden van de C.D.A.-fractie de vraag of "
          "dit kon.", "Dat kon."], ["inbreng", "reactie"]),
        # a remark asks nothing: the answer goes on; but one leading up to a question asks
        (["Deze leden merkten voorts op dat het belangrijk is.", "Dat is zo."],
         ["reactie", "reactie"]),
        (["Zij lezen dat het lang duurt.", "Waarom?", "Door de aanbesteding."],
         ["inbreng", "inbreng", "reactie"]),
        # the government, not the faction (found in review)
        (["De leden van de VVD-fractie vragen of het geldt.", "Het geldt niet.",
          "Volledigheidshalve zij opgemerkt dat het kan."], ["inbreng", "reactie", "reactie"]),
        (["Zij kost 4 miljoen euro."], ["reactie"]),
        # amid its answer the government asks and answers itself (review 7); a question that
        # ends the paragraph is the next one asked
        (["Daalt het inkomen, dan daalt het maandbedrag.",
          "Wat gebeurt er als het inkomen weer stijgt?", "Dan blijft het bedrag gelijk."],
         ["reactie", "reactie", "reactie"]),
        (["Het kost niets.", "Waarom duurt het zo lang?"], ["reactie", "inbreng"]),
        (["Terecht merken de leden van de VVD-fractie op dat het kan."], ["reactie"]),
        (["Deze leden hebben gelijk dat het kan."], ["reactie"]),
        # a government word that is no subject, and one after the faction
        (["Met betrekking tot het voorstel van de regering vragen de leden van de CDA-fractie "
          "of het kan."], ["inbreng"]),
        (["De leden van de CDA-fractie vragen of de minister de leden van de raad informeert."],
         ["inbreng"]),
        # "zij" after the government has spoken is who it spoke about, not the faction
        (["Het kost niets.", "Gemeenten regelen de rest.", "Zij vragen daarvoor een formulier "
          "terug."], ["reactie", "reactie", "reactie"]),
        (["Het kost niets.", "Deze leden vragen ook of het snel kan."], ["reactie", "inbreng"]),
        # ... but after the faction has spoken in the paragraph, "zij" is still the faction
        (["De leden van de SP-fractie lezen dat de huur stijgt.", "Die stijging is fors.",
          "Zij vragen of de regering huurders compenseert."], ["inbreng", "inbreng", "inbreng"]),
        # the faction named first, spoken to
        (["De leden van de SP-fractie verwijs ik naar het antwoord hierboven."], ["reactie"]),
        (["De leden van de VVD-fractie bedanken wij voor hun vragen."], ["reactie"]),
        # "Deze leden ..." right after the faction spoke goes on speaking, asking or not
        # (review 9); after the government, or saying "terecht", it is spoken about
        (["De leden van de VVD-fractie hebben kennisgenomen van het voorstel.",
          "Deze leden zien er een verstandig antwoord in.", "De regering dankt hen."],
         ["inbreng", "inbreng", "reactie"]),
        (["De leden van de VVD-fractie vragen of het kan.", "Het kan.",
          "Deze leden zien dat goed."], ["inbreng", "reactie", "reactie"]),
        (["De leden van de VVD-fractie lezen dat het kan.",
          "Deze leden wijzen er terecht op dat het duur is."], ["inbreng", "reactie"]),
        # "Zij" holding a view right after the faction spoke is the faction; "Zij" doing
        # something is whom the answer is about
        (["De leden van de BBB-fractie hebben kennisgenomen van het voorstel.",
          "Zij zijn van mening dat de gemeenteraad beslist."], ["inbreng", "inbreng"]),
        (["De leden van de SP-fractie vragen of gemeenten meedoen.", "Zij doen dat allemaal."],
         ["inbreng", "reactie"]),
    ],
)
def test_nota_sentence_roles(sentences: list[str], expected: list[str]) -> None:
    assert roles(sentences) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Antwoord", "reactie"),
        ("Antwoord:", "reactie"),
        ("Reactie van de minister", "reactie"),
        ("Antwoord van het kabinet:", "reactie"),
        ("Vraag", "inbreng"),
        ("12", None),  # a number only when a question follows: numbers_question
        ("Reactie van de minister op de vragen van de VVD-fractie", None),  # an answer header
        ("Antwoord op de vraag of het kabinet dit wil, is ja.", None),
        ("Het antwoord", None),
    ],
)
def test_labels(text: str, expected) -> None:
    assert label(text) == expected


def test_part_title_takes_its_first_cue() -> None:
    assert part_kind("Vragen en opmerkingen vanuit de fracties en reactie van de minister") == (
        "inbreng"
    )
    assert part_kind("Reactie van de minister op de vragen van de fracties") == "reactie"


def test_one_antwoord_line_does_not_make_a_layout() -> None:
    text = (FIXTURES / "example-so.txt").read_text(encoding="utf-8")
    assert "\nAntwoord\n" not in text
    doc = parse_bytes(text.replace("Op de vragen van de VVD-fractie.", "Antwoord", 1).encode(),
                      "so.txt")
    # still the classic layout: all answers in part II
    assert doc.kind == "schriftelijk_overleg"
    assert [p.kind for p in doc.parts].count("reactie") == 1
    first_answer = next(doc.part("reactie").paragraphs()).span.line
    assert all(q.line < first_answer for q in doc.questions)


def test_lines_never_wrapped_are_paragraphs() -> None:
    """OCR and word-processor text: one paragraph per long line, no blank lines between."""
    long = "De leden van de CDA-fractie vroegen zich af hoe het zit. " + "Zo zit het. " * 30
    text = f"NOTA NAAR AANLEIDING VAN HET VERSLAG\n{long}\n{long}\n"
    doc = parse_bytes(text.encode(), "ocr.txt")
    assert doc.kind == "nota"
    assert len(list(doc.part("inbreng").paragraphs())) == 2
    assert len(list(doc.part("reactie").paragraphs())) == 2
    # with blank lines between paragraphs, long lines are still joined as before
    joined = parse_bytes(f"NOTA NAAR AANLEIDING VAN HET VERSLAG\n\n{long}\n{long}\n".encode(),
                         "ocr.txt")
    assert len(list(joined.part("inbreng").paragraphs())) == 1


@pytest.mark.parametrize(
    ("name", "asked", "answer_starts"),
    [
        ("nota-nav-verslag_kst-21242-5_1989_p1-ocr.jsonl",
         ["De leden van de C.D.A.-fractie vroegen zich af wat de voornaamste oorzaken",
          "Wat de artikelen 13, 15 en 17 betreft stelden de leden van de C.D.A.-fractie"],
         ["De stijging van de actuariële voorziening voor pensioenen met f 5,3 miljard is",
          "Aangezien private instellingen vanwege hun primaire en secundaire"]),
        ("nota-nav-eindverslag_kst-19722-7_1988_p1-ocr.jsonl",
         ["De leden van de C.D.A.-fractie vroegen zich af waarom ook «de afslanking»"],
         ["De in gang gezette afslanking van mijn departement heeft ertoe geleid"]),
        # "Vraag 1 en 2 De uiteindelijke ...": heading and text on one line
        ("lvva_kst-20800-XIV-16_1988_p1-ocr.jsonl",
         ["Welke feiten en omstandigheden zullen ertoe leiden",
          "Welke feiten en omstandigheden kunnen ertoe leiden"],
         ["Voornamelijk incidentele factoren"] * 2),
        # bare numbers, each answer right after its question, no label
        ("lvva_kst-21300-B-4_1990_p1-ocr.jsonl",
         ["1 Kunnen voor alle artikelonderdelen meerjarencijfers", "2a Betreft het bedrag",
          "Zo niet, welke andere soorten", "2b Op welke basis", "Waarom worden met name niet"],
         ["De meerjarencijfers voor het uitgavenartikel", "Ja.", "Ja.",
          "De doorberekening van personele", "De doorberekening van personele"]),
    ],
)
def test_real_fragments(name: str, asked: list[str], answer_starts: list[str]) -> None:
    """The OCR'd first pages of two real nota's and two lijsten (../shared/external): each
    question is answered by what follows it (SOURCES.md there counts the questions)."""
    path = EXTERNAL / name
    if not path.exists():
        pytest.skip("../shared/external is absent")
    import json

    content = json.loads(path.read_text(encoding="utf-8").splitlines()[0])["Content"]
    data = alignment_data(align(parse_bytes(content.encode(), name)))
    answers = {a["id"]: a["text"] for a in data["answers"]}
    assert [q["text"][: len(a)] for q, a in zip(data["questions"], asked, strict=True)] == asked
    got = [answers[q["answers"][0]["id"]] for q in data["questions"]]
    assert [t[: len(s)] for t, s in zip(got, answer_starts, strict=True)] == answer_starts


def test_numbered_list_with_answer_labels() -> None:
    """A lijst van vragen en antwoorden: a bare number, the question, "Antwoord", the answer."""
    text = (
        "Nr. 9 LIJST VAN VRAGEN EN ANTWOORDEN\n\n"
        "1\nHoeveel mensen maakten in 2025 gebruik van de regeling?\n\n"
        "Antwoord\n\nIn 2025 waren het er 41.000.\n\n"
        "2\nKunt u aangeven waarom het budget in 2027 daalt?\n\n"
        "Antwoord\n\nDe tijdelijke ophoging loopt af.\n"
    )
    data = alignment_data(align(parse_bytes(text.encode(), "lijst.txt")))
    answers = {a["id"]: a["text"] for a in data["answers"]}
    got = [(q["line"], q["status"], answers[q["answers"][0]["id"]]) for q in data["questions"]]
    assert got == [
        (3, "answered", "In 2025 waren het er 41.000."),
        (10, "answered", "De tijdelijke ophoging loopt af."),
    ]


def test_list_without_labels_pairs_each_question_with_what_follows() -> None:
    text = (
        "LIJST VAN VRAGEN EN ANTWOORDEN\n\n"
        "1 Hoeveel scholen doen mee aan de proef?\n\nTwaalf scholen doen mee.\n\n"
        "2 Wanneer wordt de proef geëvalueerd?\n\nIn het voorjaar van 2027.\n"
    )
    doc = parse_bytes(text.encode(), "lijst.txt")
    assert doc.kind == "vragen_en_antwoorden"
    data = alignment_data(align(doc))
    answers = {a["id"]: a["text"] for a in data["answers"]}
    got = [(q["line"], answers[q["answers"][0]["id"]]) for q in data["questions"]]
    assert got == [(3, "Twaalf scholen doen mee."), (7, "In het voorjaar van 2027.")]


def test_numbered_heading_with_its_text_on_the_same_line() -> None:
    text = (
        "Vraag 1 Hoeveel stallingen zijn er?\nAntwoord 1 Er zijn er 300.\n"
        "Vraag 2: Komen er meer bij?\nAntwoord 2 Ja, 50.\n"
    )
    doc = parse_bytes(text.encode(), "kv.txt")
    assert doc.kind == "vragen_en_antwoorden"
    found = sorted(doc.headings(), key=lambda h: h.span.line)
    headings = [(h.title, h.source[0].start, h.source[0].end) for h in found]
    assert headings == [("Vraag 1", 1, 7), ("Antwoord 1", 1, 10), ("Vraag 2:", 1, 8),
                        ("Antwoord 2", 1, 10)]
    data = alignment_data(align(doc))
    answers = {a["id"]: (a["text"], a["column"]) for a in data["answers"]}
    assert [answers[q["answers"][0]["id"]] for q in data["questions"]] == [
        ("Er zijn er 300.", 12), ("Ja, 50.", 12)]


# --- found in review: ordinary documents and answers must not be mistaken -----------------


def first_answers(text: str) -> list[tuple[str, str | None]]:
    data = alignment_data(align(parse_bytes(text.encode(), "doc.txt")))
    answers = {a["id"]: a["text"] for a in data["answers"]}
    return [(q["status"], answers[q["answers"][0]["id"]] if q["answers"] else None)
            for q in data["questions"]]


def test_an_answer_opening_like_a_signature_is_still_an_answer() -> None:
    text = (
        "De leden van de VVD-fractie vragen hoeveel kinderen wachten.\n\nAntwoord\n\n"
        "Het kabinet heeft, samen met de gemeenten, de wachtlijsten geteld.\n\n"
        "De leden van de SP-fractie vragen of dat kan.\n\nAntwoord\n\nDat kan.\n"
    )
    assert first_answers(text) == [
        ("answered", "Het kabinet heeft, samen met de gemeenten, de wachtlijsten geteld."),
        ("answered", "Dat kan."),
    ]


def test_answer_headers_naming_a_faction_keep_the_classic_layout() -> None:
    text = (
        "Vragen en opmerkingen vanuit de fracties\n\n"
        "De leden van de VVD-fractie vragen hoeveel kinderen op een wachtlijst staan.\n\n"
        "De leden van de SP-fractie vragen of de minister de wachtlijsten wil halveren.\n\n"
        "Reactie van de minister\n\n"
        "Reactie van de minister op de vragen van de VVD-fractie\n\n"
        "Op 1 januari stonden 8.000 kinderen op een wachtlijst.\n\n"
        "Reactie van de minister op de vragen van de SP-fractie\n\n"
        "De minister streeft naar halvering van de wachtlijsten.\n"
    )
    doc = parse_bytes(text.encode(), "so.txt")
    assert [p.kind for p in doc.parts] == ["inbreng", "reactie"]
    headers = [p.text for p in doc.part("reactie").paragraphs() if p.is_header]
    assert headers == ["Reactie van de minister op de vragen van de VVD-fractie",
                       "Reactie van de minister op de vragen van de SP-fractie"]
    assert first_answers(text) == [
        ("answered", "Op 1 januari stonden 8.000 kinderen op een wachtlijst."),
        ("answered", "De minister streeft naar halvering van de wachtlijsten."),
    ]


def test_a_letter_that_mentions_a_nota_stays_a_letter() -> None:
    text = (
        "Den Haag, 3 maart 2026\n\nHierbij zend ik u de\n"
        "nota naar aanleiding van het verslag over het wetsvoorstel inzake de toeslag.\n"
        "Waarom heeft dat zo lang geduurd? Door de uitvoeringstoets.\n\n"
        "De Minister van Financiën,\nJ. Jansen\n"
    )
    doc = parse_bytes(text.encode(), "brief.txt")
    assert (doc.kind, doc.questions) == ("letter", ())


def test_a_lone_number_inside_an_answer_stays_in_it() -> None:
    text = (
        "De leden van de VVD-fractie vragen hoeveel kinderen wachten.\n\nAntwoord\n\n"
        "Er wachten 8.000 kinderen.\n\n2\n\nDe meesten wachten drie maanden.\n\n"
        "De leden van de SP-fractie vragen of dat kan.\n\nAntwoord\n\nDat kan.\n"
    )
    data = alignment_data(align(parse_bytes(text.encode(), "so.txt")))
    answers = {a["id"]: a["text"] for a in data["answers"]}
    first = [answers[a["id"]] for a in data["questions"][0]["answers"]]
    assert first == ["Er wachten 8.000 kinderen.", "2", "De meesten wachten drie maanden."]


def test_a_long_line_of_government_words_is_read_in_linear_time() -> None:
    """Took 84 s when the government test scanned on from every word (found in review)."""
    text = "NOTA NAAR AANLEIDING VAN HET VERSLAG\n\nDe leden van de VVD-fractie vragen "
    doc = parse_bytes((text + "ik " * 40000 + "\n").encode(), "nota.txt")
    assert doc.kind == "nota"


def test_labels_on_the_answers_line_or_without_blank_lines() -> None:
    inline = (
        "De leden van de VVD-fractie vragen hoeveel kinderen wachten.\n\n"
        "Antwoord: Er wachten 8.000 kinderen.\n\n"
        "De leden van de SP-fractie vragen of dat kan.\n\n"
        "Antwoord van de minister: Dat kan.\n"
    )
    assert first_answers(inline) == [
        ("answered", "Er wachten 8.000 kinderen."), ("answered", "Dat kan.")]
    doc = parse_bytes(inline.encode(), "so.txt")
    labels = [(p.text, p.source[0].end) for p in doc.part("reactie").paragraphs() if p.is_header]
    assert labels == [("Antwoord:", 9), ("Antwoord van de minister:", 25)]
    glued = (
        "De leden van de VVD-fractie vragen hoeveel kinderen er op een\n"
        "wachtlijst staan.\nAntwoord\nEr wachten 8.000 kinderen.\n\n"
        "De leden van de SP-fractie vragen of dat kan.\nAntwoord\nDat kan.\n"
    )
    assert first_answers(glued) == [
        ("answered", "Er wachten 8.000 kinderen."), ("answered", "Dat kan.")]


# --- found in the second review -----------------------------------------------------------


def test_lijst_with_section_titles_pairs_by_place_not_by_section() -> None:
    text = (
        "LIJST VAN VRAGEN EN ANTWOORDEN\n\n1. Algemeen\n\n"
        "Hoeveel scholen doen mee aan de proef?\n\nAntwoord\n\nTwaalf scholen.\n\n"
        "Wanneer wordt de proef geëvalueerd?\n\nAntwoord\n\nIn het voorjaar.\n"
    )
    assert first_answers(text) == [("answered", "Twaalf scholen."),
                                   ("answered", "In het voorjaar.")]


def test_numbered_questions_with_unnumbered_answer_labels() -> None:
    text = (
        "LIJST VAN VRAGEN EN ANTWOORDEN\n\n"
        "Vraag 1 Hoeveel scholen doen mee aan de proef?\n\nAntwoord: Twaalf scholen.\n\n"
        "Vraag 2 Wanneer wordt de proef geëvalueerd?\n\nAntwoord: In het voorjaar.\n"
    )
    assert first_answers(text) == [("answered", "Twaalf scholen."),
                                   ("answered", "In het voorjaar.")]


def test_answer_headers_without_a_part_heading_begin_the_answers() -> None:
    text = (
        "Vragen en opmerkingen vanuit de fracties\n\n"
        "De leden van de VVD-fractie vragen hoeveel kinderen op een wachtlijst staan.\n\n"
        "De leden van de SP-fractie vragen of de minister de wachtlijsten wil halveren.\n\n"
        "Reactie van de minister van Volksgezondheid, Welzijn en Sport op de vragen van de "
        "VVD-fractie\n\nOp 1 januari stonden 8.000 kinderen op een wachtlijst.\n\n"
        "Reactie van de minister op de vragen van de SP-fractie\n\n"
        "De minister wil de wachtlijsten halveren.\n"
    )
    doc = parse_bytes(text.encode(), "so.txt")
    assert [p.faction for _, p in doc.answer_paragraphs()] == ["VVD", "SP"]
    assert first_answers(text) == [
        ("answered", "Op 1 januari stonden 8.000 kinderen op een wachtlijst."),
        ("answered", "De minister wil de wachtlijsten halveren."),
    ]


def test_a_nota_van_wijziging_is_no_part_of_answers() -> None:
    text = (
        "I. Vragen en opmerkingen vanuit de fracties\n\n"
        "De leden van de VVD-fractie vragen of de meldplicht ook voor gemeenten geldt.\n\n"
        "II. Reactie van de minister\n\nDe meldplicht geldt ook voor gemeenten.\n\n"
        "III. Nota van wijziging\n\nArtikel 1 wordt gewijzigd: de meldplicht geldt ook voor "
        "gemeenten.\n"
    )
    doc = parse_bytes(text.encode(), "so.txt")
    assert [p.kind for p in doc.parts] == ["inbreng", "reactie", "body"]
    assert first_answers(text) == [("answered", "De meldplicht geldt ook voor gemeenten.")]
    assert [p.text[:7] for _, p in doc.answer_paragraphs()] == ["De meld"]


def test_a_wrapped_line_that_reads_like_a_label_stays_in_its_paragraph() -> None:
    text = (
        "I. Vragen en opmerkingen vanuit de fracties\n\n"
        "De leden van de VVD-fractie vragen hoe de minister het advies beoordeelt.\n\n"
        "II. Reactie van de minister\n\nDe Raad van State heeft geadviseerd. De\n"
        "reactie van het kabinet op het advies van de Raad\nvan State is positief.\n"
    )
    doc = parse_bytes(text.encode(), "so.txt")
    assert [p.text for _, p in doc.answer_paragraphs()] == [
        "De Raad van State heeft geadviseerd. De reactie van het kabinet op het advies van de "
        "Raad van State is positief."
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De Minister van Onderwijs, Cultuur en Wetenschap, A.B. de Vries", True),
        ("De Minister-president, Minister van Algemene Zaken, M. Rutte", True),
        ("De Staatssecretaris van Financiën, drs. J. de Vries", True),
        # newer documents write the office in lower case
        ("De minister voor Klimaat en Groene Groei, J. de Vries", True),
        ("De staatssecretaris van Justitie en Veiligheid, T. Bakker", True),
        ("De minister heeft, na overleg, besloten van niet.", False),
        ("Het kabinet heeft, samen met de gemeenten, de wachtlijsten geteld.", False),
        ("De Minister heeft, na overleg, besloten van niet.", False),
    ],
)
def test_signatures(text: str, expected: bool) -> None:
    assert closing(text) is expected


def test_the_signature_under_a_part_of_answers_is_no_answer() -> None:
    text = (
        "I. Vragen en opmerkingen vanuit de fracties\n\n1 Wind\n\n"
        "De leden van de VVD-fractie vragen hoeveel windparken er in 2030 draaien.\n\n"
        "II. Reactie van de minister\n\n1 Wind\n\nOp de vragen van de VVD-fractie.\n"
        "In 2030 draaien er elf windparken op zee.\n\n"
        "De minister voor Klimaat en Groene Groei,\nJ. de Vries\n"
    )
    doc = parse_bytes(text.encode(), "so.txt")
    assert [p.text for _, p in doc.answer_paragraphs()] == [
        "In 2030 draaien er elf windparken op zee."
    ]
    # nor is it in the last section, or the last faction's
    signed = doc.parts[-1]
    assert [s.number for s in signed.sections] == [""]
    assert [p.factions for p in signed.paragraphs()] == [()]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("C MEMORIE VAN ANTWOORD", "nota"),  # the Eerste Kamer numbers its stukken by letter
        ("E NADERE MEMORIE VAN ANTWOORD", "nota"),
        ("Nr. 7 NOTA NAAR AANLEIDING VAN HET VERSLAG", "nota"),
        ("Nr. 9 LIJST VAN VRAGEN EN ANTWOORDEN", "lijst"),
        ("De memorie van antwoord komt voor de zomer.", None),
        ("CC MEMORIE", None),
        ("de nota naar aanleiding van het verslag", None),  # a wrapped line of a letter
        ("De memorie van antwoord", None),
    ],
)
def test_titles(title: str, kind) -> None:
    assert titled(["Eerste Kamer der Staten-Generaal", "", title]) == kind
