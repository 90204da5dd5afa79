"""Text of the XML that officielebekendmakingen.nl publishes for Kamerstukken and Kamervragen.

Every `<al>` (alinea), heading (`<kop>`: number and title on one line), list item, table
cell and Kamervragen label ("Vraag 1" in `<vraag><nr>`) becomes a paragraph of its own; a
`<noot>` becomes a footnote (`layout`). The XML has no pages, so the whole document is one
page. Markup this module does not know is kept: inside running text as running text,
between paragraphs as paragraphs of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parsers.errors import InputError
from parsers.layout import Laid, TreeWalk

if TYPE_CHECKING:
    from lxml import etree

INLINE = frozenset({
    "nadruk", "extref", "intref", "naam", "voornaam", "tussenvoegsel", "achternaam",
    "achtervoegsel", "functie", "datum", "ondernummer", "dossiernr", "sup", "inf",
    "redactioneel", "afkorting", "kamervraagonderwerp",
})  # fmt: skip
LABELS = frozenset({"nr", "titel", "label", "lidnr"})
SKIPPED = frozenset({"metadata", "meta", "illustratie"})
# the root elements of a publication; `read` also sniffs a file by them
ROOTS = frozenset({"officiele-publicatie", "kamerstuk", "kamervragen", "handelingen"})


def laid_out(data: bytes, source: str) -> Laid:
    """The publication XML `data` laid out as text; `source` names it in errors."""
    root = _root(data, source)
    name = root.tag
    if name not in ROOTS and next(root.iter("al"), None) is None:
        raise InputError(
            source, f"is XML (<{name}>), not a publication of officielebekendmakingen.nl"
        )
    laid = _Walk().laid(root)
    if not laid.text.strip():
        raise InputError(source, f"is a publication (<{name}>) without text")
    return laid


def _root(data: bytes, source: str) -> etree._Element:
    """The tree, its tags without namespaces."""
    from lxml import etree  # here: `read` imports this module also for text files

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise InputError(source, f"is damaged XML ({error.msg})") from None
    for el in root.iter():  # namespaces mean nothing here; the local names do
        if isinstance(el.tag, str) and "}" in el.tag:
            el.tag = etree.QName(el).localname
    return root


class _Walk(TreeWalk):
    def __init__(self) -> None:
        super().__init__()
        self.mixed: dict = {}  # element -> does it hold running text around its children

    def role(self, el) -> str:
        tag = el.tag
        if tag in SKIPPED or not isinstance(tag, str):
            return "skip"
        if tag == "noot":
            return "note"
        if tag == "li.nr":
            return "marker"
        if tag in LABELS:
            return "label"
        if tag in INLINE:
            return "inline"
        return "block" if tag == "al" or not self._in_text(el.getparent()) else "inline"

    def _in_text(self, parent) -> bool:
        """Does `parent` hold running text around its children? Then they stand in it."""
        if parent is None:
            return False
        if parent not in self.mixed:
            self.mixed[parent] = bool((parent.text or "").strip()) or any(
                (child.tail or "").strip() for child in parent
            )
        return self.mixed[parent]

    def note(self, el) -> tuple[str, str]:
        """Its `<noot.nr>`; without one, `Pages` numbers it by its place."""
        number = (el.findtext("noot.nr") or "").strip()
        body = " ".join("".join(part.itertext()) for part in el if part.tag != "noot.nr")
        return number, body
