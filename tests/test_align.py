"""The aligner: question-answer pairs, statuses, cross-references and findings.

Checked against the hand answer key of the invented example (tests/fixtures/), against
small documents written here, and against the dev gold of the real corpus document with
`../shared/tools/evaluate.py` (skipped when ../shared is absent).
"""

from __future__ import annotations

import itertools
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner import align, answer_types, crossrefs, similarity
from aligner.crossrefs import kamerstuk
from aligner.order import ORDER_SKIP, monotonic
from parsers import parse, parse_bytes
from parsers.replies import restates
from reports.json import alignment_data

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLE = FIXTURES / "example-so.txt"
KEY = json.loads((FIXTURES / "example-so.expected.json").read_text(encoding="utf-8"))
SHARED = Path(__file__).resolve().parents[2] / "shared"
SO = SHARED / "corpus" / "002_fd62629c6358a78e.txt"


@pytest.fixture(scope="module")
def example() -> dict:
    return alignment_data(align(parse(EXAMPLE)))


def by_line(data: dict, key: str) -> dict[int, dict]:
    return {item["line"]: item for item in data[key]}


# --- the example document against its hand answer key -----------------------------------


def test_example_pairs_match_the_hand_key(example: dict) -> None:
    questions = by_line(example, "questions")
    answers = {a["id"]: a for a in example["answers"]}
    right = []
    for k in KEY["questions"]:
        q = questions[k["line"]]
        first = answers[q["answers"][0]["id"]]["line"] if q["answers"] else None
        wanted = {k.get("answer_line"), k.get("ref_target_line")} - {None}
        ok = q["status"] == k["status"] and (k["status"] == "unanswered" or first in wanted)
        right.append(ok)
    # 38 of 41 when this was written; a change that loses pairs fails here.
    assert sum(right) >= 38, f"{sum(right)} of {len(right)} questions as the key says"


def test_example_unanswered_questions_are_found(example: dict) -> None:
    questions = by_line(example, "questions")
    wanted = {k["line"] for k in KEY["questions"] if k["status"] == "unanswered"}
    found = {line for line, q in questions.items() if q["status"] == "unanswered"}
    assert len(found & wanted) >= 0.7 * len(wanted)
    assert len(found & wanted) >= 0.7 * len(found)


def test_every_answer_is_ranked_best_first_with_a_confidence(example: dict) -> None:
    for q in example["questions"]:
        scores = [a["score"] for a in q["answers"]]
        assert 0.0 <= q["confidence"] <= 1.0
        assert all(0.0 <= s <= 1.0 for s in scores)
        if q["status"] == "unanswered":
            assert not q["answers"]
        else:
            assert q["answers"], q["id"]


def test_one_paragraph_may_answer_several_questions(example: dict) -> None:
    assert any(len(a["question_ids"]) >= 2 for a in example["answers"])


def test_page_reference_resolves_to_the_answer_on_that_page(example: dict) -> None:
    answers = {a["id"]: a for a in example["answers"]}
    (wanted,) = KEY["page_references"]
    refs = [r for r in example["cross_references"] if r["kind"] == "page"]
    assert [r["line"] for r in refs] == [wanted["line"]]
    assert refs[0]["status"] == "resolved"
    assert answers[refs[0]["target_answer_id"]]["line"] == wanted["target_answer_line"]
    assert refs[0]["text"].endswith("op pagina 5")


def test_section_and_above_references_resolve(example: dict) -> None:
    answers = {a["id"]: a for a in example["answers"]}
    refs = by_line(example, "cross_references")
    for wanted in KEY["section_references"] + KEY["above_references"]:
        ref = refs[wanted["line"]]
        assert ref["status"] == "resolved"
        assert answers[ref["target_answer_id"]]["line"] == wanted["target_answer_line"]


def test_placeholder_is_a_finding_at_its_line(example: dict) -> None:
    (wanted,) = KEY["placeholders"]
    refs = [r for r in example["cross_references"] if r["status"] == "placeholder"]
    assert [r["line"] for r in refs] == [wanted["line"]]
    findings = [f for f in example["findings"] if f["kind"] == "placeholder"]
    assert [f["line"] for f in findings] == [wanted["line"]]


def test_external_reference_carries_its_kamerstuk(example: dict) -> None:
    (wanted,) = KEY["external_references"]
    refs = [r for r in example["cross_references"] if r["kind"] == "external"]
    assert [r["line"] for r in refs] == [wanted["line"]]
    assert refs[0]["target_document"] == f"Kamerstuk {wanted['kamerstuk']}"


def test_a_faction_never_answered_by_name_is_a_finding(example: dict) -> None:
    silent = [f["faction"] for f in example["findings"] if f["kind"] == "faction_unanswered"]
    assert silent == KEY["factions_never_answered"]


def test_by_reference_questions_point_through_to_the_target(example: dict) -> None:
    questions = by_line(example, "questions")
    answers = {a["id"]: a for a in example["answers"]}
    hits = 0
    for k in KEY["questions"]:
        q = questions[k["line"]]
        if k["status"] == "by_reference" and q["status"] == "by_reference":
            lines = [answers[a["id"]]["line"] for a in q["answers"][:2]]
            assert lines == [k["answer_line"], k["ref_target_line"]]
            hits += 1
    assert hits >= 1


def test_alignment_is_deterministic() -> None:
    first = json.dumps(alignment_data(align(parse(EXAMPLE))))
    second = json.dumps(alignment_data(align(parse(EXAMPLE))))
    assert first == second


COVERAGE_BYTES = """
import hashlib, random
from aligner import similarity
rng = random.Random(7)
words = [f"w{k}" for k in range(3000)]
questions = [rng.sample(words, 120) for _ in range(60)]
answers = [frozenset(rng.sample(words, 900)) for _ in range(200)]
vocab = similarity.Vocabulary([sorted(a) for a in answers])
print(hashlib.sha256(similarity.coverage(questions, answers, vocab).tobytes()).hexdigest())
"""


def test_scores_are_the_same_in_every_process() -> None:
    # Sets iterate in an order set by the process's hash seed, and BLAS splits a matrix
    # product over its threads; neither may change a score. The matrix is large enough for
    # a threaded BLAS product to differ in its last bits.
    runs = {
        subprocess.run(
            [sys.executable, "-c", COVERAGE_BYTES],
            capture_output=True,
            check=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed, "OPENBLAS_NUM_THREADS": threads},
        ).stdout
        for seed, threads in (("1", "1"), ("2", "2"), ("3", "4"))
    }
    assert len(runs) == 1


# --- small documents written here ---------------------------------------------------------

TWO_BLOCKS = """\
I. Vragen en opmerkingen vanuit de fracties

1 Fietsbeleid

De leden van de VVD-fractie vragen hoeveel fietsenstallingen bij stations worden gebouwd.
Zij vragen ook wanneer de nieuwe snelfietsroute tussen Zwolle en Deventer open gaat.

De leden van de SP-fractie vragen of het kabinet de fietsbelasting voor bezorgers afschaft.
Deze leden willen weten welke gemeenten een proef met deelfietsen voor ouderen houden.

II. Reactie van de Minister

1 Fietsbeleid

Op de vragen van de VVD-fractie.
Bij stations worden tot 2030 ruim 40.000 nieuwe fietsenstallingen gebouwd.

De snelfietsroute tussen Zwolle en Deventer gaat in het voorjaar van 2027 open.

Op de vragen van de SP-fractie.
Een fietsbelasting voor bezorgers bestaat niet, dus er valt niets af te schaffen.
"""


def test_each_question_gets_its_own_paragraph_in_order() -> None:
    data = alignment_data(align(parse_bytes(TWO_BLOCKS.encode(), "fiets.txt")))
    answers = {a["id"]: a for a in data["answers"]}
    got = {}
    for q in data["questions"]:
        first = answers[q["answers"][0]["id"]]["line"] if q["answers"] else None
        got[q["text"][:30]] = (q["status"], first)
    assert got == {
        "De leden van de VVD-fractie vr": ("answered", 16),
        "Zij vragen ook wanneer de nieu": ("answered", 18),
        "De leden van de SP-fractie vra": ("answered", 21),
        "Deze leden willen weten welke ": ("unanswered", None),
    }
    kinds = [f["kind"] for f in data["findings"]]
    assert kinds == ["unanswered"]


