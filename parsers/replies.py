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

from parsers import factions, headings, questions, sentences

Role = Literal["inbreng", "reactie"]

# "Nr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG Ontvangen ...", "MEMORIE VAN ANTWOORD": the
# title in capitals, as printed, opening its line; in other letters the line must hold the
# title alone (a letter may well mention "de nota naar aanleiding van het verslag over ...")
# (an Eerste Kamer stuk has a letter for its number: "C MEMORIE VAN ANTWOORD")
_NR = r"^\s*(?:Nr\.\s*\d+\s+|(?-i:[A-Z]{1,2})\s+(?=(?-i:[A-Z]{2})))?"
NOTA = (
    r"(?:NOTA\s+NAAR\s+AANLEIDING\s+VAN\s+HET\s+(?:NADER\s+|TWEEDE\s+NADER\s+|EIND)?VERSLAG"
    r"|(?:NADERE\s+|TWEEDE\s+NADERE\s+)?MEMORIE\s+VAN\s+ANTWOORD)"
)
LIJST = r"LIJST\s+VAN\s+VRAGEN\s+EN\s+ANTWOORDEN"
TITLES = {
    kind: (re.compile(_NR + title + r"\b"), re.compile(_NR + title + r"\s*$", re.IGNORECASE))
    for kind, title in (("nota", NOTA), ("lijst", LIJST))
}
TITLE_LINES = 40  # how far down the title may stand

# "Antwoord", "Antwoord:", "Reactie van de minister", "Antwoord van het kabinet:"; not
# "Reactie van de minister op de vragen van de VVD-fractie", which heads one faction's answers
_BY = r"(?:\s+(?:van|door)\s+(?:de\s+|het\s+)?\w+(?:\s+[\w-]+){0,6})?\s*:?"
ANSWER_LABEL = re.compile(rf"^(?:Antwoord(?:en)?|Reactie|Beantwoording){_BY}$", re.IGNORECASE)
QUESTION_LABEL = re.compile(rf"^(?:Vraag|Vragen){_BY}$", re.IGNORECASE)
# "Antwoord: Op 1 januari ...", "Vraag: Hoeveel ...": the label opens the paragraph
INLINE_LABEL = re.compile(
    r"^(?P<word>Antwoord(?:en)?|Reactie|Beantwoording|Vraag)"
    r"(?:\s+(?:van|door)\s+(?:de\s+|het\s+)?\w+(?:\s+[\w-]+){0,3})?\s*:\s+(?=\S)",
    re.IGNORECASE,
)
NUMBER = re.compile(r"^\d{1,3}[a-z]?\.?$")  # "12": a question number, when a question follows
LABEL_LENGTH = 80
LEAD_IN = 3  # how many sentences before a question may still lead up to it
MIN_LABELS = 2  # answers labelled after this many questions make the layout

# The signature that closes the answers: "De Minister van Onderwijs, Cultuur en Wetenschap,"
# and a name ("A.B. de Vries")
CLOSING = re.compile(
    r"^(?:De|Het)\s+(?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-president)"
    r"(?:\s+(?:van|voor)\s+[^.?!]{1,100}?)?,"
    r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w.,'’-]*|de|van|der|den|ter|ten|het|in|'t|drs\.|dr\.|mr\.|ir\."
    r"|prof\.)){0,10}\s*$"
)

