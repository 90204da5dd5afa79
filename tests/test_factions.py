"""Tests for parsers.factions: the faction table, names in text, speakers and headers."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers import factions
from parsers.factions import (
    FACTIONS,
    Mention,
    announced,
    answer_header,
    back_reference,
    canonical,
    mentions,
    speaker,
)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "002_fd62629c6358a78e.txt"

REQUIRED = {
    "VVD", "PVV", "CDA", "D66", "GroenLinks", "SP", "PvdA", "ChristenUnie", "PvdD", "SGP",
    "50PLUS", "DENK", "FvD", "JA21", "Volt", "BBB", "NSC", "GroenLinks-PvdA", "BIJ1", "LPF",
    "Leefbaar Nederland", "Groep Wilders", "Groep Kuzu/Öztürk", "Groep Bontes/Van Klaveren",
    "VNL", "PPR", "PSP", "CPN", "EVP", "GPV", "RPF", "DS'70", "Boerenpartij", "AOV",
    "Unie 55+", "Centrumdemocraten", "KVP", "ARP", "CHU",
}  # fmt: skip


# --- the table and canonical() ---------------------------------------------------------------


def test_table_has_the_required_canonical_names() -> None:
    assert set(FACTIONS) >= REQUIRED


def test_no_spelling_belongs_to_two_factions() -> None:
    """Not even when only letters and digits count: that is how a match is named."""
    owner: dict[str, str] = {}
    for name, variants in FACTIONS.items():
        for spelling in (name, *variants):
            key = factions._key(spelling)
            assert owner.setdefault(key, name) == name, spelling


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        ("Groen Links", "GroenLinks"),
        ("Groen-Links", "GroenLinks"),
        ("GroenLinks", "GroenLinks"),
        ("Groenlinks", "GroenLinks"),
        ("groen-links", "GroenLinks"),
        ("Partij voor de Dieren", "PvdD"),
        ("PvdD", "PvdD"),
        ("Partij van de Arbeid", "PvdA"),
        ("PVDA", "PvdA"),
        ("P.v.d.A.", "PvdA"),
        ("GL-PvdA", "GroenLinks-PvdA"),
        ("GroenLinks-PvdA", "GroenLinks-PvdA"),
        ("GL/PvdA", "GroenLinks-PvdA"),
        ("GroenLinks/PvdA", "GroenLinks-PvdA"),
        ("GroenLinks-Partij van de Arbeid", "GroenLinks-PvdA"),
        ("GL–PvdA", "GroenLinks-PvdA"),
        ("Christen Unie", "ChristenUnie"),
        ("ChristenUnie", "ChristenUnie"),
        ("CU", "ChristenUnie"),
        ("D’66", "D66"),
        ("D'66", "D66"),
        ("D66", "D66"),
        ("50 PLUS", "50PLUS"),
        ("50PLUS", "50PLUS"),
        ("Forum voor Democratie", "FvD"),
        ("FVD", "FvD"),
        ("Nieuw Sociaal Contract", "NSC"),
        ("BoerBurgerBeweging", "BBB"),
        ("C.D.A.", "CDA"),
        ("C.D.A", "CDA"),
        ("V.V.D.", "VVD"),
        ("DS’70", "DS'70"),
        ("Groep Kuzu/Ozturk", "Groep Kuzu/Öztürk"),
        ("Groep Bontes-Van Klaveren", "Groep Bontes/Van Klaveren"),
        ("Lijst Pim Fortuyn", "LPF"),
        ("Partij  van de\nArbeid", "PvdA"),
        ("  SP ", "SP"),
        ("de VVD-fractie", "VVD"),
        ("Groen Links fractie", "GroenLinks"),
    ],
)
def test_canonical_accepts_variants(spelling: str, expected: str) -> None:
    assert canonical(spelling) == expected


@pytest.mark.parametrize(
    "text", ["", "GEAS", "EU", "VN", "IND", "COA", "de leden", "Groen", "SPD", "VVD en CDA"]
)
def test_canonical_rejects_non_factions(text: str) -> None:
    assert canonical(text) is None


ALL_SPELLINGS = sorted({s for name, vs in FACTIONS.items() for s in (name, *vs)})
CASES = [str.upper, str.lower, str.title, str.swapcase, str.capitalize]


@given(st.sampled_from(sorted(FACTIONS)))
def test_canonical_is_idempotent_on_canonical_names(name: str) -> None:
    assert canonical(name) == name
    assert canonical(canonical(name) or "") == name


@given(st.sampled_from(ALL_SPELLINGS), st.sampled_from(CASES))
def test_canonical_ignores_case_of_variants(spelling: str, case) -> None:
    expected = canonical(spelling)
    assert expected in FACTIONS
    assert canonical(case(spelling)) == expected


# --- finding names in text -------------------------------------------------------------------


def test_announced_lists_each_faction_once_in_order() -> None:
    text = (
        "De reactie op de inbreng van de leden van de fracties van de PvdA, het CDA, "
        "GroenLinks, de SP en de ChristenUnie volgt per onderwerp; de PvdA kreeg al eerder bericht."
    )
    assert announced(text) == ("PvdA", "CDA", "GroenLinks", "SP", "ChristenUnie")


@pytest.mark.parametrize(
    "text",
    [
        "Het GEAS, de EU, de VN, de IND en het COA werken samen.",
        "De SPECIALIST bezocht CUBA en sprak een SPaans dialect.",
        "Een stopcontact levert 230 volt en ik denk dat dat genoeg is.",
        "De leden hebben vragen gesteld over de dijken.",
        "De cd-speler en het GL-bestand.",
    ],
)
def test_no_false_positives(text: str) -> None:
    assert announced(text) == ()
    assert mentions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de C.D.A.-fractie en de P.v.d.A.", ("CDA", "PvdA")),
        ("De SP -fractie en de PVV- fractie", ("SP", "PVV")),
        ("de Groen Links-fractie", ("GroenLinks",)),
        ("de fractie van de Partij voor de Dieren", ("PvdD",)),
        ("het Forum voor Democratie, JA21 en Volt", ("FvD", "JA21", "Volt")),
        ("de BBB, het NSC en DENK", ("BBB", "NSC", "DENK")),
        ("de fracties van 50PLUS en BIJ1", ("50PLUS", "BIJ1")),
        ("de GroenLinks-PvdA-fractie", ("GroenLinks-PvdA",)),
        ("de CU-fractie", ("ChristenUnie",)),
        ("de D’66-fractie", ("D66",)),
    ],
)
def test_names_in_text(text: str, expected: tuple[str, ...]) -> None:
    assert announced(text) == expected


def test_mention_offsets_cover_the_phrase() -> None:
    text = "Vooraf: de leden van de D66-fractie vragen naar de sluizen."
    [mention] = mentions(text)
    assert text[mention.start : mention.end] == "de leden van de D66-fractie"
    assert mention == Mention(start=8, end=35, factions=("D66",), role="speaker")


def test_mention_roles_in_a_longer_text() -> None:
    text = (
        "Op de vragen van de SGP-fractie.\n"
        "De leden van de SGP-fractie vragen naar de ijsvogel. Het kabinet verwijst naar "
        "de brief van de PvdD-fractie."
    )
    roles = [(m.factions, m.role) for m in mentions(text)]
    assert roles == [
        (("SGP",), "answer_header"),
        (("SGP",), "speaker"),
        (("PvdD",), "other"),
    ]


# --- speaker() -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De leden van de VVD-fractie lezen de nota over bruggen met interesse.", ("VVD",)),
        ("de leden van de SP-fractie willen meer groen in de wijk.", ("SP",)),
        ("De PVV-fractie vraagt waarom de veerpont stopt.", ("PVV",)),
        ("De leden van de fractie van de PVV vinden de tolheffing te hoog.", ("PVV",)),
        (
            "De leden van de fracties van de VVD, het CDA, D66, de SP en de ChristenUnie "
            "stellen samen vragen over het spoor.",
            ("VVD", "CDA", "D66", "SP", "ChristenUnie"),
        ),
        ("De leden van de fracties van CDA en SGP vragen naar de visserij.", ("CDA", "SGP")),
        ("De leden van zowel de VVD- als de SP-fractie vragen naar de kosten.", ("VVD", "SP")),
        ("De leden van de VVD- en CDA-fractie missen een tijdpad.", ("VVD", "CDA")),
        (
            "De leden van de PvdA-fractie en de GroenLinks-fractie lezen het plan.",
            ("PvdA", "GroenLinks"),
        ),
        (
            "Graag zouden de leden van de ChristenUnie-fractie horen hoe dat gaat.",
            ("ChristenUnie",),
        ),
        (
            "Het plan oogt goed, maar de leden van de SP-fractie vragen wel wie betaalt.",
            ("SP",),
        ),
        ("Over de nieuwe dijk merken de leden van de D66-fractie het volgende op.", ("D66",)),
        ("De leden van de CDA-fractie informeren naar de stand van de bouw.", ("CDA",)),
        ("De leden van de Groen-Links fractie hebben vragen gesteld over bomen.", ("GroenLinks",)),
        ("Ook de leden van de D66-fractie vragen naar het tijdpad.", ("D66",)),
        ("Het lid van de BBB-fractie vraagt naar de melkprijs.", ("BBB",)),
        ("De leden van de C.D.A.-fractie vragen naar de haven.", ("CDA",)),
        ("De leden van de SP- fractie willen meer agenten.", ("SP",)),
        ("De leden van de\nGL-PvdA-fractie vragen naar de huren.", ("GroenLinks-PvdA",)),
    ],
)
def test_speaker(sentence: str, expected: tuple[str, ...]) -> None:
    assert speaker(sentence) == expected


_SPELLINGS = sorted({s for name, variants in FACTIONS.items() for s in (name, *variants)})
_EQUATED = {"s": "ſ", "S": "ſ", "i": "ı", "I": "İ", "k": "\u212a", "K": "\u212a"}


@given(st.sampled_from(_SPELLINGS), st.data())
def test_every_match_is_named_whatever_letters_ignorecase_equates(spelling: str, data) -> None:
    """Any letter re.IGNORECASE takes for another may stand in a name: every phrase found
    still names its faction, and nothing raises."""
    odd = "".join(
        _EQUATED[c] if c in _EQUATED and data.draw(st.booleans()) else c for c in spelling
    )
    for m in mentions(f"De leden van de {odd}-fractie vragen of dat kan."):
        assert m.factions


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De leden van de fractie van de Socialiſtische Partij vragen of dat kan.", ("SP",)),
        ("De leden van de ChrıstenUnie-fractie vragen of dat kan.", ("ChristenUnie",)),
        ("Het LİD van D66 vraagt of dat kan.", ("D66",)),
    ],
)
def test_speaker_with_letters_regex_case_folding_equates(
    sentence: str, expected: tuple[str, ...]
) -> None:
    """re.IGNORECASE takes "ſ" for "s" and "ı", "İ" for "i": the quick checks and the name
    lookup must agree with it (this once raised KeyError)."""
    assert speaker(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Het lid Jansen heeft eerder om een overzicht gevraagd.",
        "De motie van het lid Pietersen is aangenomen.",
        "In reactie op de tuinennota van de VVD-fractie schrijft het kabinet een brief.",
        "Dit staat ook in het antwoord op de vragen van de D66-fractie.",
        "Het kabinet is het eens met de leden van de SP-fractie.",
        "In aanvulling op de vraag door de leden van de PVV-fractie volgt hier meer.",
        "De leden hebben veel vragen over de lasten.",
        "De leden van verschillende fracties vragen naar de grens.",
        "De VVD heeft in het verleden anders gestemd.",
        "Zoals de leden van de CDA-fractie terecht opmerken, is de weg smal.",
        "De antwoorden op de vragen van de leden van de fracties van de VVD en het CDA volgen.",
        "De leden van de SP-fractie verwijs ik naar het antwoord op vraag 2.",
        "De leden van de D66-fractie danken wij voor hun inbreng.",
    ],
)
def test_not_a_speaker(sentence: str) -> None:
    assert speaker(sentence) is None


# --- answer_header() -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Op de vragen van de PVV-fractie.", ("PVV",)),
        ("Op de vragen van de Groen Links-fractie.", ("GroenLinks",)),
        ("Op de vragen van de leden van de SP-fractie", ("SP",)),
        ("Vragen en opmerkingen van de leden van de VVD-fractie", ("VVD",)),
        ("Antwoorden op de vragen van de fracties van CDA en D66.", ("CDA", "D66")),
        ("Reactie op de inbreng van de leden van de PvdD-fractie:", ("PvdD",)),
        ("  Op de vragen van de ChristenUnie-fractie.  ", ("ChristenUnie",)),
        ("Op de vragen van de C.D.A.", ("CDA",)),
        ("Beantwoording van de vragen van de leden van de SP-fractie", ("SP",)),
        ("Antwoorden op vragen van de VVD-fractie", ("VVD",)),
        ("Antwoorden op de vragen gesteld door de leden van de CDA-fractie", ("CDA",)),
    ],
)
def test_answer_header(line: str, expected: tuple[str, ...]) -> None:
    assert answer_header(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Op de vragen van de SP-fractie over de haven wordt hieronder uitgebreid ingegaan, "
        "waarbij het kabinet ook de rol van de gemeenten en de provincies betrekt.",
        "Op de vragen van de SP-fractie. Het kabinet antwoordt als volgt.",
        "De leden van de VVD-fractie vragen naar de kosten.",
        "Vragen en opmerkingen vanuit de fracties",
        "Op de vragen van de leden.",
        "Op de vragen van de VVD-fractie en het kabinet.",
        "Op vragen van de SP-fractie heb ik geantwoord dat het kan.",
    ],
)
def test_not_an_answer_header(line: str) -> None:
    assert answer_header(line) is None


# --- back_reference() ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Deze leden vragen hoe breed het fietspad wordt.",
        "Zij vinden de planning te krap.",
        "De leden vragen ook naar het budget.",
        "De aan het woord zijnde leden missen een kaart.",
        "Voornoemde leden vragen om een overzicht.",
        "De voornoemde leden lezen verder dat de brug dicht gaat.",
        "Voorgenoemde leden willen weten wie beslist.",
        "De voorgenoemde leden zijn kritisch.",
        "De genoemde leden vragen of dat klopt.",
        "Genoemde leden delen die zorg.",
        "Bovengenoemde leden zien een risico.",
        "Ook vragen deze leden naar de kosten.",
        "Graag ontvangen deze leden een tijdpad.",
        "Voorts vragen zij of de gemeente meebetaalt.",
        "Tot slot willen deze leden weten wanneer het klaar is.",
        "Daarnaast zijn zij benieuwd naar de evaluatie.",
        "Tevens vragen de aan het woord zijnde leden om cijfers.",
        "Verder, deze leden lezen dat de subsidie stopt.",
        "Ook zij maken zich zorgen.",
    ],
)
def test_back_reference(sentence: str) -> None:
    assert back_reference(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De leden van de VVD-fractie vragen naar het budget.",
        "Ook de leden van de SP-fractie vragen naar het budget.",
        "Het kabinet antwoordt dat deze leden gelijk hebben.",
        "Zijn er al afspraken gemaakt?",
        "Het lid Jansen vraagt naar de haven.",
        "De minister vraagt de provincie om hulp.",
    ],
)
def test_not_a_back_reference(sentence: str) -> None:
    assert not back_reference(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wat betreft de vraag van de SP-fractie naar sancties, zie het antwoord op pagina 11.",
         ("SP",)),
        ("In antwoord op de vragen van de leden van de VVD-fractie kan worden gemeld dat het "
         "zo is.", ("VVD",)),
        ("Voor het antwoord op de vraag van de CDA-fractie verwijs ik naar paragraaf 2.",
         ("CDA",)),
        ("Op het verzoek van de leden van de fracties van D66 en GroenLinks om een overzicht "
         "wordt hieronder ingegaan.", ("D66", "GroenLinks")),
        # the answer to another faction's question, pointed at
        ("Zie het antwoord op de vragen van de VVD-fractie.", None),
        ("Hiervoor verwijs ik naar het antwoord op de vragen van de VVD-fractie.", None),
        # no question named, or the answers to many factions announced
        ("Het kabinet deelt de zorg van de leden van de SP-fractie.", None),
        ("De antwoorden op de vragen van de leden van de fracties van de VVD, het CDA en D66 "
         "worden per pijler gegeven.", None),
    ],
)
def test_asker_names_whose_question_a_reactie_sentence_answers(sentence: str, expected) -> None:
    assert factions.asker(sentence) == expected


def test_a_reactie_paragraph_that_names_whose_question_it_answers_is_theirs() -> None:
    from parsers import parse_bytes

    text = (
        "I. Vragen en opmerkingen vanuit de fracties\n\n1 Werk\n\n"
        "De leden van de CDA-fractie vragen hoeveel inspecties er waren.\n\n"
        "De leden van de SP-fractie vragen welke sancties uitzendbureaus krijgen.\n\n"
        "II. Reactie van de Minister\n\n1 Werk\n\n"
        "De leden van de CDA-fractie vragen hoeveel inspecties er waren. Het waren er 40.\n\n"
        "Wat betreft de vraag van de SP-fractie naar sancties: een uitzendbureau zonder\n"
        "certificaat krijgt een boete.\n"
    )
    reactie = parse_bytes(text.encode(), "werk.txt").part("reactie")
    assert [p.factions for p in reactie.paragraphs()] == [("CDA",), ("SP",)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De leden van de Fractie-Nanninga vroegen of de regering dit wil.", ("Fractie-Nanninga",)),
        ("Het lid van de OPNL-fractie vroeg naar de kosten.", ("OPNL",)),
    ],
)
def test_eerste_kamer_factions_speak(sentence: str, expected: tuple[str, ...]) -> None:
    assert speaker(sentence) == expected


# --- the real document -----------------------------------------------------------------------


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not present")
def test_corpus_headers_and_speakers() -> None:
    text = CORPUS.read_text(encoding="utf-8")
    header_lines = [line for line in text.splitlines() if line.startswith("Op de vragen van de")]
    assert header_lines
    for line in header_lines:
        assert answer_header(line), line
    speakers = {name for m in mentions(text) if m.role == "speaker" for name in m.factions}
    expected = {"VVD", "PVV", "CDA", "D66", "GroenLinks", "SP", "ChristenUnie"}
    assert speakers
    assert speakers <= expected
