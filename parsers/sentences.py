"""Split a rebuilt Dutch paragraph into sentences: `split(text) -> [(start, end), ...]`.

Every run of ".", "?", "!" or "…" (with the quotes and brackets that close it) is a candidate
boundary; the word before it and the text after it decide. Abbreviations ("nr.", "o.a.",
"mr."), initials ("J. de Vries"), numbers ("3.000", "2016/2017") and web addresses do not end
a sentence; "jl.", "enz." and the like do when a capital follows. A full stop glued to the next
sentence ("migratie.Het") still splits. One pass over the candidates, linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

CLOSERS = "»”’\"')]"
OPENERS = "«“‘\"'(["
CANDIDATE = re.compile(r"(?:(?:\.|\?|!|…)+[»”’\"')\]]*)+")
SPACES = re.compile(r"(\s+)")
WINDOW = 64  # characters of context looked at on either side: keeps the pass linear


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Never the last word of a sentence: something always follows them.
PREFIX_ABBREVIATIONS = _words(
    """
    nr nrs art artt blz p pp vgl ca o.a bijv bv d.d t.a.v i.v.m m.b.t c.q z.g zgn resp m.u.v
    incl excl mr dr drs ir ing prof mw mevr dhr st stb stcrt trb e.g i.e n.a.v t.b.v i.p.v
    i.o.m i.s.m m.i.v t.o.v v.w.b o.g.v m.n evt vnl ong mln mld mrd jan feb mrt apr jun jul
    aug sep sept okt nov dec vs afd bijl hfd par jo
    """
)
# Abbreviations that may also close a sentence ("... van 25 april jl. Vanuit de EU ...").
TERMINAL_ABBREVIATIONS = _words("jl enz etc e.d e.a ed c.s a.s e.v red")
# Words that continue a citation rather than open a sentence ("... jl. Kamerstuk 19 637 ...").
REFERENCE_WORDS = _words("kamerstuk kamerstukken handelingen stb stcrt trb aanhangsel")
# Frequent sentence openers: after "bijlage B." they show that "B." was no initial.
SENTENCE_OPENERS = _words(
    """
    de het een dit dat deze die zij ze hij wij we ik u er in op ook daarnaast bovendien
    tevens voorts verder om als wat hoe welke kan is wordt zo
    """
)

INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")
DOTTED_LOWER = re.compile(r"[a-z](?:\.[a-z])+")
NUMBER = re.compile(r"[\d.,/:–-]*\d[\d.,/:–-]*")
ENUMERATION = re.compile(r"\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivx]+|[IVX]+")
# "... in de grote steden? (blz. 23)": a lijst van vragen cites the page after the question
CITED_PAGE = r"\((?i:blz|bladzijde|pag|pagina|p)\.?\s*\d+(?:\s*[-–]\s*\d+)?\)[.;,]?"
PAGE_CITATION = re.compile(CITED_PAGE + r"(?!\S)")
ITEM_LABEL = re.compile(r"(?:[a-z]|[ivx]{1,4}|\d{1,2})\)")  # "b)", "iii)", "2)": a sub-question
URL_HINT = re.compile(r"www\.|://|@|\.(?:nl|com|org|eu|int|html?|pdf)\b", re.IGNORECASE)


def split(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, in order, covering all its non-space text."""
    starts, ends = _tokens(text)
    if not starts:
        return []
    spans: list[tuple[int, int]] = []
    begin = starts[0]
    for m in CANDIDATE.finditer(text):
        s, e = m.span()
        if s < begin:
            continue  # inside a page citation taken into the sentence before
        i = bisect_right(starts, s) - 1
        a, b = starts[i], ends[i]
        if e < b:
            nxt, spaced = text[e : min(b, e + WINDOW)], False
        elif i + 1 < len(starts):
            na, nb = starts[i + 1], ends[i + 1]
            nxt, spaced = text[na : min(nb, na + WINDOW)], True
        else:
            break  # the last sentence ends at the end of the text anyway
        pa, pb = (starts[i - 1], ends[i - 1]) if i > 0 else (0, 0)
        prev = text[max(pa, pb - WINDOW) : pb]
        left = text[max(a, s - WINDOW) : s]
        if _is_boundary(left, m.group(), nxt, spaced, prev, first=i == 0):
            cited = PAGE_CITATION.match(text, starts[i + 1]) if spaced else None
            if cited:  # the page the sentence is about belongs to it
                e = cited.end()
                after = bisect_right(starts, e)
                if after == len(starts):
                    break
                spans.append((begin, e))
                begin = starts[after]
                continue
            spans.append((begin, e))
            begin = e if not spaced else starts[i + 1]
    spans.append((begin, ends[-1]))
    return spans


