"""Part and section headings as printed: "I. Vragen en opmerkingen ...", "1.2 Versterken ...".

A heading is a short line after a blank line or page break, a number that follows the previous
heading's number in sequence, and a title that does not end like a sentence. A title wrapped
over two lines is joined when the second line is short and followed by a blank line.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from parsers import factions

SECTION = re.compile(
    r"^(?P<number>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?P<title>[A-ZÀ-ÖØ-Þ«\"“'‘(][^\n]*)$"
)
PART = re.compile(r"^(?P<number>I{1,3}|IV|VI{0,3}|IX|X)\.?\s+(?P<title>[A-ZÀ-Ö][^\n]*)$")
UNNUMBERED_PART = re.compile(
    r"^(?P<title>(?:(?:Vragen\s+en\s+opmerkingen|Inbreng)\s+(?:vanuit|van)\s+de\s+"
    r"(?:fracties|leden)(?:\s+en\s+.*)?"
    r"|(?:Reactie|Antwoord(?:en)?|Beantwoording)\s+van\s+de\s+"
    r"(?:minister|staatssecretaris|regering|bewindspersoon|kabinet)\b.*))$",
    re.IGNORECASE,
)
# "Vraag 1", "Vraag 2 en 3", "Antwoorden 5 en 6", "Antwoord 7, 8, 9 10 en 11", "Antwoord op
# vraag 2": numbered
# questions and answers (Kamervragen, lijsten van vragen en antwoorden)
NUMBERED = re.compile(
    # "Antwoord op (de) vraag 2", "Antwoord op de vragen 4 en 5"
    r"^(?P<word>Vra(?:ag|gen)|Antwoord(?:en)?(?:\s+op\s+(?:de\s+)?vra(?:ag|gen))?)\s+"
    r"(?P<numbers>\d{1,3}[a-z]?\b(?:(?:\s*,\s*|\s+en\s+|\s*(?:t/m|tot\s+en\s+met|[-–])\s*|\s+)"
    r"\d{1,3}[a-z]?\b)*)\s*:?$"
)
# "Vraag 1 en 2 De uiteindelijke ...": the heading at the start of its text's first line
NUMBERED_INLINE = re.compile(
    NUMBERED.pattern.removesuffix(r"\s*:?$") + r"(?::\s*|\s+)(?=[A-ZÀ-ÖØ-Þ«\"“'‘„])"
)
BARE_NUMBERS = re.compile(r"\d[a-z]?\s+\d")
# a line of numbers alone: "2", "2.", "2)", "2 en 3", "2, 3 en 4", "4 t/m 6"
LONE_NUMBERS = re.compile(
    # each number may have its own bracket: "3) en 4)"
    r"^\s*(?P<numbers>\d{1,3}(?:\)?(?:\s*,\s*|\s+en\s+|\s*(?:t/m|tot\s+en\s+met|[-–])\s*)"
    r"\d{1,3})*)[.)]?$"  # matched on the stripped line: trailing spaces cost nothing
)
# a list item's number before its text: "1. Bent u ...", "2) Hoeveel ..."
ITEM_NUMBER = re.compile(r"^(?P<label>\s*(?P<number>\d{1,3})[.)])\s+(?=[A-ZÀ-ÖØ-Þ«\"“'‘„])")
NUMBER = re.compile(r"\d{1,3}[a-z]?")
RANGE = re.compile(r"(\d{1,3})\)?\s*(?:t/m|tot\s+en\s+met|[-–])\s*(\d{1,3})")
SENTENCE_END = re.compile(r"[.?!;:,]\W*$")
# a line of a table of contents: "II Reactie van de minister ........ 12"
CONTENTS_ENTRY = re.compile(r"(?:\.\s?){3,}\s*\d+\s*$|…\s*\d+\s*$")
CONTENTS_TITLE = re.compile(r"^\s*(?:Inhoudsopgave|Inhoud)(?:\s+(?:blz|pag|pagina)\.?)?\s*$", re.I)
CONTENTS_NUMBER = re.compile(r"(?:[\s.…]+\d{1,3})?\s*$")  # the page number and its leaders
PAGE_AT_END = re.compile(r"\S\s+\d{1,3}\s*$")
PART_CUE = re.compile(
    r"\b(?:(?P<reactie>reactie|antwoord|antwoorden|beantwoording|nota\s+naar\s+aanleiding)"
    r"|(?P<inbreng>vragen|opmerkingen|inbreng|verslag)"
    r"|(?P<body>nota\s+van\s+wijziging|bijlagen?))\b"
)
# "Mededeling" on a line of its own: one reply to all Kamervragen at once (often that they
# were answered elsewhere, or a delay)
REPLY_TO_ALL = re.compile(r"Mededeling:?")  # to fullmatch a stripped line
# "Antwoord", "Antwoord:", "Antwoord van Minister X (ontvangen 20 maart 2026)."
ANSWERS_LINE = re.compile(r"^\s*Antwoord(?:en)?(?:\s*:|\s+van\s.*)?\s*$")
ANSWERS_WORD = re.compile(r"\s*(?:Reactie|Antwoord(?:en)?|Beantwoording)\b", re.IGNORECASE)
MAX_TITLE_WORDS = 16
MAX_LENGTH = 100
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def part_heading(line: str) -> tuple[str, str] | None:
    """(number, title) of a part heading ("II", "Reactie van de Staatssecretaris"), or None."""
    text = line.strip()
    if _never_a_heading(text):
        return None
    m = PART.match(text)
    if m and _part_title(m["title"]):
        return m["number"], " ".join(m["title"].split())
    m = UNNUMBERED_PART.match(text)
    if m and factions.answer_header(text) is None:  # not "Reactie ... op de vragen van de X"
        return "", " ".join(m["title"].split())
    return None


def _never_a_heading(text: str) -> bool:
    """Too long, ending like a sentence, or an entry of a table of contents."""
    return len(text) > MAX_LENGTH or bool(SENTENCE_END.search(text) or CONTENTS_ENTRY.search(text))


def _part_title(title: str) -> bool:
    return part_kind(title) is not None


def opens_answers(text: str) -> bool:
    """Whether a line heads answers and so begins the reactie, as a part heading would:
    "Reactie van de minister op de vragen van de VVD-fractie" (not "Op de vragen van ...")."""
    return ANSWERS_WORD.match(text) is not None and factions.answer_header(text) is not None


def part_kind(title: str) -> str | None:
    """ "inbreng", "reactie" or "body" (a nota van wijziging, an appendix) from a part's
    title; None for a title that makes no part."""
    # the first cue decides: "Vragen en opmerkingen ... en reactie van de minister" asks
    m = PART_CUE.search(title.lower())
    if m is None:
        return None
    return m.lastgroup


def contents(lines: Sequence[str]) -> set[int]:
    """Indices of the lines of a table of contents ("Inhoudsopgave blz." and the entries
    under it, each ending in its page number), which look like headings but are none."""
    out: set[int] = set()
    for start, line in enumerate(lines):
        if not CONTENTS_TITLE.match(line):
            continue
        pending: list[int] = []  # an entry wrapped over two lines: its first line
        titles: set[str] = set()  # the entries without their page numbers
        for k in range(start + 1, len(lines)):
            text = lines[k].strip()
            if not text:
                continue
            if _entry_title(text) in titles:
                break  # the heading itself: the text has begun
            if PAGE_AT_END.search(text) or CONTENTS_ENTRY.search(text):
                out.update([*pending, k])
                titles.add(_entry_title(" ".join(lines[j].strip() for j in [*pending, k])))
                pending = []
            elif pending:
                break
            else:
                pending = [k]
    return out


def _entry_title(text: str) -> str:
    return " ".join(CONTENTS_NUMBER.sub("", text).split()).lower()


def section_heading(line: str, previous: str | None) -> tuple[str, str] | None:
    """(number, title) of a section heading that may follow heading number `previous`."""
    found = _section(line)
    return found if found and follows(previous, found[0]) else None


def repeated_heading(line: str, seen: Collection[tuple[str, str]]) -> tuple[str, str] | None:
    """(number, title) of a section heading that repeats one of `seen` ((number, title in
    lower case)) word for word, in whatever order."""
    found = _section(line)
    return found if found and (found[0], found[1].casefold()) in seen else None


def _section(line: str) -> tuple[str, str] | None:
    text = line.strip()
    if _never_a_heading(text):
        return None
    m = SECTION.match(text)
    if not m or len(m["title"].split()) > MAX_TITLE_WORDS:
        return None
    return m["number"], " ".join(m["title"].split())


def follows(previous: str | None, number: str) -> bool:
    """Whether section `number` can come after `previous` (None: the first of a part)."""
    new = [int(n) for n in number.split(".")]
    if previous is None:
        return new[0] <= 1 and all(n <= 1 for n in new[1:])
    old = [int(n) for n in previous.split(".")]
    if new == [*old, 1] or new == [*old, 0]:
        return True
    for k in range(min(len(old), len(new))):
        if new[:k] == old[:k] and new[k] == old[k] + 1:
            return all(n <= 1 for n in new[k + 1 :])
    return False


def numbered_heading(line: str) -> tuple[str, tuple[str, ...]] | None:
    """("inbreng" or "reactie", the numbers) of a numbered question or answer heading:
    "Vraag 2 en 3" -> ("inbreng", ("2", "3")), "Antwoord 4 t/m 6" -> ("reactie", ("4", "5",
    "6"))."""
    m = NUMBERED.match(line.strip())
    return None if m is None else _numbered(m)


def numbered_label(line: str) -> tuple[str, tuple[str, ...], int] | None:
    """As `numbered_heading`, also where the text follows on the same line ("Vraag 1 De
    ..."), with where the heading ends in `line` (its length when it stands alone)."""
    found = numbered_heading(line)
    if found is not None:
        return (*found, len(line.rstrip()))
    text = line.lstrip()
    m = NUMBERED_INLINE.match(text)
    if m is None or BARE_NUMBERS.search(m["numbers"]):  # a table row: "Vraag 1 2 3 Totaal"
        return None
    return (*_numbered(m), len(line) - len(text) + len(text[: m.end()].rstrip()))


def bare_numbered(lines: Sequence[str]) -> dict[int, tuple[str, tuple[str, ...], int]]:
    """Older Kamervragen number their questions with a number on a line of its own ("1",
    "2", ...) or before their text ("1. Bent u ...?", as a numbered list is written out) and,
    after the line that opens the answers ("Antwoord", "Antwoord van minister ..."), their
    answers anew from 1, some answers taking up several ("2 en 3").
    Per line index, what `numbered_label` gives for "Vraag N" or "Antwoord N"; empty unless
    both runs are there, each of two or more."""
    opening = next((k for k, line in enumerate(lines) if ANSWERS_LINE.match(line)), None)
    if opening is None:
        return {}
    asked = _counted(lines, range(opening))
    answered = _counted(lines, range(opening + 1, len(lines)))
    if len(asked) < 2 or len(answered) < 2 or _last(answered) > _last(asked):
        return {}
    ends = [k for k, *_ in asked[1:]] + [opening]
    texts = [
        " ".join([lines[a][end:], *lines[a + 1 : b]])
        for (a, _, end), b in zip(asked, ends, strict=True)
    ]
    if 2 * sum("?" in text for text in texts) < len(texts):
        return {}  # numbered lists or table cells, not questions
    return {
        k: (kind, numbers, end)
        for kind, run in (("inbreng", asked), ("reactie", answered))
        for k, numbers, end in run
    }


TOPIC_WORDS = 6  # at most this many words in a topic heading ("Oekraïne", "Midden-Oosten")


def topics(
    lines: Sequence[str], opens: Sequence[bool], listed: Collection[int] = ()
) -> tuple[set[int], bool]:
    """Indices of unnumbered topic headings ("Algemeen", "Oekraïne", "Overig"): a short title
    that the inbreng and the reactie both print, before and after the reactie's part
    heading, as the agenda of a Raad is followed in both. A title opens a paragraph
    (`opens`: after a blank line, atop a page) and stands alone, or runs straight into the
    faction's passage or answers under it. `listed`: the lines of a table of contents, whose
    part headings are none. Also whether the document numbers its sections: then these are
    titles under them, not sections (a faction's block that goes through the agenda: "1.
    Vragen van de VVD-fractie", "MFK", "Uitbreiding")."""

    def titled(k: int) -> bool:
        if not opens[k] or k + 1 == len(lines):
            return opens[k]
        return opens[k + 1] or _opens_block(lines[k + 1])

    split = next(
        (k for k, line in enumerate(lines)
         if k not in listed and (found := part_heading(line)) and part_kind(found[1]) == "reactie"),
        None,
    )  # fmt: skip
    numbered = any(SECTION.match(line.strip()) and titled(k) for k, line in enumerate(lines))
    if split is None:
        return set(), numbered  # no reactie part
    seen: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        text = " ".join(line.split())
        if k != split and _topic_like(text) and titled(k):
            seen.setdefault(text, []).append(k)
    found = {k for at in seen.values() if len(at) >= 2 and at[0] < split < at[-1] for k in at}
    return found, numbered


BLOCK_TITLE = re.compile(
    r"\s*(?:Vragen\s+en\s+opmerkingen|Inbreng|Reactie|Antwoord)\s+(?:van|op)\b"
)


def _opens_block(text: str) -> bool:
    """Whether a line opens a faction's passage or block ("De leden van de VVD-fractie ...",
    "Vragen en opmerkingen van de leden van ...", "Op de vragen van de SP-fractie.")."""
    return bool(
        factions.speaker(text) or factions.answer_header(text) or BLOCK_TITLE.match(text)
    )


def _topic_like(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= TOPIC_WORDS
        and text[:1].isupper()
        and not SENTENCE_END.search(text)
        and part_heading(text) is None
        and not factions.announced(text)  # "VVD-fractie": a faction's block, not a topic
        and ANSWERS_WORD.match(text) is None
    )


def slug(number: str) -> str:
    """A section number fit for an id or anchor: "1.2" as printed, "Midden-Oosten" as is,
    spaces as dashes ("Raad Buitenlandse Zaken" -> "Raad-Buitenlandse-Zaken")."""
    return "-".join(number.split())


def lone_numbers(line: str) -> tuple[str, ...] | None:
    """The numbers of a line that holds only numbers: "1", "1.", "1)", "2 en 3", "4 t/m 6"."""
    m = LONE_NUMBERS.match(line.strip())
    return None if m is None else _numbers(m["numbers"])


def _counted(lines: Sequence[str], where: range) -> list[tuple[int, tuple[str, ...], int]]:
    """(index, numbers, where the number ends) of the lines in `where` that count up from 1:
    a number alone ("1", "2", "3 en 4") followed by text, or a number that opens its text
    ("1. Bent u bekend ...?"); other numbers (page numbers, stray note marks, "2025 was")
    are passed over."""
    out: list[tuple[int, tuple[str, ...], int]] = []
    for k in where:
        numbers, end = lone_numbers(lines[k]), len(lines[k].rstrip())
        if numbers is None and (m := ITEM_NUMBER.match(lines[k])):
            numbers, end = (m["number"],), len(m["label"])
        if numbers is None or numbers != _next(out, len(numbers)):
            continue
        if end < len(lines[k].rstrip()):
            out.append((k, numbers, end))
            continue
        after = next((line.strip() for line in lines[k + 1 :] if line.strip()), "")
        if after and lone_numbers(after) is None:
            out.append((k, numbers, end))
    return out


def _next(run: list[tuple[int, tuple[str, ...], int]], count: int) -> tuple[str, ...]:
    """The `count` numbers that come next after `run`."""
    last = _last(run)
    return tuple(str(n) for n in range(last + 1, last + 1 + count))


def _last(run: list[tuple[int, tuple[str, ...], int]]) -> int:
    return int(run[-1][1][-1]) if run else 0


def _numbered(m: re.Match[str]) -> tuple[str, tuple[str, ...]]:
    kind = "reactie" if m["word"].lower().startswith("antwoord") else "inbreng"
    return kind, _numbers(m["numbers"])


def _numbers(text: str) -> tuple[str, ...]:
    """The numbers a heading names: "2 en 3", "4 t/m 6" (each once, in order)."""
    numbers: list[str] = []
    for low, high in RANGE.findall(text):
        if int(low) < int(high) <= int(low) + 50:
            numbers += [str(n) for n in range(int(low), int(high) + 1)]
        else:  # not a range we trust: keep what is printed
            numbers += [low, high]
    text = RANGE.sub(" ", text)
    numbers += NUMBER.findall(text)
    return tuple(sorted(set(numbers), key=_number_key))


def _number_key(number: str) -> tuple[int, str]:
    base = digits(number)
    return int(base), number[len(base) :]


def digits(number: str) -> str:
    """A question number without its letter: "2a" -> "2"."""
    return number.rstrip("abcdefghijklmnopqrstuvwxyz")


def numbered_section(numbers: tuple[str, ...]) -> str:
    """The section number of a numbered heading: ("2", "3") -> "2-3"."""
    return "-".join(numbers)


def section_numbers(section: str) -> list[str]:
    """The question numbers a numbered section holds: "2-3" -> ["2", "3"]."""
    return [n for n in section.split("-") if n]
