"""Does a sentence of the inbreng ask the government something? `classify(sentence)`.

"direct": it ends in "?", or it opens as a question ("Kan het kabinet ...", "Hoe verhoudt ...")
and the "?" was forgotten. "indirect": a request worded as a statement ("De leden vragen of
...", "Graag ontvangen zij ...", "Zij zijn benieuwd naar ..."). Statements that only mention
questions ("Zij hebben nog enkele vragen") or ask for attention ("vragen aandacht voor") are
neither. A small table of regular expressions; no parsing.
"""

from __future__ import annotations

import re

from parsers import factions
from parsers.fold import fold
from parsers.model import QuestionKind
from parsers.sentences import CITED_PAGE


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Who speaks in the inbreng: "de leden van de X-fractie", "het lid van de Y-fractie", "zij".
SPEAKER = (
    r"(?:(?:(?:de|deze|voornoemde|voorgenoemde|genoemde|bovengenoemde|laatstgenoemde"
    r"|eerdergenoemde)\s+){1,3}(?:aan\s+het\s+woord\s+zijnde\s+)?leden"
    r"(?:\s+van\s+(?:de|het)\s+[\w.-]+){0,2}"
    r"|(?:het|dit|voornoemd|voorgenoemd|genoemd)\s+lid(?:\s+van\s+(?:de|het)\s+[\w-]+){0,2}"
    r"|zij|ze|hij|wij|we|ik|(?:de|het)\s+[\w-]*fractie|de\s+commissie)"
)
# Who is asked.
GOVERNMENT = (
    r"(?:de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris"
    r"|de\s+bewindspersoon|de\s+bewindslieden)"
)
ADVERBS = (
    r"(?:\s+(?:ook|tevens|voorts|daarom|dan|nog|wel|verder|nogmaals|graag|daarnaast|bovendien"
    r"|eveneens|specifiek|derhalve|hierbij|daarbij|tot\s+slot|ten\s+slotte|tenslotte"
    r"|vervolgens|allereerst|met\s+name|in\s+het\s+bijzonder|in\s+dat\s+verband)){0,4}"
)
ASK = r"vragen|vraagt|vroegen|vroeg|verzoeken|verzoekt|verzochten|verzocht"
PUT = r"(?:stellen|stelt|stelden|stelde)"
ASK_VERBS = r"(?:" + ASK + r"|informeren|informeert|informeerden|informeerde)"
WISH_VERBS = r"(?:vernemen|ontvangen|horen|krijgen|weten)"
INFORMATION = (
    r"(?:nadere\s+)?(?:toelichting|reactie|uiteenzetting|overzicht|onderbouwing|reflectie"
    r"|antwoord|visie|analyse|appreciatie|informatie|schets|verduidelijking|uitleg|verklaring"
    r"|beschouwing|brief|notitie|tijdpad|planning)"
)
# "vragen aandacht voor", "vragen om begrip": a statement, not a request for an answer.
NOT_A_REQUEST = (
    r"(?!" + ADVERBS + r"\s+(?:om\s+)?(?:\w+\s+)?(?:aandacht|begrip|geduld)\b"
    r"|\s+(?:stellen|gesteld|beantwoorden|opwerpen|oproepen)\b)"
)
NEAR = r"(?:\s+(?!dat\b)\S+){0,8}?"

