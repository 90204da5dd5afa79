"""The document model every parser produces and every later stage reads.

Frozen attrs classes, nothing format-specific: a parser for PDF text, XML or DOCX fills the
same fields. Positions are 1-based line and column in the input file (for formats without
lines, the parser chooses a stable equivalent); pages are the *printed* page numbers.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

import attrs

DocumentKind = Literal[
    "schriftelijk_overleg", "vragen_en_antwoorden", "nota", "letter", "unknown"
]
PartKind = Literal["front", "inbreng", "reactie", "body"]
QuestionKind = Literal["direct", "indirect"]
FurnitureKind = Literal["footer", "header", "page_number", "colophon"]


@attrs.frozen(kw_only=True, slots=True)
class Segment:
    """A run of source characters: line, first column, last column (1-based, inclusive)."""

    line: int
    start: int
    end: int


@attrs.frozen(kw_only=True, slots=True)
class Span:
    """Where an element begins: printed page, line and column of its first character."""

    page: int | None
    line: int
    column: int


@attrs.frozen(kw_only=True, slots=True)
class Sentence:
    """One sentence of a paragraph, with the faction speaking and whether it asks something."""

    text: str
    span: Span
    start: int = 0  # offset of the sentence in its paragraph's text
    factions: tuple[str, ...] = ()  # every faction speaking
    # the first of them; a field (not a property) so that the JSON of the model carries it
    faction: str | None = attrs.field(init=False)
    question: QuestionKind | None = None
    footnote_marks: tuple[int, ...] = ()

    @faction.default
    def _first_faction(self) -> str | None:
        return self.factions[0] if self.factions else None


@attrs.frozen(kw_only=True, slots=True)
class Paragraph:
    """A paragraph rebuilt across line and page breaks; `source` lists every input run it owns."""

    id: str
    text: str
    span: Span
    source: tuple[Segment, ...]
    sentences: tuple[Sentence, ...] = ()
    factions: tuple[str, ...] = ()
    is_header: bool = False  # heads answers: "Op de vragen van de X-fractie.", "Antwoord"
    footnote_marks: tuple[int, ...] = ()
    # (offset in text, page, line, column): where each run of the text starts in the source
    anchors: tuple[tuple[int, int | None, int, int], ...] = ()

    @property
    def faction(self) -> str | None:
        return self.factions[0] if self.factions else None

    def span_at(self, offset: int) -> Span:
        """Page, line and column of the character at `offset` of `text`."""
        best = None
        for anchor in self.anchors:
            if anchor[0] > offset:
                break
            best = anchor
        if best is None:
            return self.span
        start, page, line, column = best
        return Span(page=page, line=line, column=column + offset - start)

    @property
    def last_page(self) -> int | None:
        pages = [a[1] for a in self.anchors if a[1] is not None]
        return pages[-1] if pages else self.span.page


@attrs.frozen(kw_only=True, slots=True)
class Block:
    """Consecutive paragraphs of one faction (or of none, e.g. an opening remark)."""

    factions: tuple[str, ...]
    paragraphs: tuple[Paragraph, ...]

    @property
    def faction(self) -> str | None:
        return self.factions[0] if self.factions else None


@attrs.frozen(kw_only=True, slots=True)
class Heading:
    """A printed heading: part ("I. Vragen ...") or section ("1.2 Versterken ...")."""

    number: str
    title: str
    span: Span
    source: tuple[Segment, ...]


@attrs.frozen(kw_only=True, slots=True)
class Section:
    """A numbered section (pijler) as printed, with its faction blocks."""

    number: str
    title: str
    heading: Heading | None
    blocks: tuple[Block, ...]

    def paragraphs(self) -> Iterator[Paragraph]:
        for block in self.blocks:
            yield from block.paragraphs


@attrs.frozen(kw_only=True, slots=True)
class Part:
    """Inbreng (questions), reactie (answers), front matter, or the body of a letter."""

    kind: PartKind
    title: str
    heading: Heading | None
    sections: tuple[Section, ...]

    def paragraphs(self) -> Iterator[Paragraph]:
        for section in self.sections:
            yield from section.paragraphs()


@attrs.frozen(kw_only=True, slots=True)
class Footnote:
    """A footnote set apart from the running text, linked to the paragraph carrying its mark."""

    number: int
    text: str
    span: Span
    source: tuple[Segment, ...]
    paragraph_id: str | None = None


@attrs.frozen(kw_only=True, slots=True)
class Furniture:
    """Running headers, footers and page numbers: kept, never part of a sentence."""

    kind: FurnitureKind
    text: str
    span: Span
    source: tuple[Segment, ...]


@attrs.frozen(kw_only=True, slots=True)
class Page:
    """A physical page: its printed number and the input lines it covers."""

    number: int | None
    first_line: int
    last_line: int


@attrs.frozen(kw_only=True, slots=True)
class Question:
    """A question sentence of the inbreng, with the section and faction it belongs to."""

    id: str
    text: str
    kind: QuestionKind
    section: str
    span: Span
    paragraph_id: str
    factions: tuple[str, ...] = ()  # every faction asking
    faction: str | None = attrs.field(init=False)  # the first of them

    @faction.default
    def _first_faction(self) -> str | None:
        return self.factions[0] if self.factions else None

    @property
    def page(self) -> int | None:
        return self.span.page

    @property
    def line(self) -> int:
        return self.span.line


@attrs.frozen(kw_only=True, slots=True)
class Document:
    """A parsed document: kind, metadata, parts, and everything set apart from the text."""

    kind: DocumentKind
    source: str
    title: str | None = None
    date: str | None = None
    parts: tuple[Part, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    furniture: tuple[Furniture, ...] = ()
    pages: tuple[Page, ...] = ()
    questions: tuple[Question, ...] = ()

    def part(self, kind: PartKind) -> Part | None:
        return next((p for p in self.parts if p.kind == kind), None)

    def paragraphs(self) -> Iterator[Paragraph]:
        for part in self.parts:
            yield from part.paragraphs()

    def headings(self) -> Iterator[Heading]:
        for part in self.parts:
            if part.heading is not None:
                yield part.heading
            for section in part.sections:
                if section.heading is not None:
                    yield section.heading

    def answer_paragraphs(self) -> Iterator[tuple[Section, Paragraph]]:
        """Paragraphs of the reactie that can carry an answer (headers left out), in every
        part of answers."""
        for part in self.parts:
            if part.kind != "reactie":
                continue
            for section in part.sections:
                for paragraph in section.paragraphs():
                    if not paragraph.is_header:
                        yield section, paragraph
