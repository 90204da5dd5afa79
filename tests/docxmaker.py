"""Write small DOCX files for the tests, the way Word stores them.

A paragraph is (style, text). Styles "Kop1", "Kop2" and "Kop3" are headings that Word
numbers itself, through numbering.xml: "I.", "1." and "1.1" (the number is not in the
text). In the text, "{note:...}" is a footnote, "{page}" a page break as Word last drew it,
"{hardpage}" a hard page break, "{br}" a line break, "{tab}" a tab, "{del:...}" text
deleted with tracked changes, "{move:...}" text moved away from here, "{hidden:...}"
hidden text and "{box:...}" a text box anchored here. Style "num:3:1" numbers a paragraph
itself (list 3, level 1), with the lists of `numbering` (the inner XML of numbering.xml)
when given.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
MARKUP = re.compile(r"\{(note|del|move|hidden|box):([^}]*)\}|\{(page|hardpage|br|tab)\}")
HEADINGS = {"Kop1": 0, "Kop2": 1, "Kop3": 2}
LEVELS = ((0, "upperRoman", "%1."), (1, "decimal", "%2."), (2, "decimal", "%2.%3"))


def docx(paragraphs: Sequence[tuple[str, str]], numbering: str = "") -> bytes:
    """A DOCX holding `paragraphs`, with their footnotes and numbered headings."""
    notes: list[str] = []
    body = "".join(_paragraph(style, text, notes) for style, text in paragraphs)
    document = f'<w:document {NS}><w:body>{body}<w:sectPr/></w:body></w:document>'
    footnotes = "".join(
        f'<w:footnote w:id="{k}"><w:p><w:r><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {escape(note)}</w:t></w:r></w:p></w:footnote>'
        for k, note in enumerate(notes, 1)
    )
    separator = (
        '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
    )
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, fmt, text in LEVELS
    )
    numbering = f"<w:numbering {NS}>" + (
        numbering
        or f'<w:abstractNum w:abstractNumId="7">{levels}</w:abstractNum>'
        '<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>'
    ) + "</w:numbering>"
    styles = f'<w:styles {NS}><w:style w:type="paragraph" w:styleId="Standaard"/>' + "".join(
        f'<w:style w:type="paragraph" w:styleId="{name}"><w:basedOn w:val="Standaard"/>'
        f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="3"/></w:numPr></w:pPr>'
        "</w:style>"
        for name, level in HEADINGS.items()
    ) + "</w:styles>"
    files = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": RELS,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/document.xml": document,
        "word/footnotes.xml": f"<w:footnotes {NS}>{separator}{footnotes}</w:footnotes>",
        "word/numbering.xml": numbering,
        "word/styles.xml": styles,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in files.items():
            archive.writestr(name, f"{DECLARATION}\n{xml}")
    return out.getvalue()


def _paragraph(style: str, text: str, notes: list[str]) -> str:
    if style.startswith("num:"):
        _, ident, level = style.split(":")
        props = (f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{ident}"/>'
                 "</w:numPr></w:pPr>")
    else:
        props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    runs, at = [], 0
    for m in MARKUP.finditer(text):
        runs.append(_run(text[at : m.start()]))
        kind = m[1] or m[3]
        if kind == "note":
            notes.append(m[2])
            runs.append(f'<w:r><w:rPr><w:rStyle w:val="Voetnootmarkering"/></w:rPr>'
                        f'<w:footnoteReference w:id="{len(notes)}"/></w:r>')
        elif kind == "del":
            runs.append(f'<w:del w:id="1" w:author="A"><w:r><w:delText>{escape(m[2])}'
                        "</w:delText></w:r></w:del>")
        elif kind == "move":
            runs.append(f'<w:moveFrom w:id="2" w:author="A">{_run(m[2])}</w:moveFrom>')
        elif kind == "box":  # a text box, as Word writes it: a shape, and VML for old readers
            inner = f"<w:txbxContent><w:p>{_run(m[2])}</w:p></w:txbxContent>"
            runs.append(
                "<w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wps:wsp>"
                f"<wps:txbx>{inner}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback>"
                f"<w:pict><v:shape><v:textbox>{inner}</v:textbox></v:shape></w:pict>"
                "</mc:Fallback></mc:AlternateContent></w:r>"
            )
        elif kind == "hidden":
            runs.append(f'<w:r><w:rPr><w:vanish/></w:rPr><w:t>{escape(m[2])}</w:t></w:r>')
        else:
            tag = {"page": "<w:lastRenderedPageBreak/>", "hardpage": '<w:br w:type="page"/>',
                   "br": "<w:br/>", "tab": "<w:tab/>"}[kind]
            runs.append(f"<w:r>{tag}</w:r>")
        at = m.end()
    runs.append(_run(text[at:]))
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""


DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
DOCUMENT_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/footnotes" Target="footnotes.xml"/></Relationships>'
)
