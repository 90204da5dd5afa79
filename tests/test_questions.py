"""Question detection: direct questions, indirect requests, and statements that are neither."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers.questions import CUES, classify, is_request
from parsers.sentences import split

SHARED = Path(__file__).resolve().parents[2] / "shared"

DIRECT = [
    # a question mark, maybe followed by a closing quote or bracket
    "Kan de minister toelichten hoe het waterschap de kosten verdeelt?",
    "Zo ja, op welke wijze?",
    "Zo nee, waarom niet?",
    "Klopt het dat de subsidie «tijdelijk» is?",
    "Zij lezen de vraag «wie betaalt de rekening?»",
    "En hoe verloopt het overleg met de provincies (en zo ja, met welke?)",
    "Ook vragen zij of de regeling volgend jaar ingaat?",
    "De begroting noemt 40 miljoen voor de dijken? (blz. 12)",
    # interrogative in form, without a question mark
    "Is de minister ook bereid, mocht de pilot slagen, de regeling landelijk in te voeren.",
    "Kan inzichtelijk gemaakt worden hoe de middelen worden verdeeld en op welke termijn "
    "resultaten worden verwacht.",
    "Wat is de stand van zaken rond de aanleg van de nieuwe sluis (Kamerstuk 30 111, nr. 7)",
    "Deelt de regering de opvatting dat de dijken sneller versterkt moeten worden.",
    "Erkent het kabinet dat de wachtlijsten in de jeugdzorg te lang zijn.",
    "Onderkent de staatssecretaris de risico's voor kleine gemeenten.",
    "Hoe verhoudt dit voornemen zich tot de afspraken met de provincies.",
    "Hoeveel scholen hebben zich inmiddels aangemeld voor de proef.",
    "Welke gemeenten doen mee aan de proef",
    "In hoeverre is rekening gehouden met de gevolgen voor boeren.",
    "In welke mate dragen de provincies bij aan de kosten.",
    "Door wie wordt de evaluatie van de wet uitgevoerd.",
    "Op welke termijn verwacht de minister een besluit.",
    "Met welke partijen wordt overlegd.",
    "Wanneer wordt de Kamer over de uitkomst geïnformeerd.",
    "Waarom is gekozen voor deze variant van de regeling.",
    "Waaruit blijkt dat de maatregel effect heeft.",
    "Zoekt het kabinet steun bij andere lidstaten voor dit voorstel.",
    "Zijn er al afspraken gemaakt met de netbeheerders.",
    "Acht de minister het wenselijk om de regeling te verlengen.",
    "Moet, gelet op de kosten, het project worden uitgesteld.",
    "Bestaat er een risico op vertraging bij de bouw.",
    "Klopt het dat de premie volgend jaar stijgt.",
    "Is het goed dat de provincies dit zelf regelen.",
    "Wordt bij de uitvoering rekening gehouden met de wensen van huurders.",
    "Heeft de regering overwogen de termijn te verlengen.",
    "Verwacht het kabinet dat de doelen worden gehaald.",
    "Overweegt de minister een andere aanpak.",
    "Wat gaat er veranderen voor huurders in de sociale sector.",
    "Zo ja, welke.",
    "Zo nee, waarom niet.",
    "Zo nee, kan de minister aangeven waarom niet.",
]

INDIRECT = [
    "De leden van de ABC-fractie vragen of de minister de kosten kan toelichten.",
    "De leden van de ABC-fractie vragen wanneer het wetsvoorstel naar de Kamer komt.",
    "Zij vragen hoe de regeling in de praktijk wordt uitgevoerd.",
    "Deze leden vragen waarom de subsidie voor isolatie is verlaagd.",
    "Voornoemde leden vragen welke scholen deelnemen aan het programma.",
    "Zij vragen wat de gevolgen zijn voor de kleinste gemeenten.",
    "Zij vragen door wie het toezicht wordt gehouden.",
    "Zij vragen naar de stand van zaken bij de aanbesteding.",
    "De leden vragen om een overzicht van de uitgaven per provincie.",
    "De leden vragen in hoeverre de doelen van het programma zijn gehaald.",
    "De leden vragen op welke wijze de huurders worden betrokken.",
    "De aan het woord zijnde leden vragen het kabinet de keuze voor deze locatie toe te lichten.",
    "Deze leden vragen de regering nader te motiveren waarom de termijn is verkort.",
    "Deze leden vragen de minister aan te geven wat de gevolgen zijn voor de boeren.",
    "Zij vragen het kabinet om de evaluatie voor de zomer te sturen.",
    "De leden vragen zich af of de planning van de bouw haalbaar is.",
    "De leden van de XYZ-fractie vroegen zich af of de heffing wel eerlijk is verdeeld.",
    "De leden vroegen naar de uitkomsten van het overleg met de sector.",
    "Hij vraagt of de minister bereid is de regels te vereenvoudigen.",
    "Het lid van de QRS-fractie vraagt wanneer de regeling wordt herzien.",
    "De leden steunen het doel en vragen welke middelen de minister daarvoor inzet.",
    "Voorgenoemde leden willen graag weten hoeveel woningen er dit jaar worden opgeleverd.",
    "Zij zouden graag willen weten welke criteria worden gehanteerd.",
    "De leden willen per provincie weten hoeveel geld voor de dijken beschikbaar is.",
    "De leden vernemen graag hoe de minister dit ziet.",
    "Graag vernemen deze leden een reactie op het advies van de Raad.",
    "Deze leden wensen te vernemen wanneer de evaluatie verschijnt.",
    "Zij ontvangen graag een overzicht van de kosten per regio.",
    "Graag ontvangen de leden van de fractie een tijdpad voor de uitvoering.",
    "Zij zouden graag een nadere toelichting ontvangen op het besluit.",
    "Zij horen graag van de minister hoe het overleg verloopt.",
    "De leden verzoeken het kabinet de Kamer voor de zomer te informeren.",
    "Zij verzoeken om een schriftelijke toelichting op de keuze.",
    "De leden informeren naar de voortgang van de aanbesteding.",
    "Graag zouden de leden van de fractie vernemen op welke wijze de gemeenten worden geholpen.",
    "Graag zouden deze leden een overzicht van de projecten zien.",
    "Zij zijn benieuwd naar de ervaringen in andere landen.",
    "Zij zijn dan met name benieuwd hoe de scholen hierop reageren.",
    "Deze leden zijn benieuwd of de regeling ook voor kleine bedrijven geldt.",
    # "ı" for "i": re.IGNORECASE equates them, so the cue's quick word check must too
    "Deze leden zijn benıeuwd of de regeling ook voor kleine bedrijven geldt.",
    "Graag lezen deze leden meer over de resultaten van de proef.",
    "Zij zien graag een nadere toelichting op de keuze voor deze variant.",
    "De leden zien graag een reactie van de minister op dit punt.",
    "Zij ontvangen graag de visie van het kabinet op deze ontwikkeling.",
    "Ook vragen deze leden of de provincies zijn geraadpleegd.",
    "Specifiek vragen deze leden wat de minister verstaat onder een redelijke termijn.",
    "Toch vragen zij of de maatregel wel proportioneel is.",
    "Graag ontvangen deze leden een overzicht per regio.",
    "Ook ontvangen zij graag een planning van de werkzaamheden.",
    "Wel vragen zij hoe dit in de praktijk uitpakt.",
    "Wat betreft de kosten van de sluis vragen de leden hoe deze worden verdeeld.",
    "Ten aanzien van de toezichthouder vragen deze leden wat diens bevoegdheden zijn.",
    "Het kabinet wordt verzocht aan te geven welke opties er zijn.",
    "Verder vragen de leden van de fractie of de wet ook op de eilanden van toepassing is.",
    "De leden vragen, mede namens de andere fracties, of de termijn kan worden verlengd.",
    # a faction named the official way: no article, several words, or two at once
    "De leden van de fractie van GroenLinks-PvdA vragen welke resultaten de proef had.",
    "De leden van de fractie van de Partij voor de Dieren vragen of de boeren mee doen.",
    "De fracties van GroenLinks-PvdA en de SP vragen wanneer de evaluatie komt.",
    "Voorts vragen de leden van de Partij voor de Dieren-fractie of de regeling blijft.",
    # a request without a verb
    "Graag een reactie van de minister op het advies van de Raad van State.",
    "Ook graag een overzicht van de kosten per provincie.",
]

NEITHER = [
    "Graag gedaan.",
    "Graag zien de leden dat de regeling blijft.",
    "Zij hebben daarover nog enkele vragen.",
    "Over verschillende onderdelen hebben deze leden enkele vragen.",
    "De leden van de fractie hebben nog enkele korte vragen.",
    "Over de uitvoering hebben de leden vragen.",
    "Daarbij plaatsen de leden vragen bij de haalbaarheid van het plan.",
    "Zij stellen vragen bij de haalbaarheid van het plan.",
    "Er zijn zorgen en vragen over de haalbaarheid van het plan.",
    "De leden delen die zorg en vragen om aandacht voor de kleinste scholen.",
    "De achtergrond van deze vraag is de hoge werkloosheid in de regio.",
    "De leden lezen dat het kabinet daarbij ook aandacht vraagt voor de positie van huurders.",
    "De leden vragen aandacht voor de positie van kleine boeren.",
    "Ook vragen deze leden bijzondere aandacht voor de jongste kinderen.",
    "Zij vragen om aandacht voor de lange wachttijden.",
    "De leden willen dat de wachtlijsten in de zorg worden verkort.",
    "Ook willen de leden erop wijzen dat de kosten snel stijgen.",
    "Deze leden kijken uit naar de nieuwe nota over het water.",
    "Zij zien uit naar de evaluatie van de proef.",
    "Dit vraagt om een wijziging van wet- en regelgeving.",
    "Het vraagt tijd om de nieuwe werkwijze in te voeren.",
    "De vraagstukken rond de energietransitie zijn complex.",
    "Aan de gemeenten is gevraagd hun plannen kenbaar te maken.",
    "Het aantal verzoeken om bescherming is vorig jaar gestegen.",
    "Wat de kosten betreft, wordt verwezen naar de begroting.",
    "Wat betreft de planning zijn de leden tevreden.",
    "Hoe dan ook moet de dijk worden versterkt.",
    "Hoe meer woningen er komen, hoe beter het is.",
    "Waar mogelijk wordt samengewerkt met de provincies.",
    "Waar het kabinet inzet op snelheid, kiezen deze leden voor zorgvuldigheid.",
    "Wanneer de minister het plan aanneemt, zijn de leden tevreden.",
    "Hoe het kabinet dit gaat doen, is deze leden nog niet duidelijk.",
    "Welke keuze het kabinet ook maakt, de gevolgen zijn groot.",
    "Om welke bedragen het precies gaat, is afhankelijk van de aanbesteding.",
    "Hoeveel scholen meedoen is nog niet bekend.",
    "Wat een ingewikkelde regeling is dit.",
    "Deze leden doen een beroep op het kabinet om de regeling te verlengen.",
    "De leden van de fractie hebben met belangstelling kennisgenomen van de nota.",
    "De leden lezen graag dat het kabinet inzet op preventie.",
    "De leden willen het kabinet laten weten dat zij het plan steunen.",
    "De leden vernemen dat het kabinet de regeling wil verlengen.",
    "Verwacht wordt dat de kosten de komende jaren dalen.",
    "Is dat het geval, dan wordt de regeling verlengd.",
    "Wordt de aanvrager niet gevonden dan stopt de procedure.",
    "Zijn inzet voor de regio wordt door de leden gewaardeerd.",
    "Acht gemeenten doen mee aan de proef.",
    "Dat het kabinet meer geld uittrekt, is goed.",
    "Met het kabinet zijn deze leden van mening dat de regels eenvoudiger moeten.",
    "De minister heeft toegezegd de Kamer voor de zomer te informeren.",
    "Zij steunen het voorstel.",
    "",
    "   ",
]


@pytest.mark.parametrize("sentence", DIRECT)
def test_direct(sentence: str) -> None:
    assert classify(sentence) == "direct"


@pytest.mark.parametrize("sentence", INDIRECT)
def test_indirect(sentence: str) -> None:
    assert classify(sentence) == "indirect"


@pytest.mark.parametrize("sentence", NEITHER)
def test_neither(sentence: str) -> None:
    assert classify(sentence) is None


def test_is_request() -> None:
    assert is_request("Kan de minister dit toelichten?")
    assert is_request("De leden vragen of dit klopt.")
    assert not is_request("De leden steunen het plan.")


def test_line_breaks_inside_a_sentence_do_not_matter() -> None:
    assert classify("De leden\nvragen  of dit\tklopt.") == "indirect"


def test_cues_are_named_patterns() -> None:
    assert CUES and all(isinstance(p, re.Pattern) for p in CUES.values())
    assert CUES["curious"].search("zij zijn benieuwd naar de cijfers")


@given(st.text())
def test_classify_never_raises(text: str) -> None:
    assert classify(text) in ("direct", "indirect", None)


@given(
    st.lists(
        st.sampled_from(
            [
                "De", "leden", "vragen", "of", "hoe", "wat", "Zo", "ja", ",", "graag",
                "ontvangen", "zij", "de", "het", "kabinet", "?", ".", "Is", "Wat", "betreft",
                "hebben", "vragen", "aandacht", "dan", "wordt", "benieuwd", "naar", "willen",
                "weten",
            ]
        ),
        max_size=30,
    )
)
def test_classify_never_raises_on_cue_words(words: list[str]) -> None:
    assert classify(" ".join(words)) in ("direct", "indirect", None)


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _crude_paragraph_text(path: Path, last_line: int) -> str:
    """Lines 1..last_line joined, footers dropped, words broken at a line end rejoined."""
    text = ""
    for line in path.read_text(encoding="utf-8").split("\n")[:last_line]:
        if line.strip().startswith("Tweede Kamer, vergaderjaar"):
            continue
        line = line.strip()
        if text.endswith("-") and line[:1].islower():
            text = text[:-1] + line
        else:
            text += " " + line
    return text


def test_gold_questions_of_the_first_sections() -> None:
    corpus = SHARED / "corpus" / "002_fd62629c6358a78e.txt"
    gold_path = SHARED / "corpus" / "gold" / "002-dev.jsonl"
    if not corpus.exists() or not gold_path.exists():
        pytest.skip("shared corpus not available")
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line]
    keys = [_norm(g["question_key"]) for g in gold]
    text = _crude_paragraph_text(corpus, 471)
    found = [(s, _norm(s)) for s in (text[a:b] for a, b in split(text))]

    recalled = sum(
        any(classify(s) is not None for s, n in found if key in n) for key in keys
    )
    detected = [n for s, n in found if classify(s) is not None]
    false_positives = sum(not any(key in n for key in keys) for n in detected)
    recall = recalled / len(keys)
    precision = 1 - false_positives / len(detected)
    print(
        f"gold recall {recalled}/{len(keys)} = {recall:.3f}; "
        f"detected {len(detected)}, matching no gold key {false_positives}, "
        f"precision {precision:.3f}"
    )
    assert recall >= 0.95
    assert precision >= 0.90
