"""Tweede Kamer factions: one table of names and spellings, and finding factions in text.

`FACTIONS` maps each canonical name to the spellings met in Kamerstukken (old OCR with dots,
"Groen Links" with a space, curly apostrophes). From it the module builds, at import, one
regex of all spellings; the phrase regex around it recognises "de leden van de X-fractie",
"de fracties van X en Y", "zowel de X- als de Y-fractie" and the like. Whether such a phrase
is the subject (the faction speaks) is decided by the word in front of it: after a
preposition ("van", "door", "op") the faction is named, not speaking.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

import attrs

from parsers.fold import fold

Role = Literal["speaker", "answer_header", "other"]

# canonical name -> spellings (the canonical name is always accepted too). Case does not
# matter for canonical(); in running text see `_case_sensitive`.
FACTIONS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "VVD": ("V.V.D.", "Volkspartij voor Vrijheid en Democratie"),
        "PVV": ("P.V.V.", "Partij voor de Vrijheid"),
        "CDA": ("C.D.A.", "Christen-Democratisch Appèl", "Christen Democratisch Appel"),
        "D66": ("D'66", "D.66", "Democraten 66", "Democraten '66"),
        "GroenLinks": ("Groen Links", "Groen-Links"),
        "SP": ("S.P.", "Socialistische Partij"),
        "PvdA": ("P.v.d.A.", "Partij van de Arbeid"),
        "ChristenUnie": ("Christen Unie", "Christen-Unie", "CU"),
        "PvdD": ("P.v.d.D.", "Partij voor de Dieren"),
        "SGP": ("S.G.P.", "Staatkundig Gereformeerde Partij"),
        "50PLUS": ("50 PLUS", "50+"),
        "DENK": (),
        "FvD": ("Forum voor Democratie",),
        "JA21": ("JA 21", "Juiste Antwoord 2021"),
        "Volt": ("Volt Nederland",),
        "BBB": ("BoerBurgerBeweging", "Boer Burger Beweging", "BoerBurger Beweging"),
        "NSC": ("Nieuw Sociaal Contract",),
        "GroenLinks-PvdA": (
            "GL-PvdA",
            "GL/PvdA",
            "GroenLinks/PvdA",
            "Groen Links-PvdA",
            "GroenLinks-Partij van de Arbeid",
        ),
        "BIJ1": ("BIJ 1", "Artikel 1"),
        # Eerste Kamer
        "OPNL": ("Onafhankelijke Politiek Nederland",),
        "Fractie-Nanninga": ("Fractie Nanninga",),
        # historical
        "LPF": ("L.P.F.", "Lijst Pim Fortuyn", "Lijst Fortuyn"),
        "Leefbaar Nederland": (),
        "Groep Wilders": (),
        "Groep Kuzu/Öztürk": ("Groep Kuzu/Ozturk", "Groep Kuzu-Öztürk", "Groep Kuzu-Ozturk"),
        "Groep Bontes/Van Klaveren": ("Groep Bontes-Van Klaveren",),
        "VNL": ("Voor Nederland",),
        "PPR": ("P.P.R.", "Politieke Partij Radikalen"),
        "PSP": ("P.S.P.", "Pacifistisch Socialistische Partij"),
        "CPN": ("C.P.N.", "Communistische Partij Nederland", "Communistische Partij van Nederland"),
        "EVP": ("E.V.P.", "Evangelische Volkspartij"),
        "GPV": ("G.P.V.", "Gereformeerd Politiek Verbond"),
        "RPF": ("R.P.F.", "Reformatorische Politieke Federatie"),
        "DS'70": ("DS’70", "DS 70", "DS70", "D.S.'70", "Democratisch Socialisten '70"),
        "Boerenpartij": ("Boeren Partij",),
        "AOV": ("A.O.V.", "Algemeen Ouderen Verbond"),
        "Unie 55+": ("Unie 55 plus", "Unie 55"),
        "Centrumdemocraten": ("Centrum Democraten", "CD"),
        "KVP": ("K.V.P.", "Katholieke Volkspartij"),
        "ARP": ("A.R.P.", "Anti-Revolutionaire Partij", "Antirevolutionaire Partij"),
        "CHU": ("C.H.U.", "Christelijk-Historische Unie", "Christelijk Historische Unie"),
    }
)

# Accepted by canonical() but too ambiguous to count as a faction in running text.
_NAME_ONLY = frozenset({"CD", "50+", "Unie 55", "Artikel 1", "Voor Nederland"})
# Spellings that are ordinary words or short abbreviations: in text only as written.
_ORDINARY_WORDS = frozenset({"DENK", "Volt"})

_DASHES = "-‐‑–"
_HYPHEN = rf"\s*[{_DASHES}]\s*"


def _case_sensitive(spelling: str) -> bool:
    letters = sum(ch.isalnum() for ch in spelling)
    return letters <= 3 or spelling in _ORDINARY_WORDS


def _pattern(spelling: str) -> str:
    """A regex for one spelling, tolerant of extraction noise in spaces, dashes and quotes."""
    out = []
    for ch in spelling:
        if ch.isspace():
            out.append(r"\s+")
        elif ch in _DASHES:
            out.append(_HYPHEN)
        elif ch == "/":
            out.append(r"\s*/\s*")
        elif ch in "'’":
            out.append("['’‘`´]")
        elif ch == ".":
            out.append(r"\.\s?")
        else:
            out.append(re.escape(ch))
    if spelling.endswith("."):  # "C.D.A" and "C.D.A." alike; no trailing space in the match
        out[-1] = r"\.?"
    return "".join(out)


def _spellings(*, text: bool) -> list[tuple[str, str]]:
    """(spelling, canonical) pairs, longest first so "GroenLinks-PvdA" beats "GroenLinks"."""
    pairs = [
        (spelling, name)
        for name, variants in FACTIONS.items()
        for spelling in (name, *variants)
        if not (text and spelling in _NAME_ONLY)
    ]
    return sorted(pairs, key=lambda pair: (-len(pair[0]), pair[0]))


_TEXT_SPELLINGS = _spellings(text=True)
_ALL_SPELLINGS = _spellings(text=False)
_CANONICAL_OF_ANY = {f"v{i}": name for i, (_, name) in enumerate(_ALL_SPELLINGS)}


def _alternation(pairs: list[tuple[str, str]], *, groups: bool, respect_case: bool) -> str:
    parts = []
    for i, (spelling, _) in enumerate(pairs):
        flag = "-i" if respect_case and _case_sensitive(spelling) else "i"
        body = f"(?{flag}:{_pattern(spelling)})"
        parts.append(f"(?P<v{i}>{body})" if groups else body)
    return r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)"


# One faction name in running text. Without a group per spelling: those make the regex
# several times slower, and the letters of the match say which faction it is (`_key`).
_BARE = _alternation(_TEXT_SPELLINGS, groups=False, respect_case=True)
_NAME = re.compile(_BARE)
_CANONICAL = re.compile(
    r"\s*(?:(?:de|het)\s+)?(?:"
    + _alternation(_ALL_SPELLINGS, groups=True, respect_case=False)
    + rf")(?:(?:{_HYPHEN}|\s+)fractie)?\s*",
    re.IGNORECASE,
)

# One name inside a faction phrase: "de leden van de VVD-fractie", "het CDA", "D66-", ...
_ITEM = rf"""
    (?:zowel\s+)?
    (?:(?:de|het)\s+(?:leden|lid)\s+(?:van|der)\s+)?
    (?:zowel\s+)?
    (?:(?:de|het)\s+)?
    (?:fracties?\s+van\s+(?:(?:de|het)\s+)?)?
    {_BARE}
    (?:
        (?:{_HYPHEN}|\s+)fracties?\b
      | \s*[{_DASHES}](?=\s*(?:,|en\b|als\b))   # "de VVD- en CDA-fractie"
    )?