PER_FACTION = """\
I. Vragen en opmerkingen vanuit de fracties

1. Algemeen

De leden van de VVD-fractie vragen hoeveel sluizen dit jaar worden vernieuwd.

2. Vaarwegen

De leden van de CDA-fractie vragen of de vaargeul naar Harlingen wordt uitgediept.

3. Kosten

De leden van de VVD-fractie vragen wat de nieuwe sluis bij Eefde kost.

De leden van de CDA-fractie willen weten wie het baggerwerk in de Eems betaalt.

II. Reactie van de minister

Reactie op de vragen van de leden van de VVD-fractie

1. Algemeen

Dit jaar worden zeven sluizen vernieuwd, waaronder die bij Eefde.

3. Kosten

De nieuwe sluis kost 84 miljoen euro, btw inbegrepen.

Reactie op de vragen van de leden van de CDA-fractie

2. Vaarwegen

De vaargeul naar Harlingen gaat in 2027 naar een diepte van 4,5 meter.

3. Kosten

Het baggerwerk betalen het Rijk en de haven van Delfzijl samen.
"""


def test_a_reactie_per_faction_goes_through_the_sections_for_each_faction() -> None:
    # Each faction's block (headers on lines 19 and 29) runs through the sections again,
    # skipping those it has no answers in: "3. Kosten" after "1. Algemeen", "2. Vaarwegen"
    # after "3. Kosten". Its answers are that faction's, in that section. Lines read off
    # the text above.
    document = parse_bytes(PER_FACTION.encode(), "vaarwegen.txt")
    got = [(p.span.line, s.number, p.factions) for s, p in document.answer_paragraphs()]
    assert got == [(23, "1", ("VVD",)), (27, "3", ("VVD",)), (33, "2", ("CDA",)),
                   (37, "3", ("CDA",))]  # fmt: skip
    data = alignment_data(align(document))
    lines = {a["id"]: a["line"] for a in data["answers"]}
    pairs = [(q["line"], lines[q["answers"][0]["id"]]) for q in data["questions"]]
    assert pairs == [(5, 23), (9, 33), (13, 27), (15, 37)]
    assert data["findings"] == []


COMPOUND = """\
I. Vragen en opmerkingen vanuit de fracties

1 Jeugd

De leden van de SP-fractie lezen dat jongeren soms elf dagen in een politiecel
wachten. Deze leden vernemen graag hoe de staatssecretaris dit beoordeelt in het
licht van het verdrag over de rechten van het kind.

II. Reactie van de staatssecretaris

1 Jeugd

Op de vragen van de SP-fractie.
Ik deel de zorg. Het Kinderrechtenverdrag vraagt dat vrijheidsbeneming van
minderjarigen zo kort mogelijk duurt en in een passende omgeving plaatsvindt.
"""


def test_an_answer_meets_the_question_inside_its_compounds() -> None:
    # The question's "verdrag" and "rechten" (line 6) stand inside the answer's
    # "Kinderrechtenverdrag" (line 14), its only words on the topic: it answers.
    data = alignment_data(align(parse_bytes(COMPOUND.encode(), "jeugd.txt")))
    lines = {a["id"]: a["line"] for a in data["answers"]}
    (q,) = data["questions"]
    assert (q["line"], q["status"], lines[q["answers"][0]["id"]]) == (6, "answered", 14)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Het Kinderrechtenverdrag geldt.", {"verdrag", "rechten"}),
        # a compound the questions use whole is met whole, not in parts
        ("De rechtenverdragen gelden.", set()),
        ("Het verdrag geldt.", set()),  # no compound: the word itself meets the question
    ],
)
def test_parts_of_compounds_that_the_questions_name(text: str, parts: set[str]) -> None:
    asked = {"verdrag", "rechten", "rechtenverdragen", "kinderen"}
    assert similarity.parts(text, asked) == parts


AGENDA_PER_FACTION = """\
Inhoud blz.

I Vragen en opmerkingen vanuit de fracties 1
II Reactie van de minister 2

I Vragen en opmerkingen vanuit de fracties

1. Vragen en opmerkingen van de leden van de VVD-fractie

Uitbreiding

De leden van de VVD-fractie vragen wanneer de onderhandelingen met Moldavië beginnen.

Rechtsstaat

De leden van de VVD-fractie vragen of Hongarije nog Europees geld ontvangt.

II Reactie van de minister

1. Reactie op de vragen van de leden van de VVD-fractie

Uitbreiding

De onderhandelingen met Moldavië beginnen naar verwachting in het voorjaar.

Rechtsstaat

Hongarije ontvangt een deel van het geld pas na hervormingen.
"""


def test_agenda_items_under_a_factions_numbered_section_are_titles() -> None:
    # Each faction's numbered section goes through the agenda ("Uitbreiding", lines 10
    # and 22; "Rechtsstaat", 14 and 26): titles, not answers nor questions. The reactie's
    # section heading (line 20) names the faction it answers. The contents (lines 3-4)
    # are no parts. Lines read off the text above.
    document = parse_bytes(AGENDA_PER_FACTION.encode(), "raad.txt")
    titles = [(p.span.line, p.is_header) for p in document.paragraphs() if len(p.text) < 15]
    assert titles == [(1, False), (10, True), (14, True), (22, True), (26, True)]
    data = alignment_data(align(document))
    lines = {a["id"]: a["line"] for a in data["answers"]}
    assert [(q["line"], lines[q["answers"][0]["id"]]) for q in data["questions"]] == [
        (12, 24), (16, 28)
    ]
    assert {a["line"]: a["faction"] for a in data["answers"]} == {24: "VVD", 28: "VVD"}
    assert data["findings"] == []


FIRST_PERSON = """\
I. Vragen en opmerkingen vanuit de fracties

1 Warmte

De leden van de VVD-fractie vragen of de minister bereid is gemeenten meer ruimte
te geven bij de aardgasvrije eis voor nieuwbouw.

De leden van de SP-fractie vragen welke maatregelen de minister neemt tegen te hoge
warmtetarieven.

II. Reactie van de Minister

1 Warmte

De leden van de VVD-fractie vragen of ik bereid ben gemeenten meer ruimte te geven
bij de aardgasvrije eis voor nieuwbouw.

Gemeenten houden die ruimte niet: bij nieuwbouw blijft de eis gelden, omdat een
gasaansluiting achteraf duurder is.

Deze leden vragen welke maatregelen ik neem tegen te hoge warmtetarieven.

De Autoriteit Consument en Markt stelt vanaf volgend jaar een maximumtarief vast
dat is gebaseerd op de werkelijke kosten van het warmtebedrijf.

De leden van de PVV-fractie verwijs ik naar mijn antwoord hierboven.
"""


def test_a_question_restated_in_the_ministers_own_words_is_no_answer() -> None:
    # The reactie repeats each question with "ik" for the minister (lines 15 and 21) and
    # answers it in the paragraph after (18 and 23): the repeat is not the answer. A
    # sentence where the minister speaks to a faction (line 26) is no repeat.
    data = alignment_data(align(parse_bytes(FIRST_PERSON.encode(), "warmte.txt")))
    lines = {a["id"]: a["line"] for a in data["answers"]}
    got = [(q["line"], q["status"], lines[q["answers"][0]["id"]]) for q in data["questions"]]
    assert got == [(5, "answered", 18), (8, "answered", 23)]


@pytest.mark.parametrize(
    ("sentence", "repeat"),
    [
        ("De leden van de VVD-fractie vragen welke maatregelen ik neem.", True),
        ("Tot slot willen de leden van de VVD-fractie weten of ik bereid ben dat te doen.", True),
        ("Zij vragen of ik de kosten kan toelichten.", True),
        ("De leden van de CDA-fractie vragen naar de kosten.", True),
        ("De leden van de SP-fractie verwijs ik naar het antwoord op vraag 2.", False),
        ("Ik deel de zorg van de leden van de SP-fractie.", False),
        ("Wat betreft de vraag van de leden van de VVD-fractie of gemeenten meer ruimte "
         "krijgen, kan ik melden dat dit zo is.", False),
        ("De leden van de D66-fractie vragen of ik de motie uitvoer; ik heb dat toegezegd.",
         False),
    ],
)
def test_which_sentences_of_a_reactie_repeat_a_question(sentence: str, repeat: bool) -> None:
    assert restates(sentence) is repeat


def pointer_under_a_repeat(pointer: str) -> str:
    """FIRST_PERSON with SP's question repeated by name (line 21) and a PVV question repeated
    at line 26, answered by `pointer` at line 28."""
    return FIRST_PERSON.replace(
        "Deze leden vragen welke maatregelen", "De leden van de SP-fractie vragen welke maatregelen"
    ).replace(
        "De leden van de PVV-fractie verwijs ik naar mijn antwoord hierboven.\n",
        "De leden van de PVV-fractie vragen of de tarieven volgend jaar omlaag gaan.\n\n"
        + pointer,
    )


