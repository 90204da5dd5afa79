"""Pair every question of the inbreng with its answers in the reactie.

Signals, each earning its place (see benchmarks/): lexical similarity on content stems, on
parts of words (Dutch compounds) and by rapidfuzz; the restated question that opens most
answers ("Ten aanzien van de vraag naar ..."); the kind of answer asked for ("wanneer" is
answered with a moment); the section (answers follow the inbreng's numbering); the faction
(answer blocks "Op de vragen van de X-fractie.", and blocks to all factions at once); and
order (a faction's questions are answered in order inside its own block and inside the
shared block: a monotonic alignment with skips, by dynamic programming). Similarity is
computed per section against the answers of nearby sections only, so the cost grows with the
document, not with its square. Where the layout itself pairs them, it is followed instead:
numbered questions and answers (`numbered`), and answers printed right after their
questions (`following`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

import attrs
import numpy as np

from aligner import answer_types, crossrefs, findings, following, numbered, order, similarity
from aligner.model import (
    Alignment,
    Answer,
    AnswerLink,
    QuestionResult,
    Status,
)
from parsers import factions, replies
from parsers.headings import lone_numbers, numbered_heading
from parsers.model import Document, Question
from parsers.questions import branches, is_request

# Weights of the signals in a pair's score, and the bar an answer must clear.
W_LEXICAL, W_SPELLED, W_FUZZY, W_RESTATED, W_ECHOED = 0.3, 0.2, 0.2, 0.3, 0.2
W_KIND = 0.08  # the answer gives what the question asks for: a moment, an actor
SAME_FACTION, OTHER_FACTION, OTHER_SECTION, IN_ORDER = 0.12, -0.10, -0.12, 0.08
THRESHOLD = 0.30  # a clear match
WEAK_THRESHOLD = 0.15  # enough inside the asking faction's own block
MIN_EVIDENCE = 0.01  # share of a question's (weighted) words the in-order match must hold
WEAK_EVIDENCE = 0.08  # and a weak match that order does not back: more than a stray word
FOLLOW_UP_THRESHOLD = 0.08  # enough for a follow-up to share its predecessor's answer
ORDER_MARGIN = 0.15  # how much better an answer out of order must be to win
SECTION_WINDOW = 3  # how many reactie sections either side an answer may stand
CONTEXT_BELOW = 4  # a question with fewer content words borrows the sentence before it
TOPIC_WORDS = 2  # ... and one before that, if that one has fewer ("Zo ja, hoe groot?")
# ... or branches off the same question ("Zo ja, welke lidstaten?" before "Zo nee, waarom?")
MIN_COPY = 40  # letters a paragraph must have to count as a copy of the inbreng
RESTATED_ONLY = -1.0  # the score of a paragraph that only restates a question: never a pick

RESTATEMENT = re.compile(
    r"^\s*(?:Ten aanzien van|Wat betreft|Met betrekking tot|Aangaande|In reactie op|"
    r"Op de vra(?:ag|gen)|Op het verzoek|Naar aanleiding van|Voor het antwoord|Wat de\b|"
    r"In antwoord op|Inzake|Ten slotte|Voorts|Tot slot|(?:Ook )?[Dd]e leden\b)"
)

# An answer to several factions at once: "De leden van verschillende fracties vragen ...",
# "Verschillende fracties hebben gevraagd ...", "Door meerdere fracties is gevraagd ..."
SHARED = re.compile(
    r"^\s*(?:(?:De|Het|Door)\s+)?(?:leden\s+van\s+)?(?:verschillende|diverse|meerdere|"
    r"enkele|vele|andere|alle)\s+(?:fracties|leden)\b",
    re.IGNORECASE,
)


@attrs.frozen(kw_only=True)
class _Features:
    """What the scoring needs of every answer paragraph, computed once per document."""

    stems: list[list[str]]  # content stems, a pointer's with its target's
    holds: list[frozenset[str]]  # the same as sets, for coverage
    spelling: list[frozenset[str]]  # letter 5-grams, a pointer's with its target's
    openings: list[list[str]]  # stems of the restated question it opens with, if any
    intros: list[list[str]]  # stems of its shared block's first sentence, if in one
    kinds: list[frozenset[str]]  # kinds of answer it gives: a moment, an actor
    shared: list[bool]  # addressed to several factions at once
    opening: list[bool]  # the reactie's opening remarks, before its first block
    restating: list[bool]  # only restates the question the next paragraph answers
    vocab: similarity.Vocabulary
    gram_vocab: similarity.Vocabulary


def align(document: Document) -> Alignment:
    """Pair questions with answers, mark their status, find and resolve cross-references."""
    answers = _answers(document)
    questions = document.questions
    a_stems = [similarity.stems(a.text) for a in answers]
    vocab = similarity.Vocabulary(a_stems)
    numbers = crossrefs.asked_numbers(document)
    interleaved = following.interleaved(document, answers)
    runs = following.runs(document, answers) if interleaved else []
    # paragraphs that only repeat a question, heading the answer below them
    repeats = [replies.only_restates([s.text for s in a.paragraph.sentences]) for a in answers]
    asked = following.asked_before(runs)
    found = crossrefs.find(answers)
    refs = crossrefs.resolve(found, answers, a_stems, vocab, repeats, numbers, asked)
    pointers = crossrefs.pointers(answers, refs)
    if document.kind == "vragen_en_antwoorden" and _numbered(document):
        # the numbers pair them ("Vraag 2" ... "Antwoord 2")
        paired, continued = numbered.align(questions, answers, pointers)
        return _finish(document, tuple(paired), tuple(answers), refs, pointers, continued)
    if interleaved:  # each answer follows its question
        paired, continued = following.align(document, runs, vocab, pointers)
        return _finish(document, tuple(paired), tuple(answers), refs, pointers, continued)
    if not questions or not answers:
        results = tuple(
            QuestionResult(question=q, status="unanswered", confidence=1.0) for q in questions
        )
        return _finish(document, results, tuple(answers), refs, pointers, set())

    originals = questions
    if not any(a.section for a in answers):
        # a reactie without sections (one block per faction) says nothing of where in the
        # inbreng's sections an answer belongs: score every question as of no section
        questions = tuple(attrs.evolve(q, section="") for q in questions)
    copies = _copies(document, answers)
    restating = [copy or only for copy, only in zip(copies, repeats, strict=True)]
    question_words = {
        w for q in questions for w in similarity.WORD.findall(q.text.lower())
        if len(w) >= similarity.PART and similarity.content(w)
    }
    features = _features(answers, a_stems, vocab, pointers, restating, question_words)
    context = _contexts(document)
    sections = _section_order(answers)
    scores: dict[str, list[tuple[float, int]]] = {}
    ordered: dict[str, int] = {}
    # the stems' share alone, per answer: shared word parts are too weak a proof (letting
    # them count flagged fewer unanswered questions rightly on the dev gold)
    evidence: dict[str, dict[int, float]] = {}
    for number, group in _by_section(questions).items():
        window = _window(number, sections, answers)
        w_answers, w_shared = _take(answers, window), _take(features.shared, window)
        base, lexical = _score(group, window, w_answers, w_shared, features, context)
        in_order = order.in_order(group, w_answers, w_shared, base)
        base += IN_ORDER * in_order
        for row, q in enumerate(group):
            cols = np.flatnonzero(in_order[row])
            if cols.size:
                ordered[q.id] = window[int(cols[0])]
            ranked = sorted(zip(base[row].tolist(), window, strict=True), key=lambda p: -p[0])
            scores[q.id] = ranked
            evidence[q.id] = dict(zip(window, lexical[row].tolist(), strict=True))

    picks = _decide(questions, scores, answers, ordered, evidence)
    results = [
        _result(q, scores[q.id], picks.get(q.id), answers, pointers) for q in originals
    ]
    results, continued = _continuations(results, answers)
    # a repeated question above its answer is part of that answer, as a continuation is;
    # an opening remark answers nothing, and is no orphan either
    continued |= {
        a.id
        for a, only, opening in zip(answers, features.restating, features.opening, strict=True)
        if only or opening
    }
    return _finish(document, tuple(results), tuple(answers), refs, pointers, continued)


def _numbered(document: Document) -> bool:
    """Whether the questions stand under numbered headings ("Vraag 2", or the number
    alone), not section titles."""
    part = document.part("inbreng")
    return part is not None and any(
        s.heading is not None
        and (numbered_heading(s.heading.title) or lone_numbers(s.heading.title))
        for s in part.sections
    )


def _features(
    answers: list[Answer],
    stems,
    vocab,
    pointers: dict[str, str | None],
    restating: list[bool],
    question_words: set[str],
) -> _Features:
    """`restating`: the paragraphs that only repeat a question, or copy the inbreng;
    `question_words`: the questions' words, which the answers' compounds may hold."""
    grams = [similarity.grams(a.text) for a in answers]
    # a pointer answers what its target answers: it is about both texts
    index = {a.id: k for k, a in enumerate(answers)}
    target = [index[pointers[a.id]] if pointers.get(a.id) else None for a in answers]
    opened_by = _restated(answers, restating)
    # an answer under its restated questions is about them too, and opens with them
    topic = [stems[k] + _also(stems, target[k], *opened_by[k]) for k in range(len(answers))]
    openings = [
        similarity.stems(_opening(a) or " ".join(answers[j].text for j in run))
        for a, run in zip(answers, opened_by, strict=True)
    ]
    shared = _shared(answers)
    return _Features(
        stems=topic,
        holds=[
            frozenset(words) | similarity.parts(a.text, question_words)
            for words, a in zip(topic, answers, strict=True)
        ],
        spelling=[
            frozenset(grams[k] + _also(grams, target[k], *opened_by[k]))
            for k in range(len(answers))
        ],
        openings=openings,
        intros=_intros(answers, shared),
        kinds=[answer_types.given(a.text) for a in answers],
        shared=shared,
        opening=_opening_remarks(answers, shared, restating),
        restating=restating,
        vocab=vocab,
        gram_vocab=similarity.Vocabulary(grams),
    )


def _also(terms: list[list[str]], *others: int | None) -> list[str]:
    return [t for k in others if k is not None for t in terms[k]]


def _restated(answers: Sequence[Answer], restating: Sequence[bool]) -> list[tuple[int, ...]]:
    """For each answer, the paragraphs right above it that only restate the questions it
    answers ("De leden van de VVD-fractie vragen ..."), printed apart from the answer;
    `restating`: which paragraphs do only that."""
    out: list[tuple[int, ...]] = []
    run: list[int] = []
    under: tuple[int, ...] = ()  # the run the answer before stood under
    for k, a in enumerate(answers):
        if run and answers[run[0]].section != a.section:
            run = []
        if restating[k]:
            run.append(k)
            out.append(())
            under = ()
        elif run:
            out.append(tuple(run))
            under, run = tuple(run), []
        else:
            # an answer over several paragraphs: the later ones stand under the run too
            before = answers[k - 1] if k else None
            carried = (
                under
                and before is not None
                and before.section == a.section
                and before.factions == a.factions
                and not _opening(a)
            )
            out.append(under if carried else ())
            under = under if carried else ()
    return out


def _copies(document: Document, answers: Sequence[Answer]) -> list[bool]:
    """Which answer paragraphs copy the inbreng word for word, sentence by sentence, a
    question included: many reacties print the faction's whole paragraph, remarks and all,
    above the answer."""
    part = document.part("inbreng")
    if part is None:
        return [False] * len(answers)
    asked = {_letters(s.text) for p in part.paragraphs() for s in p.sentences}
    out = []
    for a in answers:
        said = [_letters(s.text) for s in a.paragraph.sentences]
        out.append(
            sum(map(len, said)) >= MIN_COPY
            and all(letters in asked for letters in said)
            and any(is_request(s.text) for s in a.paragraph.sentences)
        )
    return out


NOT_LETTERS = re.compile(r"[\W_]+")


def _letters(text: str) -> str:
    return NOT_LETTERS.sub("", text.lower())


def _take(values: list, window: list[int]) -> list:
    return [values[j] for j in window]


def _score(
    group: list[Question],
    window: list[int],
    w_answers: list[Answer],
    w_shared: list[bool],
    f: _Features,
    context,
) -> tuple[np.ndarray, np.ndarray]:
    """Score matrix [question, answer in window] of every signal but order, and the share
    of each question's stems in each answer alone. `w_answers` and `w_shared` are the
    window's answers and their shared flags."""
    own = [similarity.stems(q.text) for q in group]
    # a short follow-up ("Zo ja, op welke manier?") borrows the sentence before it, which
    # says what it is about
    borrowed = [row for row, words in enumerate(own) if len(set(words)) < CONTEXT_BELOW]
    q_texts = [q.text for q in group]
    for row in borrowed:
        q = group[row]
        q_texts[row] += " " + context.get((q.paragraph_id, q.span.line, q.span.column), "")
    q_stems = [similarity.stems(text) for text in q_texts]
    openings = _take(f.openings, window)
    lexical = similarity.coverage(q_stems, _take(f.holds, window), f.vocab)
    fuzzy = similarity.token_set(q_stems, _take(f.stems, window))
    # parts of words: compounds meet their parts ("grensbewaking", "grensbeheer")
    q_grams = [similarity.grams(text) for text in q_texts]
    spelled = similarity.coverage(q_grams, _take(f.spelling, window), f.gram_vocab)
    restated, echoed = _restatement(q_stems, openings, _take(f.intros, window), f.vocab)
    base = W_LEXICAL * lexical + W_SPELLED * spelled + W_FUZZY * fuzzy
    base = base + W_RESTATED * restated + W_ECHOED * echoed
    # a short question is scored with the sentence before it, which may name another
    # question's topic; a restatement of its own words, both ways, is this question repeated
    if borrowed:
        kept = [own[row] for row in borrowed]
        own_restated, own_echoed = _restatement(kept, openings, [], f.vocab)
        base[borrowed] += W_ECHOED * own_restated * own_echoed
    asked = [answer_types.asked(q.text) for q in group]
    fits = [[bool(kinds & f.kinds[j]) for j in window] for kinds in asked]
    base = base + W_KIND * np.array(fits, dtype=np.float32)
    base += _structure(group, w_answers, w_shared)
    base[:, [c for c, j in enumerate(window) if f.restating[j] or f.opening[j]]] = RESTATED_ONLY
    return base, lexical


