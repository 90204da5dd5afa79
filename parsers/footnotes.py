"""Footnotes at the foot of a page, and the marks in the running text that point to them.

A footnote block starts after a blank line (if the text has any) near the end of a page with
"N text", where N is the next footnote number and the mark N stands glued to a word earlier on
the page ("consensus1", "capita.2", "Jeugdwet?3"). Marks are recognised by the same glue rule and by
the running sequence of numbers, so "B1 niveau" or "1,4 miljard" are never taken for marks.
A note that cites ("1 Kamerstuk 36 412, nr. 5") in the last lines of its page is one even
with no blank line above it, or with its mark lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

FOOTNOTE_START = re.compile(r"^[\s\f]*(\d{1,3})\s+\S")
NUMBER = re.compile(r"(?<!\d)(\d{1,3})(?!\d)(?=[\s.,;:)]|$)")
DIGIT = re.compile(r"\d")
MAX_GAP = 12  # footnote texts can go missing in extraction; numbers may jump this far
# what a note cites: such a line at the very foot of a page is the next note even where no
# blank line sets it apart or its mark was lost ("1 Kamerstuk 36 412, nr. 5")
CITES = re.compile(
    r"\s+(?:Kamerstuk(?:ken)?\b|Handelingen\b|Aanhangsel\b|Stb\.|Stcrt\.|https?://|www\.)"
)
CITING_LINES = 2  # lines such a note may take at the foot of its page


def marks(text: str) -> Iterator[tuple[int, int, int]]:
    """Candidate footnote marks in `text`: (start, end, number), by the glue rule only."""
    if not DIGIT.search(text):  # most lines have no digit; this is 4x faster than NUMBER
        return
    for m in NUMBER.finditer(text):
        if _glued(text, m.start(), m.end()):
            yield m.start(), m.end(), int(m[1])


def _glued(text: str, start: int, end: int) -> bool:
    if start == 0:
        return False
    c = text[start - 1]
    if c.isalpha():
        return c.islower()
    if c in ")»”’\"'":
        return start >= 2 and text[start - 2].isalnum()
    if c not in ".,;:?!" or start < 2:
        return False
    b = text[start - 2]
    if c == ",":
        return b.isalpha()
    if b.isalpha() or b in ")»”’":  # "Jeugdwet?1", "«het bericht»?1", "capita.2"
        return True
    # "2016.8 Het", "uit 2018?10 Bent": a digit before the stop, so the next word must open a
    # sentence; three digits there are a thousands group ("USD 4.750"), not a mark.
    rest = text[end:].lstrip()
    if not (b.isdigit() and end - start < 3 and (not rest or rest[0].isupper())):
        return False
    # ... but a number of one or two digits standing alone numbers a section ("2.1 Kosten")
    first = start - 2
    while first > 0 and text[first - 1].isdigit():
        first -= 1
    return start - 1 - first > 2 or (first > 0 and text[first - 1].isalnum())


def find(lines: list[str], bounds: tuple[tuple[int, int], ...], skip: set[int]) -> dict[int, int]:
    """Line index -> footnote number, for every line of every footnote block."""
    found: dict[int, int] = {}
    # text extracted with no blank lines: then the mark and the numbering must do alone
    packed = all(line.strip() for line in lines)
    last = 0
    previous_text = ""
    for first, end in bounds:
        content = [i for i in range(first, end + 1) if lines[i].strip() and i not in skip]
        for k, j in enumerate(content):
            m = FOOTNOTE_START.match(lines[j])
            if not m or not last < int(m[1]) <= last + MAX_GAP or j == first:
                continue
            number = int(m[1])
            cites = (
                number == last + 1
                and len(content) - k <= CITING_LINES
                and CITES.match(lines[j], m.end(1)) is not None
            )
            if lines[j - 1].strip() and not packed and not cites:
                continue
            body = " ".join(lines[i] for i in content[:k])
            marked = _has_mark(body, number) or _has_mark(previous_text, number)
            if not marked and not cites:
                continue
            last = _assign(lines, content[k:], number, found)
            content = content[:k]
            break
        previous_text = " ".join(lines[i] for i in content)
    return found


def _has_mark(text: str, number: int) -> bool:
    return any(n == number for _, _, n in marks(text))


def _assign(lines: list[str], block: list[int], number: int, found: dict[int, int]) -> int:
    """Give every line of a footnote block its footnote number; return the last number."""
    current = number
    for i in block:
        m = FOOTNOTE_START.match(lines[i])
        if m and current < int(m[1]) <= current + 3:
            current = int(m[1])
        found[i] = current
    return current
