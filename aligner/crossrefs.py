"""Cross-references in the reactie: find them, classify them, resolve them to an answer.

Internal pointers ("het eerder gegeven antwoord op pagina 16", "onder pijler 5", "zie
paragraaf 2.3", "zoals hierboven beschreven", "eerder in deze nota", "het antwoord op de vragen
van de D66-fractie", "vraag 12") resolve to the answer on or near that page, in that section,
above, or of that faction whose topic matches the sentence that points; page numbers in real
documents are often off by one or two. Unfilled pointers ("pagina [nr.]") are placeholders;
pointers to other documents ("verwezen naar de brief van 11 juni jl.", "in mijn brief van ...",
a bare "(Kamerstukken II 2015/16, 19 637, nr. 2190)") are external, with the Kamerstuk number
parsed where one is given.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

import attrs

from aligner import similarity
from aligner.model import Answer, CrossReference, ReferenceKind
from parsers import factions, replies
from parsers.fold import fold
from parsers.headings import digits, section_numbers
from parsers.model import Document

PLACEHOLDER = re.compile(  # with the answer it means: "mijn antwoord op ... op pagina [..]"
    # (not across a "zie" of its own: "mijn antwoord op ..., zie pagina [nr.]" points twice)
    r"(?:(?:(?:het|de|mijn)\s+antwoord(?:en)?\s+op|(?:de\s+)?beantwoording\s+van)\s+"
    r"(?:(?!\bzie\b)[^.;]){0,90}?)?"
    r"\b(?:op\s+)?(?:pagina|blz\.?|bladzijde)\s*(?:\[[^\]]{0,12}\]|\.{2,}|…|xx+|\?\?)",
    re.IGNORECASE,
)
PAGE = re.compile(
    r"(?:(?:het|de)\s+(?:eerder(?:e)?\s+(?:gegeven\s+)?)?antwoord(?:en)?\s+(?:op\s+[^.;]{0,60}?)?)?"
    r"\b(?:op|zie(?:\s+ook)?)\s+(?:pagina|blz\.?|bladzijde|p\.)\s*(?P<page>\d{1,4})(?!\d)",
    re.IGNORECASE,
)
SECTION_WORDS = r"(?:pijler|paragraaf|hoofdstuk|onderdeel|sectie)"
PILLAR = re.compile(
    r"\b(?:(?:onder|bij|in)\s+(?:de\s+)?|(?<=\bnaar\s)|[Zz]ie\s+(?:ook\s+)?)" + SECTION_WORDS
    + r"\s+(?P<section>\d{1,2}(?:\.\d{1,2})*+)\b"  # *+: "2.2 van het rapport" never "2"
    # not "hoofdstuk 3 van het rapport", "paragraaf 2 van de wet": another document's (but
    # "paragraaf 3.2 van deze nota" is this one's)
    r"(?!\s+(?:van|uit|in)\s+(?!(?:deze|dit)\s+(?:nota|memorie|reactie|beantwoording|document)\b)"
    r"(?:het|de|dat|die|dit|deze)\s+(?:\w+\s+)?\w*(?:rapport|brief|"
    r"verslag|wet|nota|advies|verdrag|richtlijn|verordening|besluit|regeling|akkoord|"
    r"memorie|evaluatie|onderzoek|plan|agenda|strategie)\b)"
    # "het antwoord onder 2.1": a bare number needs its dot to be a section's
    r"|\b(?:(?:het|de|mijn)\s+)?antwoord(?:en)?\s+(?:onder|bij)\s+(?P<bare>\d{1,2}(?:\.\d{1,2})+)(?![\d,])(?!\s*(?:procent|%))"
    # "heb ik uw Kamer hierboven onder 1.1 geïnformeerd"
    r"|\b(?:hierboven|hieronder)\s+(?:al\s+|reeds\s+)?onder\s+(?P<near>\d{1,2}(?:\.\d{1,2})*)\b"
    r"(?![.,]\d)(?!\s*(?:procent|%))",
    re.IGNORECASE,
)
EARLIER = re.compile(
    r"\b(?:het|de)\s+eerder(?:e)?\s+(?:gegeven\s+)?antwoord(?:en)?\b|\beerdere\s+antwoorden\b",
    re.IGNORECASE,
)
FACTION_ANSWER = re.compile(
    r"\b(?:(?:het|de|mijn|ons)\s+(?:eerder(?:e)?\s+(?:gegeven\s+)?)?(?:antwoord(?:en)?|reactie)"
    r"\s+(?:op|bij)|(?:de\s+)?beantwoording\s+van)"
    r"\s+(?:de|een|dezelfde)\s+(?:(?:soortgelijke|vergelijkbare|gelijkluidende|eerdere)\s+)?"
    r"vra(?:ag|gen)\s+(?:gesteld\s+)?(?:van|door)\s+de\s+(?:leden\s+van\s+de\s+)?"
    r"(?:(?P<faction>[\w’' -]{2,40}?)[- ]?fractie"
    # "de vragen van de leden van de fracties van D66 en GroenLinks-PvdA"
    r"|fracties\s+van\s+(?:[\w’'-]+,?\s+){1,6}?en\s+[\w’'-]+)",
    re.IGNORECASE,
)
ABOVE = re.compile(
    r"\b(?:zoals\s+)?(?P<dir>hierboven|hieronder|bovenstaand|onderstaand)\b"
    r"(?:\s+(?:reeds|al))?(?:\s+(?:beschreven|vermeld|aangegeven|genoemd|toegelicht|uiteengezet))?"
    # "zoals eerder in deze nota aangegeven", "verderop in deze brief", "de vorige vraag"
    r"|\b(?P<where>eerder|elders|verderop|later)\s+in\s+(?:deze|dit)\s+"
    r"(?:nota|brief|reactie|beantwoording|verslag|document|antwoord)\b"
    r"|\b(?:zoals\s+)?(?:hiervoor|voorgaand)\s+(?:al\s+|reeds\s+)?"
    r"(?:beschreven|vermeld|aangegeven|genoemd|toegelicht|uiteengezet|opgemerkt|geschreven)"
    # "zoals hiervoor bij de vragen van de D66-fractie is aangegeven"
    r"|\bzoals\s+hiervoor\s+[^.;:]{1,60}?\s(?:is|werd|al|reeds)\s+"
    r"(?:beschreven|vermeld|aangegeven|genoemd|toegelicht|uiteengezet|opgemerkt)"
    r"|\b(?:het|mijn|ons)\s+(?:antwoord\s+op\s+de\s+)?(?:vorige|voorgaande)\s+(?:vraag|antwoord)\b",
    re.IGNORECASE,
)
# how the reactie says it is ordered: "Hieronder ga ik per fractie op de vragen in, in de
# volgorde van het verslag."
READING_GUIDE = re.compile(
    r"\bper\s+(?:fractie|agendapunt|onderwerp|hoofdstuk|paragraaf|pijler|thema|onderdeel)\b"
    r"|\bvolgorde\b|\bvragen\s+en\s+opmerkingen\b|\bgestelde\s+vragen\b",
    re.IGNORECASE,
)
POINTING = re.compile(
    r"(?:(?:kan|kunnen|wordt|worden|werd|zij)\s+(?:worden\s+)?)?"
    r"(?:verwezen|verwijzen|verwijs(?:\s+ik)?|verwijst)\s+(?:\w+\s+){0,3}?naar\s+"
    r"(?:het\s+antwoord\s+|de\s+antwoorden\s+)?$|\b[Zz]ie\s+(?:ook\s+)?$",
    re.IGNORECASE,
)
# the words of an answer that only points
POINTS = re.compile(r"\bverw(?:ezen|ijs|ijst|ijzen|ijzing)\b|\bzie\b", re.IGNORECASE)
PAGE_WORD = re.compile(r"\b(?:pagina|blz|bladzijde|p\.)", re.IGNORECASE)
QUESTION = re.compile(
    r"\b(?:(?:het|de|mijn)\s+antwoord(?:en)?\s+op\s+(?:de\s+)?)?"
    r"(?:vraag|(?<=de |op )vragen)\s+(?P<number>\d{1,3}(?-i:[a-z])?)"
    r"(?:\s*(?:,|en|tot\s+en\s+met|t/m|[-–])\s*\d{1,3}(?-i:[a-z])?\b)*(?![\d.,]\d)\b",
    re.IGNORECASE,
)
# what follows "vraag 3" when the question is another document's: "van de Kamervragen van
# het lid X", "van het lid Jansen", "in het verslag van 3 maart", "(Aanhangsel Handelingen ...)"
OTHER_DOCUMENTS_QUESTION = re.compile(
    r"\s*(?:\(\s*(?=Aanhangsel|Handelingen|Kamerstuk)"
    r"|(?:van|uit|in|bij)\s+(?:de\s+|het\s+|mijn\s+|onze\s+)?"
    r"(?:eerdere\s+|schriftelijke\s+)?(?:Kamervragen|vragen\s+van\s+het\s+lid|lid\b|leden\s+(?-i:[A-Z])"
    r"|Aanhangsel|Handelingen|Kamerstuk|[\w-]*(?:brief|verslag|rapport|nota)\b))",
    re.IGNORECASE,
)
NEXT_POINTER = re.compile(
    r" en (?:(?:het|de)\s+antwoord(?:en)?\s+op\s+(?:de\s+)?)?vra(?:ag|gen)\s+\d", re.IGNORECASE
)
CLAUSE = 200  # characters an external question reference runs at most
DATE_WORDS = (
    r"\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    r"november|december)(?:\s+(?:jl\.|\d{4}))?"
)
DOCUMENT_WORDS = (  # also as the end of a compound: "Kamerbrief", "Woonagenda", "BNC-fiche"
    r"(?:[\w-]*(?:brief|brieven|akkoord|nota|agenda|fiche|rapport|rapportage|richtlijn|"
    r"verordening|wet|motie|verslag|programma|strategie|advies|notitie|verdrag|besluit|plan)|"
    r"artikel|Kamerstuk(?:ken)?|evaluatie|Handelingen|memorie|mededeling|"
    r"antwoorden\s+op\s+(?:de\s+)?Kamervragen|beantwoording\s+van\s+(?:de\s+)?Kamervragen)"
)
DOCUMENT = (
    r"(?:de\s+|het\s+|een\s+|mijn\s+|onze\s+)?"
    r"(?:(?:eerder|reeds|boven)?genoemde\s+|bovenstaande\s+|eerdere\s+)?"
    r"(?:[A-Z][\w-]*\s+)?" + DOCUMENT_WORDS + r"\b"
)
# a Kamerstuk as the Tweede Kamer's site writes it, dossier and number: "(36 471-64)"
SHORT_CITATION = r"\d{2}\s?\d{3}[-–]\d{1,4}"
SHORT_KAMERSTUK = re.compile(r"\((?P<dossier>\d{2}\s?\d{3})[-–](?P<number>\d{1,4})\)")
# A citation in the official form, standing on its own: "(Kamerstukken II 2015/16, 19 637,
# nr. 2190)", "(Handelingen II 2016/17, nr. 15, item 8)"
CITATION = (
    r"\b(?:Kamerstuk(?:ken)?\s*(?:I{1,2}\s+)?(?:\d{4}\s*[/–-]\s*\d{2,4},?\s*)?\d{2}\s?\d{3}"
    r"[^.;()]{0,24}?,\s*nr\.?\s*\d+"
    r"|(?:Aanhangsel\s+)?Handelingen\s*(?:I{1,2}\s+)?,?\s*(?:vergaderjaar\s+)?\d{4}\s*[/–-]\s*\d{2,4}"
    r",?\s*nr\.?\s*\d+(?:,\s*item\s+\d+)?)"
)
EXTERNAL = re.compile(
    r"\b(?:verwezen|verwijst|verwijzen|verwijs|verwijzing)\s+(?:[\w]+\s+){0,3}?naar\s+"
    + DOCUMENT
    + r"(?:\s+van\s+(?:de\s+|het\s+)?(?:" + DATE_WORDS + r"|\w+))?"
    r"(?:\s+(?:van\s+)?" + DATE_WORDS + r")?"
    r"(?:\s+\d+\s+van\s+de\s+\w+)?"
    r"|\b(?:in|bij|met)\s+(?:de\s+|mijn\s+|onze\s+)?[\w-]*brief\s+van\s+"
    r"(?:de\s+\w+\s+van\s+)?" + DATE_WORDS
    + r"|\b[Zz]oals\s+(?:vermeld|beschreven|aangegeven|aangekondigd|opgenomen)\s+in\s+"
    r"(?:de|het|mijn|onze)\s+(?:eerder(?:e)?\s+(?:genoemde\s+)?)?" + DOCUMENT_WORDS
    + r"(?:\s+(?-i:[A-Z])[\w-]*)?(?:\s+van\s+" + DATE_WORDS + r")?"
    r"|\b(?:neergelegd|opgenomen|vastgelegd|uiteengezet|aangekondigd|toegelicht|toegezegd)"
    r"\s+in\s+" + DOCUMENT + r"(?:\s+van\s+" + DATE_WORDS + r")?"
    r"|\b[Zz]ie\s+(?:ook\s+|hiervoor\s+|daarvoor\s+|tevens\s+|verder\s+)?" + DOCUMENT
    + r"(?:\s+van\s+(?:de\s+|het\s+)?(?:" + DATE_WORDS + r"|\w+))?"
    # a Mededeling: "zijn beantwoord middels een brief over Veerdiensten (31 409-415)"
    r"|\bbeantwoord\s+(?:middels|met|in|via|bij|door)\s+" + DOCUMENT
    + r"(?:\s+(?:over|inzake)\s+[^().;]{1,80}?\s*\((?:" + SHORT_CITATION + "|" + CITATION + r")\))?"
    # "in paragraaf 4 van de memorie van toelichting", "bij de memorie van toelichting",
    # "in het nader rapport", "in het advies van de Raad van State"
    r"|\b(?:paragraaf|hoofdstuk|bijlage|onderdeel)\s+\d{1,2}(?:\.\d{1,2})*\s+van\s+(?:de|het)\s+"
    + DOCUMENT_WORDS + r"\b(?:\s+van\s+toelichting)?"
    r"|\b(?:in|bij|uit)\s+(?:de\s+memorie\s+van\s+toelichting|het\s+nader\s+rapport|"
    r"het\s+advies\s+van\s+de\s+(?:Afdeling\s+advisering\s+van\s+de\s+)?Raad\s+van\s+State)\b"
    r"|" + CITATION + r"|\(" + SHORT_CITATION + r"\)",
    re.IGNORECASE,
)
# A word each pattern cannot match without, looked for in the folded sentence first: most
# sentences point nowhere, and one search is cheaper than eight patterns.
_CUES = {
    PLACEHOLDER: re.compile(r"pagina|blz|bladzijde"),
    PAGE: re.compile(r"pagina|blz|bladzijde|p\."),
    PILLAR: re.compile(r"pijler|paragraaf|hoofdstuk|onderdeel|sectie|antwoord|hierboven|hieronder"),
    FACTION_ANSWER: re.compile(r"fractie"),
    EARLIER: re.compile(r"eerder"),
    ABOVE: re.compile(
        r"hierboven|hieronder|bovenstaand|onderstaand|(?:eerder|elders|verderop|later) in|"
        r"hiervoor|voorgaand|vorige"
    ),
    QUESTION: re.compile(r"vraag|vragen"),
    EXTERNAL: re.compile(
        r"verw|brief|vermeld|beschreven|aangegeven|aangekondigd|opgenomen|neergelegd|"
        r"vastgelegd|uiteengezet|toegelicht|toegezegd|zie|kamerstuk|handelingen|beantwoord|"
        r"\(\d\d ?\d\d\d|memorie|rapport|advies|paragraaf|hoofdstuk|bijlage|onderdeel"
    ),
}
POINTER_LENGTH = 400  # an answer this short that points elsewhere is only a pointer ...
POINTER_SHARE = 0.3  # ... when the pointer takes this share of each of its sentences ...
ASIDE = 15  # ... but for sentences this short ("Nee.", "Dat klopt.")
NEARBY = 0.02  # penalty per paragraph between 'hierboven' and what it means
NAMED_PLACE = frozenset({"page", "pillar", "faction_answer", "question", "above", "below"})
INTERNAL = NAMED_PLACE | {"earlier_answer"}
KAMERSTUK = re.compile(
    r"Kamerstuk(?:ken)?\s*(?:I{1,2}\s+)?(?:\d{4}\s*[/–-]\s*\d{2,4},\s*)?"
    r"(?P<dossier>\d{2}\s?\d{3}(?:[-–]\w+|\s+[IVXL]+\b|\s+[A-Z]\b)?(?:\s+en\s+\d{2}\s?\d{3})*)"
    r",\s*(?:nr\.\s*)?(?P<number>\d+|[A-Z])\b"
)
OPENING_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]?\s+\S")  # "5 Kunt u ...": question 5
CITED = re.compile(r"(?:Kamerstuk|Handelingen|Aanhangsel|\(\d)", re.IGNORECASE)
ADJOINING = re.compile(r"[\s(]{0,3}")  # between a reference and the citation that follows it


def find(answers: Sequence[Answer]) -> list[tuple[CrossReference, str | None]]:
    """Every cross-reference in the answers, unresolved, in document order, each with what
    resolving it needs: the page, section or faction it names (as text)."""
    refs: list[tuple[CrossReference, str | None]] = []
    for answer in answers:
        paragraph = answer.paragraph
        for sentence in paragraph.sentences:
            for kind, found, end, detail in _matches(sentence.text):
                if kind == "below" and READING_GUIDE.search(sentence.text):
                    continue  # "Hieronder ga ik per fractie op de vragen in.": no pointer
                start = found
                if kind != "external":  # the pointing verb belongs to the pointer
                    verb = POINTING.search(sentence.text[:start])
                    start = verb.start() if verb else start
                text = sentence.text[start:end]
                # a pointer stands where what it names does: the page, section, faction ...
                anchor = PAGE_WORD.search(sentence.text, start, end) if "page" in kind else None
                at = anchor.start() if anchor else found
                span = paragraph.span_at(sentence.start + at)
                ref = CrossReference(
                    id=f"x{len(refs) + 1:03d}",
                    kind=kind,
                    text=text.strip(),
                    sentence=sentence.text,
                    span=span,
                    answer_id=answer.id,
                    status="external" if kind == "external" else "unresolved",
                    target_document=detail if kind == "external" else None,
                )
                refs.append((ref, detail if kind != "external" else None))
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
            found.append(("pillar", m.start(), m.end(), m["section"] or m["bare"] or m["near"]))
    for m in scan(FACTION_ANSWER):
        # "de X-fractie", "de PVV- en SP-fractie": every faction named
        named = m["faction"] and factions.canonical(m["faction"].strip())
        named = named or "|".join(factions.announced(m[0]))
        if named and free(m.start(), m.end()):
            found.append(("faction_answer", m.start(), m.end(), named))
    for m in scan(EARLIER):
        if free(m.start(), m.end()):
            found.append(("earlier_answer", m.start(), m.end(), None))
    for m in scan(ABOVE):
        word = (m["dir"] or m["where"] or "").lower()
        below = word in ("hieronder", "onderstaand", "verderop", "later")
        direction = "below" if below else "above"
        if free(m.start(), m.end()):
            found.append((direction, m.start(), m.end(), None))  # type: ignore[arg-type]
    for m in scan(QUESTION):
        if OTHER_DOCUMENTS_QUESTION.match(sentence, m.end()):
            end = _clause_end(sentence, m.end())
            if free(m.start(), end):  # another document's question: external
                found.append(("external", m.start(), end, kamerstuk(sentence[m.start() : end])))
        elif free(m.start(), m.end()):
            found.append(("question", m.start(), m.end(), m["number"]))
    for m in scan(EXTERNAL):
        number = kamerstuk(sentence[m.start() :])
        last = max((f for f in found if f[0] == "external"), key=lambda f: f[2], default=None)
        if last and ADJOINING.fullmatch(sentence, last[2], m.start()):
            # "de brief van 11 juni jl. (Kamerstuk 19 637, nr. 2394)": one reference
            closes = sentence[m.end() : m.end() + 1] == ")" and "(" in sentence[last[2] : m.start()]
            found[found.index(last)] = (*last[:2], m.end() + closes, last[3])
        elif CITED.match(m[0]) and any(f[0] == "external" and f[3] == number for f in found):
            continue  # the citation of a document the sentence already refers to
        elif free(m.start(), m.end()):
            found.append(("external", m.start(), m.end(), number))
    found.sort(key=lambda f: f[1])
    return found


def _clause_end(sentence: str, start: int) -> int:
    """Where the clause from `start` ends: before ", " or ";" or another pointer ("en het
    antwoord op vraag 5"), after a closing ")" that closes a bracket opened in it, or at the
    sentence's end (at most CLAUSE characters on)."""
    depth = 0
    for k in range(start, min(len(sentence), start + CLAUSE)):
        ch = sentence[k]
        if depth == 0 and ch == " " and NEXT_POINTER.match(sentence, k):
            return k  # "... van 3 mei en het antwoord op vraag 5": a pointer of its own
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 1:
                return k + 1
            depth = max(0, depth - 1)
        elif ch in ",;" and depth == 0 and sentence[k + 1 : k + 2] == " ":
            return k
    return min(len(sentence.rstrip(". ")), start + CLAUSE)


