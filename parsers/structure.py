"""Text blocks -> the document model: parts, sections, faction blocks, sentences, questions.

Format-independent: every format parser produces `TextBlock`s; this module decides what they
are. Factions are followed sentence by sentence: a sentence whose subject names a faction
("De leden van de SP-fractie vragen ...") sets the speaker, later sentences ("Deze leden",
"Zij", or no subject at all) continue it, and a new section resets it.
"""

from __future__ import annotations

import re

import attrs

from parsers import factions, headings, pages, pdf_text, questions, sentences
from parsers.model import (
    Block,
    Document,
    DocumentKind,
    Footnote,
    Furniture,
    Heading,
    Page,
    Paragraph,
    Part,
    PartKind,
    Question,
    Section,
    Sentence,
)
from parsers.textblocks import TextBlock

LETTER_CUES = re.compile(
    r"Aan de Voorzitter van de (?:Tweede|Eerste) Kamer|^\s*Den Haag,\s+\d|Hoogachtend|"
    r"^\s*De (?:Minister|Staatssecretaris|Minister-president) (?:van|voor)\b",
    re.MULTILINE,
)
DATE = re.compile(
    r"(?:Den Haag|'s-Gravenhage),\s+(\d{1,2})\s+(januari|februari|maart|april|mei|juni|juli|"
    r"augustus|september|oktober|november|december)\s+(\d{4})"
)
QUESTION_KINDS = ("schriftelijk_overleg", "vragen_en_antwoorden")
NUMBERED_PARTS = {"inbreng": "Vragen", "reactie": "Antwoorden"}
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def build(text: str, source: str) -> Document:
    """Parse text extracted from a PDF into a `Document`."""
    blocks, layout, lines = pdf_text.read(text)
    builder = _Builder()
    for block in blocks:
        if block.kind == "heading":
            builder.heading(block)
        elif block.kind == "text":
            builder.paragraph(block)
    parts = builder.finish()
    paragraphs = [p for part in parts for p in part.paragraphs()]
    kinds = {part.kind for part in parts}
    kind: DocumentKind
    if builder.numbered:
        kind = "vragen_en_antwoorden"
    elif "inbreng" in kinds:  # with or without the reactie: a verslag may await its answers
        kind = "schriftelijk_overleg"
    elif LETTER_CUES.search(text):
        kind = "letter"
    else:
        kind = "unknown"
    if kind not in QUESTION_KINDS:
        parts = _as_body(parts)
    return Document(
        kind=kind,
        source=source,
        title=_title(lines, layout),
        date=_date(text),
        parts=parts,
        footnotes=_footnotes(blocks, paragraphs),
        furniture=tuple(
            Furniture(kind=b.label, text=b.text, span=b.span, source=b.source)  # type: ignore[arg-type]
            for b in blocks
            if b.kind == "furniture"
        ),
        pages=tuple(
            Page(number=number, first_line=first + 1, last_line=last + 1)
            for number, (first, last) in zip(layout.numbers, layout.bounds, strict=True)
        ),
        questions=_questions(parts) if kind in QUESTION_KINDS else (),
    )


