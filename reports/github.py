"""`inbreng check --format github`: GitHub Actions workflow commands, one annotation a finding.

Failing kinds become `::error`, the others `::warning`. GitHub shows at most 10 annotations
of each type per step, so the run ends with one `::notice` (a type of its own, so it is never
the one cut off) naming the totals.
"""

from __future__ import annotations

from collections import Counter

from reports.check import Report, description, summary_line, where

SHOWN_PER_TYPE = 10


def escape_data(text: str) -> str:
    """Escape a command's message: %, CR and LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as a message, plus the separators : and ,."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: object) -> str:
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items())
    return f"::{level}{' ' if props else ''}{props}::{escape_data(message)}"


def render(report: Report) -> str:
    lines = []
    for file, message in report.errors:
        lines.append(command("error", message, file=file, title="inbreng: input error"))
    for f in report.findings:
        context = where(f)
        title = f"inbreng {f.kind}" + (f" ({context})" if context else "")
        level = "error" if f.failing else "warning"
        lines.append(
            command(level, description(f), file=f.file, line=f.line, col=f.column, title=title)
        )
    total = summary_line(report)
    per_level = Counter(line.split(" ", 1)[0] for line in lines)
    hidden = sum(max(0, n - SHOWN_PER_TYPE) for n in per_level.values())
    if hidden:
        total += f"; GitHub shows 10 annotations per type, the other {hidden} are in the log"
    lines.append(command("notice", total, title="inbreng check"))
    return "\n".join(lines) + "\n"