def _restatement(q_stems, openings, intros, vocab) -> tuple[np.ndarray, np.ndarray]:
    """Matrices [question, answer]: how much of the question the answer's restated question
    holds, and how much of that restated question (short, specific) the question holds.
    An opening for a whole shared block (`intros`: "De leden van verschillende fracties
    hebben gevraagd naar het onderzoek.") restates the topic for each of its paragraphs."""
    restated = similarity.coverage(q_stems, openings, vocab)
    echoed = similarity.coverage(openings, q_stems, vocab).T
    if any(intros):
        restated = np.maximum(restated, similarity.coverage(q_stems, intros, vocab))
        echoed = np.maximum(echoed, similarity.coverage(intros, q_stems, vocab).T)
    return restated, echoed


def _contexts(document: Document) -> dict[tuple[str, int, int], str]:
    """What each question follows on, keyed by (paragraph id, line, column of the question):
    the sentence before it, and back past those that name no topic or branch off the same
    question ("Komt er een fonds? Zo ja, hoe groot? Zo nee, waarom niet?": the fund)."""
    out = {}
    for paragraph in document.paragraphs():
        if not any(sentence.question for sentence in paragraph.sentences):
            continue
        before: list[str] = []
        for sentence in paragraph.sentences:
            if sentence.question:
                out[(paragraph.id, sentence.span.line, sentence.span.column)] = " ".join(before)
            named = len(set(similarity.stems(sentence.text))) >= TOPIC_WORDS
            if named and not branches(sentence.text):
                before = []
            before.append(sentence.text)
    return out