# Requests worded as statements, by name; the aligner may reuse them.
CUES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in {
        # "De leden vragen of ...", "Zij verzoeken om ...", "Ook vragen deze leden wat ..."
        "speaker_asks": (
            r"(?:\b(\w+)\s+)?\b" + SPEAKER + ADVERBS + r"\s+" + ASK_VERBS + r"\b" + NOT_A_REQUEST
        ),
        "asks_speaker": (
            r"(?:\b(\w+)\s+)?\b" + ASK_VERBS + r"\s+" + SPEAKER + r"\b" + NOT_A_REQUEST
        ),
        # "... onderschrijven de noodzaak en vragen welke maatregelen ...": a second verb.
        "and_asks": (
            r"\b(?:en|maar)\s+" + ASK_VERBS + ADVERBS + r"\s+(?:of|wat|hoe|waarom|wanneer"
            r"|welke?|wie|waar\w*|hoeveel|in\s+hoeverre|op\s+welke|door\s+wie|naar|zich"
            r"|om\b" + NOT_A_REQUEST + r"|" + GOVERNMENT + r")\b"
        ),
        # "vragen het kabinet toe te lichten", "verzoeken de regering", "nodigen het kabinet uit"
        "asks_government": (
            r"\b(?:" + ASK + r"|nodigen|nodigt)" + ADVERBS + r"\s+" + GOVERNMENT + r"\b"
        ),
        # "Het kabinet wordt verzocht aan te geven ..."
        "government_is_asked": (
            r"\b(?:" + GOVERNMENT + r"\s+wordt|wordt\s+" + GOVERNMENT + r")"
            r"(?:\s+\S+){0,2}?\s+(?:gevraagd|verzocht|uitgenodigd)\b"
        ),
        # "Zij willen graag weten ...", "Graag zouden de leden willen weten ..."
        "want_to_know": (
            r"\b(?:" + SPEAKER + ADVERBS + r"\s+(?:wil|willen|wilde|wilden|zou|zouden)"
            r"|(?:wil|willen|wilde|wilden|zou|zouden)\s+" + SPEAKER + r")\b"
            r"(?:\s+\S+){0,8}?\s+(?<!laten\s)(?:weten|vernemen)\b"
        ),
        # "vernemen graag", "Graag ontvangen deze leden", "ontvangen zij ook graag"
        "would_like": (
            r"\bgraag" + NEAR + r"\s+" + WISH_VERBS + r"\b|\b" + WISH_VERBS + NEAR + r"\s+graag\b"
        ),
        "wish_to_hear": r"\b(?:wens|wenst|wensen)\b(?:\s+\S+){0,6}?\s+te\s+vernemen\b",
        # "Graag lezen deze leden meer over ...", "zien graag een nadere toelichting"
        "like_to_read": (
            r"\b(?:zien|lezen|ziet|leest)\b(?:\s+\S+){0,5}?\s+graag\s+(?:\S+\s+){0,3}?"
            r"(?:meer|" + INFORMATION + r")\b"
            r"|\bgraag\b(?:\s+\S+){0,5}?\s+(?:zien|lezen)\s+(?:\S+\s+){0,5}?"
            r"(?:meer|" + INFORMATION + r")\b"
            r"|\bgraag\b(?:\s+\S+){0,8}?\s+" + INFORMATION + r"\b(?:\s+\S+){0,6}?\s+zien\b"
        ),
        # "Zij zijn benieuwd naar ...", "zijn dan met name benieuwd hoe ..."
        "curious": (
            r"\bbenieuwd(?:\s+\S+){0,2}?\s+(?:naar|of|hoe|wat|welke?|waarom|wanneer|wie"
            r"|waar\w*|hoeveel|in\s+hoeverre|op\s+welke)\b"
        ),
        # "stelden de leden de vraag of ...", "Zij stellen de vraag wat ..."
        "put_the_question": (
            r"\b(?:" + SPEAKER + ADVERBS + r"\s+" + PUT + r"|" + PUT + r"\s+" + SPEAKER + r")"
            + ADVERBS + r"\s+de\s+vraag\s+(?:of|wat|hoe|waarom|wanneer|welke?|wie|waar\w*"
            r"|hoeveel|in\s+hoeverre|naar)\b"
        ),
        "graag_zouden": r"^(?:ook\s+)?graag\s+(?:zouden|zou|willen|wil)\s+" + SPEAKER + r"\b",
        # "Graag een reactie van de minister op ...", "Ook graag een overzicht per regio."
        "graag_without_verb": (
            r"^(?:(?:ook|tevens|daarnaast|voorts|verder)\s+)?graag\s+(?:nog\s+)?"
            r"(?:een|de|het|enige)\s+(?:\w+\s+)?" + INFORMATION + r"\b"
        ),
    }.items()
}
# A word each cue cannot match without: a sentence that has none of them skips the cue.
_ASK_WORDS = _words(ASK.replace("|", " "))
_ASKING = _ASK_WORDS | _words("informeren informeert informeerden informeerde")
TRIGGERS: dict[str, frozenset[str]] = {
    "speaker_asks": _ASKING,
    "asks_speaker": _ASKING,
    "and_asks": _ASKING,
    "asks_government": _ASK_WORDS | _words("nodigen nodigt"),
    "government_is_asked": _words("wordt"),
    "want_to_know": _words("weten vernemen"),
    "would_like": _words("graag"),
    "wish_to_hear": _words("vernemen"),
    "like_to_read": _words("graag"),
    "curious": _words("benieuwd"),
    "put_the_question": _words("stellen stelt stelden stelde"),
    "graag_zouden": _words("graag"),
    "graag_without_verb": _words("graag"),
}
WORD = re.compile(r"\w+")
# A word just before the match that shows "vragen" is a noun: "hebben deze leden vragen",
# "enkele vragen de leden ...".
NOUN_CONTEXT = {
    "speaker_asks": _words(
        "hebben heeft had hadden stellen stelt stelden resteren resteert resten leven rijzen "
        "zijn waren krijgen kregen houden plaatsen die"
    ),
    "asks_speaker": _words(
        "de deze die enkele nog hun onze vele andere verschillende aanvullende twee drie aantal"
    ),
}