"""
_SEPARATOR = r"(?:\s*,\s*(?:en\s+)?|\s+(?:en|als)\s+)(?:ook\s+)?(?:van\s+)?"
_PHRASE = re.compile(rf"(?<!\w)(?:{_ITEM})(?:{_SEPARATOR}(?:{_ITEM}))*", re.IGNORECASE | re.VERBOSE)
# A phrase names a faction as a group of members (and can then be a subject) when it has
# "leden"/"lid" or "fractie(s)" in it; a bare "de VVD" is only named.
_MEMBERS = re.compile(r"\b(?:leden|lid|fracties?)\b", re.IGNORECASE)

# After these the phrase is an object, agent or complement, not the one speaking.
_NOT_SUBJECT_AFTER = frozenset(
    {
        "van", "door", "op", "aan", "met", "voor", "bij", "naar", "tot", "over", "uit", "om",
        "in", "onder", "binnen", "tussen", "tegen", "dan", "als", "zoals", "zonder", "richting",
        "jegens", "per",
    }
)  # fmt: skip
_WORD_BEFORE = re.compile(r"(\w+)\s*$")
# "De leden van de SP-fractie verwijs ik naar ...": the faction first, as the object, and
# the government the subject after the verb
_SPOKEN_TO = re.compile(
    r"\s+(?!(?:die|dat|wat|waar\w*|zoals|wie)\s)(?:\w+(?<!en)\s+ik|\w+en\s+(?:wij|we))\b",
    re.IGNORECASE,
)

_HEADER_INTRO = re.compile(
    r"""
    \s*
    (?:
        (?:(?:antwoord(?:en)?|reactie|beantwoording)
            (?:\s+van\s+(?:de|het)\s+(?:minister|staatssecretaris|regering|kabinet
                |bewindspersoon|bewindslieden)(?:\s+(?:van|voor)(?:\s+[\w,-]+){1,8}?)?)?\s+)?
        op\s+(?:de\s+)?(?:vragen|inbreng)
            (?:\s+en\s+opmerkingen)?
      | beantwoording\s+van\s+de\s+(?:vragen|inbreng)(?:\s+en\s+opmerkingen)?
      | (?:vragen|inbreng|reactie)(?:\s+en\s+opmerkingen)?
    )
    (?:\s+gesteld)?\s+(?:van(?:uit)?|door)\s+
    """,
    re.IGNORECASE | re.VERBOSE,
)
_HEADER_END = re.compile(r"[\s.:]*")
_HEADER_MAX = 200

_OPENERS = r"""
    ook | voorts | verder | daarnaast | tevens | bovendien | eveneens | vervolgens | tot\s+slot
  | ten\s+slotte | tenslotte | tot\s+besluit | als\s+laatste | allereerst | ten\s+eerste
  | ten\s+tweede | ten\s+derde | graag | specifiek | concreet | tegelijkertijd | tegelijk | wel
  | nog | dan | daarom | daarbij | hierbij | hierover | daarover | hiernaast | mede | evenwel
  | echter | in\s+d(?:at|it)\s+(?:verband|kader) | op\s+dit\s+punt | wat\s+dat\s+betreft
  | in\s+het\s+verlengde\s+(?:hiervan|daarvan) | ten\s+aanzien\s+(?:hiervan|daarvan)
