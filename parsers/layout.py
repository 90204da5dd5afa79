"""Lay out a structured document (XML, HTML, DOCX) as text in the shape pdftotext writes.

The text parser (`pdf_text`) reads that text, so every format goes through the same steps
and gives the same model: a blank line between paragraphs, a form feed where a page begins,
a footnote's number glued to the word it follows ("consensus1") and its text at the foot of
its page ("1 Kamerstuk 19 637, nr. 2394"). Line numbers in findings count the lines of this
text; `inbreng text FILE` prints it. Where the notes and marks stand is known here, so the
parser is told (`Laid`) rather than left to find them by their look.
"""

from __future__ import annotations

import re

import attrs

# a footnote mark while the text is written; taken out, with its place kept, when laid out
MARK = re.compile("\ue000(\\d+)\ue001")
SOFT_HYPHEN = "\u00ad"


@attrs.frozen(kw_only=True, slots=True, eq=False)
class Laid:
    """Laid-out text and what its layout knows for sure, which the text parser then need not
    guess: the lines that are footnotes (0-based line -> number) and where every mark stands
    (0-based line -> (start, end, number) columns, 0-based, end exclusive). Such text has no
    running footers or printed page numbers."""

    text: str
    notes: dict[int, int]
    marks: dict[int, tuple[tuple[int, int, int], ...]]


class Pages:
    """Paragraphs, line breaks, page breaks and footnotes, in reading order, as text."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._open: list[str] = []  # the paragraph being written, in pieces
        self._notes: list[tuple[int, str]] = []  # footnotes of the current page
        self._new_page = False
        self._note_lines: dict[int, int] = {}
        self._marks: dict[int, tuple[tuple[int, int, int], ...]] = {}
        self._numbered = 0

    def write(self, text: str) -> None:
        """Running text of the current paragraph."""
        self._open.append(text.replace(SOFT_HYPHEN, ""))

    def mark(self, number: str, note: str | None) -> None:
        """A footnote: its number glued to the text so far, its text at the foot of the page.
        A number that is none or no number ("a", "*") is the count of notes so far. No text
        (None): a note referred to again, whose text stands at its first reference."""
        if note is not None or not number.isdigit():
            self._numbered += 1
        n = int(number) if number.isdigit() else self._numbered
        self._open = ["".join(self._open).rstrip(" \t"), f"\ue000{n}\ue001"]
        if note is not None:
            self._notes.append((n, " ".join(note.replace(SOFT_HYPHEN, "").split())))

    def end_paragraph(self) -> None:
        """Close the paragraph being written; nothing happens when it holds no text."""
        self._place(self._taken())

    def page_break(self) -> None:
        """A new page begins here, also in the middle of a paragraph, which then goes on
        at the top of the next page as it does in a PDF."""
        self._place(self._taken())
        if self._lines:
            self._foot()
            self._new_page = True

    def laid(self) -> Laid:
        """The whole text, ending with a newline, with its notes and marks."""
        self.end_paragraph()
        self._foot()
        text = "\n".join(self._lines) + "\n" if self._lines else ""
        return Laid(text=text, notes=dict(self._note_lines), marks=dict(self._marks))

    def _taken(self) -> list[str]:
        """The lines written since the last paragraph or page break, whitespace collapsed."""
        lines = [" ".join(line.split()) for line in "".join(self._open).split("\n")]
        self._open = []
        return [line for line in lines if line]

    def _place(self, lines: list[str]) -> None:
        if not lines:
            return
        if self._lines and not self._new_page:
            self._lines.append("")
        for k, line in enumerate(lines):
            prefix = "\f" if k == 0 and self._new_page else ""
            found, out, at = [], [], 0
            for m in MARK.finditer(line):
                out.append(line[at : m.start()])
                start = len(prefix) + sum(map(len, out))
                found.append((start, start + len(m[1]), int(m[1])))
                out.append(m[1])
                at = m.end()
            out.append(line[at:])
            if found:
                self._marks[len(self._lines)] = tuple(found)
            self._lines.append(prefix + "".join(out))
        self._new_page = False

    def _foot(self) -> None:
        """The current page's footnotes, after a blank line."""
        if self._notes:
            self._lines.append("")
            for number, note in self._notes:
                self._note_lines[len(self._lines)] = number
                self._lines.append(f"{number} {note}" if note else str(number))
            self._notes = []


class TreeWalk:
    """Write an element tree (XML, HTML) into `Pages` in reading order.

    A format says what each element is by `role`: "block" (a paragraph of its own),
    "inline" (running text), "label" (running text and a space: "1.2" + "Opvang"), "marker"
    (a list item's number, which opens the item's first paragraph), "break" (a line break),
    "note" (a footnote, written by `note`) or "skip". The text of every element not skipped
    is written, so nothing is lost; so is what a block shows that is no text of it
    (`drawn`: the number a browser draws before a list item).
    """

    def __init__(self) -> None:
        self.pages = Pages()
        self._marker = False  # the open paragraph holds only a list item's number

    def role(self, el) -> str:
        raise NotImplementedError

    def note(self, el) -> tuple[str, str | None]:
        """A footnote element's number and text (None: referred to before)."""
        raise NotImplementedError

    def drawn(self, el) -> str:
        """What a block shows before its text that the tree holds as no text: none."""
        return ""

    def laid(self, root) -> Laid:
        """The laid-out text of the tree under `root`."""
        self._element(root)
        return self.pages.laid()

    def _element(self, el) -> None:
        role = self.role(el)
        if role == "skip":
            return
        if role == "note":
            self.pages.mark(*self.note(el))
            return
        if role == "break":
            self._write("\n")
        if role == "block":
            self._end()
            if label := self.drawn(el):
                self._write(label + " ")
                self._marker = True  # the number opens the item's first paragraph
        self._write(el.text)
        for child in el:
            self._element(child)
            self._write(child.tail)
        if role in ("label", "marker"):
            self._write(" ")
            self._marker = role == "marker"
        elif role == "block":
            self._end()

    def _write(self, text: str | None) -> None:
        if text:
            self.pages.write(text)
            if text.strip():
                self._marker = False

    def _end(self) -> None:
        if not self._marker:
            self.pages.end_paragraph()
