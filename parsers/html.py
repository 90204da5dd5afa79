"""Text of an HTML page: the HTML of officielebekendmakingen.nl, or any page that holds a
Kamerstuk.

Every block element (paragraph, heading, list item, table cell) becomes a paragraph of its
own and `<br>` a line break (`layout`). A footnote is a link whose text is its number
("<sup><a href="#n1">1</a></sup>") to a note further down the page; the note's text then
stands at the foot of the page, as in a PDF. The page's head, scripts and styles are not
the document and are left out.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from parsers.errors import InputError
from parsers.layout import Laid, TreeWalk

BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})  # fmt: skip
SKIPPED = frozenset({"head", "script", "style", "noscript", "template", "svg", "iframe", "object"})
NOTE_NUMBER = re.compile(r"^\s*\[?(\d{1,3})\]?\s*$")
NOTE_START = re.compile(r"^\s*\[?\d{1,3}\]?[.)]?\s*")
NOTE_MAX = 3000  # characters; a longer block around a note's anchor is not the note


def laid_out(data: bytes, source: str) -> Laid:
    """The HTML page `data` laid out as text; `source` names it in errors."""
    try:
        data.decode("utf-8")
        parser = lxml.html.HTMLParser(encoding="utf-8")
    except UnicodeDecodeError:
        parser = lxml.html.HTMLParser()  # the page's own <meta charset>, else Latin-1
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise InputError(source, f"is HTML that cannot be read ({error})") from None
    laid = _Walk(root).laid(root)
    if not laid.text.strip():
        raise InputError(source, "is HTML without text")
    return laid


class _Walk(TreeWalk):
    def __init__(self, root) -> None:
        super().__init__()
        self.notes = _footnotes(root)  # reference element -> (number, note element)
        self.skipped = {id(note) for _, note in self.notes.values()}

    def role(self, el) -> str:
        tag = el.tag
        if not isinstance(tag, str) or tag in SKIPPED or id(el) in self.skipped:
            return "skip"
        if el in self.notes:
            return "note"
        if tag == "br":
            return "break"
        return "block" if tag in BLOCKS else "inline"

    def note(self, el) -> tuple[str, str]:
        number, note = self.notes[el]
        return number, NOTE_START.sub("", note.text_content().replace("↩", ""), count=1)


def _footnotes(root) -> dict:
    """Footnote references, each the `<a>` (or the `<sup>` around it) whose text is a number
    and whose link leads to the note further down: (number, the note's element)."""
    elements = list(root.iter())  # held, so that every element keeps its id() meanwhile
    order = {id(el): k for k, el in enumerate(elements)}
    anchors = {}
    for el in elements:
        for name in (el.get("id"), el.get("name") if el.tag == "a" else None):
            if name:
                anchors.setdefault(name, el)
    found = {}
    taken = set()
    for a in root.iter("a"):
        href, m = a.get("href") or "", NOTE_NUMBER.match(a.text_content())
        target = anchors.get(href[1:]) if href.startswith("#") and m else None
        if target is None or order[id(target)] < order[id(a)]:
            continue
        note = _note_block(target, m[1])
        if note is None or id(note) in taken or _inside(a, note):
            continue
        taken.add(id(note))
        parent = a.getparent()
        holder = parent if parent is not None and parent.tag == "sup" and len(parent) == 1 else a
        found[holder] = (m[1], note)
    return found


def _note_block(target, number: str):
    """The element that holds the note's text: the anchor itself, or the block around it."""
    el = target
    while el is not None:
        rest = NOTE_START.sub("", el.text_content(), count=1).strip()
        if len(rest) > NOTE_MAX:
            return None
        if rest and rest != number:
            return el
        el = el.getparent()
    return None


def _inside(el, container) -> bool:
    return any(parent is container for parent in el.iterancestors())