@pytest.mark.parametrize(
    ("pointer", "kind"),
    [
        ("Voor het antwoord op deze vraag verwijs ik naar mijn antwoord op de vragen van de\n"
         "SP-fractie.\n", "faction_answer"),
        ("Zie hierboven.\n", "above"),
    ],
)
def test_a_pointer_leads_past_a_repeated_question_to_its_answer(pointer: str, kind: str) -> None:
    # The pointer (line 28) names no topic of its own; the PVV question repeated above it
    # (line 26, the tarieven next year) does, and is no place it points to. It leads to the
    # SP answer: not to the repeat at line 21 but to the answer under it (line 23), which
    # holds "volgend jaar". Read off the text above.
    data = alignment_data(align(parse_bytes(pointer_under_a_repeat(pointer).encode(), "w.txt")))
    lines = {a["id"]: a["line"] for a in data["answers"]}
    (ref,) = data["cross_references"]
    assert (ref["line"], ref["kind"], lines[ref["target_answer_id"]]) == (28, kind, 23)


ZO_JA_ZO_NEE = """\
I. Vragen en opmerkingen vanuit de fracties

1 Visserij

De leden van de VVD-fractie vragen of er een apart fonds komt voor de vissers die
door de windparken op zee hun visgronden verliezen. Zo ja, welke bedragen per kotter
worden dan uitgekeerd? Zo nee,
wat weerhoudt de minister daarvan? Deze leden vragen ook hoeveel kotters dit jaar zijn
gesloopt met steun uit de saneringsregeling.

II. Reactie van de Minister

1 Visserij

Op de vragen van de VVD-fractie.
Een apart fonds voor vissers die visgronden verliezen door windparken op zee komt er
niet: de bestaande regeling voor nadeelcompensatie dekt dat verlies al.

Met steun uit de saneringsregeling zijn dit jaar 23 kotters gesloopt.
"""


def test_a_chain_of_follow_ups_borrows_the_topic_of_the_question_it_follows() -> None:
    # "Zo ja, welke bedragen per kotter ...?" and "Zo nee, wat weerhoudt de minister
    # daarvan?" (lines 6 and 7) branch off the question about the fund (line 5), answered
    # at line 16; the second is not about kotters, which line 8 asks about (answered at
    # line 19). Read off the text above.
    data = alignment_data(align(parse_bytes(ZO_JA_ZO_NEE.encode(), "visserij.txt")))
    lines = {a["id"]: a["line"] for a in data["answers"]}
    got = [(q["line"], q["status"], lines[q["answers"][0]["id"]]) for q in data["questions"]]
    assert got == [(5, "answered", 16), (6, "answered", 16), (7, "answered", 16),
                   (8, "answered", 19)]


def test_the_reactie_s_opening_remark_answers_nothing_and_is_no_orphan() -> None:
    # Before its first section the reactie thanks the factions and names their topics
    # (lines 13-14 once inserted), deelfietsen for ouderen among them: no answer to SP's
    # second question (line 9), and no paragraph that wrongly answers nothing.
    opening = (
        "Graag dank ik de leden van de fracties voor hun vragen over het fietsbeleid en over\n"
        "deelfietsen voor ouderen. Hieronder beantwoord ik de vragen per fractie.\n\n"
    )
    text = TWO_BLOCKS.replace("II. Reactie van de Minister\n\n", "II. Reactie van de Minister\n\n"
                              + opening)
    data = alignment_data(align(parse_bytes(text.encode(), "fiets.txt")))
    answers = {a["id"]: a["line"] for a in data["answers"]}
    assert 13 in answers.values()  # the remark is still in the model, as a reactie paragraph
    got = [(q["line"], q["status"], answers[q["answers"][0]["id"]] if q["answers"] else None)
           for q in data["questions"]]
    assert got == [(5, "answered", 19), (6, "answered", 21), (8, "answered", 24),
                   (9, "unanswered", None)]
    assert [(f["kind"], f["line"]) for f in data["findings"]] == [("unanswered", 9)]


ONE_REPEAT_TWO_ANSWERS = """\
I. Vragen en opmerkingen vanuit de fracties

1 Warmte

De leden van de CDA-fractie vragen hoe lokale energiecoöperaties worden betrokken
bij de wijkplannen. Zij vragen ook of de minister bereid is voor dorpen in het
buitengebied een aparte regeling op te zetten.

II. Reactie van de Minister

1 Warmte

De leden van de CDA-fractie vragen hoe lokale energiecoöperaties worden betrokken
bij de wijkplannen en of ik bereid ben voor dorpen in het buitengebied een aparte
regeling op te zetten.

Energiecoöperaties zijn voor veel gemeenten een vaste partner: zij kennen de buurt
en schuiven vanaf het begin aan bij de wijkplannen.

Voor dorpen in het buitengebied ligt een warmtenet vaak niet voor de hand. Daarom
komt er een apart onderdeel voor kernen met minder dan 3.000 inwoners.
"""


def test_a_repeat_of_two_questions_heads_both_paragraphs_of_its_answer() -> None:
    # The reactie repeats both CDA questions in one paragraph (line 13), then answers the
    # first at line 17 and the second, about the dorpen, at line 20: both paragraphs stand
    # under the repeat, so the repeat's words do not all go to the first. Read off the text.
    data = alignment_data(align(parse_bytes(ONE_REPEAT_TWO_ANSWERS.encode(), "warmte.txt")))
    lines = {a["id"]: a["line"] for a in data["answers"]}
    got = [(q["line"], q["status"], lines[q["answers"][0]["id"]]) for q in data["questions"]]
    assert got == [(5, "answered", 17), (6, "answered", 20)]


FACTION_IN_SECTION = """\
I. Vragen en opmerkingen vanuit de fracties

1 Fietsen

De leden van de VVD-fractie vragen hoeveel fietsenstallingen er bij stations komen.

De leden van de SP-fractie vragen wanneer de nieuwe treinen in dienst komen.

2 Treinen

De leden van de VVD-fractie vragen wanneer de nieuwe treinen gaan rijden.

II. Reactie van de Minister

1 Fietsen

Op de vragen van de VVD-fractie.
Bij stations komen tot 2030 ruim 40.000 fietsenstallingen bij.

Op de vragen van de SP-fractie.
Zie het antwoord op de vragen van de VVD-fractie in paragraaf 2.

2 Treinen

Op de vragen van de VVD-fractie.
De nieuwe treinen rijden vanaf december 2027.
"""


def test_a_pointer_to_a_factions_answer_in_a_named_section_goes_there() -> None:
    # "Zie het antwoord op de vragen van de VVD-fractie in paragraaf 2." (line 21, in
    # section 1) means VVD's answer in section 2 (line 26), not the one in its own section
    # (line 18). Both readings of the sentence lead there. Read off the text above.
    data = alignment_data(align(parse_bytes(FACTION_IN_SECTION.encode(), "trein.txt")))
    lines = {a["id"]: a["line"] for a in data["answers"]}
    got = [(r["kind"], r["line"], lines[r["target_answer_id"]]) for r in data["cross_references"]]
    assert got == [("faction_answer", 21, 26), ("pillar", 21, 26)]


def test_a_pointer_takes_its_topic_from_the_question_repeated_before_it() -> None:
    # The PVV question is repeated in the pointer's own paragraph (line 26): "Zie
    # hierboven." then means the answer about room for gemeenten at nieuwbouw (line 18),
    # not the nearest answer above (line 23). Read off the text.
    text = pointer_under_a_repeat("").replace(
        "De leden van de PVV-fractie vragen of de tarieven volgend jaar omlaag gaan.\n\n",
        "De leden van de PVV-fractie vragen of gemeenten bij nieuwbouw meer ruimte krijgen.\n"
        "Zie hierboven.\n",
    )
    data = alignment_data(align(parse_bytes(text.encode(), "w.txt")))
    lines = {a["id"]: a["line"] for a in data["answers"]}
    (ref,) = data["cross_references"]
    assert (ref["line"], ref["kind"], lines[ref["target_answer_id"]]) == (27, "above", 18)


def test_a_document_without_reactie_leaves_every_question_unanswered() -> None:
    inbreng_only = TWO_BLOCKS.split("II. Reactie")[0]
    data = alignment_data(align(parse_bytes(inbreng_only.encode(), "half.txt")))
    assert len(data["questions"]) == 4
    assert {q["status"] for q in data["questions"]} == {"unanswered"}


def test_a_letter_has_nothing_to_align() -> None:
    data = alignment_data(align(parse(FIXTURES / "letter.txt")))
    assert data["questions"] == [] and data["cross_references"] == []


SHARED_BLOCK = """\
I. Vragen en opmerkingen vanuit de fracties

1 Stikstof

De leden van de VVD-fractie lezen dat het kabinet de stikstofnormen wil laten
onderzoeken. Zij vragen waarom dat onderzoek nodig is.
Zij vragen ook door wie het onderzoek wordt uitgevoerd.

De leden van de SP-fractie vragen wanneer het onderzoek klaar is.
Deze leden vragen hoeveel boeren de regeling voor bufferstroken gebruiken.

II. Reactie van de Minister

1 Stikstof

De leden van verschillende fracties hebben gevraagd naar het onderzoek naar de
stikstofnormen. De aanleiding is dat de normen zijn vastgesteld voor een ander
landschap en andere meetmethoden, en dat metingen in het veld steeds vaker
afwijken van de berekeningen.

Ten aanzien van de opzet van het onderzoek kan worden gemeld dat aan drie
onderzoeksbureaus is gevraagd een offerte in te dienen. De keuze valt voor de
zomer en de resultaten komen in het najaar.

Op de vragen van de SP-fractie.
Ruim 3.000 boeren gebruiken de regeling voor bufferstroken.
"""


