"""Alignment: quality against two naive baselines, speed next to a floor, and how it scales.

1. Quality. The gold annotation of the corpus document (sections 1 to 1.2) is scored with the
   project's scorer (`../shared/tools/evaluate.py`) for the real aligner and, in the same run,
   for two baselines that show what each signal alone is worth:
   - "order only": within a section, the n-th question of a faction goes to the n-th answer
     paragraph of that faction's block in the reactie (the section's paragraphs in order when
     the reactie has no block for the faction); no paragraph left means unanswered;
   - "similarity only": each question's best rapidfuzz `token_set_ratio` over every answer
     paragraph of the whole reactie (lower-cased text), answered when the score is at least
     SIMILARITY_CUTOFF (50 of 100, fixed in advance, not tuned on the gold), else unanswered.
   All three use the same answer paragraphs (the real alignment's `answers[]`), so only the
   pairing differs. The aligner is expected to beat both on link accuracy; that is asserted.
2. Speed. Parse + align of the corpus document from bytes, next to the parse benchmark's floor
   (one `re.findall(r"\\w+", text)` pass over the same text) measured in the same run.
3. Scaling. A document ten times as long, built at text level: part I's sections are appended
   nine more times renumbered 2, 2.1, ... 10, 10.x (so headings still follow in sequence), and
   likewise part II's; each copy starts on a new page (a form-feed line, as pdftotext marks
   pages) and leaves out the footnote lines, whose numbers would restart. Parse + align of 1x
   and 10x are timed (best of a few rounds, taking turns); the target is a ratio near 10, not
   100.

Timings depend on the machine: they go to `extra_info` (and are printed), never into an
assert. Under `--benchmark-disable` every test still runs once as an ordinary test.
"""

from __future__ import annotations

import importlib.util
import time
from functools import cache
from types import ModuleType
from typing import Any

import numpy as np
import pytest
from bench_helpers import (
    CORPUS_SO,
    DOCUMENTS,
    FLOOR_ROUNDS,
    SHARED,
    best_time,
    floor,
    parse_align,
    require,
)
from rapidfuzz import fuzz, process

from aligner import align
from parsers import parse_bytes
from parsers.model import Document, Heading, Part
from reports.json import alignment_data

GOLD = SHARED / "corpus" / "gold" / "002-dev.jsonl"
EVALUATE = SHARED / "tools" / "evaluate.py"
METRICS = ("link_accuracy", "unanswered_precision", "unanswered_recall")
SIMILARITY_CUTOFF = 50
COPIES = 10
ROUNDS_1X = 4
ROUNDS_10X = 2


