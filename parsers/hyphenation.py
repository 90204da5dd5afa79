"""Words hyphenated across lines, repaired with the document's own vocabulary.

"kennisge-" + "nomen" becomes "kennisgenomen", but "EU-" + "lidstaten" keeps its hyphen (an
acronym), "Noord-" + "Afrikaanse" too (a capital follows), "partner-" + "en gezinsmigratie"
keeps hyphen and space (a conjunction follows), and a compound the document also spells with
a hyphen elsewhere ("asiel-zoeker" seen whole) keeps it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Literal

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
LAST_WORD = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)-$")
FIRST_WORD = re.compile(r"^([^\W\d_]+)")
CONJUNCTIONS = frozenset({"en", "of", "tot", "dan", "als", "noch", "c.q"})

Decision = Literal["join", "keep", "space"]


def vocabulary(lines: Iterable[str]) -> Counter[str]:
    """Lower-cased words of the document as printed, hyphenated compounds included."""
    kept = []
    for line in lines:
        text = line.rstrip()
        if text.endswith("-"):
            text = text[:-1].rsplit(" ", 1)[0] if " " in text else ""
        kept.append(text)
    return Counter(WORD.findall("\n".join(kept).lower()))


def split_word(line: str) -> str | None:
    """The word broken at the end of `line` ("kennisge" for "... kennisge-"), or None."""
    text = line.rstrip()
    if text.endswith("\u00ad"):
        text = text[:-1] + "-"
    if not text.endswith("-"):
        return None
    m = LAST_WORD.search(text, max(0, text.rfind(" ") + 1))
    return m[1] if m else None


def decide(left: str, right_line: str, vocab: Counter[str]) -> Decision:
    """How to join `left-` at a line end with the next line: drop, keep, or keep + space."""
    m = FIRST_WORD.match(right_line.lstrip())
    if not m:
        return "keep"
    right = m[1]
    if right.lower() in CONJUNCTIONS and right.islower():
        return "space"
    if not right[0].islower():
        return "keep"
    stem = left.rsplit("-", 1)[-1]
    if len(stem) >= 2 and stem.isupper():
        return "keep"
    joined = (left + right).lower()
    hyphened = (left + "-" + right).lower()
    if vocab[hyphened] > vocab[joined]:
        return "keep"
    return "join"
