"""Text of a PDF, laid out as pdftotext would: one line per printed line, a blank line between
paragraphs, a form feed between pages. The text parser (`pdf_text`) reads that text, so a PDF
and its extracted text give the same document.

pdfminer.six finds the printed lines and where they stand; this module only puts them in
reading order. Lines that share a baseline are one line ("'s-Gravenhage 2024" beside the
footer "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1"); a mark printed against a word
stays glued to it ("2018?10"); a gap taller than the page's usual line spacing is a blank
line.
"""

from __future__ import annotations

import io
import statistics
from collections.abc import Iterator
from itertools import pairwise

import attrs

from parsers.errors import InputError

SAME_ROW = 0.5  # share of a line's height two baselines may differ by and still be one line
GLUED = 1.0  # points between two pieces of a line below which they are one word ("wet?1")
PARAGRAPH_GAP = 0.5  # share of a line's height a gap must exceed the usual one by


@attrs.frozen(kw_only=True, slots=True)
class _Piece:
    """A printed line, or part of one, with its box in points (origin bottom left)."""

    text: str
    left: float
    right: float
    bottom: float
    top: float


def text_of(data: bytes, source: str) -> str:
    """The text of the PDF `data`; `source` names it in errors."""
    # imported here: reading text files, the common case, does not pay for loading pdfminer
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    try:
        pages = [_page(page) for page in extract_pages(io.BytesIO(data), laparams=LAParams())]
    except PDFPasswordIncorrect:
        raise InputError(source, "is a PDF protected by a password") from None
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError) as error:
        raise InputError(source, f"is a damaged PDF ({type(error).__name__})") from None
    if not any(text.strip() for text in pages):
        raise InputError(source, "is a PDF without text (a scan?); run OCR on it first")
    return "\n\f".join(pages) + "\n"


def _page(layout) -> str:
    rows = _rows(sorted(_pieces(layout), key=lambda p: (-p.top, p.left)))
    if not rows:
        return ""
    height = statistics.median(row[0].top - row[0].bottom for row in rows)
    gaps = [_bottom(above) - _top(below) for above, below in pairwise(rows)]
    usual = statistics.median(gaps) if gaps else 0.0
    lines = [_join(rows[0])]
    for gap, row in zip(gaps, rows[1:], strict=True):
        if gap > usual + PARAGRAPH_GAP * height:
            lines.append("")
        lines.append(_join(row))
    return "\n".join(lines)


def _pieces(layout) -> Iterator[_Piece]:
    from pdfminer.layout import LTTextLine

    stack = [layout]
    while stack:
        item = stack.pop()
        if isinstance(item, LTTextLine):
            text = item.get_text().strip()
            if text:
                yield _Piece(
                    text=text, left=item.x0, right=item.x1, bottom=item.y0, top=item.y1
                )
        elif hasattr(item, "__iter__"):
            stack.extend(item)


def _rows(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Pieces in reading order, grouped into printed lines."""
    rows: list[list[_Piece]] = []
    for piece in pieces:
        if rows:
            last = rows[-1][0]
            tolerance = SAME_ROW * max(last.top - last.bottom, piece.top - piece.bottom)
            if min(abs(last.bottom - piece.bottom), abs(last.top - piece.top)) <= tolerance:
                rows[-1].append(piece)
                continue
        rows.append([piece])
    return rows


def _join(row: list[_Piece]) -> str:
    row = sorted(row, key=lambda p: p.left)
    out = row[0].text
    for before, piece in pairwise(row):
        out += ("" if piece.left - before.right < GLUED else " ") + piece.text
    return out


def _bottom(row: list[_Piece]) -> float:
    return min(p.bottom for p in row)


def _top(row: list[_Piece]) -> float:
    return max(p.top for p in row)
