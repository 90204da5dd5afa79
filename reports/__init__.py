"""What inbreng shows people and CI: `render_html(alignment) -> str`, the `inbreng` command
(reports.cli), the `check` gate and its output formats, and the JSON data (reports.json).

`render_html` is loaded on first use (PEP 562), so importing a light module such as
reports.cli or reports.check_args does not pull in Jinja2 or the aligner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reports.html import render_html

__all__ = ["render_html"]


def __getattr__(name: str) -> Any:
    if name == "render_html":
        from reports.html import render_html

        return render_html
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
