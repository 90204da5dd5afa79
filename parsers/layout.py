"""Lay out a structured document (XML, HTML, DOCX) as text in the shape pdftotext writes.

The text parser (`pdf_text`) reads that text, so every format goes through the same steps
and gives the same model: a blank line between paragraphs, a form feed where a page begins,
a footnote's number glued to the word it follows ("consensus1") and its text at the foot of
its page ("1 Kamerstuk 19 637, nr. 2394"). Line numbers in findings count the lines of this
text; `inbreng text FILE` prints it.
"""

from __future__ import annotations


class Pages:
    """Paragraphs, line breaks, page breaks and footnotes, in reading order, as text."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._open: list[str] = []  # the paragraph being written, in pieces
        self._notes: list[str] = []  # footnotes of the current page
        self._new_page = False

    def write(self, text: str) -> None:
        """Running text of the current paragraph."""
        self._open.append(text)

    def mark(self, number: str, note: str) -> None:
        """A footnote: its number glued to the text so far, its text at the foot of the page."""
        self._open = ["".join(self._open).rstrip(" \t"), number]
        note = " ".join(note.split())
        self._notes.append(f"{number} {note}" if note else number)

    def end_paragraph(self) -> None:
        """Close the paragraph being written; nothing happens when it holds no text."""
        lines = self._taken()
        if lines:
            if self._lines and not self._new_page:
                self._lines.append("")
            self._add(lines)

    def page_break(self) -> None:
        """A new page begins here, also in the middle of a paragraph, which then goes on
        at the top of the next page as it does in a PDF."""
        lines = self._taken()
        if lines:
            if self._lines and not self._new_page:
                self._lines.append("")
            self._add(lines)
        if self._lines:
            if self._notes:
                self._lines.extend(["", *self._notes])
                self._notes = []
            self._new_page = True

    def text(self) -> str:
        """The whole text, ending with a newline."""
        self.end_paragraph()
        if self._notes:
            self._lines.extend(["", *self._notes])
            self._notes = []
        return "\n".join(self._lines) + "\n" if self._lines else ""

    def _taken(self) -> list[str]:
        """The lines written since the last paragraph or page break, whitespace collapsed."""
        lines = [" ".join(line.split()) for line in "".join(self._open).split("\n")]
        self._open = []
        return [line for line in lines if line]

    def _add(self, lines: list[str]) -> None:
        if self._new_page:
            lines[0] = "\f" + lines[0]
            self._new_page = False
        self._lines.extend(lines)


class TreeWalk:
    """Write an element tree (XML, HTML) into `Pages` in reading order.

    A format says what each element is by `role`: "block" (a paragraph of its own),
    "inline" (running text), "label" (running text and a space: "1.2" + "Opvang"), "marker"
    (a list item's number, which opens the item's first paragraph), "break" (a line break),
    "note" (a footnote, written by `note`) or "skip". The text of every element not skipped
    is written, so nothing is lost.
    """

    def __init__(self) -> None:
        self.pages = Pages()
        self._marker = False  # the open paragraph holds only a list item's number

    def role(self, el) -> str:
        raise NotImplementedError

    def note(self, el) -> tuple[str, str]:
        """A footnote element's number and text."""
        raise NotImplementedError

    def text(self, root) -> str:
        """The laid-out text of the tree under `root`."""
        self._element(root)
        return self.pages.text()

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
