"""Pair every question with its answer: `align(document) -> Alignment`."""

from __future__ import annotations

from aligner.align import align
from aligner.model import Alignment

__all__ = ["Alignment", "align"]
