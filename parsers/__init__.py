"""Turn a document into the shared document model: `parse(path) -> Document`."""

from __future__ import annotations

from parsers.errors import InputError
from parsers.model import Document
from parsers.read import parse, parse_bytes

__all__ = ["Document", "InputError", "parse", "parse_bytes"]
