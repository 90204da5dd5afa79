"""Text blocks -> the document model: parts, sections, faction blocks, sentences, questions.

Format-independent: every format parser produces `TextBlock`s; this module decides what they
are. Factions are followed sentence by sentence: a sentence whose subject names a faction
("De leden van de SP-fractie vragen ...") sets the speaker, later sentences ("Deze leden",
"Zij", or no subject at all) continue it, and a new section resets it.
"""

from __future__ import annotations

import re
from typing import Literal

import attrs

from parsers import factions, headings, pages, pdf_text, questions, replies, sentences
from parsers.layout import Laid
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
# A letter's place and date or "Datum", a verslag's "Vastgesteld", a nota's "Ontvangen", when
# Kamervragen were answered "(ontvangen 25 maart 2024)"
DATE = re.compile(
    r"(?:(?:Den Haag|['’]s-Gravenhage),|^\s*(?:Vastgesteld|Ontvangen|Datum)|\(ontvangen)"
    r"\s+(\d{1,2})\s+(januari|februari|maart|april|mei|juni|juli|"
    r"augustus|september|oktober|november|december)\s+(\d{4})",
    re.MULTILINE,
)
QUESTION_KINDS = ("schriftelijk_overleg", "vragen_en_antwoorden", "nota")
NUMBERED_PARTS = {"inbreng": "Vragen", "reactie": "Antwoorden"}
REPLY_PARTS = {"inbreng": "Vragen en opmerkingen", "reactie": "Antwoorden"}
ReplyLayout = Literal["labelled", "nota"] | None
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


