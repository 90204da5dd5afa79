"""What the aligner produces: every question with its answers, cross-references, findings.

Frozen attrs classes like the document model; `reports/` turns them into JSON
(schema "inbreng.alignment/1"), HTML and check findings.
"""

from __future__ import annotations

from typing import Literal

import attrs

from parsers.model import Document, Paragraph, Question, Span

Status = Literal["answered", "by_reference", "unanswered"]
ReferenceKind = Literal[
    "page",
    "page_placeholder",
    "pillar",
    "earlier_answer",
    "faction_answer",
    "above",
    "below",
    "question",
    "external",
]
ReferenceStatus = Literal["resolved", "unresolved", "placeholder", "external"]
FindingKind = Literal[
    "unanswered",
    "faction_unanswered",
    "placeholder",
    "unresolved_reference",
    "orphan_answer",
    "low_confidence",
]


@attrs.frozen(kw_only=True, slots=True)
class AnswerLink:
    """One candidate answer of a question, with its score in [0, 1]."""

    answer_id: str
    score: float


@attrs.frozen(kw_only=True, slots=True)
class Answer:
    """A paragraph of the reactie, seen as an answer, and the questions it answers."""

    id: str
    section: str
    factions: tuple[str, ...]
    paragraph: Paragraph
    question_ids: tuple[str, ...] = ()

    @property
    def faction(self) -> str | None:
        return self.factions[0] if self.factions else None

    @property
    def text(self) -> str:
        return self.paragraph.text

    @property
    def span(self) -> Span:
        return self.paragraph.span


@attrs.frozen(kw_only=True, slots=True)
class QuestionResult:
    """A question, its status and confidence, and its answers best first.

    `nearest` is the closest candidate when the question is unanswered (below threshold).
    """

    question: Question
    status: Status
    confidence: float
    answers: tuple[AnswerLink, ...] = ()
    nearest: AnswerLink | None = None


@attrs.frozen(kw_only=True, slots=True)
class CrossReference:
    """A pointer in the reactie, to another answer in the document or to another document."""

    id: str
    kind: ReferenceKind
    text: str
    sentence: str
    span: Span
    answer_id: str
    status: ReferenceStatus
    target_answer_id: str | None = None
    target_document: str | None = None


@attrs.frozen(kw_only=True, slots=True)
class Finding:
    """Something a reader should look at: an unanswered question, a broken pointer, ..."""

    kind: FindingKind
    message: str
    span: Span | None
    text: str
    faction: str | None = None
    section: str | None = None
    question_id: str | None = None
    answer_id: str | None = None
    reference_id: str | None = None


@attrs.frozen(kw_only=True, slots=True)
class Alignment:
    """The result of `aligner.align(document)`."""

    document: Document
    questions: tuple[QuestionResult, ...]
    answers: tuple[Answer, ...]
    cross_references: tuple[CrossReference, ...]
    findings: tuple[Finding, ...]

    def answer(self, answer_id: str) -> Answer:
        return self._answers_by_id()[answer_id]

    def _answers_by_id(self) -> dict[str, Answer]:
        return {a.id: a for a in self.answers}