@cache
def scorer() -> ModuleType:
    """evaluate.py, imported from ../shared/tools (it is no package)."""
    spec = importlib.util.spec_from_file_location("inbreng_shared_evaluate", EVALUATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- 1. quality against baselines ---------------------------------------------------------------


def _question(q: dict[str, Any], answer: dict[str, Any] | None) -> dict[str, Any]:
    """A question of the alignment schema, answered by `answer` or unanswered."""
    return {
        **{key: q[key] for key in ("id", "section", "faction", "page", "line", "text")},
        "status": "answered" if answer is not None else "unanswered",
        "answers": [] if answer is None else [{"id": answer["id"], "text": answer["text"]}],
    }


def _alignment(data: dict[str, Any], questions: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "schema": data["schema"],
        "source": data["source"],
        "questions": questions,
        "answers": data["answers"],
        "cross_references": [],
    }


def order_only(data: dict[str, Any]) -> dict[str, Any]:
    """The n-th question of a (section, faction) goes to the n-th paragraph of its block."""
    answers = data["answers"]
    seen: dict[tuple[str, str | None], int] = {}
    questions = []
    for q in data["questions"]:
        key = (q["section"], q["faction"])
        n = seen.get(key, 0)
        seen[key] = n + 1
        section = [a for a in answers if a["section"] == q["section"]]
        block = [a for a in section if q["faction"] and q["faction"] in a["factions"]]
        candidates = block or section
        questions.append(_question(q, candidates[n] if n < len(candidates) else None))
    return _alignment(data, questions)


def similarity_only(data: dict[str, Any], cutoff: float = SIMILARITY_CUTOFF) -> dict[str, Any]:
    """Each question's best token_set_ratio over all answers, answered at `cutoff` or more."""
    answers = data["answers"]
    scores = process.cdist(
        [q["text"].lower() for q in data["questions"]],
        [a["text"].lower() for a in answers],
        scorer=fuzz.token_set_ratio,
        dtype=np.float32,
        workers=1,
    )
    questions = []
    for q, row in zip(data["questions"], scores, strict=True):
        best = int(np.argmax(row)) if len(answers) else -1
        hit = answers[best] if best >= 0 and row[best] >= cutoff else None
        questions.append(_question(q, hit))
    return _alignment(data, questions)


@pytest.fixture(scope="module")
def corpus_alignment() -> dict[str, Any]:
    require(CORPUS_SO)
    return alignment_data(parse_align(CORPUS_SO.read_bytes(), str(CORPUS_SO)))


def test_baselines(benchmark, corpus_alignment) -> None:
    """Link accuracy and unanswered precision/recall: aligner, order only, similarity only."""
    require(GOLD, EVALUATE)
    evaluate = scorer()
    gold = evaluate.load_jsonl(str(GOLD))
    data = corpus_alignment

    similarity = benchmark(similarity_only, data)
    methods = {
        "aligner": data,
        "order_only": order_only(data),
        f"similarity_{SIMILARITY_CUTOFF}": similarity,
    }
    scores = {name: evaluate.evaluate(al, gold, None, []) for name, al in methods.items()}

    info: dict[str, Any] = {"gold_questions": len(gold), "similarity_cutoff": SIMILARITY_CUTOFF}
    for name, result in scores.items():
        for metric in METRICS:
            info[f"{name}_{metric}"] = result[metric]
    benchmark.extra_info.update(info)
    print(f"\n{'method':<16}" + "".join(f"{m:>22}" for m in METRICS))
    for name, result in scores.items():
        print(f"{name:<16}" + "".join(f"{result[m]:>22.3f}" for m in METRICS))

    for name, result in scores.items():
        for metric in METRICS:
            assert 0.0 <= result[metric] <= 1.0, (name, metric, result[metric])
        # the same questions are scored for every method
        assert result["question_recall"] == scores["aligner"]["question_recall"], name
    ours = scores["aligner"]["link_accuracy"]
    for name, result in scores.items():
        assert ours >= result["link_accuracy"], f"{name} links better than the aligner"


# -- 2. speed next to the floor ------------------------------------------------------------------


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_bench_parse_align(benchmark, name: str) -> None:
    path = DOCUMENTS[name]
    require(path)
    data = path.read_bytes()
    text = data.decode("utf-8")

    alignment = benchmark(parse_align, data, str(path))
    assert alignment.questions and alignment.answers

    floor_s = best_time(lambda: floor(text), FLOOR_ROUNDS)
    # With --benchmark-disable there are no stats; time a few runs by hand instead.
    stats = benchmark.stats
    total_s = stats.stats.min if stats else best_time(lambda: parse_align(data, str(path)), 3)
    info = {
        "bytes": len(data),
        "questions": len(alignment.questions),
        "answers": len(alignment.answers),
        "parse_align_s": total_s,
        "parse_align_mb_s": len(data) / 1e6 / total_s,
        "floor_s": floor_s,
        "ratio_parse_align_to_floor": total_s / floor_s,
    }
    benchmark.extra_info.update(info)
    print(
        f"\n{name}: parse+align {total_s * 1000:.0f} ms ({info['parse_align_mb_s']:.2f} MB/s),"
        f" floor {floor_s * 1000:.2f} ms, ratio {info['ratio_parse_align_to_floor']:.0f}x"
    )


# -- 3. scaling ----------------------------------------------------------------------------------


def scaled_text(text: str, copies: int) -> str:
    """`text` with part I's and part II's sections repeated `copies` times in all, renumbered.

    Section n.m of copy k (k = 0 the original) becomes (n + k * top).m, where top is the part's
    highest top-level number, so every heading still follows the one before it.
    """
    doc = parse_bytes(text.encode("utf-8"), "<scaled>")
    inbreng, reactie = doc.part("inbreng"), doc.part("reactie")
    if inbreng is None or reactie is None or inbreng.heading is None or reactie.heading is None:
        raise ValueError("not a schriftelijk overleg with part headings")
    lines = text.split("\n")
    # 0-based: the line after part I's heading, part II's heading, the line after it
    start_i = inbreng.heading.source[-1].line
    head_r, start_r = reactie.heading.source[0].line - 1, reactie.heading.source[-1].line
    if head_r < start_i:
        raise ValueError("part II comes before part I")
    notes = {seg.line - 1 for note in doc.footnotes for seg in note.source}

    def copy(part: Part, start: int, end: int, k: int) -> list[str]:
        out = lines[start:end]
        heads: list[Heading] = [s.heading for s in part.sections if s.heading is not None]
        top = max(int(h.number.split(".")[0]) for h in heads)
        for h in heads:
            row, col = h.source[0].line - 1 - start, h.source[0].start - 1
            line = out[row]
            if line[col : col + len(h.number)] != h.number:
                raise ValueError(f"heading {h.number} not found on its line")
            first, dot, rest = h.number.partition(".")
            number = f"{int(first) + k * top}{dot}{rest}"
            out[row] = line[:col] + number + line[col + len(h.number) :]
        kept: list[str] = []
        for i, line in enumerate(out):
            if start + i in notes:  # a footnote line goes, with the blank lines before it
                while kept and not kept[-1].strip():
                    kept.pop()
                continue
            kept.append(line)
        return kept

    out = lines[:head_r]
    for k in range(1, copies):
        out += ["\f", *copy(inbreng, start_i, head_r, k)]
    out += ["\f", *lines[head_r:]]
    for k in range(1, copies):
        out += ["\f", *copy(reactie, start_r, len(lines), k)]
    return "\n".join(out)


def _counts(doc: Document) -> dict[str, int]:
    return {
        "questions": len(doc.questions),
        "answer_paragraphs": sum(1 for _ in doc.answer_paragraphs()),
        "inbreng_sections": len(doc.part("inbreng").sections),  # type: ignore[union-attr]
        "reactie_sections": len(doc.part("reactie").sections),  # type: ignore[union-attr]
    }


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_bench_scaling(benchmark, name: str) -> None:
    path = DOCUMENTS[name]
    require(path)
    text = path.read_text(encoding="utf-8")
    small = text.encode("utf-8")
    large = scaled_text(text, COPIES).encode("utf-8")

    one, ten = _counts(parse_bytes(small, "1x")), _counts(parse_bytes(large, "10x"))
    for key, count in one.items():
        assert count > 0, key
        assert 0.9 * COPIES * count <= ten[key] <= 1.1 * COPIES * count, (key, count, ten[key])
    assert ten["questions"] == COPIES * one["questions"]

    times: dict[str, list[tuple[float, float]]] = {"1x": [], "10x": []}

    def run(label: str, data: bytes):
        """Parse and align `data`, keeping the parse and align times of this round."""
        start = time.perf_counter()
        doc = parse_bytes(data, label)
        parsed = time.perf_counter()
        alignment = align(doc)
        times[label].append((parsed - start, time.perf_counter() - parsed))
        return alignment

    def run_1x() -> None:
        run("1x", small)

    # 1x and 10x rounds take turns, so a busy machine slows both alike
    for _ in range(ROUNDS_1X - ROUNDS_10X):
        run_1x()
    alignment = benchmark.pedantic(
        run, args=("10x", large), setup=run_1x, rounds=ROUNDS_10X, iterations=1
    )
    assert len(alignment.questions) == ten["questions"]
    while len(times["10x"]) < ROUNDS_10X:  # under --benchmark-disable pedantic ran once
        run_1x()
        run("10x", large)

    def best(label: str) -> tuple[float, float, float]:
        rows = times[label]
        return (
            min(p + a for p, a in rows),
            min(p for p, _ in rows),
            min(a for _, a in rows),
        )

    (t1, p1, a1), (t10, p10, a10) = best("1x"), best("10x")
    info: dict[str, Any] = {
        "copies": COPIES,
        "bytes_1x": len(small),
        "bytes_10x": len(large),
        **{f"{key}_1x": value for key, value in one.items()},
        **{f"{key}_10x": value for key, value in ten.items()},
        "parse_align_1x_s": t1,
        "parse_align_10x_s": t10,
        "ratio_10x_to_1x": t10 / t1,
        "ratio_parse_10x_to_1x": p10 / p1,
        "ratio_align_10x_to_1x": a10 / a1,
    }
    benchmark.extra_info.update(info)
    print(
        f"\n{name}: {one['questions']} -> {ten['questions']} questions,"
        f" {one['answer_paragraphs']} -> {ten['answer_paragraphs']} answers;"
        f" parse+align {t1:.3f} s -> {t10:.3f} s, ratio {t10 / t1:.1f}"
        f" (parse {p10 / p1:.1f}, align {a10 / a1:.1f}; target near {COPIES})"
    )