class _Builder:
    """Collects paragraphs into parts, sections and faction blocks, in reading order."""

    def __init__(self) -> None:
        self.parts: list[Part] = []
        self.part_kind: PartKind = "front"
        self.part_heading: Heading | None = None
        self.part_title = ""
        self.sections: list[Section] = []
        self.section: tuple[str, str, Heading | None] = ("", "", None)
        self.blocks: list[Block] = []
        self.block: list[Paragraph] = []
        self.block_factions: tuple[str, ...] = ()
        self.speaker: tuple[str, ...] = ()
        self.count = 0
        self.numbered = False  # "Vraag 1" ... "Antwoord 1": numbered questions and answers

    def heading(self, block: TextBlock) -> None:
        heading = Heading(
            number=block.label.removeprefix("part:"),
            title=block.title,
            span=block.span,
            source=block.source,
        )
        self._close_section()
        if block.label.startswith("numbered:"):
            _, kind, number = block.label.split(":")
            self.numbered = True
            if kind != self.part_kind:
                self._close_part()
                self.part_kind = kind  # type: ignore[assignment]
                self.part_heading, self.part_title = None, NUMBERED_PARTS[kind]
            self.section = (number, block.title, heading)
        elif block.label.startswith("part:"):
            self._close_part()
            kind = headings.part_kind(block.title)
            self.part_kind = kind if kind in ("inbreng", "reactie") else "body"  # type: ignore[assignment]
            self.part_heading, self.part_title = heading, block.title
        else:
            self.section = (heading.number, heading.title, heading)
        self.speaker = ()

    def paragraph(self, block: TextBlock) -> None:
        self.count += 1
        header = factions.answer_header(block.text)
        if header is not None:
            self.speaker = header
        sents = []
        opening: tuple[str, ...] | None = None
        for start, end in sentences.split(block.text):
            text = block.text[start:end]
            if header is None:
                named = factions.speaker(text)
                if named:
                    self.speaker = named
            if opening is None:
                opening = self.speaker
            sents.append(
                Sentence(
                    text=text,
                    span=block.span_at(start),
                    start=start,
                    factions=self.speaker,
                    question=questions.classify(text) if self.part_kind == "inbreng" else None,
                    footnote_marks=tuple(n for off, n in block.marks if start <= off <= end),
                )
            )
        para = Paragraph(
            id=f"p{self.count:04d}",
            text=block.text,
            span=block.span,
            source=block.source,
            sentences=tuple(sents),
            factions=opening if opening is not None else self.speaker,
            is_faction_header=header is not None,
            footnote_marks=tuple(n for _, n in block.marks),
            anchors=tuple((p.offset, p.page, p.line, p.column) for p in block.pieces),
        )
        if self.block and (header is not None or para.factions != self.block_factions):
            self._close_block()
        if not self.block:
            self.block_factions = para.factions
        self.block.append(para)

    def _close_block(self) -> None:
        if self.block:
            self.blocks.append(Block(factions=self.block_factions, paragraphs=tuple(self.block)))
            self.block = []

    def _close_section(self) -> None:
        self._close_block()
        if self.numbered and self.part_kind == "inbreng":
            self.blocks = _asked(self.blocks)
        number, title, heading = self.section
        if self.blocks or heading is not None:
            self.sections.append(
                Section(number=number, title=title, heading=heading, blocks=tuple(self.blocks))
            )
        self.blocks = []
        self.section = ("", "", None)

    def _close_part(self) -> None:
        if self.sections or self.part_heading is not None:
            self.parts.append(
                Part(
                    kind=self.part_kind,
                    title=self.part_title,
                    heading=self.part_heading,
                    sections=tuple(self.sections),
                )
            )
        self.sections = []

    def finish(self) -> tuple[Part, ...]:
        self._close_section()
        self._close_part()
        if not self.numbered:
            return tuple(self.parts)
        # questions and answers alternate: one part of each, their sections in reading order
        out = [p for p in self.parts if p.kind not in NUMBERED_PARTS]
        for kind, title in NUMBERED_PARTS.items():
            sections = tuple(s for p in self.parts if p.kind == kind for s in p.sections)
            out.append(Part(kind=kind, title=title, heading=None, sections=sections))  # type: ignore[arg-type]
        return tuple(out)


def _asked(blocks: list[Block]) -> list[Block]:
    """A numbered question ("Vraag 4") asks something even when no sentence has the form of a
    question ("Graag ontvang ik een overzicht."): then its first sentence is the question."""
    if not blocks or any(s.question for b in blocks for p in b.paragraphs for s in p.sentences):
        return blocks
    first = blocks[0].paragraphs[0]
    if not first.sentences:
        return blocks
    asked = attrs.evolve(first.sentences[0], question="indirect")
    paragraph = attrs.evolve(first, sentences=(asked, *first.sentences[1:]))
    head = attrs.evolve(blocks[0], paragraphs=(paragraph, *blocks[0].paragraphs[1:]))
    return [head, *blocks[1:]]


def _as_body(parts: tuple[Part, ...]) -> tuple[Part, ...]:
    """A document without inbreng and reactie: every part is plain body text."""
    return tuple(
        Part(kind="body", title=p.title, heading=p.heading, sections=p.sections) for p in parts
    )


def _questions(parts: tuple[Part, ...]) -> tuple[Question, ...]:
    found = []
    count: dict[str, int] = {}  # per section number: a number printed twice keeps ids unique
    for part in parts:
        if part.kind != "inbreng":
            continue
        for section in part.sections:
            for paragraph in section.paragraphs():
                for sentence in paragraph.sentences:
                    if sentence.question is None:
                        continue
                    n = count[section.number] = count.get(section.number, 0) + 1
                    found.append(
                        Question(
                            id=f"q-{section.number or '0'}-{n:02d}",
                            text=sentence.text,
                            kind=sentence.question,
                            section=section.number,
                            factions=sentence.factions,
                            span=sentence.span,
                            paragraph_id=paragraph.id,
                        )
                    )
    return tuple(found)


def _footnotes(blocks: list[TextBlock], paragraphs: list[Paragraph]) -> tuple[Footnote, ...]:
    owner = {n: p.id for p in paragraphs for n in p.footnote_marks}
    return tuple(
        Footnote(
            number=int(b.label),
            text=b.text,
            span=b.span,
            source=b.source,
            paragraph_id=owner.get(int(b.label)),
        )
        for b in blocks
        if b.kind == "footnote"
    )


def _title(lines: list[str], layout: pages.PageLayout) -> str | None:
    for i in sorted(layout.furniture):
        doc = pages.footer_document(lines[i])
        if doc:
            return f"Kamerstuk {doc}"
    return None


def _date(text: str) -> str | None:
    m = DATE.search(text)
    if not m:
        return None
    day, month, year = int(m[1]), MONTHS.index(m[2]) + 1, int(m[3])
    return f"{year:04d}-{month:02d}-{day:02d}"