"""
_MEMBERS_SUBJECT = r"""
    (?:de\s+)?(?:aan\s+het\s+woord\s+zijnde|(?:voor|boven|laatst|eerder)?genoemde|voornoemde
               |desbetreffende|betreffende)\s+(?:leden|lid)
  | (?:deze|dezelfde|die)\s+leden
  | de\s+leden(?!\s+(?:van|der)\b)
  | (?:dit|het)\s+lid(?!\s+(?:van\b|(?-i:[A-Z])))
"""


def _back(subject: str) -> re.Pattern[str]:
    return re.compile(
        rf"""
        \s*[«“"']?
        (?:(?:{_OPENERS})\s*,?\s+)*
        (?:[^\W\d]+\s+)??       # an inverted verb: "Ook vragen deze leden"
        (?:{subject})\b
        """,
        re.IGNORECASE | re.VERBOSE,
    )


_BACK_REFERENCE = _back(_MEMBERS_SUBJECT + "| zij")
_MEMBERS_BACK = _back(_MEMBERS_SUBJECT)  # not "Zij", which may be anything


@attrs.frozen
class Mention:
    """Factions named at text[start:end], and in which role."""

    start: int
    end: int
    factions: tuple[str, ...]
    role: Role


def canonical(name: str) -> str | None:
    """The canonical name for any spelling ("Groen Links", "c.d.a.", "VVD-fractie"), or None."""
    match = _CANONICAL.fullmatch(name)
    return _CANONICAL_OF_ANY[match.lastgroup] if match and match.lastgroup else None


_NOT_WORD = re.compile(r"\W+")


def _key(spelling: str) -> str:
    """A spelling's letters and digits: "Groen-Links", "Groen Links" -> "groenlinks"."""
    return _NOT_WORD.sub("", fold(spelling))


# No two factions share a key (tests/test_factions.py checks it).
_CANONICAL_OF_KEY = {_key(spelling): name for spelling, name in _TEXT_SPELLINGS}


def _names(text: str, start: int, end: int) -> tuple[str, ...]:
    found = (_CANONICAL_OF_KEY[_key(m.group())] for m in _NAME.finditer(text, start, end))
    return tuple(dict.fromkeys(found))


def _is_subject(text: str, start: int, end: int) -> bool:
    if not _MEMBERS.search(text, start, end) or _SPOKEN_TO.match(text, end):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is None or before.group(1).lower() not in _NOT_SUBJECT_AFTER


def _header_phrase(line: str) -> tuple[int, int] | None:
    """Where the faction phrase of an answer header is, when the whole line is one."""
    if len(line) > _HEADER_MAX:
        return None
    intro = _HEADER_INTRO.match(line)
    phrase = _PHRASE.match(line, intro.end()) if intro else None
    if phrase is None or not _HEADER_END.fullmatch(line, phrase.end()):
        return None
    return phrase.span()


def answer_header(line: str) -> tuple[str, ...] | None:
    """Factions of a reactie header such as "Op de vragen van de PVV-fractie.", else None."""
    span = _header_phrase(line)
    return _names(line, *span) or None if span else None


def mentions(text: str) -> list[Mention]:
    """Every faction phrase in `text`, with offsets and whether it speaks or heads answers."""
    found = []
    for match in _PHRASE.finditer(text):
        start, end = match.span()
        role = _role(text, start, end)
        found.append(Mention(start=start, end=end, factions=_names(text, start, end), role=role))
    return found


def _role(text: str, start: int, end: int) -> Role:
    """The role of the faction phrase at text[start:end]: a header line beats a subject."""
    if _heads_answers(text, start, end):
        return "answer_header"
    return "speaker" if _is_subject(text, start, end) else "other"


def _heads_answers(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the faction phrase of a header line of its own."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return _header_phrase(line) == (start - line_start, end - line_start)


def speaker(sentence: str) -> tuple[str, ...] | None:
    """The factions whose members are the subject of this sentence, in order, or None.

    The speakers of `mentions`, without naming the phrases that do not speak: this runs for
    every sentence.
    """
    lower = fold(sentence)  # a speaker always says "leden", "lid" or "fractie"
    if "lid" not in lower and "leden" not in lower and "fractie" not in lower:
        return None
    names = [
        name
        for match in _PHRASE.finditer(sentence)
        if _role(sentence, *match.span()) == "speaker"
        for name in _names(sentence, *match.span())
    ]
    return tuple(dict.fromkeys(names)) or None


# what a reactie says it answers: "Wat betreft de vraag van de SP-fractie ...", "In
# antwoord op de vragen van de leden van de VVD-fractie ..."
_ASKED_OF = re.compile(
    r"^\W*(?:\w+\s+){0,6}?(?:de|het)\s+(?:gestelde\s+|eerste\s+|tweede\s+|laatste\s+)?"
    r"(?:vraag|vragen|verzoek|opmerking|opmerkingen)\s+(?:\w+\s+){0,2}?(?:van|door)\s+$",
    re.IGNORECASE,
)


ASKERS_MAX = 2  # more factions named at once announce the answers, not one of them
_POINTS_AT_ANSWER = re.compile(r"\b(?:zie|verwijs|verwijst|verwezen)\b", re.IGNORECASE)


def asker(sentence: str) -> tuple[str, ...] | None:
    """The factions whose question a reactie sentence opens by naming ("Wat betreft de vraag
    van de SP-fractie ...", "Voor de vragen van de leden van de CDA-fractie ..."), or None."""
    lower = fold(sentence)
    if "fractie" not in lower or ("vra" not in lower and "verzoek" not in lower):
        return None
    match = _PHRASE.search(sentence)
    if match is None:
        return None
    before = sentence[: match.start()]
    # "Zie het antwoord op de vragen van de VVD-fractie": another faction's answer
    if not _ASKED_OF.match(before) or _POINTS_AT_ANSWER.search(before):
        return None
    names = _names(sentence, *match.span())
    # "De antwoorden op de vragen van de fracties van de VVD, het CDA, D66 ..." announces
    return names if 0 < len(names) <= ASKERS_MAX else None


def plain(sentence: str) -> str:
    """`sentence` with every faction phrase said plainly: "de leden van de fractie van de
    Partij voor de Dieren" -> "de leden", "het lid van de BBB-fractie" -> "het lid", "de
    SP-fractie" -> "de fractie". Patterns over who speaks then need no faction names."""
    lower = fold(sentence)
    if "lid" not in lower and "leden" not in lower and "fractie" not in lower:
        return sentence
    return _PHRASE.sub(_plainly, sentence)


def _plainly(match: re.Match[str]) -> str:
    phrase = match.group().lower()
    if not _MEMBERS.search(phrase):
        return match.group()  # "het CDA": a name, not who speaks
    if re.search(r"\bleden\b|\bfracties\b", phrase):
        said = "de leden"
    else:
        said = "het lid" if re.search(r"\blid\b", phrase) else "de fractie"
    return said.capitalize() if match.group()[:1].isupper() else said


def members_back_reference(sentence: str) -> bool:
    """As `back_reference`, with members as the subject ("Deze leden", "Voornoemde leden"),
    not "Zij", which may be anything."""
    return _MEMBERS_BACK.match(sentence) is not None


def back_reference(sentence: str) -> bool:
    """Whether the subject ("Deze leden", "Zij", "Ook vragen voornoemde leden") is the
    faction of the sentences before, without naming it."""
    return _BACK_REFERENCE.match(sentence) is not None


def announced(text: str) -> tuple[str, ...]:
    """All factions named anywhere in `text`, canonical, in order of first appearance."""
    return _names(text, 0, len(text))
