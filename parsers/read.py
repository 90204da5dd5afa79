"""Read a file, check it is a document we can parse, and hand it to the right parser.

The format is sniffed from the content, not the file name: PDF (`pdf`), DOCX (`docx`), HTML
(`html`), the XML of officielebekendmakingen.nl (`bekendmakingen_xml`), a JSON record that
holds a document's text (`json_record`), or text, which is taken to be text extracted from
PDF. Bad input raises `InputError` with one line saying what is wrong. Text is UTF-8, or
UTF-16 (Word's "Unicode text", known by its byte order mark or its zero bytes); other bytes
are read as cp1252 with a warning on stderr.
"""

from __future__ import annotations

import os
import re
import sys

from parsers import bekendmakingen_xml
from parsers.errors import InputError
from parsers.layout import Laid
from parsers.model import Document

# Share of control characters (other than whitespace) above which bytes are not text.
BINARY_SHARE = 0.01
# what may stand before a document's first element: declaration, comments, doctype
PROLOGUE = re.compile(rb"(?:\s*(?:<\?xml[^>]*\?>|<!--.*?-->|<!doctype[^>]*>))*\s*", re.S | re.I)
FIRST_TAG = re.compile(rb"<([A-Za-z][\w.:-]*)")
HTML_TAGS = frozenset({
    b"html", b"head", b"body", b"meta", b"title", b"link", b"style", b"script", b"div", b"p",
    b"h1", b"h2", b"h3", b"h4", b"h5", b"h6", b"table", b"section", b"article", b"main",
})  # fmt: skip
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")  # control characters but \t \n \v \f \r
# an encoding declared in an XML prologue: wrong once UTF-16 is read and written as UTF-8
DECLARED = re.compile(rb"^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*[\"'][^\"']*[\"']")
UTF16_SAMPLE = 4096  # bytes looked at for the zero bytes of UTF-16 without a byte order mark


def parse(path: str | os.PathLike[str]) -> Document:
    """Parse the document at `path` into the document model."""
    name = os.fspath(path)
    return parse_bytes(_read(name), source=name)


def parse_bytes(data: bytes, source: str = "<bytes>") -> Document:
    """Parse a document given as bytes; `source` names it in messages and in the model."""
    from parsers.structure import build

    content = _text(data, source)
    if isinstance(content, Laid):
        return build(content.text, source=source, laid=content)
    return build(content, source=source)


def read_text(path: str | os.PathLike[str]) -> str:
    """The text the parser reads from the file at `path`: a PDF's printed lines, the laid-out
    text of a DOCX, HTML or XML file (`layout`), or a text file decoded. Line numbers in the
    model and in every report count the lines of this text."""
    name = os.fspath(path)
    content = _text(_read(name), name)
    return content.text if isinstance(content, Laid) else content


def _read(name: str) -> bytes:
    if not os.path.exists(name):
        raise InputError(name, "no such file")
    if os.path.isdir(name):
        raise InputError(name, "is a directory, not a document")
    try:
        with open(name, "rb") as f:
            data = f.read()
    except OSError as error:
        raise InputError(name, f"cannot be read ({error.strerror or error})") from None
    return data


def _text(data: bytes, source: str) -> str | Laid:
    """The text the parser reads: a PDF's printed lines, or the bytes decoded."""
    data = _from_utf16(data, source)
    if not data.strip():
        raise InputError(source, "is empty")
    if data.startswith(b"%PDF"):
        from parsers.pdf import text_of

        return text_of(data, source)
    if data.startswith(b"PK\x03\x04"):
        from parsers.docx import laid_out

        return laid_out(data, source)
    markup = _markup(data)
    if markup == "html":
        from parsers.html import laid_out

        return laid_out(data, source)
    if markup:
        try:
            return bekendmakingen_xml.laid_out(data, source)
        except InputError:
            if markup == "xml":
                raise
            # "<<Wet>> ..." or "<Concept>": text that opens with a bracket, read as text
    text = decode(data, source)
    if text.lstrip()[:1] in ("{", "["):
        from parsers import json_record

        values = json_record.records(text)
        if values is not None:
            return json_record.text_of(values, source)
    if _looks_binary(text):
        raise InputError(source, "looks like binary data, not a text document")
    return text


def _markup(data: bytes) -> str | None:
    """"html", "xml" (declared, or a publication's root), "tags" (opens with a tag, may still
    be text) or None.
    HTML is known by its doctype or by its first tag, after any declaration and comments."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:65536]
    if not head.startswith(b"<"):
        return None
    rest = PROLOGUE.sub(b"", head, count=1)
    m = FIRST_TAG.match(rest)
    if m and m[1].lower() in HTML_TAGS:
        return "html"
    known = m is not None and m[1].decode("latin-1") in bekendmakingen_xml.ROOTS
    return "xml" if known or head.startswith(b"<?xml") else "tags"


def _from_utf16(data: bytes, source: str) -> bytes:
    """UTF-16 text or markup as UTF-8 (an XML declaration's encoding dropped); other bytes
    as they are."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"  # the byte order mark says which end comes first
    else:
        sample = data[:UTF16_SAMPLE]
        half = len(sample) // 2
        if half < 2 or b"\x00\x00" in sample:
            return data
        if sample[1::2].count(0) > 0.9 * half:
            encoding = "utf-16-le"
        elif sample[0::2].count(0) > 0.9 * half:
            encoding = "utf-16-be"
        else:
            return data
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(source, "looks like UTF-16 text but is damaged") from None
    return DECLARED.sub(rb"\1", text.encode("utf-8"), count=1)


def decode(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM); otherwise cp1252, with a one-line warning."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        print(f"inbreng: warning: {source}: not UTF-8, read as cp1252", file=sys.stderr)
        return data.decode("cp1252", errors="replace")


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    return len(CONTROL.findall(text)) > BINARY_SHARE * len(text)
