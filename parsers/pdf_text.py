"""Text extracted from a PDF -> text blocks: paragraphs, headings, footnotes, page furniture.

Pages, footers and printed page numbers come from `pages`, footnote blocks and marks from
`footnotes`, line-end hyphens from `hyphenation`, headings from `headings`. What is left is
the running text, rebuilt into paragraphs across line and page breaks.
"""

from __future__ import annotations

import re

import attrs

from parsers import factions, footnotes, headings, hyphenation, pages, replies
from parsers.layout import Laid
from parsers.model import Segment
from parsers.textblocks import TextBlock, TextBuilder

SENTENCE_FINAL = re.compile(r"[.?!:][»”’\")]*$")
OPENS_PARAGRAPH = re.compile(r"^[\s\f]*[A-ZÀ-ÖØ-Þ«\"“‘(0-9•–-]")
NOTE_NUMBER = re.compile(r"[\s\f]*\d+\s*")  # before a footnote's text
ASKERS = re.compile(r"\s*(?:Ook\s+)?[Dd]e\s+leden\s+van\b")
# A line counts as full when it is at least this share of the widest lines.
WIDTH_QUANTILE = 0.9
# A line ending a sentence this far short of the full width ends its paragraph.
SHORT_LINE = 0.85
# Text whose lines run this long, with no blank lines, was never wrapped (OCR output, text
# saved from a word processor): there every line is a paragraph of its own.
UNWRAPPED_LINE = 250
UNWRAPPED_SHARE = 0.3
LABEL_LINE = 60  # longer lines are no label


@attrs.frozen(kw_only=True, slots=True)
class BodyLine:
    """A line of running text (not furniture, not footnote) and what stands before it."""

    index: int
    text: str
    page: int | None
    blank_before: bool  # a blank line on the same page separates it from the previous one
    page_start: bool  # first running-text line of its page


def read(
    text: str, laid: Laid | None = None
) -> tuple[list[TextBlock], pages.PageLayout, list[str]]:
    """Split PDF text into text blocks in reading order; also the page layout and the lines.
    Text laid out from a DOCX, HTML or XML file comes with its notes and marks (`laid`)."""
    lines = [ln.rstrip("\r") for ln in text.split("\n")]
    if len(lines) > 1 and not lines[-1]:
        lines.pop()  # the empty string after the final newline is not a line
    if laid is None:
        layout = pages.layout(lines)
        notes = footnotes.find(lines, layout.bounds, set(layout.furniture))
    else:
        layout, notes = pages.plain(lines), dict(laid.notes)
    page_of = layout.page_of_line()
    blocks: list[TextBlock] = []
    for i, (kind, _) in sorted(layout.furniture.items()):
        blocks.append(_line_block(lines, i, "furniture", layout.numbers[page_of[i]], label=kind))
    blocks.extend(_footnote_blocks(lines, notes, layout, page_of))
    body = _body_lines(lines, layout, notes, page_of)
    if not any(b.blank_before for b in body) and not _unwrapped(body):
        body = _breaks_restored(body)
    marks = _MarkCounter(set(notes.values())) if laid is None else _KnownMarks(laid.marks)
    blocks.extend(_paragraphs(body, hyphenation.vocabulary(b.text for b in body), marks))
    blocks.sort(key=lambda b: (b.source[0].line, b.source[0].start))
    return blocks, layout, lines


def _segment(lines: list[str], i: int) -> Segment:
    line = lines[i]
    start = len(line) - len(line.lstrip(" \t\f\v"))
    end = len(line.rstrip())
    return Segment(line=i + 1, start=start + 1, end=end)


def _line_block(lines: list[str], i: int, kind, page: int | None, label: str = "") -> TextBlock:
    seg = _segment(lines, i)
    builder = TextBuilder()
    builder.add(lines[i][seg.start - 1 : seg.end], page=page, line=i + 1, column=seg.start)
    return TextBlock(
        kind=kind, text=builder.text(), pieces=tuple(builder.pieces), source=(seg,), label=label
    )