def _answers(document: Document) -> list[Answer]:
    return [
        Answer(id=f"a-{p.id}", section=s.number, factions=p.factions, paragraph=p)
        for s, p in document.answer_paragraphs()
    ]


def _opening(answer: Answer) -> str:
    """The sentence that restates the question, when the answer opens with one."""
    sentences = answer.paragraph.sentences
    if sentences and RESTATEMENT.match(sentences[0].text):
        return sentences[0].text
    return ""


def _by_section(questions: Sequence[Question]) -> dict[str, list[Question]]:
    groups: dict[str, list[Question]] = {}
    for q in questions:
        groups.setdefault(q.section, []).append(q)
    return groups


def _section_order(answers: Sequence[Answer]) -> list[str]:
    order: list[str] = []
    for a in answers:
        if a.section not in order:
            order.append(a.section)
    return order


def _window(number: str, sections: list[str], answers: Sequence[Answer]) -> list[int]:
    """Indices of the answers in the reactie sections near section `number`."""
    if number in sections:
        at = sections.index(number)
    else:
        at = min(range(len(sections)), key=lambda k: _distance(sections[k], number))
    near = set(sections[max(0, at - SECTION_WINDOW) : at + SECTION_WINDOW + 1])
    return [j for j, a in enumerate(answers) if a.section in near]


