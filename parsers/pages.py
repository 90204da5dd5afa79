"""Page breaks, running footers and printed page numbers in text extracted from PDF.

Extractors mark a new page with a form feed (pdftotext) or, in the corpus we know, by a first
line that starts with a space. Most pages lose their footer ("Tweede Kamer, vergaderjaar
2017–2018, 19 637, nr. 2395 7") in extraction, so the printed number of every page is
counted from the footers that remain.
"""

from __future__ import annotations

import re
from collections import Counter

import attrs

# The first page prints its ISSN and place and year of print beside the footer, on its line
# or on lines of their own (the colophon, below).
ISSN = r"ISSN\s+\d{4}\s*-\s*\d{3}[\dX]"
PRINTED_AT = r"[’']s-Gravenhage\s+\d{4}"
FOOTER = re.compile(
    rf"^\s*(?:{ISSN}\s*)?(?:{PRINTED_AT}\s*)?"
    r"(?P<text>(?:Tweede|Eerste)\s+Kamer,\s+vergaderjaar\s+\d{4}\s*[–-]\s*\d{4},\s*"
    # "19 637, nr. 2395", an Eerste Kamer stuk "36 512, C", or Kamervragen' "Aanhangsel"
    r"(?P<doc>.*?(?:\bnr\.\s*\d+[A-Za-z]?|\b\d{2}\s?\d{3}(?:\s+[IVXL]+)?,\s*[A-Z]{1,2}"
    r"|\bAanhangsel)))(?:\s+(?P<page>\d{1,4}))?\s*$"  # most pages print no number
)
HANDELINGEN_FOOTER = re.compile(
    r"^\s*(?P<text>Aanhangsel\s+(?:van\s+de\s+)?Handelingen.*?)\s+(?P<page>\d{1,4})\s*$"
)
# The colophon beside the first page's footer, each on a line of its own: the publication's
# identifier ("kst-19637-2256", "ah-tk-20232024-1314"), its ISSN and place and year of print.
COLOPHON = re.compile(
    rf"^\s*(?:(?:kst|ah|blg|stb|stcrt|h)(?=\S*\d)(?:-[0-9A-Za-z]+)+|{ISSN}|{PRINTED_AT})\s*$"
)
PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?(?P<page>\d{1,4})(?:\s*-)?\s*$")
# Above this share of indented lines the text is a layout dump, where indentation means
# nothing about pages.
INDENTED_SHARE_MAX = 0.15


@attrs.frozen(kw_only=True, slots=True)
class PageLayout:
    """Physical pages as (first, last) 0-based line indices, their printed numbers, furniture."""

    bounds: tuple[tuple[int, int], ...]
    numbers: tuple[int | None, ...]
    furniture: dict[int, tuple[str, str]]  # line index -> (kind, text)

    def page_of_line(self) -> list[int]:
        """The physical page index of every line."""
        index = []
        for page, (first, last) in enumerate(self.bounds):
            index.extend([page] * (last - first + 1))
        return index


def footer(line: str) -> tuple[bool, int | None]:
    """Whether `line` is a running footer (or header), and the printed page number it gives."""
    m = FOOTER.match(line) or HANDELINGEN_FOOTER.match(line)
    return m is not None, int(m["page"]) if m and m["page"] else None


def footer_document(line: str) -> str | None:
    """The Kamerstuk a running footer names ("19 637, nr. 2395"), or None."""
    m = FOOTER.match(line)
    return " ".join(m["doc"].split()) if m and m["doc"] != "Aanhangsel" else None


def layout(lines: list[str]) -> PageLayout:
    """Find page breaks, footers and stray page numbers, and number the pages as printed."""
    indented = sum(1 for ln in lines if ln[:1] in (" ", "\t") and ln.strip())
    nonblank = sum(1 for ln in lines if ln.strip()) or 1
    space_breaks = indented / nonblank <= INDENTED_SHARE_MAX

    starts = [0]
    furniture: dict[int, tuple[str, str]] = {}
    printed: dict[int, int] = {}  # physical page -> printed number, from footers
    after_footer = False
    for i, line in enumerate(lines):
        if not line.strip():
            if "\f" in line:
                after_footer = True
            continue
        if COLOPHON.match(line):  # beside the footer: it neither starts nor ends a page
            furniture[i] = ("colophon", line.strip())
            continue
        new_page = (
            line.startswith("\f") or after_footer or (space_breaks and line[:1] in (" ", "\t"))
        )
        if new_page and i > starts[-1] and _has_text(lines, starts[-1], i):
            starts.append(i)
        found, number = footer(line)
        if found:
            # At the top of a page it is a running header; at the foot, the page ends here.
            top = not _has_text(lines, starts[-1], i)
            furniture[i] = ("header" if top else "footer", line.strip())
            if number is not None:
                printed[len(starts) - 1] = number
            after_footer = not top
        else:
            after_footer = False
    bounds = tuple(
        (first, (starts[k + 1] - 1) if k + 1 < len(starts) else len(lines) - 1)
        for k, first in enumerate(starts)
    )
    _mark_page_numbers(lines, bounds, furniture, printed)
    return PageLayout(
        bounds=bounds, numbers=_number_pages(len(bounds), printed), furniture=furniture
    )


def plain(lines: list[str]) -> PageLayout:
    """Pages of laid-out text (DOCX, HTML, XML): they break at form feeds only, are
    numbered from 1, and have no footers or printed page numbers."""
    starts = [0] + [i for i, line in enumerate(lines) if i and line.startswith("\f")]
    bounds = tuple(
        (first, (starts[k + 1] - 1) if k + 1 < len(starts) else len(lines) - 1)
        for k, first in enumerate(starts)
    )
    return PageLayout(bounds=bounds, numbers=tuple(range(1, len(bounds) + 1)), furniture={})


def _has_text(lines: list[str], first: int, end: int) -> bool:
    return any(lines[k].strip() for k in range(first, end))


def _mark_page_numbers(
    lines: list[str],
    bounds: tuple[tuple[int, int], ...],
    furniture: dict[int, tuple[str, str]],
    printed: dict[int, int],
) -> None:
    """A lone number as the first or last line of a page is its printed page number."""
    for page, (first, last) in enumerate(bounds):
        content = [i for i in range(first, last + 1) if lines[i].strip() and i not in furniture]
        if len(content) < 3:
            continue
        for i in (content[0], content[-1]):
            m = PAGE_NUMBER.match(lines[i])
            if m and _blank_next_to(lines, i, first, last):
                furniture[i] = ("page_number", lines[i].strip())
                printed.setdefault(page, int(m["page"]))
                break


def _blank_next_to(lines: list[str], i: int, first: int, last: int) -> bool:
    before = i == first or not lines[i - 1].strip()
    after = i == last or not lines[i + 1].strip()
    return before and after


def _number_pages(count: int, printed: dict[int, int]) -> tuple[int | None, ...]:
    """Printed numbers from the most common offset between physical and printed numbers."""
    if not printed:
        return tuple(range(1, count + 1))
    offsets = Counter(number - page for page, number in printed.items())
    best = max(offsets.values())
    offset = next(
        o for o in (number - page for page, number in sorted(printed.items())) if offsets[o] == best
    )
    return tuple(page + offset for page in range(count))
