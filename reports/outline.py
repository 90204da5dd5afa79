"""Plain-text views: the outline of a document, one line per question of an alignment."""

from __future__ import annotations

import sys

from aligner.model import Alignment
from parsers.model import Document


def no_questions(doc: Document) -> str | None:
    """A one-line warning when a document holds no question to align, so that an empty
    result is never silent; None otherwise."""
    if doc.questions:
        return None
    if doc.kind in ("letter", "unknown"):
        shape = "a letter" if doc.kind == "letter" else "no known shape"
        why = (
            f"{shape}: no part 'Vragen en opmerkingen', no 'Vraag 1' or 'Antwoord' headings"
            ", no nota naar aanleiding van het verslag"
        )
    else:
        why = f"{doc.kind}, but no question in its inbreng"
    return f"inbreng: warning: {doc.source}: no questions found ({why})"


def warned(alignment: Alignment) -> Alignment:
    """`alignment`, after saying on stderr when its document holds no question to align."""
    warning = no_questions(alignment.document)
    if warning:
        print(warning, file=sys.stderr)
    return alignment


def outline(doc: Document) -> str:
    """Kind, parts, sections, factions and counts, as an indented outline."""
    out = [
        f"{doc.source}: {doc.kind}",
        f"  title: {doc.title or '-'}   date: {doc.date or '-'}",
        f"  pages: {len(doc.pages)}   footnotes: {len(doc.footnotes)}   "
        f"questions: {len(doc.questions)}   "
        f"answer paragraphs: {sum(1 for _ in doc.answer_paragraphs())}",
    ]
    per_section: dict[str, int] = {}
    for q in doc.questions:
        per_section[q.section] = per_section.get(q.section, 0) + 1
    for part in doc.parts:
        out.append(f"  {part.kind}: {part.title or '-'}")
        for section in part.sections:
            names = []
            for block in section.blocks:
                for name in block.factions:
                    if name not in names:
                        names.append(name)
            count = per_section.get(section.number, 0) if part.kind == "inbreng" else None
            extra = f"  {count} questions" if count is not None else ""
            number = "" if section.number == section.title else section.number
            label = f"{number} {section.title}".strip() or "(no heading)"
            out.append(f"    {label}{extra}")
            if names:
                out.append(f"      factions: {', '.join(names)}")
    return "\n".join(out) + "\n"


def alignment_text(al: Alignment) -> str:
    """One line per question: where it stands, its status, and where its answer is."""
    out = []
    answers = {a.id: a for a in al.answers}
    for r in al.questions:
        q = r.question
        where = ""
        if r.answers:
            a = answers[r.answers[0].answer_id]
            where = (
                f" -> {a.id} (p. {a.span.page}, line {a.span.line}, score {r.answers[0].score:.2f})"
            )
        out.append(
            f"{q.id} [{q.faction or '-'} {q.section}] line {q.line}: {r.status} "
            f"{r.confidence:.2f}{where}  {q.text[:70]}"
        )
    for f in al.findings:
        if f.kind != "unanswered":
            line = f.span.line if f.span else "-"
            out.append(f"finding {f.kind} line {line}: {f.message}")
    return "\n".join(out) + "\n"
