"""`inbreng check --format sarif`: SARIF 2.1.0, for GitHub code scanning and other viewers.

One rule per finding kind, one result per finding. `partialFingerprints` hold a hash of the
kind and the normalised text (plus its occurrence number within the file, for findings with
the same text), so an alert keeps its identity when lines move.
"""

from __future__ import annotations

import json
import os
import urllib.parse
from collections import Counter
from pathlib import Path
from typing import Any

from reports.check import Report, description, fingerprint
from reports.check_args import FINDING_KINDS

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "inbrengFinding/v1"
# Where the tool is described; set it once the project has a public home.
INFORMATION_URI: str | None = None

RULES = {
    "unanswered": ("Question left unanswered", "No answer in the reactie matches this question."),
    "faction_unanswered": (
        "Faction never answered",
        "The reactie never addresses this faction's questions by name.",
    ),
    "placeholder": (
        "Placeholder reference",
        'A reference was never filled in, such as "pagina [nr.]".',
    ),
    "unresolved_reference": (
        "Unresolved reference",
        "A reference points to an answer that cannot be found in the document.",
    ),
    "orphan_answer": ("Answer without question", "A paragraph of the reactie answers no question."),
    "low_confidence": (
        "Uncertain answer",
        "The best answer to this question scored below the --min-confidence threshold.",
    ),
}


def _version() -> str | None:
    from importlib import metadata

    try:
        return metadata.version("inbreng")
    except metadata.PackageNotFoundError:
        return None


def _uri(file: str) -> str:
    """A relative path stays relative (GitHub resolves it against the repository)."""
    if os.path.isabs(file):
        return Path(file).as_uri()
    return urllib.parse.quote(os.path.normpath(file).replace(os.sep, "/"))


def _rule(kind: str, fail_on: frozenset[str]) -> dict[str, Any]:
    short, full = RULES[kind]
    return {
        "id": kind,
        "name": "".join(part.capitalize() for part in kind.split("_")),
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "defaultConfiguration": {"level": "error" if kind in fail_on else "warning"},
    }


def render(report: Report) -> str:
    driver: dict[str, Any] = {"name": "inbreng"}
    if INFORMATION_URI:
        driver["informationUri"] = INFORMATION_URI
    version = _version()
    if version:
        driver["version"] = version
    driver["rules"] = [_rule(kind, report.fail_on) for kind in FINDING_KINDS]
    index = {kind: i for i, kind in enumerate(FINDING_KINDS)}

    results = []
    seen: Counter[tuple[str, str]] = Counter()
    for f in report.findings:
        hash_ = fingerprint(f.kind, f.text)
        seen[f.file, hash_] += 1
        properties = {
            k: v
            for k, v in (
                ("faction", f.faction),
                ("section", f.section),
                ("question", f.question_id),
            )
            if v
        }
        result: dict[str, Any] = {
            "ruleId": f.kind,
            "ruleIndex": index[f.kind],
            "level": "error" if f.failing else "warning",
            "message": {"text": description(f)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(f.file)},
                        "region": {"startLine": f.line, "startColumn": f.column},
                    }
                }
            ],
            "partialFingerprints": {FINGERPRINT: f"{hash_}:{seen[f.file, hash_]}"},
        }
        if properties:
            result["properties"] = properties
        results.append(result)

    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "invocations": [
            {
                "executionSuccessful": not report.errors,
                "toolExecutionNotifications": [
                    {"level": "error", "message": {"text": message}} for _, message in report.errors
                ],
            }
        ],
    }
    data = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
