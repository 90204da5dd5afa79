"""Rebuilt text with a map back to its source: what every format parser hands to `structure`.

A `TextBlock` is a paragraph, heading candidate, footnote or piece of page furniture whose text
has been rebuilt (lines joined, hyphenation repaired, footnote marks taken out) while keeping,
for every character, the page, line and column it came from.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Literal

import attrs

from parsers.model import Segment, Span

BlockKind = Literal["text", "heading", "footnote", "furniture"]


@attrs.frozen(kw_only=True, slots=True)
class Piece:
    """`text[offset:]` starts at this page, line and column (until the next piece)."""

    offset: int
    page: int | None
    line: int
    column: int


@attrs.frozen(kw_only=True, slots=True)
class TextBlock:
    """A run of rebuilt text with its source map, in reading order."""

    kind: BlockKind
    text: str
    pieces: tuple[Piece, ...]
    source: tuple[Segment, ...]
    marks: tuple[tuple[int, int], ...] = ()  # (offset in text, footnote number)
    blank_before: bool = True
    label: str = ""  # furniture kind, footnote number, or heading number as printed
    title: str = ""  # heading title (without its number)

    def span_at(self, offset: int) -> Span:
        """Page, line and column of the character at `offset` of `text`."""
        starts = [p.offset for p in self.pieces]
        piece = self.pieces[max(bisect_right(starts, offset) - 1, 0)]
        return Span(page=piece.page, line=piece.line, column=piece.column + offset - piece.offset)

    @property
    def span(self) -> Span:
        return self.span_at(0)

    def split(self, offset: int) -> tuple[TextBlock, TextBlock]:
        """The block cut in two where `text[offset]` (not a blank) begins the second half;
        each half keeps the source it covers, so nothing is lost or owned twice."""
        cut = self.span_at(offset)
        head_text = self.text[:offset].rstrip()
        blanks = offset - len(head_text)  # before the cut, on its line: left to neither half
        head_source, tail_source = [], []
        for seg in self.source:
            if (seg.line, seg.end) < (cut.line, cut.column):
                head_source.append(seg)
            elif (seg.line, seg.start) >= (cut.line, cut.column):
                tail_source.append(seg)
            else:
                if cut.column - 1 - blanks >= seg.start:
                    head_source.append(
                        Segment(line=seg.line, start=seg.start, end=cut.column - 1 - blanks)
                    )
                tail_source.append(Segment(line=seg.line, start=cut.column, end=seg.end))
        tail_pieces = [Piece(offset=0, page=cut.page, line=cut.line, column=cut.column)]
        tail_pieces += [
            attrs.evolve(p, offset=p.offset - offset) for p in self.pieces if p.offset > offset
        ]
        head = attrs.evolve(
            self,
            text=head_text,
            pieces=tuple(p for p in self.pieces if p.offset < offset),
            source=tuple(head_source),
            marks=tuple(m for m in self.marks if m[0] < offset),
        )
        tail = attrs.evolve(
            self,
            text=self.text[offset:],
            pieces=tuple(tail_pieces),
            source=tuple(tail_source),
            marks=tuple((o - offset, n) for o, n in self.marks if o >= offset),
            blank_before=False,
        )
        return head, tail


class TextBuilder:
    """Accumulates pieces of source lines into one text with its source map."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.pieces: list[Piece] = []
        self.marks: list[tuple[int, int]] = []

    def add(self, text: str, *, page: int | None, line: int, column: int) -> None:
        """Append `text`, which stands verbatim at `line`, `column` of the source."""
        if not text:
            return
        self.pieces.append(Piece(offset=self.length, page=page, line=line, column=column))
        self.parts.append(text)
        self.length += len(text)

    def join(self, sep: str) -> None:
        """Append a separator that stands nowhere in the source (a space for a line break)."""
        if self.length and sep:
            self.parts.append(sep)
            self.length += len(sep)

    def mark(self, number: int) -> None:
        self.marks.append((self.length, number))

    def ends_with(self, suffix: str) -> bool:
        return bool(self.parts) and self.parts[-1].endswith(suffix)

    def text(self) -> str:
        return "".join(self.parts)
