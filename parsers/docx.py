"""Text of a DOCX file (Word), as the Tweede Kamer's open data and ministries publish them.

Every Word paragraph becomes a paragraph (`layout`), table cells too. Numbers that Word
draws itself ("1.1" before a heading, "a." before a list item) are computed from
numbering.xml and put before the text, since sections are found by their numbers. Footnotes
and endnotes get their number glued to the text and their text at the foot of the page.
Pages break where Word last drew a page break, or else at hard page breaks. Deleted text of
tracked changes and field codes are not text and are left out; inserted text is kept. A
text box's paragraphs follow the paragraph it is anchored in.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from lxml import etree

from parsers.errors import InputError
from parsers.layout import Laid, Pages

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Elements whose content is not running text: properties, deleted text, field codes, the
# Fallback copy of content Word also gives as a Choice, comment marks.
SKIPPED = frozenset({
    "pPr", "rPr", "sectPr", "tblPr", "trPr", "tcPr", "tblGrid", "del", "delText", "instrText",
    "fldData", "Fallback", "commentReference", "annotationRef", "footnoteRef", "endnoteRef",
    "moveFrom",
})  # fmt: skip
MAX_COUNT = 10_000  # a list number above this is damage, not a list
FORMATS = {
    "lowerLetter": lambda n: _letters(n).lower(),
    "upperLetter": lambda n: _letters(n),
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperRoman": lambda n: _roman(n),
    "decimalZero": lambda n: f"{n:02d}",
    "none": lambda n: "",
}
LEVEL = re.compile(r"%([1-9])")


def laid_out(data: bytes, source: str) -> Laid:
    """The DOCX `data` laid out as text; `source` names it in errors."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            raise InputError(source, "is a ZIP file but not a DOCX (no word/document.xml)")
        parts = {
            name: _xml(archive.read(f"word/{name}.xml"), source)
            for name in ("document", "footnotes", "endnotes", "numbering", "styles")
            if f"word/{name}.xml" in names
        }
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, KeyError, zlib.error) as error:
        raise InputError(source, f"is a damaged DOCX or ZIP file ({error})") from None
    except (NotImplementedError, RuntimeError) as error:  # a compression or encryption
        raise InputError(source, f"is a ZIP file that cannot be read ({error})") from None
    try:
        walk = _Walk(parts)
        walk.element(parts["document"])
    except RecursionError:
        raise InputError(source, "is a DOCX nested too deeply to read") from None
    laid = walk.pages.laid()
    if not laid.text.strip():
        raise InputError(source, "is a DOCX without text")
    return laid


def _xml(data: bytes, source: str) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise InputError(source, f"is a damaged DOCX ({error.msg})") from None


class _Walk:
    """One pass over document.xml, writing paragraphs, numbers, notes and page breaks."""

    def __init__(self, parts: dict[str, etree._Element]) -> None:
        self.pages = Pages()
        self.notes = {
            kind: {n.get(f"{W}id"): n for n in parts[f"{kind}s"].iter(f"{W}{kind}")}
            for kind in ("footnote", "endnote")
            if f"{kind}s" in parts
        }
        self.label = ""  # the number Word draws before the paragraph, not yet written
        self.boxes: list[etree._Element] = []  # text boxes of the paragraph being written
        self.numbers = _Numbering(parts.get("numbering"), parts.get("styles"))
        document = parts["document"]
        self.rendered = next(document.iter(f"{W}lastRenderedPageBreak"), None) is not None

    def element(self, el: etree._Element) -> None:
        name = etree.QName(el).localname if isinstance(el.tag, str) else ""
        if not name or name in SKIPPED:
            return
        if name == "txbxContent":  # a text box: after the paragraph it is anchored in
            self.boxes.append(el)
            return
        if name == "p":
            self.pages.end_paragraph()
            self.label = self.numbers.label(el)  # written with the first text, on its page
        elif name == "r" and _hidden(el):
            return
        elif name == "t":
            self._write(el.text or "")
        elif name in ("tab", "ptab", "noBreakHyphen"):
            self._write("-" if name == "noBreakHyphen" else " ")
        elif name in ("br", "cr"):
            if el.get(f"{W}type") == "page" and not self.rendered:
                self.pages.page_break()
            else:  # a hard page break where Word drew its pages is at least a new line
                self.pages.write("\n")
        elif name == "lastRenderedPageBreak":
            self.pages.page_break()
        elif name in ("footnoteReference", "endnoteReference"):
            self._write("")
            self._note(name[:-9], el.get(f"{W}id"))
        for child in el:
            self.element(child)
        if name == "p":
            self.label = ""
            self.pages.end_paragraph()
            boxes, self.boxes = self.boxes, []
            for box in boxes:
                for child in box:
                    self.element(child)

    def _write(self, text: str) -> None:
        if self.label:
            self.pages.write(self.label)
            self.label = ""
        self.pages.write(text)

    def _note(self, kind: str, ident: str | None) -> None:
        """A note Word numbers itself: `Pages` numbers it by its place."""
        note = self.notes.get(kind, {}).get(ident)
        self.pages.mark("", "" if note is None else _plain(note))


def _plain(el: etree._Element) -> str:
    """The text of a note: its runs, a space for a tab, break or paragraph; what is not
    text (`SKIPPED`) and hidden runs left out, as in the body."""
    out: list[str] = []

    def walk(node: etree._Element) -> None:
        name = etree.QName(node).localname if isinstance(node.tag, str) else ""
        if name in SKIPPED or not name or (name == "r" and _hidden(node)):
            return
        if name == "t":
            out.append(node.text or "")
        elif name in ("tab", "ptab", "br", "cr", "p"):
            out.append(" ")
        for child in node:
            walk(child)

    walk(el)
    return "".join(out)


