"""Cross-references in the reactie: find them, classify them, resolve them to an answer.

Internal pointers ("het eerder gegeven antwoord op pagina 16", "onder pijler 5", "zoals
hierboven beschreven", "het antwoord op de vragen van de D66-fractie") resolve to the answer on
or near that page, in that section, above, or of that faction whose topic matches the sentence
that points; page numbers in real documents are often off by one or two. Unfilled pointers
("pagina [nr.]") are placeholders; pointers to other documents are external, with the
Kamerstuk number parsed where one is given.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from aligner.model import Answer, CrossReference, ReferenceKind
from parsers import factions
from parsers.fold import fold

PLACEHOLDER = re.compile(
    r"(?:(?:het|de)\s+antwoord(?:en)?\s+op\s+[^.;]{0,90}?)?"
    r"\b(?:op\s+)?(?:pagina|blz\.?|bladzijde)\s*(?:\[[^\]]{0,12}\]|\.{2,}|…|xx+|\?\?)",
    re.IGNORECASE,
)
PAGE = re.compile(
    r"(?:(?:het|de)\s+(?:eerder(?:e)?\s+(?:gegeven\s+)?)?antwoord(?:en)?\s+(?:op\s+[^.;]{0,60}?)?)?"
    r"\bop\s+(?:pagina|blz\.?|bladzijde|p\.)\s*(?P<page>\d{1,4})(?!\d)",
    re.IGNORECASE,
)
PILLAR = re.compile(
    r"\b(?:onder|bij|in)\s+(?:pijler|paragraaf|hoofdstuk|onderdeel|sectie)\s+"
    r"(?P<section>\d{1,2}(?:\.\d{1,2})*)",
    re.IGNORECASE,
)
EARLIER = re.compile(
    r"\b(?:het|de)\s+eerder(?:e)?\s+(?:gegeven\s+)?antwoord(?:en)?\b|\beerdere\s+antwoorden\b",
    re.IGNORECASE,
)
FACTION_ANSWER = re.compile(
    r"\b(?:het|de)\s+antwoord(?:en)?\s+op\s+de\s+(?:soortgelijke\s+)?vra(?:ag|gen)\s+"
    r"(?:van|door)\s+de\s+(?:leden\s+van\s+de\s+)?(?P<faction>[\w’' -]{2,40}?)[- ]?fractie",
    re.IGNORECASE,
)
ABOVE = re.compile(
    r"\b(?:zoals\s+)?(?P<dir>hierboven|hieronder|bovenstaand|onderstaand)\b"
    r"(?:\s+(?:reeds|al))?(?:\s+(?:beschreven|vermeld|aangegeven|genoemd|toegelicht|uiteengezet))?",
    re.IGNORECASE,
)
POINTING = re.compile(
    r"(?:(?:kan|kunnen|wordt|worden|werd|zij)\s+(?:worden\s+)?)?"
    r"(?:verwezen|verwijzen|verwijst(?:\s+het\s+kabinet)?)\s+(?:\w+\s+)?naar\s+$|\b[Zz]ie\s+(?:ook\s+)?$",
    re.IGNORECASE,
)
PAGE_WORD = re.compile(r"\b(?:pagina|blz|bladzijde|p\.)", re.IGNORECASE)
QUESTION = re.compile(r"\b(?:het\s+antwoord\s+op\s+)?vraag\s+(?P<number>\d{1,3})\b", re.IGNORECASE)
DATE_WORDS = (
    r"\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    r"november|december)(?:\s+(?:jl\.|\d{4}))?"
)
DOCUMENT_WORDS = (  # also as the end of a compound: "Kamerbrief", "Woonagenda", "BNC-fiche"
    r"(?:[\w-]*(?:brief|brieven|akkoord|nota|agenda|fiche|rapport|richtlijn|verordening|wet|"
    r"motie|verslag|programma|strategie)|artikel|Kamerstuk(?:ken)?|evaluatie|Handelingen|"
    r"memorie|antwoorden\s+op\s+Kamervragen)"
)
DOCUMENT = (
    r"(?:de\s+|het\s+|een\s+)?(?:(?:eerder|reeds|boven)?genoemde\s+|bovenstaande\s+|eerdere\s+)?"
    r"(?:[A-Z][\w-]*\s+)?" + DOCUMENT_WORDS + r"\b"
)
EXTERNAL = re.compile(
    r"\b(?:verwezen|verwijst|verwijzen|verwijs|verwijzing)\s+(?:[\w]+\s+){0,3}?naar\s+"
    + DOCUMENT
    + r"(?:\s+van\s+(?:de\s+|het\s+)?(?:" + DATE_WORDS + r"|\w+))?"
    r"(?:\s+(?:van\s+)?" + DATE_WORDS + r")?"
    r"(?:\s+\d+\s+van\s+de\s+\w+)?"
    r"|\b(?:in|bij|met)\s+(?:de\s+)?(?:brief|kamerbrief)\s+van\s+(?:de\s+\w+\s+van\s+)?"
    + DATE_WORDS
    + r"|\b[Zz]oals\s+(?:vermeld|beschreven|aangegeven|aangekondigd|opgenomen)\s+in\s+"
    r"(?:de|het)\s+(?:eerder(?:e)?\s+(?:genoemde\s+)?)?" + DOCUMENT_WORDS + r"(?:\s+[A-Z][\w-]*)?"
    r"|\b(?:neergelegd|opgenomen|vastgelegd|uiteengezet|aangekondigd)\s+in\s+" + DOCUMENT
    + r"(?:\s+van\s+" + DATE_WORDS + r")?",
    re.IGNORECASE,
)
# A word each pattern cannot match without, looked for in the folded sentence first: most
# sentences point nowhere, and one search is cheaper than eight patterns.
_CUES = {
    PLACEHOLDER: re.compile(r"pagina|blz|bladzijde"),
    PAGE: re.compile(r"pagina|blz|bladzijde|p\."),
    PILLAR: re.compile(r"pijler|paragraaf|hoofdstuk|onderdeel|sectie"),
    FACTION_ANSWER: re.compile(r"fractie"),
    EARLIER: re.compile(r"eerder"),
    ABOVE: re.compile(r"hierboven|hieronder|bovenstaand|onderstaand"),
    QUESTION: re.compile(r"vraag"),
    EXTERNAL: re.compile(
        r"verw|brief|vermeld|beschreven|aangegeven|aangekondigd|opgenomen|neergelegd|"
        r"vastgelegd|uiteengezet"
    ),
}
KAMERSTUK = re.compile(
    r"Kamerstuk(?:ken)?\s+(?P<dossier>\d{2}\s?\d{3}(?:[-–]\w+)?(?:\s+en\s+\d{2}\s?\d{3})*)"
    r",\s*(?:nr\.\s*)?(?P<number>\d+|[A-Z])\b"
)

Score = Callable[[str, Sequence[Answer]], list[float]]


def find(answers: Sequence[Answer]) -> list[CrossReference]:
    """Every cross-reference in the answers, unresolved, in document order."""
    refs: list[CrossReference] = []
    for answer in answers:
        paragraph = answer.paragraph
        for sentence in paragraph.sentences:
            for kind, start, end, detail in _matches(sentence.text):
                if kind != "external":  # the pointing verb belongs to the pointer
                    verb = POINTING.search(sentence.text[:start])
                    start = verb.start() if verb else start
                text = sentence.text[start:end]
                # a page pointer stands where its page number does, not where its phrase starts
                anchor = PAGE_WORD.search(sentence.text, start, end) if "page" in kind else None
                at = anchor.start() if anchor else start + len(text) - len(text.lstrip())
                span = paragraph.span_at(sentence.start + at)
                refs.append(
                    CrossReference(
                        id=f"x{len(refs) + 1:03d}",
                        kind=kind,
                        text=text.strip(),
                        sentence=sentence.text,
                        span=span,
                        answer_id=answer.id,
                        status="external" if kind == "external" else "unresolved",
                        target_document=detail if kind == "external" else None,
                        target_answer_id=detail if kind != "external" else None,
                    )
                )
    return refs


def _matches(sentence: str) -> list[tuple[ReferenceKind, int, int, str | None]]:
    """(kind, start, end, detail) of the references in one sentence, without overlaps.

    `detail` carries what resolution needs: the page, section, faction or direction for an
    internal pointer (as text), the Kamerstuk for an external one.
    """
    found: list[tuple[ReferenceKind, int, int, str | None]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for _, s, e, _ in found)

    def scan(pattern: re.Pattern[str]):
        return pattern.finditer(sentence) if _CUES[pattern].search(low) else ()

    low = fold(sentence)
    for m in scan(PLACEHOLDER):
        found.append(("page_placeholder", m.start(), m.end(), None))
    for m in scan(PAGE):
        if free(m.start(), m.end()):
            found.append(("page", m.start(), m.end(), m["page"]))
    for m in scan(PILLAR):
        if free(m.start(), m.end()):
            found.append(("pillar", m.start(), m.end(), m["section"]))
    for m in scan(FACTION_ANSWER):
        named = factions.canonical(m["faction"].strip())
        if named and free(m.start(), m.end()):
            found.append(("faction_answer", m.start(), m.end(), named))
    for m in scan(EARLIER):
        if free(m.start(), m.end()):
            found.append(("earlier_answer", m.start(), m.end(), None))
    for m in scan(ABOVE):
        direction = "below" if m["dir"].lower() in ("hieronder", "onderstaand") else "above"
        if free(m.start(), m.end()):
            found.append((direction, m.start(), m.end(), None))  # type: ignore[arg-type]
    for m in scan(QUESTION):
        if free(m.start(), m.end()):
            found.append(("question", m.start(), m.end(), m["number"]))
    for m in scan(EXTERNAL):
        if free(m.start(), m.end()):
            found.append(("external", m.start(), m.end(), kamerstuk(sentence)))
    found.sort(key=lambda f: f[1])
    return found


def kamerstuk(text: str) -> str | None:
    """The first Kamerstuk number in `text`, as "Kamerstuk 19 637, nr. 2394"."""
    m = KAMERSTUK.search(text)
    if not m:
        return None
    dossier = " ".join(m["dossier"].split())
    number = m["number"]
    return (
        f"Kamerstuk {dossier}, nr. {number}"
        if number.isdigit()
        else f"Kamerstuk {dossier}, {number}"
    )