@pytest.mark.parametrize(
    "opening",
    [
        "De leden van verschillende fracties hebben gevraagd naar",
        "Verschillende fracties hebben vragen gesteld over",
        "Door meerdere fracties is gevraagd naar",
    ],
)
def test_a_block_to_all_factions_answers_each_in_its_paragraphs(opening: str) -> None:
    # Both shared paragraphs are about the study; the second gives a moment and an actor,
    # which "wanneer" and "door wie" ask for, and the block's opening restates the topic
    # for both.
    text = SHARED_BLOCK.replace("De leden van verschillende fracties hebben gevraagd naar", opening)
    data = alignment_data(align(parse_bytes(text.encode(), "stikstof.txt")))
    answers = {a["id"]: a for a in data["answers"]}
    got = {q["text"][:24]: answers[q["answers"][0]["id"]]["line"] for q in data["questions"]}
    assert got == {
        "Zij vragen waarom dat on": 16,
        "Zij vragen ook door wie ": 21,
        "De leden van de SP-fract": 21,
        "Deze leden vragen hoevee": 26,
    }


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Zij vragen wanneer de beleidsnota naar de Kamer komt.", {"when"}),
        ("Wanneer en welke onafhankelijke instelling voert het onderzoek uit?", {"when", "who"}),
        ("Wat is de tijdsplanning van dit onderzoek?", {"when"}),
        ("Door wie wordt het onderzoek uitgevoerd?", {"who"}),
        ("Wie voert het onderzoek uit?", {"who"}),
        ("Zo ja, wanneer?", {"when"}),
        ("De leden vragen zich af wanneer de nota komt.", {"when"}),
        # "wanneer" as "als": a condition, not a question about a moment
        ("Wat kost de schade wanneer een zone wordt uitgebreid?", set()),
        ("Wanneer dat zo is, waarom gebeurt het dan niet?", set()),
        ("Wat zijn de gevolgen op lange termijn?", set()),
        ("Hoe wordt de levering bewaakt wanneer een buurland droog valt?", set()),
        ("Volgt intrekking of, wanneer dit niet kan, een boete?", set()),
    ],
)
def test_the_kind_of_answer_a_question_asks_for(question: str, kinds: set[str]) -> None:
    assert answer_types.asked(question) == kinds


@pytest.mark.parametrize(
    ("answer", "kinds"),
    [
        ("Het streven is dat de keuze voor de zomer valt.", {"when"}),
        ("De resultaten volgen eind 2027.", {"when"}),
        ("Aan drie onderzoekspartijen is een offerte gevraagd.", {"who"}),
        ("Het onderzoek wordt uitgevoerd door de Universiteit Utrecht.", {"who"}),
        ("Dit staat in de brief van 11 juni jl.", {"when"}),
        # a year or month alone is mostly the past: "het verdrag van 1951"
        ("Het verdrag richtte zich op gebeurtenissen van voor 1951.", set()),
        ("In maart werd het besluit genomen.", set()),
        # any party to an agreement is no actor that does the work
        ("De betrokken partijen en verdragspartijen zijn het eens.", set()),
        ("De instelling van de commissie volgt.", set()),
    ],
)
def test_the_kinds_of_answer_a_paragraph_gives(answer: str, kinds: set[str]) -> None:
    assert answer_types.given(answer) == kinds


# --- the in-order alignment --------------------------------------------------------------


def test_monotonic_keeps_order_and_skips_weak_rows() -> None:
    scores = np.array(
        [
            [0.9, 0.1, 0.1],
            [0.1, 0.05, 0.02],  # fits nowhere: skipped
            [0.2, 0.8, 0.1],
            [0.1, 0.2, 0.7],
        ]
    )
    assert monotonic(scores) == [0, None, 1, 2]


def test_monotonic_never_goes_back() -> None:
    scores = np.array([[0.1, 0.9], [0.95, 0.5]])
    out = monotonic(scores)
    picked = [j for j in out if j is not None]
    assert picked == sorted(picked)
    assert out == [1, 1]  # 0.9 + 0.5 beats 0.95 alone or the out-of-order pair


def test_monotonic_prefers_using_another_paragraph_when_close() -> None:
    # both rows like column 1 slightly better, but a reactie seldom leaves column 0 unused
    scores = np.array([[0.55, 0.6], [0.3, 0.7]])
    assert monotonic(scores) == [0, 1]


def test_monotonic_lanes_keep_their_own_order() -> None:
    # columns 0-1: a faction's own block; 2-3: the block shared by all factions. The
    # questions take turns between them, in order within each, which one lane cannot follow.
    scores = np.array(
        [
            [0.1, 0.1, 0.9, 0.1],
            [0.9, 0.1, 0.1, 0.1],
            [0.1, 0.1, 0.1, 0.9],
            [0.1, 0.9, 0.1, 0.1],
        ]
    )
    assert monotonic(scores, [([0, 1], 0.25), ([2, 3], 0.0)]) == [2, 0, 3, 1]
    assert monotonic(scores) != [2, 0, 3, 1]


def test_monotonic_lanes_never_go_back() -> None:
    # the last row likes column 0 best, but its lane has moved on to column 1 already
    scores = np.array([[0.9, 0.1, 0.1], [0.1, 0.9, 0.1], [0.6, 0.4, 0.05]])
    assert monotonic(scores, [([0, 1], 0.25), ([2], 0.0)]) == [0, 1, 1]


def test_monotonic_without_rows_or_columns() -> None:
    assert monotonic(np.zeros((0, 3))) == []
    assert monotonic(np.zeros((2, 0))) == [None, None]


def _total(scores, lanes, picks) -> float:
    """What an assignment is worth, by the rules monotonic states."""
    lane_of = {col: (lane, k) for lane, (cols, _) in enumerate(lanes) for k, col in enumerate(cols)}
    last = [-1] * len(lanes)
    total = 0.0
    for row, col in zip(scores, picks, strict=True):
        if col is None:
            total += ORDER_SKIP
            continue
        lane, k = lane_of[col]
        assert k >= last[lane], "went back inside a lane"
        total += row[col] + (lanes[lane][1] if k != last[lane] else 0.0)
        last[lane] = k
    return total


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 4).flatmap(
        lambda rows: st.tuples(
            st.lists(st.lists(st.floats(0, 1), min_size=5, max_size=5), min_size=rows,
                     max_size=rows),
            st.integers(0, 4),
        )
    )
)
def test_monotonic_finds_the_best_assignment(case) -> None:
    """Against every assignment of up to 4 rows to two lanes of 5 columns in all."""
    rows, split = case
    scores = np.array(rows)
    lanes = [(list(range(split)), 0.25), (list(range(split, 5)), 0.0)]
    lanes = [lane for lane in lanes if lane[0]]
    options = [None, *range(5)]
    best = -np.inf
    for picks in itertools.product(options, repeat=len(rows)):
        try:
            best = max(best, _total(scores, lanes, picks))
        except AssertionError:
            continue
    assert _total(scores, lanes, monotonic(scores, lanes)) == pytest.approx(best)


def test_a_short_answer_that_says_zie_only_points() -> None:
    """"Zie het antwoord op de vragen van de VVD-fractie." answers by reference, through to
    the paragraph it names."""
    text = TWO_BLOCKS.replace(
        "Een fietsbelasting voor bezorgers bestaat niet, dus er valt niets af te schaffen.",
        "Zie het antwoord op de vragen van de VVD-fractie.",
    ).replace(
        "vragen of het kabinet de fietsbelasting voor bezorgers afschaft.",
        "vragen ook hoeveel fietsenstallingen bij stations worden gebouwd.",
    )
    data = alignment_data(align(parse_bytes(text.encode(), "zie.txt")))
    answers = {a["id"]: a["line"] for a in data["answers"]}
    sp = next(q for q in data["questions"] if q["faction"] == "SP")
    assert sp["status"] == "by_reference"
    assert [answers[a["id"]] for a in sp["answers"][:2]] == [21, 16]


# --- finding cross-references ------------------------------------------------------------