def _distance(a: str, b: str) -> int:
    key = [int(x) if x.isdigit() else 0 for x in a.split(".")]
    other = [int(x) if x.isdigit() else 0 for x in b.split(".")]
    return sum(abs(x - y) for x, y in zip(key + [0] * 4, other + [0] * 4, strict=False))


def _structure(
    questions: Sequence[Question], answers: Sequence[Answer], shared: Sequence[bool]
) -> np.ndarray:
    """Bonus and penalty matrix from faction and section."""
    out = np.zeros((len(questions), len(answers)), dtype=np.float32)
    for i, q in enumerate(questions):
        asked = set(q.factions)
        for j, a in enumerate(answers):
            if a.section != q.section:
                out[i, j] += OTHER_SECTION
            if shared[j] and a.section == q.section:
                out[i, j] += SAME_FACTION
            elif asked and a.factions:
                out[i, j] += SAME_FACTION if asked & set(a.factions) else OTHER_FACTION
    return out


def _shared(answers: Sequence[Answer]) -> list[bool]:
    """Answers addressed to several factions at once, with the paragraphs that carry them on."""
    out: list[bool] = []
    for k, a in enumerate(answers):
        carried = k > 0 and out[-1] and not a.factions and a.section == answers[k - 1].section
        out.append(bool(SHARED.match(a.text)) or carried)
    return out


