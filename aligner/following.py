"""Answers printed right after their questions: their place pairs them.

In a verslag that prints "Antwoord" after each question, and in a nota naar aanleiding van
het verslag, a question's answer is the run of reactie paragraphs that follows its paragraph,
up to the next paragraph of the inbreng. Where the same faction asks on in the next paragraph
before any answer comes, the first answer after both takes up both; not where a label
("Antwoord") with nothing under it stands between them: that question went unanswered. The
questions that share a run take its paragraphs in order, each the paragraph that shares most
of its words, or the one the question before took. A question of a run that the run leaves
out (it shares no word of its own, where another question of the run has its words there)
went unanswered: a reply often takes up the first question of a paragraph only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aligner import similarity
from aligner.model import Answer, AnswerLink, QuestionResult
from aligner.numbered import result
from parsers.model import Document, Paragraph, Question
from parsers.questions import branches

# "Deze vragen worden hieronder gezamenlijk beantwoord.": the answers after it take up the
# questions of every faction since the last answer, each the paragraph that suits it best
JOINT = re.compile(
    r"\bbeantwoord\w*\b(?=[^.]*\b(?:gezamenlijk|tezamen|samen|in\s+samenhang|in\s+één\s+keer)\b)"
    r"|\b(?:gezamenlijk|tezamen|samen|in\s+samenhang|in\s+één\s+keer)\b(?=[^.]*\bbeantwoord)",
    re.IGNORECASE,
)
JOINT_MAX = 200  # characters: an announcement is short; a longer paragraph is an answer
TAKEN_UP = 0.8  # the confidence of an answer that follows more questions before it
MOVE_ON = 0.1  # how much more of a question's words a later paragraph must share to take it
# a question the run leaves out: its words of its own (four at least, so not "Zo ja, hoe?")
# are nearly absent, even as parts of words, where another question's words are there
LEFT_OUT_WORDS, LEFT_OUT_SHARE, TAKEN_UP_BY_OTHER = 4, 0.1, 0.3
ADDED = re.compile(r"\b(?:ook|tevens|voorts|daarnaast|verder|bovendien|eveneens)\b", re.I)
LEFT_OUT = 0.6  # the confidence that such a question went unanswered


def interleaved(document: Document, answers: Sequence[Answer]) -> bool:
    """Whether answers stand between the paragraphs of the inbreng, or always do in this kind
    of document (a nota, a lijst van vragen en antwoorden without question numbers)."""
    asked = _asked(document)
    if not asked or not answers:
        return False
    if document.kind in ("nota", "vragen_en_antwoorden"):
        return True
    last = _place(asked[-1])
    return any(_place(a.paragraph) < last for a in answers)


Run = tuple[list[Answer], list[tuple[Paragraph, float]]]


def align(
    document: Document,
    runs: Sequence[Run],
    vocab: similarity.Vocabulary,
    pointers: dict[str, str | None],
) -> tuple[list[QuestionResult], set[str]]:
    """Each question with the answers that follow it (`runs`); also the answer paragraphs
    that only carry on another's answer (a run that follows no question answers none:
    orphans)."""
    results = []
    taken: set[str] = set()
    carried_on: set[str] = set()  # later paragraphs of an answer
    by_paragraph: dict[str, list[Question]] = {}
    for q in document.questions:
        by_paragraph.setdefault(q.paragraph_id, []).append(q)
    for run, asking in runs:
        questions = [q for p, _ in asking for q in by_paragraph.get(p.id, [])]
        chosen = _choose(questions, run, vocab, free=_joint(run))
        confidence = {p.id: c for p, c in asking}
        left_out = _left_out(questions, run, vocab)
        for q, first in chosen:
            if q.id in left_out:
                nearest = AnswerLink(answer_id=run[first].id, score=0.0)
                results.append(
                    QuestionResult(
                        question=q, status="unanswered", confidence=LEFT_OUT, nearest=nearest
                    )
                )
                continue
            ids = [run[first].id] + [a.id for k, a in enumerate(run) if k != first]
            taken.add(ids[0])
            carried_on.update(ids[1:])
            results.append(result(q, ids, confidence[q.paragraph_id], pointers))
    answered = {r.question.id for r in results}
    results += [result(q, [], 1.0, pointers) for q in document.questions if q.id not in answered]
    order = {q.id: k for k, q in enumerate(document.questions)}
    results.sort(key=lambda r: order[r.question.id])
    return results, carried_on - taken


def asked_before(runs: Sequence[Run]) -> dict[str, str]:
    """The text of the inbreng paragraph right before each answer that opens a run: the
    question it answers, by answer id."""
    return {run[0].id: asking[-1][0].text for run, asking in runs if asking}


def _asked(document: Document) -> list[Paragraph]:
    part = document.part("inbreng")
    if part is None:
        return []
    return sorted((p for p in part.paragraphs() if not p.is_header), key=_place)


def _place(paragraph: Paragraph) -> tuple[int, int]:
    return paragraph.span.line, paragraph.span.column


def runs(document: Document, answers: Sequence[Answer]) -> list[Run]:
    """Each run of answers, with the inbreng paragraphs it answers and the confidence."""
    section = {
        p.id: s.number
        for part in document.parts
        if part.kind == "inbreng"
        for s in part.sections
        for p in s.paragraphs()
    }
    reactie = document.part("reactie")
    labels = [p for p in reactie.paragraphs() if p.is_header] if reactie else []
    events = sorted(
        [(_place(p), 0, p) for p in _asked(document)]
        + [(_place(a.paragraph), 1, a) for a in answers]
        + [(_place(p), 1, None) for p in labels],
        key=lambda e: e[:2],
    )
    out: list[Run] = []
    waiting: list[Paragraph] = []  # inbreng since the last answer
    run: list[Answer] = []
    labelled = False  # an answer was announced ("Antwoord") since the last question
    for _, is_answer, item in events:
        if not is_answer:
            if run:
                out.append((run, _answered(waiting, section, _together(run), _restates(run))))
                waiting, run = [], []
            elif labelled:  # "Antwoord" and nothing under it: those questions had their turn
                waiting = []
            labelled = False
            waiting.append(item)  # type: ignore[arg-type]
        elif item is None:
            labelled = True
        elif waiting:
            run.append(item)  # type: ignore[arg-type]
    if run:
        out.append((run, _answered(waiting, section, _together(run), _restates(run))))
    return out


def _restates(run: list[Answer]) -> tuple[str, ...]:
    """The factions whose questions the run's first sentence repeats ("De leden van de
    fracties van VVD en NSC vragen beide naar ...")."""
    sentences = run[0].paragraph.sentences
    return sentences[0].factions if sentences else ()


