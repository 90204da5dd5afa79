"""Text of an HTML page: the HTML of officielebekendmakingen.nl, or any page that holds a
Kamerstuk.

Every block element (paragraph, heading, list item, table cell) becomes a paragraph of its
own and `<br>` a line break (`layout`); an item of a numbered list opens with the number a
browser draws ("3.", "b."). A footnote is a link whose text is its number
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
# a link that says it leads to a note (officielebekendmakingen "nootnum", Word "_ftn1",
# pandoc "fn1" / "footnote-ref"); without that, a number in <sup> is a note's mark
NOTE_LINK = re.compile(r"noot|note|ftn|\bfn|voetnoot", re.IGNORECASE)
NOTE_MAX = 3000  # characters; a longer block around a note's anchor is not the note
CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
BACKLINKS = "↩\ufe0e\ufe0f"


def laid_out(data: bytes, source: str) -> Laid:
    """The HTML page `data` laid out as text; `source` names it in errors."""
    try:
        data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:  # what the page declares, else Windows' own (as `read`)
        declared = CHARSET.search(data[:4096])
        encoding = declared[1].decode("ascii") if declared else "windows-1252"
    parser = lxml.html.HTMLParser(encoding=encoding)
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
        self.notes, self.again = _footnotes(root)  # reference -> (number, note element)
        self.skipped = {id(note) for _, note in self.notes.values()}
        self.lists: dict = {}  # <ol> -> {item: the number drawn before it}

    def role(self, el) -> str:
        tag = el.tag
        if not isinstance(tag, str) or tag in SKIPPED or id(el) in self.skipped:
            return "skip"
        if el in self.notes:
            return "note"
        if tag == "br":
            return "break"
        return "block" if tag in BLOCKS else "inline"

    def note(self, el) -> tuple[str, str | None]:
        number, note = self.notes[el]
        if el in self.again:
            return number, None
        return number, _own_number_off(_text(note), number)

    def drawn(self, el) -> str:
        parent = el.getparent() if el.tag == "li" else None
        if parent is None or parent.tag != "ol":
            return ""
        if parent not in self.lists:  # once per list: counting per item is quadratic
            self.lists[parent] = _item_numbers(parent)
        return self.lists[parent][el]


def _item_numbers(ol) -> dict:
    """The number a browser draws before each item of an `<ol>`: counted from the list's
    `start`, or from an item's own `value`, in the list's `type` (1, a, A, i, I)."""
    kind = ol.get("type") or "1"
    number = _integer(ol.get("start"), 1) - 1
    out = {}
    for item in ol.iterchildren("li"):
        number = _integer(item.get("value"), number + 1)
        out[item] = _label(number, kind)
    return out


def _label(number: int, kind: str) -> str:
    if kind in "aA" and number > 0:
        label = ""
        while number:
            number, rest = divmod(number - 1, 26)
            label = chr(ord("a") + rest) + label
        return (label.upper() if kind == "A" else label) + "."
    if kind in "iI" and 0 < number < 4000:
        label = _roman(number)
        return (label.upper() if kind == "I" else label) + "."
    return f"{number}."


def _integer(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
         (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def _roman(number: int) -> str:
    out = ""
    for value, letters in ROMAN:
        count, number = divmod(number, value)
        out += letters * count
    return out


def _footnotes(root) -> tuple[dict, set]:
    """Footnote references, each the `<a>` (or the `<sup>` around it) whose text is a number
    and whose link leads to the note further down: (number, the note's element); and those
    that refer to a note referred to before."""
    elements = list(root.iter())  # held, so that every element keeps its id() meanwhile
    order = {id(el): k for k, el in enumerate(elements)}
    anchors = {}
    for el in elements:
        for name in (el.get("id"), el.get("name") if el.tag == "a" else None):
            if name:
                anchors.setdefault(name, el)
    found = {}
    taken = set()
    again = set()
    for a in root.iter("a"):
        href, m = a.get("href") or "", NOTE_NUMBER.match(a.text_content())
        target = anchors.get(href[1:]) if href.startswith("#") and m else None
        if target is None or order[id(target)] < order[id(a)]:
            continue
        parent = a.getparent()
        sup = parent is not None and parent.tag == "sup" and len(parent) == 1
        named = " ".join(v for k, v in a.attrib.items() if k in ("href", "id", "name", "class"))
        if not (sup or (len(a) and a[0].tag == "sup") or NOTE_LINK.search(named)):
            continue  # "zie vraag <a href='#v5'>5</a>" links, it marks no note
        note = _note_block(target, m[1])
        if note is None or _inside(a, note):
            continue
        if id(note) in taken:
            again.add(parent if sup else a)
        taken.add(id(note))
        found[parent if sup else a] = (m[1], note)
    return found, again


def _note_block(target, number: str):
    """The element that holds the note's text: the anchor itself, or the block around it;
    never a heading."""
    el = target
    while el is not None and el.tag not in HEADINGS:
        rest = _own_number_off(_text(el), number)
        if len(rest) > NOTE_MAX:
            return None
        if rest:
            return el
        el = el.getparent()
    return None


def _own_number_off(text: str, number: str) -> str:
    """A note's text without its own number before it ("1 Kamerstuk" -> "Kamerstuk", but
    "29 282, nr. 5" stays whole in note 1) and without backlink arrows."""
    text = text.strip().strip(BACKLINKS).strip()
    m = re.match(rf"\[?{number}\]?[.)]?(?:\s+|$|(?=[A-Z]))", text)
    return (text[m.end() :] if m else text).strip().strip(BACKLINKS).strip()


def _text(el) -> str:
    """The text of an element, a space between its blocks and at a <br>."""
    out: list[str] = []

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in SKIPPED:
            return
        if tag in BLOCKS or tag == "br":
            out.append(" ")
        out.append(node.text or "" if tag else "")
        for child in node:
            walk(child)
            out.append(child.tail or "")

    walk(el)
    return " ".join("".join(out).split())


def _inside(el, container) -> bool:
    return any(parent is container for parent in el.iterancestors())
