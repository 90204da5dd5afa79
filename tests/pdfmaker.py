"""Write small PDFs for the tests: text placed at given points in Helvetica, page by page.

Only what the tests need: the standard Helvetica font (no embedding) with WinAnsiEncoding,
one text object per placed string, a correct cross-reference table.
"""

from __future__ import annotations

from collections.abc import Sequence

# Helvetica advance widths (per 1000 units of the font size) of the characters the tests
# place a mark after; other characters are not measured.
WIDTHS = {"a": 556, "r": 333, "t": 278, "v": 500, "?": 556, "e": 556, "n": 556}

Placed = tuple[float, float, float, str]  # x, y (points from the bottom left), size, text


def width(text: str, size: float) -> float:
    """Width in points of `text` set in Helvetica at `size`."""
    return sum(WIDTHS[c] for c in text) * size / 1000


def pdf(pages: Sequence[Sequence[Placed]]) -> bytes:
    """A PDF of A4 pages, each holding its placed strings."""
    font = 3 + 2 * len(pages)
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % (3 + 2 * k) for k in range(len(pages)))
        + b"] /Count %d >>" % len(pages),
    ]
    for k, placed in enumerate(pages):
        stream = b"".join(
            b"BT /F1 %s Tf 1 0 0 1 %s %s Tm (%s) Tj ET\n"
            % (_number(size), _number(x), _number(y), _escape(text))
            for x, y, size, text in placed
        )
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font, 4 + 2 * k)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                   b"/Encoding /WinAnsiEncoding >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _number(x: float) -> bytes:
    return (b"%.2f" % x).rstrip(b"0").rstrip(b".")


def _escape(text: str) -> bytes:
    data = text.encode("cp1252")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