CLOSING = "»”’\"')]"
ENDS_WITH_QUESTION_MARK = re.compile(
    r"\?[\s" + re.escape(CLOSING) + r"]*"
    rf"(?:{CITED_PAGE}\s*)?$"  # "... steden? (blz. 23)"
)
# What may stand before the question proper: bullets, "Zo ja,", "En", an enumeration.
LEAD = re.compile(
    r"^(?:[-–•*\s«“\"'(]+|(?:\d{1,2}|[a-z])[.)]\s+|(?:en|maar|of)\s+"
    r"|(?:en\s+)?(?:zo|indien)\s+(?:ja|nee|niet)\s*,\s*)+",
    re.IGNORECASE,
)
FIRST_WORDS = re.compile(r"([^\W\d_]+)(?:[\s,]+([^\W\d_]+))?")

# Finite verbs that open a yes/no question whatever follows: "Kan worden ...", "Moet, ...".
VERB_ANY = _words(
    """
    kan kunnen kon konden zal zullen zou zouden wil willen wilt moet moeten mag mogen hoeft
    hoeven dient dienen wordt worden werd werden is heeft hebben had hadden gaat gaan klopt
    kloppen bestaat bestaan deelt erkent erkennen onderkent herkent overweegt overwegen
    verwacht verwachten ziet zien vindt vinden valt vallen komt komen speelt spelen houdt
    leidt betekent betekenen biedt geeft kent weet neemt maakt doet blijft blijven voldoet
    verandert beschikt onderschrijft steunt denkt geldt gelden rijmt past hoort ligt liggen
    loopt zit draagt vormt levert brengt krijgt krijgen voorziet ondersteunt garandeert
    onderzoekt streeft treedt staan
    """
)
# Finite verbs that are also nouns, numbers or names: only with a subject after them
# ("Zijn er ..." but not "Zijn inzet ...", "Acht het kabinet ..." but not "Acht landen ...").
VERB_WITH_SUBJECT = _words("zijn staat acht delen leiden was waren")
SUBJECTS = _words(
    """
    het de een er zij ze hij u wij we ik dit dat deze die men zo'n zulke hun haar zijn
    ons onze alle elk elke ieder iedere iemand niemand iedereen
    """
)
# Words ending in -t that are no finite verb, for the "-t + het kabinet" test.
NOT_VERBS = _words(
    "dat het met niet tot wat toch echt ooit recent juist vast slechts eerst direct concreet "
    "liefst meest best laatst want licht"
)
GOVERNMENT_SUBJECT = re.compile(
    r"\s+(?:het\s+kabinet|de\s+regering|de\s+minister|de\s+staatssecretaris|zij|u|men|er)\b",
    re.IGNORECASE,
)
# "Is dat zo, dan ...", "Wordt X gevonden dan doet ...": a condition, not a question.
CONDITIONAL = re.compile(r"(,)\s*dan\b(?!\s+wel\b)|\sdan\s+(\w+)", re.IGNORECASE)
MODALS = _words("kan kunnen kon konden zal zullen zou zouden moet moeten mag mogen dient dienen")
PASSIVE = _words("wordt worden werd werden")

# Question words after which a noun follows and the clause is a question anyway.
WH_PHRASE = re.compile(
    r"^(?:welke?|hoeveel|hoelang|waarom\s+(?:niet|wel)\b|in\s+welke\s+mate"
    r"|(?:door|op|in|met|aan|van|voor|naar|bij|tot|uit|over|onder|vanuit|binnen|tegen|vanaf"
    r"|per|om|sinds|tussen|volgens)\s+(?:wie|welke?|hoeveel)"
    r"|(?:tot|sinds|vanaf)\s+wanneer"
    r"|(?:wanneer|waar|hoe|wat|waarom|wie)\s+en\s+(?:welke?|hoe|wanneer|waarom|wie|wat|waar))\b",
    re.IGNORECASE,
)
# Question words that a finite verb must follow ("Wat is ...", not "Wat de kosten betreft").
WH_WORD = re.compile(
    r"^(wat|wie|wanneer|waar|waarom|hoezo|waar(?:door|mee|op|in|aan|uit|over|voor|naar|toe"
    r"|bij|van|om)|in\s+hoeverre|hoe)\s+(\S+)",
    re.IGNORECASE,
)
# Statements that open with a question word.
WH_STATEMENT = re.compile(
    r"^(?:wat\b[^,.;]{0,80}?\bbetreft\b|wat\s+(?:een|meer|minder)\b|hoe\s+dan\s+ook\b"
    r"|hoe\s+\w+er\b.*\b(?:hoe|des\s+te)\b|waar\s+(?:mogelijk|nodig)\b"
    r"|(?:hoe|wat|waar|wie|welke?|wanneer)\b[^,.;?]*\book(?:\s+\S+){0,2}\s*,)",
    re.IGNORECASE,
)
# "Om welke aantallen het gaat, is ...": a question word opening the subject of a statement.
SUBJECT_WORD = re.compile(r"\b(?:het|de|een|er|zij|ze|hij|dit|dat|deze|die|men|u|wij|we)\b", re.I)
MAIN_VERB = re.compile(
    r"\s*(?:is|was|wordt|werd|zal|kan|moet|hangt|hangen|blijft|valt|staat|zijn|worden|lijkt)\b",
    re.IGNORECASE,
)
# "Hoeveel scholen meedoen, is nog niet bekend": a question word, then a verdict on it.
VERDICT = re.compile(
    r"\b(?:is|zijn|valt|blijft|was)\s+(?:\S+\s+){0,4}?(?:niet\s+te\s+\w+|(?:nog\s+)?(?:niet\s+)?"
    r"(?:bekend|onbekend|duidelijk|onduidelijk|afhankelijk|lastig|moeilijk|onzeker))\b",
    re.IGNORECASE,
)