def _joint(run: list[Answer]) -> bool:
    """Does the run open with a paragraph that only says it answers the questions before
    it together?"""
    text = run[0].paragraph.text
    return len(run) > 1 and len(text) <= JOINT_MAX and JOINT.search(text) is not None


def _together(run: list[Answer]) -> bool:
    """Does the run say first that it answers the questions before it together, on its own
    or in its first sentence ("Ik beantwoord deze vragen gezamenlijk. De gemeente ...")?"""
    sentences = run[0].paragraph.sentences
    first = sentences[0].text if sentences else ""
    return _joint(run) or (len(first) <= JOINT_MAX and JOINT.search(first) is not None)


def _answered(
    waiting: list[Paragraph],
    section: dict[str, str],
    joint: bool = False,
    restated: tuple[str, ...] = (),
) -> list[tuple[Paragraph, float]]:
    """The paragraphs an answer takes up: the one just before it, and those before that of
    the same faction, or of one of its factions ("De leden van de fracties van GL-PvdA en
    SP vragen beide ..." after each asked apart), or of one the answer's first sentence
    names (`restated`), or of any faction when the answer says it answers them together,
    in the same section."""
    last = waiting[-1]
    out = [(last, 1.0)]
    named = set(last.factions) | set(restated)
    for p in reversed(waiting[:-1]):
        if section.get(p.id) != section.get(last.id):
            break
        within = p.factions == last.factions or (p.factions and set(p.factions) <= named)
        if not (joint or within):
            break
        out.append((p, TAKEN_UP))
    return out[::-1]


def _choose(
    questions: list[Question], run: list[Answer], vocab: similarity.Vocabulary, free: bool
) -> list[tuple[Question, int]]:
    """(question, index of its first paragraph in `run`): in order per asking paragraph, each
    moving on to a later paragraph only when that one shares clearly more of its words; or,
    after an announced joint answer (`free`), each the paragraph after the announcement that
    shares most."""
    if len(run) == 1:
        return [(q, 0) for q in questions]
    shared = similarity.coverage(
        [similarity.stems(q.text) for q in questions],
        [frozenset(similarity.stems(a.paragraph.text)) for a in run],
        vocab,
    )
    if free:
        return [(q, 1 + int(shared[row, 1:].argmax())) for row, q in enumerate(questions)]
    out = []
    at = 0
    for row, q in enumerate(questions):
        if row and q.paragraph_id != questions[row - 1].paragraph_id:
            at = 0  # another faction's questions: the answer goes through them anew
        best = at + int(shared[row, at:].argmax())
        if shared[row, best] >= shared[row, at] + MOVE_ON:
            at = best
        out.append((q, at))
    return out


def _left_out(
    questions: list[Question], run: list[Answer], vocab: similarity.Vocabulary
) -> set[str]:
    """Ids of the questions the run does not take up: a question added to the one before
    ("Ook vragen zij ...", "Zij willen tevens weten ..."), of whose words the run holds
    (almost) none, whole or as part of a compound, where it clearly holds another
    question's. A first question is not passed over that way (the next one often says what
    it means), nor a branch of the one before ("Zo ja, ...")."""
    if len(questions) < 2:
        return set()
    said = _words(" ".join(a.paragraph.text for a in run))
    stems = {similarity.stem(w) for w in said}
    parts = {w for w in said if len(w) >= similarity.PART}
    shares = []
    for q in questions:
        asked = _words(q.text)
        held = {w for w in asked if similarity.stem(w) in stems or any(_part(w, p) for p in parts)}
        weights = {similarity.stem(w): vocab.weight(similarity.stem(w)) for w in asked}
        total = sum(weights.values())
        kept = sum(weights[s] for s in {similarity.stem(w) for w in held})
        shares.append((len(weights), kept / total if total else 0.0))
    return {
        q.id
        for k, q in enumerate(questions)
        if k > 0
        and ADDED.search(q.text)
        and not branches(q.text)
        and shares[k][0] >= LEFT_OUT_WORDS
        and shares[k][1] < LEFT_OUT_SHARE
        and max(share for j, (_, share) in enumerate(shares) if j != k) >= TAKEN_UP_BY_OTHER
    }


def _words(text: str) -> set[str]:
    """Content words, whole: a compound holds its parts ("identiteitsportemonnee")."""
    return {w for w in similarity.WORD.findall(text.lower()) if similarity.content(w)}


def _part(word: str, other: str) -> bool:
    """Whether one word is part of the other, both long enough to say something."""
    return len(word) >= similarity.PART and (word in other or other in word)