def _footnote_blocks(lines, notes: dict[int, int], layout, page_of) -> list[TextBlock]:
    """One block per footnote, its wrapped lines joined."""
    blocks = []
    by_number: dict[int, list[int]] = {}
    for i, number in sorted(notes.items()):
        by_number.setdefault(number, []).append(i)
    for number, rows in by_number.items():
        builder = TextBuilder()
        source = []
        for k, i in enumerate(rows):
            seg = _segment(lines, i)
            source.append(seg)
            text = lines[i][seg.start - 1 : seg.end]
            if k == 0:
                # the number itself is not part of the note's text
                m = NOTE_NUMBER.match(lines[i])
                assert m is not None
                skip = m.end() - (seg.start - 1)
                text, column = text[skip:], seg.start + skip
            else:
                column = seg.start
            _append_line(builder, text, page=layout.numbers[page_of[i]], line=i + 1, column=column)
        blocks.append(
            TextBlock(
                kind="footnote",
                text=builder.text(),
                pieces=tuple(builder.pieces),
                source=tuple(source),
                label=str(number),
            )
        )
    return blocks


def _append_line(builder: TextBuilder, text: str, *, page, line: int, column: int) -> None:
    """Append a line to a footnote; a line ending in "-" is mostly a URL or a compound."""
    builder.join("" if builder.ends_with("-") else " ")
    builder.add(text, page=page, line=line, column=column)


def _body_lines(lines, layout: pages.PageLayout, notes, page_of) -> list[BodyLine]:
    body: list[BodyLine] = []
    last_page = -1
    blank = False
    set_apart = False  # blank lines after furniture or a footnote belong to the page break
    for i, line in enumerate(lines):
        if not line.strip():
            blank = blank or not set_apart
            continue
        if i in layout.furniture or i in notes:
            set_apart, blank = True, False
            continue
        set_apart = False
        page = page_of[i]
        page_start = page != last_page
        if page_start and body and _goes_on(body[-1].text, line):
            blank = False  # a sentence broken by the page, where no footer stood between
        body.append(
            BodyLine(
                index=i,
                text=line,
                page=layout.numbers[page],
                blank_before=blank,
                page_start=page_start,
            )
        )
        last_page = page
        blank = False
    return body


def _goes_on(before: str, line: str) -> bool:
    """Whether `line`, atop a page, goes on with the sentence `before` left unfinished."""
    return not SENTENCE_FINAL.search(before.rstrip()) and line.lstrip(" \t\f")[:1].islower()


def _breaks_restored(body: list[BodyLine]) -> list[BodyLine]:
    """Text extracted with no blank lines at all: a blank line where one was lost. A paragraph
    ends at a line that ends a sentence well short of the full width, or before a sentence
    that names its askers ("De leden van de SP-fractie ..."); a title (a heading, an answer
    header) stands apart, also when it wraps onto one short line. Headings and paragraphs are
    then found as usual. Letters are no measure of width in a proportional font, so a short
    line alone is not enough."""
    width = _full_width(body)
    n = len(body)
    short = [k + 1 == n or _short(body[k].text, body[k + 1].text, width) for k in range(n)]
    breaks = [False] * (n + 1)  # before line k
    for k, line in enumerate(body):
        if SENTENCE_FINAL.search(line.text.rstrip()) and (
            short[k] or (k + 1 < n and ASKERS.match(body[k + 1].text))
        ):
            breaks[k + 1] = True
        if _title(line.text):
            tail = k if short[k] else k + 1  # a title may wrap onto one short line
            if tail == k or (tail < n and short[tail] and not _continues(body[tail].text)):
                breaks[k] = breaks[tail + 1] = True
    return [
        attrs.evolve(b, blank_before=True) if breaks[k] and not b.page_start else b
        for k, b in enumerate(body)
    ]


def _continues(text: str) -> bool:
    """Whether a line reads as more than the end of a wrapped title."""
    return len(text.split()) > 8 or headings.SENTENCE_END.search(text) is not None


def _title(text: str) -> bool:
    """Whether a line reads as a title: a part or section heading, an answer header."""
    return bool(
        headings.part_heading(text)
        or (headings.SECTION.match(text.strip()) and not headings.SENTENCE_END.search(text))
        or factions.answer_header(text)
    )


def _full_width(body: list[BodyLine]) -> int:
    lengths = sorted(len(b.text.strip()) for b in body)
    return lengths[int(len(lengths) * WIDTH_QUANTILE)] if lengths else 0


