"""A small alignment built by hand, for the HTML report tests (no parser or aligner needed).

The sentences are made up (cycle paths, not migration) but have the shape of a schriftelijk
overleg: questions per faction in part I, answers with page references in part II.
"""

from __future__ import annotations

import attrs

from aligner.model import (
    Alignment,
    Answer,
    AnswerLink,
    CrossReference,
    Finding,
    QuestionResult,
)
from parsers.model import Block, Document, Paragraph, Part, Question, Section, Segment, Span

LONG_ANSWER = (
    "Het kabinet heeft in 2023 ruim driehonderd kilometer nieuw fietspad laten aanleggen, "
    "vooral langs provinciale wegen buiten de bebouwde kom. Daarnaast is een groot deel van "
    "het bestaande net opnieuw geasfalteerd, omdat wortels van bomen het wegdek hadden "
    "opgetild. Voor het onderhoud zijn de provincies zelf verantwoordelijk; het Rijk draagt "
    "bij via de regeling voor veilige fietsroutes. Drie provincies lopen achter met het "
    "onderhoud, zoals ook vermeld op pagina 5 bij de vragen over kruisingen. Het kabinet "
    "spreekt deze provincies daar in het voorjaar op aan en stuurt de Kamer daarna een "
    "overzicht per provincie, met de stand van het onderhoud en de geplande werkzaamheden."
)
PLACEHOLDER_ANSWER = (
    "Voor de veiligheid bij kruisingen verwijst het kabinet naar het antwoord op pagina [nr.] "
    "en naar de brief van 3 maart over verkeersveiligheid."
)
FIRST_QUESTION = "Kan de minister aangeven hoeveel kilometer fietspad er in 2023 is aangelegd?"
UNRESOLVED_ANSWER = (
    "Zoals in het antwoord aan de leden van de PvdD-fractie staat, komt er geen landelijke "
    "norm voor snelfietsroutes."
)


def _span(page: int, line: int) -> Span:
    return Span(page=page, line=line, column=1)


def _paragraph(pid: str, text: str, page: int, line: int, factions: tuple[str, ...]) -> Paragraph:
    return Paragraph(
        id=pid,
        text=text,
        span=_span(page, line),
        source=(Segment(line=line, start=1, end=len(text)),),
        factions=factions,
    )


def _question(qid: str, text: str, section: str, faction: str, page: int, line: int) -> Question:
    return Question(
        id=qid,
        text=text,
        kind="direct",
        section=section,
        span=_span(page, line),
        paragraph_id=f"p-{qid}",
        factions=(faction,),
    )