# What shows the government speaking before a faction is named ("Het stemt mij tevreden dat
# de leden ...", "Terecht merken de leden ... op") or talking about what a faction said
# ("Zoals deze leden opmerken"); "het voorstel van de regering" is no such thing.
_FIRST_PERSON = r"ik|mij|mijn|me|wij|we|ons|onze"
FIRST_PERSON = re.compile(rf"\b(?:{_FIRST_PERSON})\b", re.IGNORECASE)
GOVERNMENT = re.compile(
    rf"\b(?:{_FIRST_PERSON}|ondergetekende|terecht|zoals|inderdaad|evenals"
    r"|zij\s+opgemerkt)\b"
    r"|(?<!\bvan\s)(?<!\baan\s)(?<!\bdoor\s)(?<!\bop\s)(?<!\bmet\s)"
    r"\b(?:de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris)\b",
    re.IGNORECASE,
)
MEMBERS = re.compile(r"\b(?:leden|lid|fracties?)\b|-fractie\b", re.IGNORECASE)
# "Zij" holding a view, right after the faction spoke: the faction ("Zij zijn van mening
# dat ...", "Zij zien in ...")
THEY_HOLD = re.compile(
    r"\W*(?:(?:Ook|Wel|Daarom|Tegelijk)\s+)?(?:zij|ze)\s+(?:zijn\s+van\s+mening|menen|vinden|zien|"
    r"lezen|constateren|merken|betreuren|steunen|hechten|onderschrijven|begrijpen|twijfelen|"
    r"vrezen|maken\s+zich|verwachten|hopen|achten|delen|kunnen\s+zich|staan|zijn\s+(?:positief|"
    r"kritisch|verheugd|bezorgd|benieuwd|blij|tevreden))\b",
    re.IGNORECASE,
)
MEMBERS_OR_THEY = re.compile(rf"\bzij\b|{MEMBERS.pattern}", re.IGNORECASE)
# the verb of a faction asking, before the question it asks ("vragen of ik ...")
ASKING_VERB = re.compile(
    r"\b(?:vra(?:gen|agt|agden)|vroegen|vroeg|gevraagd|willen|wil|informeren|informeert|"
    r"verzoeken|verzoekt|vernemen|verneemt|ontvangen|benieuwd)\b",
    re.IGNORECASE,
)
# the government answering in its own clause after the question: "..., kan ik melden dat"
GOVERNMENT_CLAUSE = re.compile(
    r"[,;:]\s*(?:\w+\s+){0,2}?(?:kan|kunnen|wil|zal|zullen|heb|hebben|ben|zijn|verwijs|"
    r"verwijzen|deel|delen|merk|merken|ga|gaan|moet|meld|melden|zie|zien|acht|vind|antwoord|"
    r"stel|breng|informeer|wijs|constateer)\s+(?:ik|wij|we)\b"
    r"|[;:]\s*(?:ik|wij|we)\b",  # "...; ik heb dat toegezegd."
    re.IGNORECASE,
)
# "Reactie ... op de vragen van de X-fractie" heads one faction's answers: no label
NOT_A_LABEL = re.compile(rf"\bvragen\b|{MEMBERS.pattern}", re.IGNORECASE)


def titled(lines: Sequence[str]) -> Literal["nota", "lijst"] | None:
    """What the title near the top says this is: a nota naar aanleiding van het verslag, a
    lijst van vragen en antwoorden, or neither."""
    for line in lines[:TITLE_LINES]:
        for kind, (printed, alone) in TITLES.items():
            if printed.search(line) or alone.search(line):
                return kind  # type: ignore[return-value]
    return None


def label(text: str) -> Role | None:
    """The role a label paragraph ("Antwoord", "Vraag:") announces for what follows, or None."""
    text = " ".join(text.split())
    # "Antwoord op vraag 14 en 15", "Antwoord 7": one answer to the numbered questions above
    numbered = headings.numbered_heading(text)
    if numbered is not None and numbered[0] == "reactie":
        return "reactie"
    if len(text) > LABEL_LENGTH or not text[:1].isupper() or NOT_A_LABEL.search(text):
        return None
    if ANSWER_LABEL.match(text):
        return "reactie"
    if QUESTION_LABEL.match(text):
        return "inbreng"
    return None


def inline_label(text: str) -> tuple[Role, int] | None:
    """The role a label at the start of a paragraph ("Antwoord: Ja.") announces, and where
    the text after it begins; None if the paragraph opens with no label."""
    m = INLINE_LABEL.match(text)
    if m is None or NOT_A_LABEL.search(m[0]):
        return None
    return ("inbreng" if m["word"].lower() == "vraag" else "reactie"), m.end()


def numbers_question(text: str, following: str | None) -> bool:
    """Whether a paragraph that is only a number ("12") numbers the question after it."""
    return NUMBER.match(text.strip()) is not None and following is not None and asks(following)


def closing(text: str) -> bool:
    """Whether the paragraph is the signature under the answers."""
    return CLOSING.match(" ".join(text.split())) is not None


def labels_answer(text: str) -> bool:
    """Whether a paragraph is, or opens with, an answer label ("Antwoord", "Antwoord: Ja")."""
    inline = inline_label(text)
    return label(text) == "reactie" or (inline is not None and inline[0] == "reactie")


