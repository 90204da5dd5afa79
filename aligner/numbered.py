"""Numbered questions and answers ("Vraag 3" ... "Antwoord 3"): the numbers pair them.

Kamervragen and lijsten van vragen en antwoorden print each answer under the number of the
question it answers, so no similarity is needed: a question's answer is every paragraph under
an answer heading that names its number ("Antwoord 2 en 3" answers "Vraag 3"). Where the
numbering is broken (a question printed twice, an answer under the wrong number), an answer
whose number no question has answers the question just before it, with less confidence; a
reply under no number after all the questions, where none is numbered ("Mededeling"),
answers each of them. An answer that only points ("Zie het antwoord op vraag 2.") answers by
reference.
"""

from __future__ import annotations

from collections.abc import Sequence

from aligner.model import Answer, AnswerLink, QuestionResult, Status
from parsers.headings import digits, section_numbers
from parsers.model import Question

LATER_PARAGRAPH = 0.9  # the score of an answer's second and later paragraphs
MISNUMBERED = 0.6  # the confidence of a pairing by position where the numbers disagree


def align(
    questions: Sequence[Question], answers: Sequence[Answer], pointers: dict[str, str | None]
) -> tuple[list[QuestionResult], set[str]]:
    """Each question with the answers printed under its number, and the ids of the answer
    paragraphs that carry on a first one (they answer the same questions)."""
    under: dict[str, list[Answer]] = {}
    for answer in answers:
        for number in section_numbers(answer.section):
            under.setdefault(number, []).append(answer)
    asked = {m for q in questions for n in section_numbers(q.section) for m in (n, digits(n))}
    stray = [a for a in answers if not asked & set(section_numbers(a.section))]
    # answers under no number after the last question, and none under a number: one reply
    # to all of them (a "Mededeling")
    last = max((q.line for q in questions), default=0)
    to_all = [a for a in stray if not a.section and a.paragraph.span.line > last]
    if under.keys() & asked:
        to_all = []
    results = []
    continued: set[str] = set()
    for q in questions:
        # "Vraag 2a" and "Vraag 2b" are answered under "Antwoord 2a" or under "Antwoord 2"
        asks = section_numbers(q.section)
        found = [a for n in asks for a in under.get(n, under.get(digits(n), []))]
        confidence = 1.0
        if not found:
            found = _following(q, stray, questions) or to_all
            confidence = MISNUMBERED
        ids = list(dict.fromkeys(a.id for a in found))
        continued |= set(ids[1:])
        results.append(result(q, ids, confidence, pointers))
    return results, continued


def result(
    q: Question, ids: Sequence[str], confidence: float, pointers: dict[str, str | None]
) -> QuestionResult:
    """`q` answered by the paragraphs `ids`, the first best; by reference when every one of
    them only points elsewhere (then the place pointed at comes second); unanswered if none."""
    if not ids:
        return QuestionResult(question=q, status="unanswered", confidence=1.0)
    links = [AnswerLink(answer_id=ids[0], score=confidence)]
    links += [AnswerLink(answer_id=i, score=LATER_PARAGRAPH * confidence) for i in ids[1:]]
    status: Status = "answered"
    if all(i in pointers for i in ids):
        status = "by_reference"
        targets = [t for i in ids if (t := pointers[i]) and t not in ids]
        links[1:1] = [AnswerLink(answer_id=t, score=LATER_PARAGRAPH) for t in targets[:1]]
    return QuestionResult(question=q, status=status, confidence=confidence, answers=tuple(links))


def _following(q: Question, stray: Sequence[Answer], questions: Sequence[Question]) -> list[Answer]:
    """The paragraphs of the first answer under a number no question has, when it stands
    between `q` and the next paragraph that asks something."""
    end = min(
        (o.line for o in questions if o.line > q.line and o.paragraph_id != q.paragraph_id),
        default=None,
    )
    after = [a for a in stray if a.paragraph.span.line > q.line]
    if not after or (end is not None and after[0].paragraph.span.line > end):
        return []
    return [a for a in after if a.section == after[0].section]