def _paragraphs(body: list[BodyLine], vocab, marks) -> list[TextBlock]:
    """Group running-text lines into headings and paragraphs."""
    width = _full_width(body)
    unwrapped = _unwrapped(body)
    exact = isinstance(marks, _KnownMarks)  # laid out: a paragraph ends at a blank line
    blocks: list[TextBlock] = []
    group: list[BodyLine] = []
    # the numbers a section heading may follow: after a part heading, numbering may start
    # again at 1 or go on (a label such as "Reactie van de minister" above every answer)
    previous_section: tuple[str | None, ...] = (None,)
    # numbered questions and answers ("Vraag 1", "Antwoord 1"), when the document has several
    # (a schriftelijk overleg, with its parts, may still print "Vraag 12" on a line of its own)
    texts = [b.text for b in body]
    numbered_at = [headings.numbered_label(text) for text in texts]
    # a single question may stand above a "Mededeling" that replies to it
    replied_to_all = any(headings.REPLY_TO_ALL.fullmatch(text.strip()) for text in texts)
    if sum(found is not None for found in numbered_at) + replied_to_all < 2:
        bare = headings.bare_numbered(texts)  # "1" ... "Antwoord" ... "1"
        numbered_at = [bare.get(k) for k in range(len(body))]
    if sum(found is not None for found in numbered_at) + replied_to_all < 2 or any(
        headings.part_heading(text) for text in texts
    ):
        numbered_at = [None] * len(body)
    else:  # "Mededeling": a reply to all the numbered questions, under no number
        numbered_at = [
            ("reactie", (), len(text.rstrip()))
            if found is None and headings.REPLY_TO_ALL.fullmatch(text.strip())
            else found
            for found, text in zip(numbered_at, texts, strict=True)
        ]
    listed = headings.contents(texts)
    # a note's mark in a heading is no part of its title ("Algemeen1"), where it is known
    titles = [_unmarked(b, marks) for b in body] if exact else body
    seen: set[tuple[str, str]] = set()  # (number, title) of the section headings so far
    # lines that open a paragraph: after a blank line, atop a page
    opens = [k == 0 or b.blank_before or b.page_start for k, b in enumerate(body)]
    found, numbered = headings.topics(texts, opens, listed) if not any(numbered_at) else ((), False)
    # agenda items are sections, or where sections are numbered, titles under them
    topics, subtopics = (set(), set(found)) if numbered else (set(found), set())
    i = 0
    while i < len(body):
        line = body[i]
        if i in topics:  # "Oekraïne": an agenda item, in the inbreng and in the reactie
            if group:
                blocks.append(_paragraph(group, vocab, marks))
                group = []
            title = " ".join(line.text.split())
            blocks.append(_heading_block([line], title, title, False))
            i += 1
            continue
        if i in subtopics:
            if group:
                blocks.append(_paragraph(group, vocab, marks))
                group = []
            blocks.append(attrs.evolve(_paragraph([line], vocab, marks), label="topic"))
            i += 1
            continue
        found = numbered_at[i] if i not in listed else None
        if found is not None:
            if group:
                blocks.append(_paragraph(group, vocab, marks))
                group = []
            kind, numbers, end = found
            label = f"numbered:{kind}:" + headings.numbered_section(numbers)
            head = attrs.evolve(line, text=line.text[:end])
            blocks.append(_heading_block([head], label, head.text.strip(), False))
            if end < len(line.text.rstrip()):  # "Vraag 1 De ...": the text goes on
                group = [attrs.evolve(line, text=" " * end + line.text[end:])]
            i += 1
            continue
        if headings.opens_answers(line.text):  # the answers may number their sections anew
            previous_section = (None, previous_section[-1])
        heading = None if i in listed else _heading_at(titles, i, previous_section, seen)
        if heading is not None:
            if group:
                blocks.append(_paragraph(group, vocab, marks))
                group = []
            number, title, used, is_part = heading
            if not is_part:
                seen.add((number, title.casefold()))
            previous_section = (None, previous_section[-1]) if is_part else (number,)
            blocks.append(_heading_block(titles[i : i + used], number, title, is_part))
            i += used
            continue
        if group and (
            unwrapped
            or _starts_paragraph(group[-1], line, width, exact)
            or _wrapped_header(group)
        ):
            blocks.append(_paragraph(group, vocab, marks))
            group = []
        group.append(line)
        i += 1
    if group:
        blocks.append(_paragraph(group, vocab, marks))
    return blocks