def refs_in(sentence: str) -> list[tuple[str, str]]:
    """The cross-references the aligner finds in `sentence` standing in a reactie."""
    text = TWO_BLOCKS.replace(
        "Een fietsbelasting voor bezorgers", sentence + "\nEen fietsbelasting voor bezorgers"
    )
    alignment = align(parse_bytes(text.encode(), "refs.txt"))
    return [(r.kind, r.text) for r in alignment.cross_references]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hiervoor wordt verwezen naar het eerder gegeven antwoord op pagina 12.",
            [("page", "wordt verwezen naar het eerder gegeven antwoord op pagina 12")],
        ),
        (
            "Zie het antwoord op pagina [nr.] over de dijken.",
            [("page_placeholder", "Zie het antwoord op pagina [nr.]")],
        ),
        ("Over de dijken: zie pagina 10.", [("page", "zie pagina 10")]),
        ("Daarover heb ik hiervoor al geschreven.", [("above", "hiervoor al geschreven")]),
        ("Hiervoor is geld beschikbaar.", []),  # "hiervoor": for this, no pointer
        # how the reactie is ordered is no pointer; what is answered further on is one
        ("Hieronder ga ik per fractie op de vragen in.", []),
        # an Eerste Kamer memorie van antwoord is "this" document too
        ("Hiervoor verwijst de regering naar paragraaf 3 van deze memorie.",
         [("pillar", "verwijst de regering naar paragraaf 3")]),
        ("Dat is, zoals hiervoor bij de vragen van de D66-fractie is aangegeven, niet nodig.",
         [("above", "zoals hiervoor bij de vragen van de D66-fractie is aangegeven")]),
        ("De vragen over de kosten worden hieronder beantwoord.",
         [("below", "hieronder")]),
        ("Dit staat ook onder pijler 4 beschreven.", [("pillar", "onder pijler 4")]),
        ("Zoals hierboven beschreven, is de regeling verlengd.",
         [("above", "Zoals hierboven beschreven")]),
        ("De kosten worden hieronder toegelicht.", [("below", "hieronder toegelicht")]),
        (
            "Voor de rest wordt verwezen naar het antwoord op de vragen van de D66-fractie.",
            [("faction_answer",
              "wordt verwezen naar het antwoord op de vragen van de D66-fractie")],
        ),
        (
            "De inzet is neergelegd in het BNC-fiche van 2 maart 2021.",
            [("external", "neergelegd in het BNC-fiche van 2 maart 2021")],
        ),
        (
            "Onder verwijzing naar bovengenoemde brief van 4 mei jl. volgt een overzicht.",
            [("external", "verwijzing naar bovengenoemde brief van 4 mei jl.")],
        ),
        ("De regering heeft hierover veel gesproken met gemeenten.", []),
        # the forms below were missed before
        ("Zie ook mijn antwoord op de vragen 4 en 5.",
         [("question", "Zie ook mijn antwoord op de vragen 4 en 5")]),
        ("Zie het antwoord op vragen 7 tot en met 9.",
         [("question", "Zie het antwoord op vragen 7 tot en met 9")]),
        ("De leden stelden vragen 3 keer per jaar.", []),
        ("Zie het antwoord onder 2.1 over de kosten.", [("pillar", "Zie het antwoord onder 2.1")]),
        ("Het tarief daalt onder 2.5 procent.", []),
        ("Zie paragraaf 3.2 voor de kosten.", [("pillar", "Zie paragraaf 3.2")]),
        (
            "Hiervoor verwijs ik naar de beantwoording van de vragen van de CDA-fractie.",
            [("faction_answer",
              "verwijs ik naar de beantwoording van de vragen van de CDA-fractie")],
        ),
        (
            "Zie het antwoord op een soortgelijke vraag van de leden van de SP-fractie.",
            [("faction_answer",
              "Zie het antwoord op een soortgelijke vraag van de leden van de SP-fractie")],
        ),
        ("Zoals eerder in deze nota aangegeven, loopt de proef door.",
         [("above", "eerder in deze nota")]),
        ("Zoals hiervoor aangegeven, loopt de proef door.",
         [("above", "Zoals hiervoor aangegeven")]),
        ("Hiervoor is geen geld.", []),
        ("De kosten komen verderop in deze nota aan bod.", [("below", "verderop in deze nota")]),
        ("Ik verwijs naar mijn antwoord op de vorige vraag.",
         [("above", "verwijs naar mijn antwoord op de vorige vraag")]),
        (
            "In mijn brief van 4 mei 2023 (Kamerstuk 12 345, nr. 67) staat het schema.",
            [("external", "In mijn brief van 4 mei 2023 (Kamerstuk 12 345, nr. 67)")],
        ),
        (
            "Dat is eerder gemeld (Kamerstukken II 2022/23, 12 345, nr. 68).",
            [("external", "Kamerstukken II 2022/23, 12 345, nr. 68")],
        ),
        (
            "Daar is over gesproken (Handelingen II 2022/23, nr. 9, item 4).",
            [("external", "Handelingen II 2022/23, nr. 9, item 4")],
        ),
        ("Zie hiervoor het advies van de Fietsraad.",
         [("external", "Zie hiervoor het advies van de Fietsraad")]),
        ("Zie de tabel hieronder.", [("below", "hieronder")]),
        # another document's question is no question of this one
        (
            "Zie het antwoord op vraag 3 van de Kamervragen van het lid Smit (Aanhangsel "
            "Handelingen II 2022/23, nr. 812).",
            [("external", "het antwoord op vraag 3 van de Kamervragen van het lid Smit "
              "(Aanhangsel Handelingen II 2022/23, nr. 812)")],
        ),
        ("Zoals in het antwoord op vraag 7 van het lid Smit staat, komt er geen tol.",
         [("external", "het antwoord op vraag 7 van het lid Smit staat")]),
        ("Zie het antwoord op vraag 2 in het verslag van 3 mei.",
         [("external", "het antwoord op vraag 2 in het verslag van 3 mei")]),
        ("Zie het antwoord op vraag 3 van de leden van de SP-fractie.",
         [("question", "Zie het antwoord op vraag 3")]),
        ("Zie het antwoord op de vragen van de PVV- en SP-fractie.",
         [("faction_answer", "Zie het antwoord op de vragen van de PVV- en SP-fractie")]),
        # the faction named makes it that faction's answer, not any earlier one
        ("Hiervoor verwijs ik naar het eerder gegeven antwoord op de vragen van de VVD-fractie.",
         [("faction_answer",
           "verwijs ik naar het eerder gegeven antwoord op de vragen van de VVD-fractie")]),
        ("Voor het antwoord verwijst de regering naar paragraaf 2.2.",
         [("pillar", "verwijst de regering naar paragraaf 2.2")]),
        # "van deze nota": this document's own section
        ("Daarvoor verwijs ik naar paragraaf 3.2 van deze nota.",
         [("pillar", "verwijs ik naar paragraaf 3.2")]),
        ("Het fonds groeit, zoals in paragraaf 4 van deze nota wordt toegelicht.",
         [("pillar", "in paragraaf 4")]),
        # another document's chapter is no section of this one: it points to that document
        ("Zie hoofdstuk 3 van het rapport van de Raad van State.",
         [("external", "hoofdstuk 3 van het rapport")]),
        ("Zie hoofdstuk 3 van deze wet.", []),
        ("Dit staat in paragraaf 4 van de memorie van toelichting.",
         [("external", "paragraaf 4 van de memorie van toelichting")]),
        ("Zie paragraaf 2.2 van het rapport van de Raad.",
         [("external", "paragraaf 2.2 van het rapport")]),
        # a pointer whose page was never filled in is one placeholder, what it names and all
        ("Ik verwijs naar mijn antwoord op de vragen van de CDA-fractie op pagina [..].",
         [("page_placeholder",
           "verwijs naar mijn antwoord op de vragen van de CDA-fractie op pagina [..]")]),
        ("Daarop ga ik in bij de beantwoording van de vragen van de SP-fractie, op pagina [PM].",
         [("page_placeholder",
           "de beantwoording van de vragen van de SP-fractie, op pagina [PM]")]),
        ("Ik verwijs naar mijn antwoord op de vragen van de VVD-fractie, zie pagina [nr.].",
         [("faction_answer", "verwijs naar mijn antwoord op de vragen van de VVD-fractie"),
          ("page_placeholder", "zie pagina [nr.]")]),
        ("Zoals aangekondigd in mijn brief van 3 oktober jl., komt er een wet.",
         [("external", "Zoals aangekondigd in mijn brief van 3 oktober jl.")]),
        ("Dat staat in de voortgangsbrief van 16 juni jl. beschreven.",
         [("external", "in de voortgangsbrief van 16 juni jl.")]),
        ("Over de kosten heb ik uw Kamer hierboven onder 1.1 geïnformeerd.",
         [("pillar", "hierboven onder 1.1")]),
        # the documents around a bill, named without a number
        ("Zoals in paragraaf 4 van de memorie van toelichting is beschreven, daalt de prijs.",
         [("external", "paragraaf 4 van de memorie van toelichting")]),
        ("De toetsen zijn als bijlage bij de memorie van toelichting gevoegd.",
         [("external", "bij de memorie van toelichting")]),
        ("Hierop is in het nader rapport uitgebreid ingegaan.",
         [("external", "in het nader rapport")]),
        # a joint block's factions, named as the block's header names them
        ("Hiervoor verwijs ik naar het antwoord op de vragen van de leden van de fracties van "
         "D66 en GroenLinks-PvdA.",
         [("faction_answer", "verwijs ik naar het antwoord op de vragen van de leden van de "
           "fracties van D66 en GroenLinks-PvdA")]),
        # the Kamerstuk as the Tweede Kamer's site writes it: dossier-number in brackets
        ("Zoals gemeld in de brief van 2 mei 2026 (31 409-415), vaart de pont.",
         [("external", "in de brief van 2 mei 2026 (31 409-415)")]),
        ("Dit staat in het rapport (31 409-415).", [("external", "(31 409-415)")]),
        ("De termijn loopt van 2024-2026 (zie tabel 12 345-2).", []),
        (
            "De vragen zijn beantwoord met de brief over de pont (Kamerstuk 31 409, nr. 415).",
            [("external", "beantwoord met de brief over de pont (Kamerstuk 31 409, nr. 415)")],
        ),
        # the external question ends where the next pointer begins
        ("Zie het antwoord op vraag 3 in het verslag van 3 mei en het antwoord op vraag 5.",
         [("external", "het antwoord op vraag 3 in het verslag van 3 mei"),
          ("question", "het antwoord op vraag 5")]),
    ],
)
def test_cross_references_are_found_with_their_kind(text: str, expected) -> None:
    assert refs_in(text) == expected


