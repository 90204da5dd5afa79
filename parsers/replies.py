"""Answers printed right after their questions, instead of in a part of their own.

Two layouts do this. A verslag may print each question and then a label, "Antwoord" or
"Reactie van de minister", before its answer. A nota naar aanleiding van het verslag (or a
memorie van antwoord) restates each question in its own words ("De leden van de CDA-fractie
vroegen zich af ...") and answers it in the same or the next paragraph, with no label at all:
there a sentence belongs to the inbreng when the faction speaks or asks, else to the answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from parsers import factions, questions

Role = Literal["inbreng", "reactie"]

# "Nr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG", "Nota naar aanleiding van het nader verslag",
# "MEMORIE VAN ANTWOORD": a line that opens with the title, near the top of the document
NOTA_TITLE = re.compile(
    r"^\s*(?:Nr\.\s*\d+\s+)?(?:NOTA\s+NAAR\s+AANLEIDING\s+VAN\s+HET\s+(?:NADER\s+|TWEEDE\s+NADER\s+|EIND)?VERSLAG"
    r"|MEMORIE\s+VAN\s+ANTWOORD)\b"
    r"|^\s*(?:nota\s+naar\s+aanleiding\s+van\s+het\s+(?:nader\s+|eind)?verslag"
    r"|memorie\s+van\s+antwoord)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# "LIJST VAN VRAGEN EN ANTWOORDEN": numbered questions, each answer after its question
LIJST_TITLE = re.compile(
    r"^\s*(?:Nr\.\s*\d+\s+)?LIJST\s+VAN\s+VRAGEN\s+EN\s+ANTWOORDEN\b"
    r"|^\s*lijst\s+van\s+vragen\s+en\s+antwoorden\s*$",
    re.IGNORECASE | re.MULTILINE,
)
TITLE_LINES = 40  # how far down the title may stand

# "Antwoord", "Antwoord:", "Reactie van de minister", "Antwoord van het kabinet:"
_BY = r"(?:\s+(?:van|door)\s+(?:de\s+|het\s+)?\w+(?:\s+[\w-]+){0,6})?\s*:?"
ANSWER_LABEL = re.compile(rf"^(?:Antwoord(?:en)?|Reactie|Beantwoording){_BY}$", re.IGNORECASE)
QUESTION_LABEL = re.compile(rf"^(?:(?:Vraag|Vragen){_BY}|\d{{1,3}}[a-z]?\.?)$", re.IGNORECASE)
LABEL_LENGTH = 80
MIN_LABELS = 2  # one "Antwoord" line alone does not make a layout

# The signature that closes the answers: "De Minister van Onderwijs, Cultuur en Wetenschap,"
CLOSING = re.compile(
    r"^(?:De|Het)\s+(?:Minister|Staatssecretaris|Minister-president|kabinet)\b[^.?!]{0,120},"
    r"(?:\s+\S+){0,6}$"
)

# The government speaking before a faction is named: "Het stemt mij tevreden dat de leden ..."
GOVERNMENT_FIRST = re.compile(
    r"\b(?:ik|mij|mijn|wij|ons|onze|regering|kabinet|minister|staatssecretaris|ondergetekende)\b"
    r"[^.]*?\b(?:leden|lid|fractie)\b",
    re.IGNORECASE,
)


def titled(lines: Sequence[str]) -> Literal["nota", "lijst"] | None:
    """What the title near the top says this is: a nota naar aanleiding van het verslag, a
    lijst van vragen en antwoorden, or neither."""
    for line in lines[:TITLE_LINES]:
        if NOTA_TITLE.search(line):
            return "nota"
        if LIJST_TITLE.search(line):
            return "lijst"
    return None


def label(text: str) -> Role | None:
    """The role a label paragraph ("Antwoord", "Vraag:") announces for what follows, or None."""
    text = " ".join(text.split())
    if len(text) > LABEL_LENGTH:
        return None
    if ANSWER_LABEL.match(text):
        return "reactie"
    if QUESTION_LABEL.match(text):
        return "inbreng"
    return None


def closing(text: str) -> bool:
    """Whether the paragraph is the signature under the answers."""
    return CLOSING.match(" ".join(text.split())) is not None


def labelled(texts: Sequence[str]) -> bool:
    """Whether paragraphs are labelled as answers often enough to make this the layout."""
    return sum(label(t) == "reactie" for t in texts) >= MIN_LABELS


def asks(text: str) -> bool:
    """Whether a paragraph ends in a question: after an answer, the next question begins."""
    return questions.ENDS_WITH_QUESTION_MARK.search(text) is not None


def voiced(sentence: str) -> bool:
    """Whether a faction speaks in this sentence ("De leden van de VVD-fractie lezen ...",
    "Deze leden vragen ..."), rather than the government about a faction."""
    if factions.back_reference(sentence):
        return True
    return factions.speaker(sentence) is not None and not GOVERNMENT_FIRST.search(sentence)


def roles(sentences: Sequence[str]) -> list[Role]:
    """Per sentence of a nota's paragraph: "inbreng" where a faction speaks or a question is
    asked, and the sentences between two such; "reactie" for the rest."""
    found: list[Role] = []
    for text in sentences:
        speaks = voiced(text)
        asking = questions.ENDS_WITH_QUESTION_MARK.search(text) is not None or (
            bool(found) and found[-1] == "inbreng" and questions.classify(text) is not None
        )
        found.append("inbreng" if speaks or asking else "reactie")
    last = max((i for i, r in enumerate(found) if r == "inbreng"), default=-1)
    first = found.index("inbreng") if last >= 0 else 0
    return [("inbreng" if first <= i <= last else r) for i, r in enumerate(found)]