def _unwrapped(body: list[BodyLine]) -> bool:
    """Whether most of the text stands in lines too long to have been wrapped, and no blank
    line sets paragraphs apart (then a long line may hold several paragraphs, glued)."""
    if any(b.blank_before for b in body):
        return False
    lengths = [len(b.text.strip()) for b in body]
    long = sum(n for n in lengths if n > UNWRAPPED_LINE)
    return long > UNWRAPPED_SHARE * sum(lengths)


def _starts_paragraph(previous: BodyLine, line: BodyLine, width: int, exact: bool) -> bool:
    """Whether `line` opens a new paragraph after `previous`.

    A blank line does; so does the line after an answer header ("Op de vragen van de
    X-fractie."), a label ("Antwoord") on a line of its own and the line after it, and a
    line that opens with a label ("Antwoord: Ja, ..."), and a number alone (a question's)
    after a question. At the top of a page, where the blank line may be lost, a paragraph
    starts at a number alone, or when the last line of the page before ends a sentence well
    short of the full width. In laid-out text (`exact`) a page break never ends one.
    """
    if line.blank_before or factions.answer_header(previous.text) is not None:
        return True
    if _label(line.text) or _label(previous.text) or _opens_with_label(previous, line):
        return True
    prev = previous.text.strip()
    # "5": the next question's number, after the question before or atop the page
    if headings.lone_numbers(line.text) and (line.page_start or prev.endswith("?")):
        return True
    if not line.page_start or exact:
        return False
    if not SENTENCE_FINAL.search(prev) or not OPENS_PARAGRAPH.match(line.text):
        return False
    return _short(prev, line.text, width)


def _short(line: str, following: str, width: int) -> bool:
    """Whether `line` ends well short of the full width: the first word of the line after
    it would have fitted on it."""
    return len(line.strip()) + 1 + len(following.split()[0]) <= SHORT_LINE * width


def _wrapped_header(group: list[BodyLine]) -> bool:
    """Whether the two lines so far are an answer header wrapped over both ("Op de vragen
    van de fracties van GroenLinks-PvdA en de" / "SP."): the answer starts after them."""
    return (
        len(group) == 2
        and factions.answer_header(group[0].text) is None
        and factions.answer_header(f"{group[0].text.strip()} {group[1].text.strip()}") is not None
    )


def _opens_with_label(previous: BodyLine, line: BodyLine) -> bool:
    """"Antwoord: In 2026 ..." on the line after the question's last: the answer opens here
    (not "vraag: hoe lang ..." wrapped inside a sentence)."""
    text, before = line.text.strip(), previous.text.strip()
    return (
        text[:1].isupper()
        and (SENTENCE_FINAL.search(before) is not None or before.endswith(")"))  # "(blz. 3)"
        and replies.inline_label(text) is not None
    )


def _label(text: str) -> bool:
    """A label ("Antwoord", "Reactie van de minister") on a line of its own."""
    return len(text) <= LABEL_LINE and replies.label(text) is not None


def _heading_at(
    body: list[BodyLine], i: int, previous: tuple[str | None, ...], seen: set[tuple[str, str]]
):
    """(number, title, lines used, is_part) when a heading starts at body[i]; `seen`: the
    (number, title) of the section headings before it."""
    line = body[i]
    opens = i == 0 or line.blank_before or line.page_start
    if not opens:
        return None
    part = headings.part_heading(line.text)
    section = None
    for number in () if part else dict.fromkeys(previous):
        section = section or headings.section_heading(line.text, number)
    if not part and not section:
        # out of order, but a heading seen before word for word: a reactie per faction
        # goes through the sections again for each faction ("2. Veiligheid" after "4. Overig")
        section = headings.repeated_heading(line.text, seen)
    found = part or section
    if found is None:
        return None
    number, title = found
    used = 1
    nxt = body[i + 1] if i + 1 < len(body) else None
    after = body[i + 2] if i + 2 < len(body) else None
    if nxt is not None and not nxt.blank_before and not nxt.page_start:
        # wrapped title: a short second line, not a sentence, then a break
        cont = nxt.text.strip()
        closes = after is None or after.blank_before or after.page_start
        if closes and not _continues(cont):
            title, used = f"{title} {cont}", 2
        else:
            return None
    return number, title, used, part is not None


