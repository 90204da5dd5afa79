"""What every benchmark shares: the documents, the regex floor, and best-of-n timing."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from aligner import align
from aligner.model import Alignment
from parsers import parse_bytes

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS_SO = SHARED / "corpus" / "002_fd62629c6358a78e.txt"
EXAMPLE = ROOT / "tests" / "fixtures" / "example-so.txt"
DOCUMENTS = {
    "corpus-002": CORPUS_SO,
    "example": EXAMPLE,
}
FLOOR_ROUNDS = 20


def require(*paths: Path) -> None:
    """Skip the benchmark when a document it needs is absent (../shared is not everywhere)."""
    for path in paths:
        if not path.exists():
            pytest.skip(f"{path} is absent")


def best_time(function, rounds: int) -> float:
    """The fastest of `rounds` calls, in seconds."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def floor(text: str) -> list[str]:
    """The least any parser must do: one pass of a word regex over the text."""
    return re.findall(r"\w+", text)


def parse_align(data: bytes, source: str) -> Alignment:
    return align(parse_bytes(data, source))