POINTER_PHRASES = [
    "wordt verwezen naar het eerder gegeven antwoord op pagina 16",
    "eerdere antwoorden",
    "het eerder gegeven antwoord",
    "op pagina [nr.]",
    "op blz. 7",
    "onder pijler 5",
    "het antwoord op de vragen van de D66-fractie",
    "zoals hierboven beschreven",
    "onderstaand toegelicht",
    "vraag 12",
    "het antwoord op vraag 3 van het lid Smit",
    "verwijst de regering naar paragraaf 2.2",
    "het antwoord op de vragen van de PVV- en SP-fractie",
    "hoofdstuk 3 van het rapport",
    "vraag 3 (Aanhangsel Handelingen II 2022/23, nr. 812)",
    "verwijst het kabinet naar de brief van 11 juni jl. (Kamerstuk 19 637, nr. 2394)",
    "zoals vermeld in het regeerakkoord",
    "de antwoorden op de vragen 4 en 5",
    "het antwoord onder 2.1",
    "Zie paragraaf 3",
    "de beantwoording van een soortgelijke vraag door de CU-fractie",
    "eerder in deze nota",
    "zoals hiervoor aangegeven",
    "verderop in deze brief",
    "het antwoord op de vorige vraag",
    "in mijn brief van 4 mei 2023",
    "(Kamerstukken II 2022/23, 12 345, nr. 68)",
    "(Handelingen II 2022/23, nr. 9, item 4)",
    "Zie hiervoor het advies van de Fietsraad",
    "Zie ook",
    "het kabinet",
    "de leden",
    "en",
    ",",
]


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(
        st.tuples(st.sampled_from(POINTER_PHRASES), st.sampled_from([str, str.upper])),
        min_size=1,
        max_size=6,
    )
)
def test_cue_words_skip_no_reference(parts) -> None:
    """The quick word check before each pattern drops no match the pattern would make."""
    sentence = " ".join(case(phrase) for phrase, case in parts)
    quick = crossrefs._matches(sentence)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(crossrefs, "_CUES", {p: re.compile("") for p in crossrefs._CUES})
        assert crossrefs._matches(sentence) == quick


def test_kamerstuk_numbers_are_parsed() -> None:
    cited = "de brief van 3 maart (Kamerstuk 12 345, nr. 66)"
    assert kamerstuk(cited) == "Kamerstuk 12 345, nr. 66"
    assert kamerstuk("Kamerstukken 32317, nr. 502") == "Kamerstuk 32317, nr. 502"
    assert kamerstuk("(Kamerstukken II 2022/23, 12 345, nr. 68)") == "Kamerstuk 12 345, nr. 68"
    budget = "de begroting (Kamerstuk 36 410 VIII, nr. 2)"
    assert kamerstuk(budget) == "Kamerstuk 36 410 VIII, nr. 2"
    assert kamerstuk("zie bv. Kamerstuk23 432, nr.502") == "Kamerstuk 23 432, nr. 502"
    assert kamerstuk("de brief van 2 mei (31 409-415)") == "Kamerstuk 31 409, nr. 415"
    assert kamerstuk("geen verwijzing") is None


# --- the real document and its gold ------------------------------------------------------


@pytest.mark.skipif(not SO.exists(), reason="../shared/corpus is absent")
def test_corpus_dev_gold_scores(tmp_path: Path) -> None:
    """Issue bars where they are met; elsewhere floors at today's level, so a change that
    loses accuracy fails (link_accuracy, 67 of 77, is still below the issue's 0.90: raise
    its floor as the aligner improves)."""
    bars = {
        "question_recall": 0.95, "question_precision": 0.90, "faction_accuracy": 0.98,
        "line_accuracy": 0.95, "xref_recall": 0.90, "placeholder_recall": 1.0,
        "xref_target_accuracy": 0.80, "unanswered_recall": 0.85,
        "link_accuracy": 0.87, "unanswered_precision": 0.85,
    }
    _assert_dev_gold(SO, tmp_path / "002.json", bars)


def _assert_dev_gold(text: Path, out: Path, bars: dict[str, float]) -> None:
    """Align `text` with the command-line program and score it on the dev gold, at `bars`."""
    run = subprocess.run(
        [sys.executable, "-m", "reports.cli", "align", str(text), "--format", "json"],
        capture_output=True, check=True,
    )
    out.write_bytes(run.stdout)
    gold = SHARED / "corpus" / "gold"
    score = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "evaluate.py"), str(out),
         str(gold / "002-dev.jsonl"), "--xrefs", str(gold / "002-dev-xrefs.jsonl"),
         *[arg for name, bar in bars.items() for arg in ("--min", f"{name}={bar}")]],
        capture_output=True, text=True,
    )
    assert score.returncode == 0, score.stdout[-600:] + score.stderr


@pytest.mark.skipif(not SO.exists(), reason="../shared/corpus is absent")
def test_corpus_dev_gold_without_blank_lines(tmp_path: Path) -> None:
    """The corpus document with every blank line taken out (as some extractors print text):
    its structure is rebuilt from short lines and titles, so every question is still found
    and paired nearly as well. Floors at today's level (link accuracy 0.87 with blank lines)."""
    packed = tmp_path / "002-packed.txt"
    lines = SO.read_text(encoding="utf-8").split("\n")
    packed.write_text("\n".join(line for line in lines if line.strip()), encoding="utf-8")
    bars = {
        "question_recall": 0.95, "question_precision": 0.90, "faction_accuracy": 0.98,
        "xref_recall": 0.90, "placeholder_recall": 1.0, "xref_target_accuracy": 0.80,
        "link_accuracy": 0.75, "unanswered_recall": 0.80, "unanswered_precision": 0.75,
    }
    _assert_dev_gold(packed, tmp_path / "002-packed.json", bars)


def _first_answers(text: str) -> list[tuple[int, str, list[int]]]:
    """Per question of `text`: its line, its status and the line of its first answer."""
    data = alignment_data(align(parse_bytes(text.encode(), source="made.txt")))
    lines = {a["id"]: a["line"] for a in data["answers"]}
    return [(q["line"], q["status"], [lines[a["id"]] for a in q["answers"][:1]])
            for q in data["questions"]]


STRAY_WORD = """\
I. Vragen en opmerkingen vanuit de fracties

1. Landbouw- en Visserijraad

De leden van de GroenLinks-PvdA-fractie hebben het rapport over de toekomst van de
landbouw gelezen. Hoe brengt de minister de aanbevelingen van dat rapport in tijdens de
Raad? Welke aanbevelingen steunt het kabinet niet? Deze leden vragen ook of de minister
bereid is te pleiten voor een verbod op de invoer van soja die met elders verboden
bestrijdingsmiddelen is geteeld.

De leden van de VVD-fractie vragen wanneer de vangstquota voor schol bekend worden.

II. Reactie van de minister

1. Landbouw- en Visserijraad

Op de vragen van de GroenLinks-PvdA-fractie.

Het kabinet heeft het rapport over de toekomst van de landbouw verwelkomd. De minister
brengt de aanbevelingen in tijdens de Raad en steunt ze op hoofdlijnen, met uitzondering
van het voorstel voor een verbod op nieuwe stallen in kwetsbare gebieden.

Op de vragen van de VVD-fractie.

De vangstquota voor schol worden in december in de Raad vastgesteld.
"""


