"""Text of a JSON record that carries a document's text, as data sets and scrapers store them
(Staten-Generaal Digitaal's OCR: `{"URL": ..., "Content": "Tweede Kamer ...", ...}`).

One object, a list of objects, or JSON Lines (an object per line). The text is the first
string field named Content, content, text or tekst; several records are several pages of
one document, in the order given.
"""

from __future__ import annotations

import json

from parsers.errors import InputError

FIELDS = ("Content", "content", "text", "Text", "tekst", "Tekst")


def records(text: str) -> list | None:
    """The JSON values in `text` (one document or JSON Lines), or None if it is not JSON."""
    try:
        value = json.loads(text)
        return value if isinstance(value, list) else [value]
    except json.JSONDecodeError:
        pass
    try:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError:
        return None


def text_of(values: list, source: str) -> str:
    """The document's text in the records `values`; `source` names it in errors."""
    pages = []
    for value in values:
        field = next(
            (value[f] for f in FIELDS if isinstance(value, dict) and isinstance(value.get(f), str)),
            None,
        )
        if field is None:
            raise InputError(
                source, f"is JSON without the document's text (a field {', '.join(FIELDS[::2])})"
            )
        pages.append(field.strip("\n"))
    if not any(page.strip() for page in pages):
        raise InputError(source, "is JSON whose text is empty")
    return "\n\f".join(pages) + "\n"