def asked_numbers(document: Document) -> dict[str, str]:
    """Question number -> id of the answer printed after that question, where questions
    open with their number ("5 Kunt u ...", "5. Kunt u ...") and each answer follows its
    question (a lijst van vragen en antwoorden without "Vraag" headings)."""
    kinds = [(p, part.kind) for part in document.parts for p in part.paragraphs()]
    kinds.sort(key=lambda pk: int(pk[0].id[1:]))  # ids count the paragraphs as printed
    out: dict[str, str] = {}
    pending: list[str] = []  # questions asked since the last answer: one answer may take several
    last = 0
    for paragraph, kind in kinds:
        m = OPENING_NUMBER.match(paragraph.text) if kind == "inbreng" else None
        # the next number opens a question; the same one again, after an answer, means the
        # first was a sub-item of the question before ("2. Hoeveel daarvan ...?")
        if m and (int(m[1]) == last + 1 or (int(m[1]) == last and m[1] not in pending)):
            pending.append(m[1])
            last = int(m[1])
        elif kind == "reactie" and pending and not paragraph.is_header:
            for number in pending:
                out[number] = f"a-{paragraph.id}"
            pending = []
    return out


def resolve(
    found: Sequence[tuple[CrossReference, str | None]],
    answers: Sequence[Answer],
    stems: Sequence[Sequence[str]],
    vocab: similarity.Vocabulary,
    restating: Sequence[bool],
    numbers: Mapping[str, str] = MappingProxyType({}),
    asked: Mapping[str, str] = MappingProxyType({}),
) -> list[CrossReference]:
    """Point every internal reference at the answer it means: among the answers its kind
    allows (`_candidates`), the one that holds most of the pointing sentence's words.
    `stems` are the answers' content stems, `vocab` their IDF weights, `restating` which
    of them only repeat a question (`replies.only_restates`); `numbers` the
    answers to numbered questions (`asked_numbers`), for "vraag 5" where no section is
    numbered; `asked` the question each answer follows, by answer id, where answers follow
    their questions ("De leden vroegen wie toegang heeft." then "Voor het antwoord op deze
    vraag verwijst de regering naar paragraaf 3.")."""
    index = {a.id: k for k, a in enumerate(answers)}
    internal = [r for r, _ in found if r.kind not in ("external", "page_placeholder")]
    under = _answers_under(answers, restating)
    # one matrix for all references: how much of each pointing sentence each answer covers;
    # what the sentence is about, its pointer left out ("vraag 2" or "pagina 16" names no
    # topic), and the question repeated above its answer or before it in its paragraph ("De
    # leden vragen naar X. Zie hiervoor mijn antwoord op de vragen van de NSC-fractie.")
    topics = [
        similarity.stems(
            r.sentence.replace(r.text, " ", 1)
            + " "
            + _asked_above(index[r.answer_id], answers, restating)
            + " "
            + _asked_before(r, answers[index[r.answer_id]])
            + " "
            + asked.get(r.answer_id, "")
        )
        for r in internal
    ]
    cover = similarity.coverage(topics, stems, vocab) if internal and answers else None
    row = {r.id: i for i, r in enumerate(internal)}
    paged = _paged(answers)
    named: dict[tuple[str, str], set[str]] = {}  # the sections each pointing sentence names
    for ref, detail in found:
        if ref.kind == "pillar" and detail:
            named.setdefault((ref.answer_id, ref.sentence), set()).add(detail)
    out = []
    for ref, detail in found:
        if ref.id not in row:
            status = "placeholder" if ref.kind == "page_placeholder" else "external"
            out.append(attrs.evolve(ref, status=status))
            continue
        here = index[ref.answer_id]
        # a question repeated above the referring answer is its own, not a place it points to
        candidates = [
            (k, penalty)
            for k, penalty in _candidates(ref.kind, detail, answers, here, paged)
            if under[k] != here
        ]
        if ref.kind == "faction_answer":  # "... van de VVD-fractie in paragraaf 3": there
            candidates = _in_sections(candidates, answers, named.get((ref.answer_id, ref.sentence)))
        if not candidates and ref.kind == "question" and numbers.get(detail or "") in index:
            candidates = [(index[numbers[detail or ""]], 0.0)]
        target = None
        if candidates and cover is not None:
            covered = cover[row[ref.id]]
            k, _ = max(candidates, key=lambda c: covered[c[0]] - c[1])
            # a sentence that names no topic ("Zie het antwoord op de vragen van de VVD-
            # fractie.") means the place it names: the first answer there, or the nearest
            if covered[k] > 0 or (ref.kind in NAMED_PLACE and (ref.kind != "page" or paged)):
                target = answers[under[k]].id
        status = "resolved" if target else "unresolved"
        out.append(attrs.evolve(ref, status=status, target_answer_id=target))
    return out