def test_a_stray_shared_word_answers_nothing() -> None:
    # The faction's own answer (line 19) takes up the report (lines 6-7) but not the ban on
    # imported soy (line 7, third question): it shares only "verbod", a stray word, and so
    # that question stays unanswered, though it follows in the same paragraph.
    assert _first_answers(STRAY_WORD) == [
        (6, "answered", [19]), (7, "answered", [19]), (7, "unanswered", []),
        (11, "answered", [25]),
    ]


POINTERS_ONLY = """\
I. Vragen en opmerkingen vanuit de fracties

1. Visserij

1.1 Garnalen

De leden van de VVD-fractie vragen hoeveel garnalenkotters op een elektrische motor varen.

De leden van de SP-fractie vragen welke steun er is voor de verduurzaming van kotters.

De leden van de CDA-fractie vragen of de garnalenvisserij in beschermde gebieden mag blijven.

II. Reactie van de minister

1. Visserij

1.1 Garnalen

Op de vragen van de VVD-fractie.

Inmiddels varen 14 garnalenkotters op een elektrische motor; de steun voor de verduurzaming
van kotters komt uit het Europese visserijfonds.

Op de vragen van de SP-fractie.

Voor de steun voor de verduurzaming van kotters wordt verwezen naar wat daarover in
paragraaf 1.1 is opgemerkt.

Op de vragen van de CDA-fractie.

Voor de vraag of de garnalenvisserij in beschermde gebieden mag blijven, wordt verwezen naar
het antwoord op pagina [nr.].
"""


def test_a_reply_that_only_points_is_by_reference_also_to_a_section_or_a_blank_page() -> None:
    # Lines read off the text above: the SP's reply (line 26) only points to a section, the
    # CDA's (line 31) to a page never filled in; both questions are answered by reference.
    assert _first_answers(POINTERS_ONLY) == [
        (7, "answered", [21]), (9, "by_reference", [26]), (11, "by_reference", [31]),
    ]


RESTATED = """\
I. Vragen en opmerkingen vanuit de fracties

Vragen en opmerkingen van de leden van de VVD-fractie

De leden van de VVD-fractie lezen de brief over de veerdiensten. Zij vragen hoeveel
veerponten er nog varen op de Waddenzee. Ook vragen zij wanneer de nieuwe
dienstregeling ingaat.

Vragen en opmerkingen van de leden van de SP-fractie

De leden van de SP-fractie maken zich zorgen over de eilanders. Hoe houdt de minister
de kaartjes betaalbaar? Wat is de stand van het overleg met de rederijen?

II. Reactie van de minister

De leden van de VVD-fractie vragen hoeveel veerponten er nog varen op de Waddenzee.

Er varen vijf veerponten, twee naar Texel en drie naar de andere eilanden.

De leden van de VVD-fractie vragen wanneer de nieuwe dienstregeling ingaat.

Op 1 april, met een extra afvaart in de ochtend.

De leden van de SP-fractie vragen hoe de minister de kaartjes betaalbaar houdt.

Eilanders krijgen korting: zij betalen de helft van het gewone tarief.

Wat is de stand van het overleg met de rederijen?

Het overleg is in maart afgerond; ik stuur u de afspraken voor de zomer.
"""


def test_a_restated_question_printed_before_its_answer_is_not_the_answer() -> None:
    # The reactie repeats each question as a paragraph of its own and answers in the next:
    # the answer is that next paragraph (read off the text above), and the repeated
    # questions are no orphans.
    data = alignment_data(align(parse_bytes(RESTATED.encode(), "veer.txt")))
    answers = {a["id"]: a for a in data["answers"]}
    got = {q["text"][:24]: answers[q["answers"][0]["id"]]["line"] for q in data["questions"]}
    assert got == {
        "Zij vragen hoeveel veerp": 18,
        "Ook vragen zij wanneer d": 22,
        "Hoe houdt de minister de": 26,
        "Wat is de stand van het ": 30,
    }
    assert {q["status"] for q in data["questions"]} == {"answered"}
    assert [f["kind"] for f in data["findings"]] == []


COPIED = """\
I. Vragen en opmerkingen vanuit de fracties

Vragen en opmerkingen van de leden van de NSC-fractie

De leden van de NSC-fractie lezen dat de sluis bij Terneuzen twee jaar later klaar is.
Zij maken zich zorgen over de scheepvaart. Hoeveel schepen moeten in die tijd omvaren?

Vragen en opmerkingen van de leden van de BBB-fractie

De leden van de BBB-fractie hebben kennisgenomen van de plannen voor de dijk. Zij
vragen of de boeren langs de dijk worden gecompenseerd voor het verlies van grond.

II. Reactie van de minister

Vragen en opmerkingen van de leden van de NSC-fractie

De leden van de NSC-fractie lezen dat de sluis bij Terneuzen twee jaar later klaar is.
Zij maken zich zorgen over de scheepvaart. Hoeveel schepen moeten in die tijd omvaren?

Het gaat om ongeveer 1.200 schepen per jaar, vooral binnenvaart.

Vragen en opmerkingen van de leden van de BBB-fractie

De leden van de BBB-fractie hebben kennisgenomen van de plannen voor de dijk. Zij
vragen of de boeren langs de dijk worden gecompenseerd voor het verlies van grond.

Ja, het waterschap koopt de grond tegen de marktwaarde.
"""


def test_a_faction_paragraph_copied_above_its_answer_is_not_the_answer() -> None:
    # The reactie copies each faction's paragraph, remarks and all, then answers: the
    # answers are the lines "Het gaat om" (20) and "Ja, het waterschap" (27), read off the
    # text above, and the copies are no orphans.
    data = alignment_data(align(parse_bytes(COPIED.encode(), "sluis.txt")))
    answers = {a["id"]: a for a in data["answers"]}
    got = {q["text"][:24]: answers[q["answers"][0]["id"]]["line"] for q in data["questions"]}
    assert got == {"Hoeveel schepen moeten i": 20, "Zij vragen of de boeren ": 27}
    assert [f["kind"] for f in data["findings"]] == []


WRAPPED_HEADER = """\
I. Vragen en opmerkingen vanuit de fracties

De leden van de fracties van GroenLinks-PvdA en de SP vragen hoeveel sociale huurwoningen
er dit jaar in Almere worden gebouwd.

De leden van de VVD-fractie vragen wanneer de nieuwe wijk een station krijgt.

II. Reactie van de minister

Op de vragen van de VVD-fractie.
Het station opent in 2029.

Op de vragen van de leden van de fracties van GroenLinks-PvdA en de
SP.
In Almere worden dit jaar 800 sociale huurwoningen gebouwd.
"""


def test_an_answer_header_wrapped_over_two_lines_heads_the_answer_under_it() -> None:
    # The header for GL-PvdA and the SP runs over lines 13 and 14; the answer is line 15,
    # and it is theirs (read off the text above).
    data = alignment_data(align(parse_bytes(WRAPPED_HEADER.encode(), "almere.txt")))
    answers = {a["id"]: a for a in data["answers"]}
    almere = next(q for q in data["questions"] if "Almere" in q["text"])
    answer = answers[almere["answers"][0]["id"]]
    assert (almere["status"], answer["line"], answer["faction"]) == (
        "answered", 15, "GroenLinks-PvdA",
    )
    assert not any(a["text"].startswith("Op de vragen") for a in data["answers"])


FACTION_FIRST = """\
I Vragen en opmerkingen vanuit de fracties

1. Veerdiensten

De leden van de VVD-fractie vragen hoeveel afvaarten naar Vlieland er in de winter vervallen.

De leden van de SP-fractie vragen of de minister de tarieven voor eilanders bevriest.

2. Havens

De leden van de VVD-fractie vragen wanneer de haven van Harlingen wordt uitgediept.

II Reactie van de minister

Op de vragen van de VVD-fractie.

In de winter vervallen drie van de veertien afvaarten naar Vlieland per week.

Het uitdiepen van de haven van Harlingen begint in het voorjaar van 2027.

Op de vragen van de SP-fractie.

Dat doet zij: wie op een eiland woont, betaalt in 2027 hetzelfde als nu.
"""


def test_a_reactie_without_sections_answers_per_faction() -> None:
    # The inbreng has sections 1 and 2, the reactie only a block per faction. Answers read
    # off the text above: afvaarten 17, haven 19, tarieven 23 (which shares few words with
    # its question: the faction's block says whose answer it is).
    data = alignment_data(align(parse_bytes(FACTION_FIRST.encode(), "veer.txt")))
    answers = {a["id"]: a for a in data["answers"]}
    got = {
        word: (q["section"], q["status"], [answers[a["id"]]["line"] for a in q["answers"]][:1])
        for q in data["questions"]
        for word in ("afvaarten", "tarieven", "haven")
        if word in q["text"]
    }
    assert got == {
        "afvaarten": ("1", "answered", [17]),
        "tarieven": ("1", "answered", [23]),
        "haven": ("2", "answered", [19]),
    }


