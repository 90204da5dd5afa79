"""What kind of answer a question asks for, and which kinds an answer paragraph gives.

"Wanneer ...?" and "Wat is de tijdsplanning?" are answered with a moment ("voor de zomer",
"spoedig", "eind 2019"), "Door wie ...?" with an actor ("onderzoekspartijen", "een
onafhankelijk instituut"): words the question itself does not use. When two paragraphs of
a block share a question's words equally, the one that gives what it asks for is the answer.
"""

from __future__ import annotations

import re

# "wanneer" asks when it opens the question or follows a verb of asking ("vragen wanneer",
# "aangeven wanneer", "... en wanneer"); after a noun it means "als" ("bewaakt wanneer een
# buurland ..."), and after a comma it opens a condition.
_ASK_WHEN = re.compile(
    r"^\W*wanneer\b"
    r"|\b(?:vragen|vraagt|weten|aangeven|aangegeven|vernemen|graag|toelichten|melden|"
    r"informeren|benieuwd|gespecificeerd|specificeren|licht|en)\s+wanneer\b"
    r"|\b(?:tijdsplanning|tijdplanning|tijdpad|tijdschema|planning|termijn|per wanneer|"
    r"hoe lang|hoe snel)\b"
)
_ASK_WHO = re.compile(
    r"\bdoor wie\b|\bwelke\s+(?:\w+\s+)?(?:instelling|instantie|partij|organisatie|"
    r"onderzoeker|onderzoeksbureau|bureau)\b"
)
_GIVES_WHEN = re.compile(
    r"reces\b|\b(?:voorjaar|zomer|najaar|winter|binnenkort|spoedig|zo snel mogelijk|"
    r"korte termijn|kwartaal|medio|uiterlijk|komende maanden|dit jaar|volgend jaar|"
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|(?:eind|begin|vanaf|per|voor)\s+20\d\d)\b"
)
# the end of a word ("onderzoekspartijen", "planbureau") or a whole word
_GIVES_WHO = re.compile(
    r"(?:partij|partijen|instelling|instellingen|instituut|instituten|bureau|bureaus)\b"
    r"|\b(?:universiteit|universiteiten|organisatie|organisaties|onderzoeker|onderzoekers|"
    r"uitgevoerd door)\b"
)
KINDS = ("when", "who")
_ASKS = {"when": _ASK_WHEN, "who": _ASK_WHO}
_GIVES = {"when": _GIVES_WHEN, "who": _GIVES_WHO}


def asked(question: str) -> frozenset[str]:
    """The kinds of answer a question asks for: "when", "who"."""
    text = question.lower()
    return frozenset(kind for kind in KINDS if _ASKS[kind].search(text))


def given(answer: str) -> frozenset[str]:
    """The kinds of answer a paragraph gives."""
    text = answer.lower()
    return frozenset(kind for kind in KINDS if _GIVES[kind].search(text))