def build(text: str, source: str, laid: Laid | None = None) -> Document:
    """Parse text extracted from a PDF into a `Document`; `laid` says where the notes and
    marks of a laid-out DOCX, HTML or XML file stand."""
    blocks, layout, lines = pdf_text.read(text, laid)
    titled = replies.titled(lines)
    reply_layout = _replies_layout(blocks, titled)
    builder = _Builder(
        reply_layout,
        _question_numbers(blocks) if reply_layout else set(),
        _before_answers(blocks) if reply_layout == "labelled" else set(),
    )
    for block in blocks:
        if block.kind == "heading":
            builder.heading(block)
        elif block.kind == "text":
            builder.paragraph(block)
    parts = builder.finish()
    paragraphs = [p for part in parts for p in part.paragraphs()]
    kinds = {part.kind for part in parts}
    kind: DocumentKind
    if builder.numbered or (titled == "lijst" and "inbreng" in kinds):
        kind = "vragen_en_antwoorden"
    elif titled == "nota" and builder.replies and "inbreng" in kinds:
        kind = "nota"
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
    """Collects paragraphs into parts, sections and faction blocks, in reading order.

    `replies`: the answers stand after their questions, not in a part of their own
    ("labelled": after an "Antwoord" line; "nota": in the restating paragraph or the next).
    """

    def __init__(
        self,
        replies: ReplyLayout = None,
        numbers: set[int] | None = None,
        asking: set[int] | None = None,
    ) -> None:
        self.replies = replies
        self.numbers = numbers or set()  # ids of blocks that number the question after them
        self.asking = asking or set()  # ids of blocks right above an answer label: questions
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
        # a faction's header right above a section heading ("Reactie op de vragen van de
        # VVD-fractie", then "1. Algemeen"): the reactie runs per faction, through sections
        self.over_sections: tuple[str, ...] = ()
        self.header_last = False
        self.count = 0
        self.numbered = False  # "Vraag 1" ... "Antwoord 1": numbered questions and answers

    @property
    def answering(self) -> bool:
        """Whether answers may stand here: a part of answers, or a layout that sets each
        answer after its question."""
        return self.replies is not None or self.part_kind == "reactie"

    def heading(self, block: TextBlock) -> None:
        if self.answering and block.label == "part:" and replies.label(block.title):
            self.paragraph(block)  # "Reactie van de minister" above each answer: a label
            return
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
            self._switch(kind, same_section=False)  # type: ignore[arg-type]
            self.section = (number, block.title, heading)
        elif block.label.startswith("part:"):
            self._close_part()
            kind = headings.part_kind(block.title)
            self.part_kind = kind if kind in ("inbreng", "reactie") else "body"  # type: ignore[assignment]
            self.part_heading, self.part_title = heading, block.title
            self.over_sections = ()
        else:
            if self.replies and self.part_kind != "inbreng":
                self._switch("inbreng")  # a section opens with its questions
            self.section = (heading.number, heading.title, heading)
            if self.header_last and self.part_kind == "reactie":
                self.over_sections = self.speaker
        # "1. Reactie op de vragen van de leden van de VVD-fractie": a faction's section
        named = factions.answer_header(block.title) if self.part_kind == "reactie" else None
        self.speaker = named or self.over_sections
        self.header_last = False

    def paragraph(self, block: TextBlock) -> None:
        if block.label == "topic":  # "Uitbreiding" above a faction's questions on it
            self._add(block, label=True)
            return
        if self.part_kind == "inbreng" and headings.opens_answers(block.text):
            # "Reactie van de minister op de vragen van de X-fractie" begins the answers
            self._switch("reactie", same_section=self.replies is not None)
        if self.answering and replies.closing(block.text):
            self._switch("body", same_section=False)  # the signature answers nothing,
            self.speaker = ()  # and is no faction's nor any section's
            self._add(block)
            return
        if self.replies == "nota":
            self._nota_paragraph(block)
            return
        if self.replies is None and self.part_kind == "reactie" and replies.label(block.text):
            self._add(block, label=True)  # "Antwoord" above each answer in the part of answers
            return
        inline = replies.inline_label(block.text) if self.replies else None
        if inline is not None:  # "Antwoord: Ja." -> the label, then the answer
            head, block = block.split(inline[1])
            self._switch(inline[0])
            self._add(head, label=True)
            self._add(block)
            return
        role = replies.label(block.text) if self.replies else None
        if id(block) in self.numbers:
            role = "inbreng"
        if role is not None:
            self._switch(role)
        elif self.replies and self.part_kind != "inbreng":
            first = next(iter(sentences.split(block.text)), None)
            voiced = first is not None and replies.voiced(block.text[first[0] : first[1]])
            if voiced or replies.asks(block.text) or id(block) in self.asking:
                self._switch("inbreng")
        self._add(block, label=role is not None, asked=id(block) in self.asking)

    def _nota_paragraph(self, block: TextBlock) -> None:
        """Cut the paragraph where the faction stops speaking and the answer begins."""
        spans = list(sentences.split(block.text))
        roles = replies.roles([block.text[a:b] for a, b in spans])
        if self._restated(block.text[spans[0][0] : spans[0][1]] if spans else "", roles):
            roles = ["reactie"] * len(roles)
        if "inbreng" not in roles and self.part_kind == "front":
            self._add(block)  # the opening words, before any question
            return
        rest = block
        cut = 0  # offset of `rest` in the paragraph
        for k, ((start, _), role) in enumerate(zip(spans, roles, strict=True)):
            if k and role != roles[k - 1]:
                piece, rest = rest.split(start - cut)
                cut = start
                self._switch(roles[k - 1])
                self._add(piece)
        self._switch(roles[-1] if roles else self.part_kind)  # type: ignore[arg-type]
        self._add(rest)

    def _restated(self, first: str, roles: list[replies.Role]) -> bool:
        """Whether a nota's paragraph opens by repeating the questions just quoted above it,
        then answers them ("De leden van de fracties van VVD en NSC vragen beide naar de
        terugvorderingen. Over 2023 ..."): its opening is no question of its own."""
        if len(roles) < 2 or roles[0] != "inbreng" or "inbreng" in roles[1:]:
            return False
        if self.part_kind != "inbreng" or not self.block or first.rstrip().endswith("?"):
            return False
        named = factions.speaker(first)
        asked = self.block[-1].factions
        return bool(named and asked) and set(asked) <= set(named)

    def _switch(self, kind: PartKind, *, same_section: bool = True) -> None:
        """Go on in a new part `kind` that has no heading of its own; in the same section
        (answers that follow their questions) or in none yet."""
        if kind == self.part_kind:
            return
        number, title, _ = self.section
        self._close_section()
        self._close_part()
        self.part_kind, self.part_heading = kind, None
        self.part_title = (NUMBERED_PARTS if self.numbered else REPLY_PARTS).get(kind, "")
        if same_section:
            self.section = (number, title, None)

    def _add(self, block: TextBlock, *, label: bool = False, asked: bool = False) -> None:
        """Add a paragraph to the current block; `label`: it only announces what follows;
        `asked`: it is a question whatever its form ("Geef een overzicht van ..." above
        "Antwoord:")."""
        self.count += 1
        header = factions.answer_header(block.text)
        if header is not None:
            self.speaker = header
            self.over_sections = ()
        self.header_last = header is not None
        sents = []
        opening: tuple[str, ...] | None = None
        for start, end in sentences.split(block.text):
            text = block.text[start:end]
            if header is None:
                named = factions.speaker(text)
                if not named and not sents and self.part_kind == "reactie":
                    # "Wat betreft de vraag van de SP-fractie ...": whose question it answers
                    named = factions.asker(text)
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
                    question=(
                        questions.classify(text)
                        if self.part_kind == "inbreng" and not label
                        else None
                    ),
                    footnote_marks=tuple(n for off, n in block.marks if start <= off <= end),
                )
            )
        if asked and sents and not any(s.question for s in sents):
            sents[0] = attrs.evolve(sents[0], question="indirect")
        para = Paragraph(
            id=f"p{self.count:04d}",
            text=block.text,
            span=block.span,
            source=block.source,
            sentences=tuple(sents),
            factions=opening if opening is not None else self.speaker,
            is_header=header is not None or label,
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
        if not self.numbered and not self.replies:
            return tuple(self.parts)
        # questions and answers alternate: one part of each, their sections in reading order,
        # where the first of them stood
        first = next(
            (k for k, p in enumerate(self.parts) if p.kind in NUMBERED_PARTS), len(self.parts)
        )
        out = self.parts[:first]
        titles = NUMBERED_PARTS if self.numbered else REPLY_PARTS
        for kind, title in titles.items():
            alike = [p for p in self.parts if p.kind == kind]
            if not alike:
                continue
            sections = [s for p in alike for s in p.sections]
            heading = next((p.heading for p in alike if p.heading is not None), None)
            if heading is not None:
                title = next(p.title for p in alike if p.heading is heading)
            if self.replies:
                sections = _joined(sections)
            out.append(Part(kind=kind, title=title, heading=heading, sections=tuple(sections)))  # type: ignore[arg-type]
        out += [p for p in self.parts[first:] if p.kind not in NUMBERED_PARTS]
        return tuple(out)


def _joined(sections: list[Section]) -> list[Section]:
    """Runs of one section, cut apart by the answers between them, as one section again."""
    out: list[Section] = []
    for section in sections:
        last = out[-1] if out else None
        if last is not None and last.number == section.number and section.heading is None:
            out[-1] = attrs.evolve(last, blocks=last.blocks + section.blocks)
        else:
            out.append(section)
    return out


def _replies_layout(blocks: list[TextBlock], titled: str | None) -> ReplyLayout:
    """Whether answers stand after their questions, and how they are set apart; `titled`:
    what the title says the document is (`replies.titled`)."""
    parts = [b for b in blocks if b.kind == "heading" and b.label.startswith("part:")]
    if any(b.label != "part:" and headings.part_kind(b.title) == "reactie" for b in parts):
        return None  # "II. Reactie van de minister": the answers have a part of their own
    if replies.labelled([b.text for b in blocks if b.kind == "text" or b.label == "part:"]):
        return "labelled"
    numbered = any(b.kind == "heading" and b.label.startswith("numbered:") for b in blocks)
    if not parts and not numbered and titled:
        return "nota"  # a lijst without labels reads the same: the "?" ends the question
    return None


def _question_numbers(blocks: list[TextBlock]) -> set[int]:
    """Ids of the paragraphs that are only a number ("12") before a question: in a lijst, a
    label like "Vraag 12"."""
    texts = [b for b in blocks if b.kind == "text"]
    return {
        id(b)
        for b, after in zip(texts, [*texts[1:], None], strict=False)
        if replies.numbers_question(b.text, after.text if after else None)
    }


def _before_answers(blocks: list[TextBlock]) -> set[int]:
    """Ids of the paragraphs right above an answer label ("Antwoord", "Antwoord: Ja ..."):
    in a labelled layout these are the questions, whatever their form; not a paragraph
    right under a label (an answer, given by two office-holders under two labels)."""
    texts = [b for b in blocks if b.kind == "text"]
    labels = [replies.labels_answer(b.text) for b in texts]
    alone = [replies.label(b.text) == "reactie" for b in texts]  # "Antwoord" and no more
    return {
        id(texts[k])
        for k in range(len(texts) - 1)
        if labels[k + 1] and not labels[k] and not (k and alone[k - 1])
    }


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
                            id=f"q-{headings.slug(section.number) or '0'}-{n:02d}",
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
    owner: dict[int, str] = {}
    for p in paragraphs:  # a note referred to twice belongs where it is first referred to
        for n in p.footnote_marks:
            owner.setdefault(n, p.id)
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
