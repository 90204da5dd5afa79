"""What kind of answer a question asks for, and which kinds an answer paragraph gives.

"Wanneer ...?" and "Wat is de tijdsplanning?" are answered with a moment ("voor de zomer",
"spoedig", "eind 2019"), "Door wie ...?" with an actor ("onderzoekspartijen", "een
onafhankelijk instituut"): words the question itself does not use. When two paragraphs of
a block share a question's words equally, the one that gives what it asks for is the answer.
"""

from __future__ import annotations

import re

# "wanneer" asks when it opens the question, ends it ("Zo ja, wanneer?") or follows a verb
# of asking, perhaps with an object between ("vragen het kabinet wanneer", "aangeven
# wanneer", "... en wanneer"). After a noun it means "als" ("bewaakt wanneer een buurland
# ..."), and so it does after a comma or when its clause is followed by the question proper
# ("Wanneer dat zo is, waarom ...?").
_ASK_WHEN = re.compile(
    r"^\W*wanneer\b(?![^,?]*,\s*(?:waarom|hoe|wat|welke|wie|is|kan|zal|wordt|moet|gaat|heeft|"
    r"deelt|ziet|erkent)\b)"
    r"|\bwanneer\s*\?"
    r"|\b(?:vragen|vraagt|af|weten|aangeven|aangegeven|vernemen|graag|toelichten|melden|"
    r"zeggen|bekend|informeren|benieuwd|gespecificeerd|specificeren|en)(?:\s+\w+){0,2}?"
    r"\s+wanneer\b"
    r"|\b(?:tijdsplanning|tijdplanning|tijdpad|tijdschema|per wanneer|hoe lang|hoe snel|"
    r"(?:op|binnen) welke termijn)\b"
)
_ACTOR = (
    r"(?:instelling|instellingen|instantie|instanties|partij|partijen|organisatie|"
    r"organisaties|onderzoeker|onderzoekers|onderzoeksbureau|onderzoeksbureaus|bureau|bureaus)"
)
_ASK_WHO = re.compile(
    r"\bdoor wie\b|^\W*wie\b|\b(?:vragen|vraagt|weten|aangeven)\s+wie\b"
    r"|\bwelke?\s+(?:\w+\s+)?" + _ACTOR + r"\b"
)
# a moment: a date ("op 11 juni", also a past one: "de brief van 11 juni jl." may be where
# the answer is), or a season, month or year after a word that looks ahead ("voor de
# zomer", "eind 2027", "uiterlijk maart"), a season ("in het najaar"), or "spoedig". A bare
# month or year is mostly history ("in maart", "het verdrag van 1951") and gives none.
_MONTH = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december)"
)
_SEASON = r"(?:voorjaar|zomer|zomerreces|najaar|winter|kerstreces|reces)"
_GIVES_WHEN = re.compile(
    r"\b\d{1,2}\s+" + _MONTH + r"\b"
    r"|\b(?:voor|na|vóór|eind|begin|medio|vanaf|per|uiterlijk)\s+(?:de\s+|het\s+)?"
    r"(?:" + _SEASON + "|" + _MONTH + r"|20\d\d)\b"
    r"|\bin\s+(?:de|het)\s+" + _SEASON + r"\b"
    r"|\b(?:binnenkort|spoedig|zo snel mogelijk|op korte termijn|komende maanden|later dit jaar|"
    r"(?:eerste|tweede|derde|vierde|komende|volgende) kwartaal)\b"
)
# who does the work: a research or advisory body, not any party to an agreement
_GIVES_WHO = re.compile(
    r"\b(?:onderzoeks|advies|plan|kennis)?(?:bureau|bureaus|instituut|instituten)\b"
    r"|\b(?:onderzoeks|kennis)instelling(?:en)?\b|\bonafhankelijke\s+instelling(?:en)?\b"
    r"|\b(?:onderzoekspartij|onderzoekspartijen|universiteit|universiteiten|onderzoeker|"
    r"onderzoekers|(?:uitgevoerd|verricht|gedaan)\s+door)\b"
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