class _Numbering:
    """The numbers Word draws before numbered paragraphs, counted as Word counts them: one
    count per list definition (abstractNum), which a list that restarts it sets anew."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None) -> None:
        self.levels: dict[tuple[str, int], tuple[int, str, str]] = {}
        self.abstract_of: dict[str, str] = {}
        self.restarts: dict[str, dict[int, int]] = {}  # numId -> level -> start
        self.counters: dict[str, list[int]] = {}
        self.started: set[str] = set()
        self.style_numbers: dict[str, tuple[str, int]] = {}
        every_style = [] if styles is None else list(styles.iter(f"{W}style"))
        self.based_on = {s.get(f"{W}styleId"): _val(s.find(f"{W}basedOn")) for s in every_style}
        if numbering is None:
            return
        abstract = {a.get(f"{W}abstractNumId"): a for a in numbering.iter(f"{W}abstractNum")}
        # a list that takes its levels from a list style ("numStyleLink") counts on the
        # definition that style links to ("styleLink")
        defines = {
            _val(a.find(f"{W}styleLink")): ident for ident, a in abstract.items()
            if a.find(f"{W}styleLink") is not None
        }
        for num in numbering.iter(f"{W}num"):
            ident = num.get(f"{W}numId") or ""
            base_id = _val(num.find(f"{W}abstractNumId")) or ""
            linked = abstract[base_id].find(f"{W}numStyleLink") if base_id in abstract else None
            base_id = defines.get(_val(linked), base_id) if linked is not None else base_id
            self.abstract_of[ident] = base_id
            base = abstract.get(base_id)
            for lvl in () if base is None else base.iter(f"{W}lvl"):
                self.levels[ident, _int(lvl.get(f"{W}ilvl"))] = _level(lvl)
            for override in num.iter(f"{W}lvlOverride"):
                level = _int(override.get(f"{W}ilvl"))
                lvl = override.find(f"{W}lvl")
                if lvl is not None:
                    self.levels[ident, level] = _level(lvl)
                start = _val(override.find(f"{W}startOverride"))
                if start is not None:
                    self.restarts.setdefault(ident, {})[level] = _int(start, 1)
        for style in every_style:
            found = _num_pr(style.find(f"{W}pPr"))
            if found:
                self.style_numbers[style.get(f"{W}styleId")] = found

    def label(self, p: etree._Element) -> str:
        """The number Word draws before paragraph `p` and a space, or "" if none."""
        if not self.levels:
            return ""
        props = p.find(f"{W}pPr")
        found = _num_pr(props) or self._style_number(props)
        if not found or found[0] == "0" or found not in self.levels:
            return ""
        ident, level = found
        start = {k: self.levels[ident, k][0] for (i, k) in self.levels if i == ident}
        counts = self.counters.setdefault(self.abstract_of.get(ident, ident), [])
        while len(counts) <= level:
            counts.append(start.get(len(counts), 1) - 1)
        if ident not in self.started:
            self.started.add(ident)
            for k, first in self.restarts.get(ident, {}).items():
                if k < len(counts):
                    counts[k] = first - 1
        counts[level] = min(counts[level] + 1, MAX_COUNT)
        for deeper in range(level + 1, len(counts)):
            counts[deeper] = start.get(deeper, 1) - 1
        _, fmt, text = self.levels[ident, level]
        if fmt == "bullet":
            return "• "
        label = LEVEL.sub(lambda m: self._shown(ident, int(m[1]) - 1, counts), text)
        return f"{label} " if label else ""

    def _shown(self, ident: str, level: int, counts: list[int]) -> str:
        fmt = self.levels.get((ident, level), (1, "decimal", ""))[1]
        n = max(counts[level] if level < len(counts) else 1, 1)
        return FORMATS.get(fmt, str)(n)

    def _style_number(self, props: etree._Element | None) -> tuple[str, int] | None:
        style = _val(props.find(f"{W}pStyle")) if props is not None else None
        seen = set()
        while style and style not in seen:
            seen.add(style)
            if style in self.style_numbers:
                return self.style_numbers[style]
            style = self.based_on.get(style)
        return None


def _num_pr(props: etree._Element | None) -> tuple[str, int] | None:
    pr = props.find(f"{W}numPr") if props is not None else None
    if pr is None:
        return None
    ident = _val(pr.find(f"{W}numId"))
    return (ident, _int(_val(pr.find(f"{W}ilvl")))) if ident else None


def _level(lvl: etree._Element) -> tuple[int, str, str]:
    """A list level's start, number format and text ("%1.%2")."""
    start = min(_int(_val(lvl.find(f"{W}start")), 1), MAX_COUNT)
    return start, _val(lvl.find(f"{W}numFmt")) or "decimal", _val(lvl.find(f"{W}lvlText")) or ""


def _int(value: str | None, default: int = 0) -> int:
    return int(value) if value is not None and value.isdigit() else default


def _val(el: etree._Element | None) -> str | None:
    return None if el is None else el.get(f"{W}val")


def _hidden(run: etree._Element) -> bool:
    """Whether a run is hidden text (`w:vanish`), which Word does not print."""
    props = run.find(f"{W}rPr")
    vanish = props.find(f"{W}vanish") if props is not None else None
    return vanish is not None and vanish.get(f"{W}val") not in ("0", "false")


def _letters(n: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA, as Word letters its lists."""
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    out = ""
    for value, digits in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        count, n = divmod(n, value)
        out += digits * count
    return out
