"""Lexical similarity of questions and answers on normalised content words.

Text is reduced to content stems (Dutch stop words and the words every question and answer
share, like "kabinet" or "leden", left out; numbers and names kept), or to the letter 5-grams
of its content words. The scores, each a matrix over a block of questions x answers: the
IDF-weighted share of the question's stems (or 5-grams) found in the answer (`coverage`),
and rapidfuzz's `token_set_ratio` through `process.cdist` (`token_set`).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Collection, Sequence

import numpy as np
from rapidfuzz import fuzz, process

WORD = re.compile(r"[^\W_]+", re.UNICODE)
STEM_LENGTH = 8
GRAM = 5  # letters in a word part
STOP_WORDS = frozenset(
    [
        "aan",
        "al",
        "alle",
        "alleen",
        "als",
        "althans",
        "ander",
        "andere",
        "anders",
        "at",
        "bij",
        "daar",
        "daarbij",
        "daarom",
        "dan",
        "dat",
        "de",
        "deze",
        "die",
        "dit",
        "doen",
        "door",
        "dus",
        "een",
        "eens",
        "en",
        "enig",
        "enige",
        "er",
        "erg",
        "ervan",
        "ge",
        "geen",
        "het",
        "hem",
        "hen",
        "hier",
        "hij",
        "hoe",
        "hun",
        "ik",
        "in",
        "is",
        "ja",
        "je",
        "kan",
        "kon",
        "kunnen",
        "kunt",
        "maar",
        "me",
        "meer",
        "men",
        "met",
        "mij",
        "mijn",
        "moet",
        "moeten",
        "na",
        "naar",
        "niet",
        "niets",
        "nog",
        "nu",
        "of",
        "om",
        "omdat",
        "ons",
        "onze",
        "ook",
        "op",
        "over",
        "reeds",
        "te",
        "tegen",
        "toch",
        "toen",
        "tot",
        "u",
        "uit",
        "uw",
        "van",
        "veel",
        "voor",
        "want",
        "was",
        "wat",
        "we",
        "wel",
        "welk",
        "welke",
        "werd",
        "wie",
        "wij",
        "wil",
        "willen",
        "worden",
        "wordt",
        "zal",
        "ze",
        "zich",
        "zij",
        "zijn",
        "zo",
        "zou",
        "zouden",
        "zoals",
        "zelf",
        "zeer",
        "hebben",
        "heeft",
        "had",
        "daarvan",
        "hierover",
        "hiervan",
        "waarbij",
        "waarin",
        "waarop",
        "waarom",
        "wanneer",
        "hoeveel",
        "hierbij",
        "eerst",
        "verder",
        "voorts",
        "tevens",
        "bovendien",
        "overigens",
        "echter",
        "immers",
        "namelijk",
        "ten",
        "aanzien",
        "betreft",
        "betrekking",
        "aangaande",
        "inzake",
        "reactie",
        "verzoek",
        "vraag",
        "vragen",
        "gevraagd",
        "vraagt",
        "leden",
        "lid",
        "fractie",
        "fracties",
        "kabinet",
        "regering",
        "minister",
        "staatssecretaris",
        "kamer",
        "deelt",
        "erkent",
        "gaat",
        "gaan",
        "graag",
        "kan",
        "kunnen",
        "daarnaast",
        "specifiek",
        "concreet",
        "mening",
        "aangeven",
        "toelichten",
        "toelichting",
        "aangegeven",
        "weten",
        "vernemen",
        "ontvangen",
        "informeren",
        "informeert",
        "verwezen",
        "antwoord",
        "antwoorden",
        "genoemde",
        "voornoemde",
        "voorgenoemde",
        "aan",
        "woord",
        "zijnde",
        "kader",
        "mate",
        "wijze",
        "manier",
        "hoeverre",
        "welke",
        "bereid",
        "bijvoorbeeld",
        "zowel",
        "alsmede",
        "dergelijke",
        "enkele",
        # who asked, not what about: "De leden van verschillende fracties vragen ..."
        "verschillende",
        "diverse",
        "meerdere",
        "vele",
        "aantal",
        "elk",
        "elke",
        "ieder",
        "iedere",
        # "op dit punt", "op dat punt": points back at the text, names no topic
        "punt",
        "punten",
        "terrein",  # "op dit terrein", "op het terrein van": the same
    ]
)


def stems(text: str) -> list[str]:
    """Content stems of `text`: lower case, stop words out, long words cut to a stem."""
    return [stem(word) for word in WORD.findall(text.lower()) if content(word)]


def stem(word: str) -> str:
    """A lower-case word cut to its stem: its first STEM_LENGTH letters."""
    return word[:STEM_LENGTH]


def content(word: str) -> bool:
    """Whether a lower-case word says what a text is about: no stop word, no short word
    other than a number."""
    return word not in STOP_WORDS and (len(word) >= 3 or word.isdigit())


def grams(text: str) -> list[str]:
    """Letter 5-grams of the content words, each word marked at both ends: Dutch writes
    compounds as one word, and their parts still meet ("grensbewaking" and "grensbeheer",
    "EU-Turkijedeal" and "EU-Turkije Verklaring"), where whole stems would not."""
    out: list[str] = []
    for word in WORD.findall(text.lower()):
        if len(word) >= GRAM and word not in STOP_WORDS:
            out += _word_grams(word)
    return out


@functools.lru_cache(maxsize=1 << 16)
def _word_grams(word: str) -> tuple[str, ...]:
    word = f"<{word}>"
    return tuple(word[k : k + GRAM] for k in range(len(word) - GRAM + 1))


PART = 6  # letters a word needs to count as a part of a compound ("verdrag")
COMPOUND = PART + 4  # letters a word needs to hold such a part and more


def parts(text: str, known: Collection[str]) -> set[str]:
    """Stems of the `known` words that stand inside the compounds of `text`: the
    "Kinderrechtenverdrag" answers a question on the "verdrag" and the "rechten" of children,
    where whole stems would not meet."""
    out: set[str] = set()
    for word in set(WORD.findall(text.lower())):
        # a compound the questions use whole meets them whole, not once more in parts
        if len(word) >= COMPOUND and word not in known:
            out.update(stem(part) for part in _parts(word, known))
    return out


def _parts(word: str, known: Collection[str]) -> list[str]:
    return [
        word[k : k + n]
        for n in range(PART, len(word) - 2)
        for k in range(len(word) - n + 1)
        if word[k : k + n] in known
    ]


class Vocabulary:
    """Inverse document frequencies of terms (stems or 5-grams) over a set of texts (the
    answers)."""

    def __init__(self, texts: Sequence[Sequence[str]]) -> None:
        df: Counter[str] = Counter()
        for words in texts:
            df.update(set(words))
        n = max(len(texts), 1)
        self.idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
        self.default = math.log(n + 1) + 0.5

    def weight(self, stem: str) -> float:
        return self.idf.get(stem, self.default)


def coverage(
    questions: Sequence[Sequence[str]], answers: Sequence[Collection[str]], vocab: Vocabulary
) -> np.ndarray:
    """Matrix [question, answer]: IDF-weighted share of the question's terms in the answer.

    Only the questions' words get a column: the rest of an answer cannot count. Columns are
    numbered in the order the words come, so sums run the same way in every process."""
    index: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for row, words in enumerate(questions):
        for w in words:
            col = index.setdefault(w, len(index))
            rows.append(row)
            cols.append(col)
    weights = np.array([vocab.weight(w) for w in index], dtype=np.float32)
    q = np.zeros((len(questions), len(index)), dtype=np.float32)
    q[rows, cols] = weights[cols]  # a word said twice counts once
    a = np.zeros((len(answers), len(index)), dtype=np.float32)
    for row, words in enumerate(answers):
        a[row, [index[w] for w in index.keys() & words]] = 1.0
    totals = q.sum(axis=1)
    # einsum sums in its own loop, the same way on any number of threads (BLAS may not)
    return np.einsum("qk,ak->qa", q, a) / np.maximum(totals, 1e-6)[:, None]


def token_set(questions: Sequence[Sequence[str]], answers: Sequence[Sequence[str]]) -> np.ndarray:
    """Matrix [question, answer]: rapidfuzz token_set_ratio in [0, 1]."""
    if not questions or not answers:
        return np.zeros((len(questions), len(answers)), dtype=np.float32)
    return (
        process.cdist(
            [" ".join(q) for q in questions],
            [" ".join(a) for a in answers],
            scorer=fuzz.token_set_ratio,
            dtype=np.float32,
            workers=-1,  # all cores; the result does not depend on them
        )
        / 100.0
    )