REVERSED = """\
I. Vragen en opmerkingen vanuit de fracties

1 Verkeer

De leden van de VVD-fractie vragen naar de oorzaken van het grote aantal ongevallen met
fietsers op rotondes.

De leden van de SP-fractie vragen hoeveel flitspalen er in 2026 bij komen. Ook willen
zij weten of de opbrengst van de boetes wordt ingezet voor verkeersveiligheid.

II. Reactie van de minister

1 Verkeer

De leden van verschillende fracties hebben gevraagd naar de ongevallen met fietsers op
rotondes. De oorzaken zijn vooral slecht zicht en een te hoge snelheid van het autoverkeer.

Daarom wordt in 2026 extra ingezet op de verkeersveiligheid van rotondes.

Op de vragen van de SP-fractie.
De opbrengst van de boetes gaat naar de algemene middelen, niet naar verkeersveiligheid.

In 2026 komen er 60 flitspalen bij.
"""


def test_a_better_answer_in_the_factions_own_block_beats_the_shared_blocks_order() -> None:
    # The SP's block answers its two questions in reverse order: boetes (line 21), then
    # flitspalen (23), read off the text above. The order of the block, and the block to
    # all factions beside it, must not hand the boetes question to the shared paragraph.
    data = alignment_data(align(parse_bytes(REVERSED.encode(), "verkeer.txt")))
    answers = {a["id"]: a for a in data["answers"]}
    got = {
        word: [answers[a["id"]]["line"] for a in q["answers"]][:1]
        for q in data["questions"]
        for word in ("rotondes", "flitspalen", "boetes")
        if word in q["text"]
    }
    assert got == {"rotondes": [15], "flitspalen": [23], "boetes": [21]}


AGENDA = """\
I Vragen en opmerkingen vanuit de fracties

Visserij

De leden van de VVD-fractie vragen hoeveel kotters er dit jaar zijn gesaneerd.

De leden van de SP-fractie vragen of de minister het voorstel steunt om de
vangstquota voor schol te verlagen.

Dierenwelzijn

De leden van de PvdD-fractie vragen wanneer het verbod op kooihuisvesting ingaat.

II Reactie van de minister

Visserij

Dit jaar zijn 64 kotters gesaneerd.

Nederland steunt het voorstel van de Commissie niet, omdat de biologen
geen daling van het bestand zien.

Dierenwelzijn

Het verbod op kooihuisvesting gaat in 2030 in.
"""


def test_an_agenda_answered_point_by_point_without_factions() -> None:
    # Unnumbered agenda items ("Visserij", "Dierenwelzijn") in both parts are sections, not
    # answers; the reactie names no faction and answers in order: kotters line 18, schol 20,
    # kooihuisvesting 25 (read off the text above).
    data = alignment_data(align(parse_bytes(AGENDA.encode(), "raad.txt")))
    answers = {a["id"]: a for a in data["answers"]}
    got = {
        word: (q["section"], [answers[a["id"]]["line"] for a in q["answers"]][:1])
        for q in data["questions"]
        for word in ("kotters", "schol", "kooihuisvesting")
        if word in q["text"]
    }
    assert got == {
        "kotters": ("Visserij", [18]),
        "schol": ("Visserij", [20]),
        "kooihuisvesting": ("Dierenwelzijn", [25]),
    }
    assert not any(a["text"] in ("Visserij", "Dierenwelzijn") for a in data["answers"])


SHORT_FOLLOW_UP = """\
I. Vragen en opmerkingen vanuit de fracties

De leden van de CDA-fractie vragen of de minister de subsidie voor dorpshuizen verlengt.
Ook willen zij weten hoeveel geld er nog in de pot zit.

II. Reactie van de minister

De leden van de CDA-fractie vragen of de minister de subsidie voor dorpshuizen verlengt.

Ja, de subsidie loopt door tot eind 2028.

Ook willen zij weten hoeveel geld er nog in de pot zit.

Er is nog 12 miljoen euro beschikbaar.
"""


def test_a_short_question_restated_on_its_own_gets_the_answer_under_it() -> None:
    # "hoeveel geld er nog in de pot zit" has few words of its own, so it is scored with
    # the question before it, whose restatement opens "Ja, de subsidie loopt door". Its own
    # restatement, word for word, opens "Er is nog 12 miljoen" (line 14): that one answers.
    data = alignment_data(align(parse_bytes(SHORT_FOLLOW_UP.encode(), "dorpshuis.txt")))
    answers = {a["id"]: a for a in data["answers"]}
    got = {q["text"][:24]: answers[q["answers"][0]["id"]]["line"] for q in data["questions"]}
    assert got == {"De leden van de CDA-frac": 10, "Ook willen zij weten hoe": 14}


DIFFERENCES = """\
I. Vragen en opmerkingen vanuit de fracties

1 Stikstof

De leden van de VVD-fractie vragen door wie het onderzoek naar de stikstofnormen
wordt uitgevoerd.

De leden van de SP-fractie vragen hoe groot de verschillen tussen de provincies zijn.

II. Reactie van de Minister

1 Stikstof

De leden van verschillende fracties hebben gevraagd naar het onderzoek naar de
stikstofnormen. Drie onderzoeksbureaus hebben een offerte ingediend.

Op de vragen van de SP-fractie.
De uitstoot loopt per provincie sterk uiteen.
"""


@pytest.mark.parametrize(
    "opening",
    ["Diverse fracties hebben gevraagd naar", "Door meerdere fracties is gevraagd naar"],
)
def test_how_a_block_addresses_the_factions_is_not_its_topic(opening: str) -> None:
    # "verschillende" in "De leden van verschillende fracties" says who asked, not what
    # about: the SP question on "verschillen" must score the shared paragraph the same
    # however the factions are addressed.
    def shared_score(text: str) -> float:
        data = alignment_data(align(parse_bytes(text.encode(), "stikstof.txt")))
        shared = next(a["id"] for a in data["answers"] if "offerte" in a["text"])
        question = next(q for q in data["questions"] if "verschillen" in q["text"])
        return next(a["score"] for a in question["answers"] if a["id"] == shared)

    other = DIFFERENCES.replace("De leden van verschillende fracties hebben gevraagd naar", opening)
    assert shared_score(DIFFERENCES) == pytest.approx(shared_score(other), abs=1e-6)


def _line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


@pytest.mark.parametrize("label", ["Antwoord", "Antwoord:", "Reactie van de minister"])
def test_a_label_over_each_answer_in_the_part_of_answers_is_no_answer(label: str) -> None:
    # Part II repeats each question, then "Antwoord" on a line of its own, then the answer.
    text = RESTATED
    for start in ("Er varen", "Op 1 april", "Eilanders", "Het overleg is"):
        text = text.replace(f"\n{start}", f"\n{label}\n\n{start}")
    data = alignment_data(align(parse_bytes(text.encode(), "veer.txt")))
    answers = {a["id"]: a for a in data["answers"]}
    got = {q["text"][:24]: answers[q["answers"][0]["id"]]["line"] for q in data["questions"]}
    assert got == {
        "Zij vragen hoeveel veerp": _line_of(text, "Er varen"),
        "Ook vragen zij wanneer d": _line_of(text, "Op 1 april"),
        "Hoe houdt de minister de": _line_of(text, "Eilanders"),
        "Wat is de stand van het ": _line_of(text, "Het overleg is"),
    }
    assert not any(a["text"] == label for a in data["answers"])
    assert [f["kind"] for f in data["findings"]] == []


SPOKEN_TO = """\
I. Vragen en opmerkingen vanuit de fracties

De leden van de VVD-fractie vragen of de minister de havengelden op Texel wil verlagen.

De leden van de SP-fractie vragen wanneer de nieuwe dienstregeling van de veerboot ingaat.

II. Reactie van de minister

De leden van de VVD-fractie wijs ik erop dat de havengelden door de gemeente worden
vastgesteld, niet door mij.

De nieuwe dienstregeling van de veerboot gaat in op 1 april.
"""


def test_the_minister_speaking_to_a_faction_restates_nothing() -> None:
    # "De leden van de VVD-fractie wijs ik erop ..." names the faction but is the answer.
    data = alignment_data(align(parse_bytes(SPOKEN_TO.encode(), "haven.txt")))
    answers = {a["id"]: a for a in data["answers"]}
    got = {q["faction"]: answers[q["answers"][0]["id"]]["line"] for q in data["questions"]}
    assert got == {"VVD": 9, "SP": 12}