def _candidates(
    kind: ReferenceKind, detail: str | None, answers: Sequence[Answer], here: int, paged: bool
) -> list[tuple[int, float]]:
    """(answer index, penalty) pairs a reference of `kind` in answer `here` may point to;
    `paged`: the answers stand on more than one page."""
    others = [k for k in range(len(answers)) if k != here]
    if kind == "page" and detail and not paged:
        return [(k, 0.0) for k in others]  # no pages (XML, HTML): the topic alone decides
    if kind == "page" and detail:
        page = int(detail)
        out = []
        for k in others:
            first = answers[k].span.page or 0
            last = answers[k].paragraph.last_page or first
            gap = 0 if first <= page <= last else min(abs(first - page), abs(last - page))
            if gap <= 2:
                out.append((k, 0.15 * gap))
        return out
    if kind == "pillar" and detail:
        wanted = {detail, f"1.{detail}"} if "." not in detail else {detail}
        return [(k, 0.0) for k in others if answers[k].section in wanted]
    if kind == "faction_answer" and detail:
        section, named = answers[here].section, set(detail.split("|"))
        return [
            (k, 0.0 if answers[k].section == section else 0.1)
            for k in others
            if named & set(answers[k].factions)
        ]
    if kind in ("earlier_answer", "above"):  # "hierboven" mostly means just above
        nearby = NEARBY if kind == "above" else 0.0
        return [(k, min(0.3, nearby * (here - 1 - k))) for k in range(here)]
    if kind == "question" and detail:  # numbered answers: "Antwoord 2 en 3" holds 3
        fits = [(k, _numbered_fit(detail, section_numbers(answers[k].section))) for k in others]
        best = min((fit for _, fit in fits if fit is not None), default=None)
        return [(k, 0.0) for k, fit in fits if fit is not None and fit == best]
    if kind == "below":
        return [(k, min(0.3, NEARBY * (k - here - 1))) for k in range(here + 1, len(answers))]
    return []