def _unmarked(line: BodyLine, marks: _KnownMarks) -> BodyLine:
    """The line with its notes' marks taken out."""
    found = marks.found(line.index, line.text, 0)
    if not found:
        return line
    text, at = [], 0
    for start, end, _ in found:
        text.append(line.text[at:start])
        at = end
    return attrs.evolve(line, text="".join(text) + line.text[at:])


def _heading_block(rows: list[BodyLine], number: str, title: str, is_part: bool) -> TextBlock:
    builder = TextBuilder()
    source = []
    for row in rows:
        start = len(row.text) - len(row.text.lstrip(" \t\f\v"))
        end = len(row.text.rstrip())
        source.append(Segment(line=row.index + 1, start=start + 1, end=end))
        builder.join(" ")
        builder.add(row.text[start:end], page=row.page, line=row.index + 1, column=start + 1)
    return TextBlock(
        kind="heading",
        text=builder.text(),
        pieces=tuple(builder.pieces),
        source=tuple(source),
        label=("part:" if is_part else "") + number,
        title=title,
    )


class _MarkCounter:
    """Footnote marks run 1, 2, 3 ... through the text; a missing note may skip a few."""

    def __init__(self, known: set[int]) -> None:
        self.known = known
        self.expected = min(known) if known else 1

    def accept(self, number: int) -> bool:
        ok = number == self.expected or (
            number in self.known and self.expected < number <= self.expected + 3
        )
        if ok:
            self.expected = number + 1
        return ok

    def found(self, index: int, text: str, start: int) -> list[tuple[int, int, int]]:
        """The marks in line `index` (`text`) from column `start` on, by their look."""
        return [m for m in footnotes.marks(text) if m[0] >= start and self.accept(m[2])]


class _KnownMarks:
    """The marks of laid-out text, where its layout put them."""

    def __init__(self, marks: dict[int, tuple[tuple[int, int, int], ...]]) -> None:
        self.marks = marks

    def found(self, index: int, text: str, start: int) -> list[tuple[int, int, int]]:
        return [m for m in self.marks.get(index, ()) if m[0] >= start]


def _paragraph(group: list[BodyLine], vocab, marks: _MarkCounter) -> TextBlock:
    """Join lines into one paragraph: hyphens repaired, footnote marks taken out."""
    builder = TextBuilder()
    source = []
    pending = ""  # how the previous line ended: "", "join", "keep", "space"
    for k, row in enumerate(group):
        start = len(row.text) - len(row.text.lstrip(" \t\f\v"))
        end = len(row.text.rstrip())
        source.append(Segment(line=row.index + 1, start=start + 1, end=end))
        text = row.text[start:end]
        if k:
            builder.join({"join": "", "keep": "", "space": " "}.get(pending, " "))
        pending = ""
        nxt = group[k + 1] if k + 1 < len(group) else None
        cut = end
        if nxt is not None:
            left = hyphenation.split_word(text)
            if left is not None:
                pending = hyphenation.decide(left, nxt.text, vocab)
                if pending == "join":
                    cut = end - 1
        _add_with_marks(builder, row, start, cut, marks)
    return TextBlock(
        kind="text",
        text=builder.text(),
        pieces=tuple(builder.pieces),
        source=tuple(source),
        marks=tuple(builder.marks),
        blank_before=group[0].blank_before or group[0].page_start,
    )


def _add_with_marks(builder: TextBuilder, row: BodyLine, start: int, end: int, marks) -> None:
    """Add row.text[start:end], leaving footnote marks out of the text."""
    text = row.text[:end]
    pos = start
    for m_start, m_end, number in marks.found(row.index, text, start):
        if m_end > end:
            continue
        builder.add(text[pos:m_start], page=row.page, line=row.index + 1, column=pos + 1)
        builder.mark(number)
        pos = m_end
    builder.add(text[pos:end], page=row.page, line=row.index + 1, column=pos + 1)
