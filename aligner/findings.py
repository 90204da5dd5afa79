"""Findings: what a reader of an alignment should look at.

Unanswered questions, factions that asked but are never answered by name, page numbers
never filled in, references that point to no answer, and answer paragraphs that answer no
question (orphans). `reports/check.py` turns them into the CI check's output.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from aligner.model import Answer, CrossReference, Finding, QuestionResult
from parsers import factions
from parsers.model import Question


def collect(
    results: Sequence[QuestionResult],
    answers: Sequence[Answer],
    refs: Sequence[CrossReference],
    quiet: Collection[str],
) -> list[Finding]:
    """All findings, in this order: unanswered questions, silent factions, broken
    references, orphan answers. `answers` carry their question ids; `quiet` are answers
    that answer no question of their own but are no orphans (pointers, continuations)."""
    out = [_unanswered(r.question) for r in results if r.status == "unanswered"]
    out += _silent_factions(results, answers)
    section_of = {a.id: a.section for a in answers}
    out += [
        _broken(ref, section_of[ref.answer_id])
        for ref in refs
        if ref.status in ("placeholder", "unresolved")
    ]
    out += [_orphan(a) for a in answers if _is_orphan(a, quiet)]
    return out


def _unanswered(q: Question) -> Finding:
    return Finding(
        kind="unanswered",
        message="question not answered",
        span=q.span,
        text=q.text,
        faction=q.faction,
        section=q.section,
        question_id=q.id,
    )


def _silent_factions(results: Sequence[QuestionResult], answers: Sequence[Answer]):
    """Factions that asked questions but whose name no answer block or answer carries."""
    answered = {f for a in answers for f in a.factions}
    first: dict[str, Question] = {}
    for r in results:
        if r.question.faction and r.question.faction not in first:
            first[r.question.faction] = r.question
    return [
        Finding(
            kind="faction_unanswered",
            message=f"the {name} faction asked questions but is never answered by name",
            span=q.span,
            text=q.text,
            faction=name,
            section=q.section,
            question_id=q.id,
        )
        for name, q in first.items()
        if name not in answered
    ]


def _broken(ref: CrossReference, section: str) -> Finding:
    placeholder = ref.status == "placeholder"
    return Finding(
        kind="placeholder" if placeholder else "unresolved_reference",
        message="page number never filled in"
        if placeholder
        else f"reference '{ref.text}' points to no answer",
        span=ref.span,
        text=ref.sentence,
        section=section,
        answer_id=ref.answer_id,
        reference_id=ref.id,
    )


def _is_orphan(a: Answer, quiet: Collection[str]) -> bool:
    if a.question_ids or a.id in quiet:
        return False
    # an opening remark ("De antwoorden ... worden per pijler gegeven.") answers nothing
    return len(factions.announced(a.text)) < 2 and len(a.text) >= 80


def _orphan(a: Answer) -> Finding:
    return Finding(
        kind="orphan_answer",
        message="answer paragraph answers no question",
        span=a.span,
        text=a.text,
        faction=a.faction,
        section=a.section,
        answer_id=a.id,
    )