def _asked_above(k: int, answers: Sequence[Answer], restating: Sequence[bool]) -> str:
    """The text of the paragraphs right above answer `k` that only repeat the question it
    answers (`restating`: which paragraphs do only that)."""
    first = k
    while first > 0 and answers[first - 1].section == answers[k].section and restating[first - 1]:
        first -= 1
    return " ".join(a.text for a in answers[first:k])


def _asked_before(ref: CrossReference, answer: Answer) -> str:
    """The sentences before the reference's own in its paragraph that repeat a question."""
    before: list[str] = []
    for sentence in answer.paragraph.sentences:
        if sentence.text == ref.sentence:
            break
        if replies.restates(sentence.text):
            before.append(sentence.text)
    return " ".join(before)


def _answers_under(answers: Sequence[Answer], restating: Sequence[bool]) -> list[int]:
    """For each answer, the answer itself; for one that only repeats its question above it
    ("De leden van de D66-fractie vragen ..."), the first paragraph below that says more."""
    under = list(range(len(answers)))
    for k in range(len(answers) - 2, -1, -1):
        if restating[k] and answers[k + 1].section == answers[k].section:
            under[k] = under[k + 1]
    return under


def _numbered_fit(number: str, printed: list[str]) -> int | None:
    """How well an answer printed under the numbers `printed` answers question `number`: 0
    under its own ("2a"), 1 under the whole ("2" for "2a"), 2 under a part ("2a" for "2");
    None not at all."""
    if number in printed:
        return 0
    if digits(number) in printed:
        return 1
    if any(digits(n) == number for n in printed):
        return 2
    return None