def _opening_remarks(
    answers: Sequence[Answer], shared: Sequence[bool], restating: Sequence[bool]
) -> list[bool]:
    """The paragraphs that open the reactie before its first section or faction block
    ("Met belangstelling heb ik kennisgenomen van de vragen ..."): no answers, where blocks
    follow. A block to all factions, or a repeated question, is an answer's start."""
    first = next((k for k, a in enumerate(answers) if a.section or a.factions), len(answers))
    if first == len(answers):
        return [False] * len(answers)
    return [
        k < first and not shared[k] and not restating[k] and not _opening(a)
        for k, a in enumerate(answers)
    ]


def _intros(answers: Sequence[Answer], shared: Sequence[bool]) -> list[list[str]]:
    """For each paragraph of a block to all factions, the stems of the block's first
    sentence ("De leden van verschillende fracties hebben gevraagd naar ...")."""
    out: list[list[str]] = []
    for k, a in enumerate(answers):
        if not shared[k]:
            out.append([])
        elif SHARED.match(a.text):
            sentences = a.paragraph.sentences
            out.append(similarity.stems(sentences[0].text if sentences else a.text))
        else:
            out.append(out[-1])  # carried on from the paragraph before
    return out


def _decide(
    questions: Sequence[Question], scores, answers, ordered: dict[str, int], evidence
) -> dict[str, tuple[float, int]]:
    """The answer each question gets, if any: (score, answer index).

    A clear match is taken as it is. A weaker one is taken when structure backs it: the
    answer stands in the asking faction's own block of the same section, or it is the
    answer of the question just before in the same paragraph (follow-up questions).
    """
    picks: dict[str, tuple[float, int]] = {}
    previous: Question | None = None
    for q in questions:
        pick = _pick(q, scores[q.id], answers, ordered.get(q.id), evidence[q.id])
        if pick is not None:
            picks[q.id] = pick
        elif previous is not None and previous.paragraph_id == q.paragraph_id:
            earlier = picks.get(previous.id)
            if earlier is not None:
                score = next((sc for sc, j in scores[q.id] if j == earlier[1]), 0.0)
                shared = evidence[q.id].get(earlier[1], 0.0) >= WEAK_EVIDENCE
                # "Zo ja, ...?" and "Zo nee, ...?" hang on the question before them
                if score >= FOLLOW_UP_THRESHOLD and (shared or branches(q.text)):
                    picks[q.id] = (score, earlier[1])
        previous = q
    return picks