def make_alignment(
    *,
    question_text: str = FIRST_QUESTION,
    answer_text: str = LONG_ANSWER,
    title: str = "Fietsbeleid in de regio",
    faction: str = "VVD",
) -> Alignment:
    """Five questions (answered, shared answer, unanswered, by reference, low confidence),
    five answers (two without a question), and one reference of each kind that matters."""
    questions = (
        _question("q1", question_text, "1", faction, 2, 10),
        _question("q2", "Welke provincies lopen achter met het onderhoud?", "1", faction, 2, 12),
        _question(
            "q3",
            "Waarom ontbreekt een landelijke norm voor verlichting van fietspaden?",
            "1",
            "SP",
            2,
            20,
        ),
        _question(
            "q4", "Hoe beoordeelt het kabinet de veiligheid bij kruisingen?", "1.1", "D66", 3, 40
        ),
        _question("q5", "Komt er een norm voor snelfietsroutes?", "1.1", "CDA", 3, 48),
    )
    answer_paragraphs = {
        "a1": _paragraph("r1", answer_text, 4, 100, (faction,)),
        "a2": _paragraph(
            "r2", "Over verlichting langs wegen is eerder met gemeenten gesproken.", 4, 110, ("SP",)
        ),
        "a3": _paragraph("r3", PLACEHOLDER_ANSWER, 5, 130, ("D66",)),
        "a4": _paragraph("r4", UNRESOLVED_ANSWER, 5, 140, ("CDA",)),
        "a5": _paragraph(
            "r5", "Het kabinet dankt de leden voor hun inbreng over dit onderwerp.", 5, 150, ()
        ),
    }
    sections = {"a1": "1", "a2": "1", "a3": "1.1", "a4": "1.1", "a5": "1.1"}
    answers = tuple(
        Answer(id=aid, section=sections[aid], factions=p.factions, paragraph=p)
        for aid, p in answer_paragraphs.items()
    )

    inbreng = Part(
        kind="inbreng",
        title="Vragen en opmerkingen vanuit de fracties",
        heading=None,
        sections=(
            Section(number="1", title="Algemeen", heading=None, blocks=()),
            Section(number="1.1", title="Kruisingen en snelfietsroutes", heading=None, blocks=()),
        ),
    )
    reactie = Part(
        kind="reactie",
        title="Reactie van de minister",
        heading=None,
        sections=(
            Section(
                number="1",
                title="Algemeen",
                heading=None,
                blocks=(Block(factions=(faction,), paragraphs=(answer_paragraphs["a1"],)),),
            ),
        ),
    )
    document = Document(
        kind="schriftelijk_overleg",
        source="/somewhere/else/fietsbeleid.txt",
        title=title,
        date="12 maart 2024",
        parts=(inbreng, reactie),
        questions=questions,
    )
    results = (
        QuestionResult(
            question=questions[0],
            status="answered",
            confidence=0.91,
            answers=(AnswerLink(answer_id="a1", score=0.91),),
        ),
        QuestionResult(
            question=questions[1],
            status="answered",
            confidence=0.74,
            answers=(AnswerLink(answer_id="a1", score=0.74),),
        ),
        QuestionResult(
            question=questions[2],
            status="unanswered",
            confidence=0.8,
            nearest=AnswerLink(answer_id="a2", score=0.31),
        ),
        QuestionResult(
            question=questions[3],
            status="by_reference",
            confidence=0.66,
            answers=(AnswerLink(answer_id="a3", score=0.66),),
        ),
        QuestionResult(
            question=questions[4],
            status="answered",
            confidence=0.42,
            answers=(AnswerLink(answer_id="a4", score=0.42),),
        ),
    )
    refs = (
        CrossReference(
            id="x1",
            kind="page",
            text="pagina 5",
            sentence=(
                "Drie provincies lopen achter met het onderhoud, zoals ook vermeld op pagina 5 bij "
                "de vragen over kruisingen."
            ),
            span=_span(4, 104),
            answer_id="a1",
            status="resolved",
            target_answer_id="a3",
        ),
        CrossReference(
            id="x2",
            kind="page_placeholder",
            text="pagina [nr.]",
            sentence=PLACEHOLDER_ANSWER,
            span=_span(5, 130),
            answer_id="a3",
            status="placeholder",
        ),
        CrossReference(
            id="x3",
            kind="external",
            text="de brief van 3 maart",
            sentence=PLACEHOLDER_ANSWER,
            span=_span(5, 131),
            answer_id="a3",
            status="external",
            target_document="Kamerstuk 11 222, nr. 33",
        ),
        CrossReference(
            id="x4",
            kind="faction_answer",
            text="het antwoord aan de leden van de PvdD-fractie",
            sentence=UNRESOLVED_ANSWER,
            span=_span(5, 140),
            answer_id="a4",
            status="unresolved",
        ),
    )
    findings = (
        Finding(
            kind="unanswered",
            message="unanswered",
            span=questions[2].span,
            text=questions[2].text,
            faction="SP",
            section="1",
            question_id="q3",
        ),
        Finding(
            kind="faction_unanswered",
            message="never answered by name",
            span=None,
            text="SP",
            faction="SP",
        ),
        Finding(
            kind="orphan_answer",
            message="no question",
            span=answer_paragraphs["a2"].span,
            text=answer_paragraphs["a2"].text,
            answer_id="a2",
        ),
        Finding(
            kind="orphan_answer",
            message="no question",
            span=answer_paragraphs["a5"].span,
            text=answer_paragraphs["a5"].text,
            answer_id="a5",
        ),
        Finding(
            kind="placeholder",
            message="placeholder",
            span=refs[1].span,
            text=refs[1].text,
            answer_id="a3",
            reference_id="x2",
        ),
        Finding(
            kind="unresolved_reference",
            message="unresolved",
            span=refs[3].span,
            text=refs[3].text,
            answer_id="a4",
            reference_id="x4",
        ),
        Finding(
            kind="low_confidence",
            message="low",
            span=questions[4].span,
            text=questions[4].text,
            question_id="q5",
        ),
    )
    return Alignment(
        document=document,
        questions=results,
        answers=answers,
        cross_references=refs,
        findings=findings,
    )


def with_candidates(al: Alignment | None = None) -> Alignment:
    """The helper's alignment where q1 also lists two weak candidates, as the aligner does:
    a4 (the answer of q5, further down) and a2 (no question's answer: only a candidate)."""
    al = al or make_alignment()
    first = al.questions[0]
    weak = (AnswerLink(answer_id="a4", score=0.22), AnswerLink(answer_id="a2", score=0.09))
    links = (*first.answers, *weak)
    q1 = attrs.evolve(first, answers=links)
    return attrs.evolve(al, questions=(q1, *al.questions[1:]))