def _tokens(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of the runs of non-space in `text`.

    Split and sum lengths rather than loop over matches: this runs for every paragraph.
    """
    parts = SPACES.split(text)  # token, space, token, ..., token; the outer ones may be ""
    edges = list(accumulate(map(len, parts), initial=0))
    starts, ends = edges[0:-1:2], edges[1::2]
    first = 1 if parts[0] == "" else 0
    last = len(starts) - 1 if parts[-1] == "" and len(parts) > 1 else len(starts)
    return starts[first:last], ends[first:last]


def _is_boundary(left: str, punct: str, nxt: str, spaced: bool, prev: str, first: bool) -> bool:
    """Whether `left` + `punct` ends a sentence, given the text `nxt` that follows it."""
    if "?" in punct or "!" in punct:  # "... op de wachtlijst? b) Waarom ..." splits too
        return not nxt[0].islower() or (spaced and bool(ITEM_LABEL.fullmatch(nxt)))
    if "…" in punct or ".." in punct:
        return spaced and _opens_sentence(nxt)
    word = left.lstrip(OPENERS)
    closed = word != word.rstrip(CLOSERS)
    word = word.rstrip(CLOSERS)
    lower = word.lower()
    if not spaced:
        return _glued_boundary(word, left + punct + nxt, nxt, closed)
    if not word:
        return True
    if first and word == left and ENUMERATION.fullmatch(word):
        return False
    if lower in PREFIX_ABBREVIATIONS:
        return closed and _opens_sentence(nxt)
    if lower in TERMINAL_ABBREVIATIONS or DOTTED_LOWER.fullmatch(word):
        return _opens_sentence(nxt) and not _is_reference(nxt)
    if INITIALS.fullmatch(word) and not closed:
        return _label_not_initial(word, prev, nxt)
    if NUMBER.fullmatch(word):
        return _opens_sentence(nxt) and not _is_reference(nxt)
    if URL_HINT.search(word):
        return _opens_sentence(nxt)
    # An ordinary word: a full stop ends the sentence, unless it closes a quote or bracket
    # inside a sentence that goes on in lower case ("(zie bijlage.) en ...").
    return not (punct != "." and nxt[0].islower())


def _glued_boundary(word: str, chunk: str, nxt: str, closed: bool) -> bool:
    """A full stop with no space after it: "migratie.Het" splits, "4.750" and "U.S.A" do not."""
    if not (len(nxt) > 1 and nxt[0].isupper() and nxt[1].islower()):
        return False
    if URL_HINT.search(chunk):
        return False
    if closed:
        return True
    tail = word.rsplit(".", 1)[-1]
    return len(tail) >= 2 and word.lower() not in PREFIX_ABBREVIATIONS | TERMINAL_ABBREVIATIONS


def _label_not_initial(word: str, prev: str, nxt: str) -> bool:
    """"J. de Vries" is a name; "..., B. Het" and "bijlage B. De" end a sentence."""
    if len(word) > 1 or not _opens_sentence(nxt):
        return False
    if prev.endswith(",") or NUMBER.fullmatch(prev.rstrip(",;:")):
        return True
    bare = nxt.lstrip(OPENERS).lower()
    return prev.islower() and bare in SENTENCE_OPENERS


def _opens_sentence(nxt: str) -> bool:
    """Whether `nxt` can begin a sentence: a capital, maybe after an opening quote."""
    bare = nxt.lstrip("«“‘\"'")
    return bool(bare) and bare[0].isupper()


def _is_reference(nxt: str) -> bool:
    return nxt.rstrip(".,;:").lower() in REFERENCE_WORDS
