"""Command-line arguments of `inbreng check` (kept apart so start-up stays light)."""

from __future__ import annotations

import argparse

FINDING_KINDS = (
    "unanswered",
    "faction_unanswered",
    "placeholder",
    "unresolved_reference",
    "orphan_answer",
    "low_confidence",
)
DEFAULT_FAIL_ON = "unanswered,placeholder"
FORMATS = ("text", "json", "github", "junit", "sarif")


def fail_on_kinds(value: str) -> frozenset[str]:
    """Comma-separated finding kinds ("all" for every kind, "" for none)."""
    names = {name.strip() for name in value.split(",") if name.strip()}
    if names == {"all"}:
        return frozenset(FINDING_KINDS)
    unknown = sorted(names - set(FINDING_KINDS))
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown finding kind {unknown[0]!r} (choose from {', '.join(FINDING_KINDS)}, all)"
        )
    return frozenset(names)


def confidence(value: str) -> float:
    """A confidence threshold in [0, 1]."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"must lie between 0 and 1, not {value}")
    return number


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--format", choices=FORMATS, default="text")
    parser.add_argument(
        "--fail-on",
        type=fail_on_kinds,
        default=DEFAULT_FAIL_ON,
        metavar="KINDS",
        help=f"comma-separated finding kinds that fail the run, or 'all' "
        f"(default: {DEFAULT_FAIL_ON}; kinds: {', '.join(FINDING_KINDS)})",
    )
    parser.add_argument(
        "--min-confidence",
        type=confidence,
        default=None,
        metavar="X",
        help="also report answers whose confidence is below X (kind low_confidence)",
    )
    parser.add_argument(
        "--baseline", metavar="FILE", help="fail only on findings that are not in FILE"
    )
    parser.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="record today's findings in FILE and exit 0 (--baseline is then ignored)",
    )