def _in_sections(
    candidates: list[tuple[int, float]], answers: Sequence[Answer], sections: set[str] | None
) -> list[tuple[int, float]]:
    """The candidates in one of `sections` (or their subsections), if any are; else all."""
    if not sections:
        return candidates
    inside = [
        (k, penalty)
        for k, penalty in candidates
        if any(answers[k].section == s or answers[k].section.startswith(s + ".") for s in sections)
    ]
    return inside or candidates


def _paged(answers: Sequence[Answer]) -> bool:
    """Do the answers stand on more than one page? XML and HTML have no pages."""
    return len({a.span.page for a in answers}) > 1


def pointers(
    answers: Sequence[Answer], refs: Sequence[CrossReference]
) -> dict[str, str | None]:
    """Answers that only point elsewhere in the document, with the answer they point to
    first, if resolved: short, with "verwezen", "verwijst" or "zie", and every sentence of
    some length mostly the pointer ("Zie het antwoord op vraag 4."), not a reply that
    mentions one in passing ("..., zoals ook in het antwoord op vraag 9 staat.")."""
    by_id = {a.id: a for a in answers}
    pointing: dict[str, list[CrossReference]] = {}
    for ref in refs:
        if ref.kind in INTERNAL or ref.kind == "page_placeholder":  # a pointer left unfilled
            pointing.setdefault(ref.answer_id, []).append(ref)
    out: dict[str, str | None] = {}
    for answer_id, found in pointing.items():
        answer = by_id[answer_id]
        if len(answer.text) > POINTER_LENGTH or not POINTS.search(answer.text):
            continue
        said = {}
        for ref in found:
            said[ref.sentence] = said.get(ref.sentence, 0) + len(ref.text)
        sentences = [s.text for s in answer.paragraph.sentences]
        # "Voor de vraag naar X wordt verwezen naar paragraaf 2.1.": the sentence points
        if all(
            len(s) < ASIDE
            or said.get(s, 0) >= POINTER_SHARE * len(s)
            or (s in said and POINTS.search(s))
            for s in sentences
        ):
            out[answer_id] = found[0].target_answer_id
    return out


def kamerstuk(text: str) -> str | None:
    """The first Kamerstuk number in `text`, as "Kamerstuk 19 637, nr. 2394"."""
    m = KAMERSTUK.search(text) or SHORT_KAMERSTUK.search(text)
    if not m:
        return None
    dossier = " ".join(m["dossier"].split())
    number = m["number"]
    return (
        f"Kamerstuk {dossier}, nr. {number}"
        if number.isdigit()
        else f"Kamerstuk {dossier}, {number}"
    )