def labelled(texts: Sequence[str]) -> bool:
    """Whether answers are labelled ("Antwoord") right after questions often enough to make
    this the layout: a label after a paragraph that asks nothing (a part heading
    "Reactie van de minister" after the last answer of part I) does not count."""
    count = 0
    previous = ""
    for text in texts:
        if labels_answer(text):
            spans = list(sentences.split(previous))
            count += any(
                voiced(previous[a:b]) or questions.classify(previous[a:b]) for a, b in spans
            )
        previous = text
    return count >= MIN_LABELS


def asks(text: str) -> bool:
    """Whether a paragraph ends in a question: after an answer, the next question begins."""
    return questions.ENDS_WITH_QUESTION_MARK.search(text) is not None


def voiced(sentence: str) -> bool:
    """Whether a faction speaks in this sentence ("De leden van de VVD-fractie lezen ...",
    "Deze leden vragen ..."), rather than the government about a faction."""
    m = MEMBERS.search(sentence)
    if m and not GOVERNMENT.search(sentence, 0, m.start()) and factions.speaker(sentence):
        return True
    # "Deze leden vragen ...", not "Zij kost 4 miljoen euro." nor "Deze leden hebben gelijk"
    return factions.back_reference(sentence) and questions.classify(sentence) is not None


def restates(sentence: str) -> bool:
    """Whether a sentence of the answers only repeats a question: a faction asking ("De
    leden van de X-fractie vragen of ...", also "... vragen of ik bereid ben ...") or a
    sentence ending in "?", never the government speaking to a faction ("De leden van de
    SP-fractie verwijs ik naar ...", "..., kan ik melden dat ...")."""
    asking = asks(sentence)
    if not (
        (asking or questions.classify(sentence) is not None) and (asking or voiced(sentence))
    ):
        return False
    first = FIRST_PERSON.search(sentence)
    if first is None:
        return True
    # the minister named inside the question the faction asks, not speaking in his own
    before = sentence[: first.start()]
    return (
        MEMBERS_OR_THEY.search(before) is not None
        and ASKING_VERB.search(before) is not None
        and GOVERNMENT_CLAUSE.search(sentence) is None
    )


def only_restates(sentences: Sequence[str]) -> bool:
    """Whether a reactie paragraph (its sentences) only repeats questions: it heads the
    answer below it and answers nothing itself."""
    return bool(sentences) and all(map(restates, sentences))


def roles(sentences: Sequence[str]) -> list[Role]:
    """Per sentence of a nota's paragraph: "inbreng" where a faction speaks or a question is
    asked, the sentences between two such, and those just before one that go on about the
    faction ("Zij lezen dat ..."); "reactie" for the rest."""
    found: list[Role] = []
    spoken: list[bool] = []
    for text in sentences:
        speaks = voiced(text)
        if (
            speaks
            and found
            and "inbreng" not in found
            and found[-1] == "reactie"
            and not MEMBERS.search(text)
        ):
            speaks = False  # "Gemeenten houden eigen regels. Zij vragen ...": not the faction
        asking = asks(text) or (
            bool(found) and found[-1] == "inbreng" and questions.classify(text) is not None
        )
        # "Deze leden zien ..." right after the faction spoke: it goes on speaking
        going_on = (
            bool(found)
            and found[-1] == "inbreng"
            and (factions.members_back_reference(text) or THEY_HOLD.match(text))
            and not GOVERNMENT.search(text)
        )
        speaks = speaks or going_on
        found.append("inbreng" if speaks or asking else "reactie")
        spoken.append(speaks)
    asked = found.index("inbreng") if "inbreng" in found else -1
    if (
        0 < asked < len(found) - 1
        and not spoken[asked]
        and found[asked + 1] == "reactie"
        and not any(factions.back_reference(t) for t in sentences[max(asked - LEAD_IN, 0) : asked])
    ):
        # "... dan wordt het maandbedrag verlaagd. Wat gebeurt er als het inkomen weer stijgt?
        # In dat geval ...": amid its answer, the government asks and answers itself
        found[asked] = "reactie"
    last = max((i for i, r in enumerate(found) if r == "inbreng"), default=-1)
    if last < 0:
        return found
    first = found.index("inbreng")
    for k in range(first - 1, max(first - 1 - LEAD_IN, -1), -1):
        if factions.back_reference(sentences[k]):
            first = k  # "De leden lezen dat ... Dat verbaast hen. Waarom ...?"
    return [("inbreng" if first <= i <= last else r) for i, r in enumerate(found)]