def classify(sentence: str) -> QuestionKind | None:
    """"direct" for a question, "indirect" for a request worded as a statement, else None."""
    text = " ".join(sentence.split())
    if not text:
        return None
    if ENDS_WITH_QUESTION_MARK.search(text) or _opens_as_question(text):
        return "direct"
    text = factions.plain(text)  # "De leden van de fractie van X vragen" -> "De leden vragen"
    words = frozenset(WORD.findall(fold(text)))
    for name, cue in CUES.items():
        if not TRIGGERS[name].isdisjoint(words) and _has_cue(name, cue, text):
            return "indirect"
    return None


# a question that branches off the one before: "Zo ja, ...?", "Zo nee, waarom niet?"
BRANCH = re.compile(
    r"^\W*(?:zo\s+(?:ja|nee|niet)|indien\s+(?:ja|nee|niet|dat\s+(?:niet\s+)?zo\s+is)"
    r"|als\s+dat\s+(?:niet\s+)?zo\s+is)\b",
    re.IGNORECASE,
)


def branches(sentence: str) -> bool:
    """Whether a question branches off the one before it ("Zo ja, hoe?", "Zo nee, ...")."""
    return BRANCH.match(sentence) is not None


def is_request(sentence: str) -> bool:
    """Whether the sentence asks something, directly or not."""
    return classify(sentence) is not None


def _opens_as_question(text: str) -> bool:
    """A question without its "?": inverted verb or question word at the start."""
    body = LEAD.sub("", text)
    m = FIRST_WORDS.match(body)
    if not m:
        return False
    first, second = m[1].lower(), m[2]
    if WH_PHRASE.match(body) or WH_WORD.match(body):
        return _opens_with_question_word(body)
    if second and second.lower() in PASSIVE and first not in MODALS:
        return False  # "Verwacht wordt dat ..."
    if first in VERB_ANY or (first in VERB_WITH_SUBJECT and _is_subject(second)):
        return not _conditional(body)
    if first.endswith("t") and first not in NOT_VERBS:
        return bool(GOVERNMENT_SUBJECT.match(body, m.end(1))) and not _conditional(body)
    return False


def _opens_with_question_word(body: str) -> bool:
    """"Hoe verhoudt" and "Wat is" ask; "Hoe het kabinet ..." and "Wat de kosten ..." do not."""
    head, comma, tail = body.partition(",")
    clause_as_subject = comma and "?" not in head and SUBJECT_WORD.search(head)
    if WH_STATEMENT.match(body) or VERDICT.search(body):
        return False
    if clause_as_subject and MAIN_VERB.match(tail):
        return False
    if WH_PHRASE.match(body):
        return True
    wh = WH_WORD.match(body)
    if wh is None:
        return False
    word, nxt = wh[1].lower(), wh[2].strip(",.;:")
    if _is_subject(nxt) or nxt[:1].isupper():
        return False
    if word in ("hoe", "hoezo") or word.startswith("in"):
        return True
    return _looks_finite(nxt.lower())


def _conditional(body: str) -> bool:
    """"Is dat zo, dan ..." or "Wordt hij gevonden dan doet ...": a statement."""
    return any(m[1] or _looks_finite(m[2].lower()) for m in CONDITIONAL.finditer(body))


def _looks_finite(word: str) -> bool:
    return word in VERB_ANY or word in VERB_WITH_SUBJECT or (
        word.endswith("t") and word not in NOT_VERBS
    )


def _is_subject(word: str | None) -> bool:
    return word is not None and (word.lower() in SUBJECTS or word[:1].isupper())


def _has_cue(name: str, cue: re.Pattern[str], text: str) -> bool:
    """A cue match, unless the word before it shows that "vragen" is a noun."""
    veto = NOUN_CONTEXT.get(name, frozenset())
    for m in cue.finditer(text):
        before = m.group(1) if cue.groups else None
        if before is None or before.lower() not in veto:
            return True
    return False