def _pick(
    q: Question, ranked, answers, in_order: int | None, evidence: dict[int, float]
) -> tuple[float, int] | None:
    """The in-order answer unless another is clearly better, else the best clear match, else
    the best weak match in the asking faction's own block. Structure alone is not enough: a
    weak match must share some of the question's words."""
    top_score, top = ranked[0]
    if in_order is not None and evidence[in_order] >= MIN_EVIDENCE:
        score = next(sc for sc, k in ranked if k == in_order)
        # the order of a block to all factions does not outweigh a better answer in the
        # asking faction's own block
        own = _own(q, answers[top]) and not _own(q, answers[in_order])
        if top_score - score <= ORDER_MARGIN and score >= WEAK_THRESHOLD and not own:
            return score, in_order
    if top_score >= THRESHOLD:
        return top_score, top
    for score, j in ranked:
        if score < WEAK_THRESHOLD:
            break
        if evidence[j] < WEAK_EVIDENCE:
            continue
        if _own(q, answers[j]):
            return score, j
    return None


def _own(q: Question, a: Answer) -> bool:
    """Whether `a` stands in the asking faction's own block of the question's section."""
    return a.section == q.section and q.faction is not None and q.faction in a.factions


def _result(q: Question, ranked, pick, answers, pointers: dict[str, str | None]) -> QuestionResult:
    links = tuple(
        AnswerLink(answer_id=answers[j].id, score=_clip(s)) for s, j in ranked[:3] if s > 0
    )
    if pick is None:
        top_score = ranked[0][0]
        confidence = 0.5 + 0.5 * min(1.0, (THRESHOLD - top_score) / THRESHOLD)
        return QuestionResult(
            question=q,
            status="unanswered",
            confidence=round(confidence, 3),
            nearest=links[0] if links else None,
        )
    top_score, top = pick
    confidence = 0.5 + 0.5 * min(1.0, max(0.0, top_score - WEAK_THRESHOLD) / 0.5)
    status: Status = "answered"
    answer_id = answers[top].id
    chosen = [AnswerLink(answer_id=answer_id, score=_clip(top_score))]
    if answer_id in pointers:
        status = "by_reference"
        target = pointers[answer_id]
        if target:
            chosen.append(AnswerLink(answer_id=target, score=_clip(top_score * 0.9)))
    chosen += [link for link in links if link.answer_id not in {c.answer_id for c in chosen}]
    return QuestionResult(
        question=q, status=status, confidence=round(confidence, 3), answers=tuple(chosen)
    )


def _clip(x: float) -> float:
    return float(min(1.0, max(0.0, x)))


def _continuations(
    results: list[QuestionResult], answers: list[Answer]
) -> tuple[list[QuestionResult], set[str]]:
    """A paragraph that carries on the answer before it (no restated question of its own,
    same block) answers the same questions: add it after their first answer. Also returns
    the ids of the paragraphs so added."""
    first = {r.answers[0].answer_id for r in results if r.status != "unanswered" and r.answers}
    follows: dict[str, str] = {}
    for prev, a in pairwise(answers):
        if (
            prev.section == a.section
            and prev.factions == a.factions
            and not _opening(a)
            and not factions.speaker(a.paragraph.sentences[0].text if a.paragraph.sentences else "")
            and a.id not in first
        ):
            follows[prev.id] = a.id
    out = []
    continued: set[str] = set()
    for r in results:
        if r.status == "answered" and r.answers:
            extra = []
            current = r.answers[0].answer_id
            while current in follows:
                current = follows[current]
                extra.append(AnswerLink(answer_id=current, score=r.answers[0].score * 0.8))
            if extra:
                seen = {link.answer_id for link in extra}
                continued |= seen
                rest = [link for link in r.answers[1:] if link.answer_id not in seen]
                r = QuestionResult(
                    question=r.question,
                    status=r.status,
                    confidence=r.confidence,
                    answers=(r.answers[0], *extra, *rest),
                )
        out.append(r)
    return out, continued


def _finish(document, results, answers, refs, pointers, continued: set[str]) -> Alignment:
    """Fill in the answers' question ids and collect the findings. `continued`: paragraphs
    that carry on an answer or repeat its question above it, so answer no question of
    their own but are no orphans."""
    by_answer: dict[str, list[str]] = {}
    for r in results:
        if r.status != "unanswered":
            for link in r.answers[:1]:
                by_answer.setdefault(link.answer_id, []).append(r.question.id)
    answers = tuple(
        attrs.evolve(a, question_ids=tuple(by_answer.get(a.id, ()))) for a in answers
    )
    quiet = continued | set(pointers)  # answer no question of their own, yet no orphans
    return Alignment(
        document=document,
        questions=tuple(results),
        answers=answers,
        cross_references=tuple(refs),
        findings=tuple(findings.collect(results, answers, refs, quiet)),
    )
