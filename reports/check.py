"""`inbreng check`: the findings of one or more documents, as a CI gate.

Each file is parsed and aligned; the aligner's findings (and, with --min-confidence,
`low_confidence` ones derived here) become located `CheckFinding`s. Findings recorded in a
baseline are left out; the rest are printed in the chosen format. Exit 0 when no finding of a
--fail-on kind remains, 1 when one does, 2 on usage or input errors (one stderr line per file).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from aligner.model import Alignment, Answer, Finding
from parsers.errors import InputError
from parsers.model import Question, Span
from reports.check_args import DEFAULT_FAIL_ON, fail_on_kinds

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2
CHECK_SCHEMA = "inbreng.check/1"
BASELINE_SCHEMA = "inbreng.baseline/1"
DEFAULT_KINDS = fail_on_kinds(DEFAULT_FAIL_ON)
QUESTION_KINDS = frozenset({"unanswered", "low_confidence"})  # findings about a question itself
ANSWERED = frozenset({"answered", "by_reference"})


@attrs.frozen(kw_only=True)
class CheckFinding:
    """A finding located in its file, with everything an output format needs."""

    file: str
    line: int
    column: int
    page: int | None
    kind: str
    message: str
    text: str
    faction: str | None = None
    section: str | None = None
    question_id: str | None = None
    question: str | None = None  # text of the question concerned, if any
    answer_id: str | None = None
    reference_id: str | None = None
    failing: bool = False

    @property
    def key(self) -> str:
        """What identifies the finding across edits: its normalised text, not its line."""
        return normalise(self.text)


@attrs.frozen(kw_only=True)
class FileResult:
    """One checked file: its alignment and its findings (baselined ones left out)."""

    file: str
    alignment: Alignment
    findings: tuple[CheckFinding, ...]


@attrs.frozen(kw_only=True)
class Report:
    """Everything one `inbreng check` run prints."""

    files: tuple[FileResult, ...]
    fail_on: frozenset[str]
    errors: tuple[tuple[str, str], ...] = ()  # (file, one-line message)
    baselined: int = 0

    @property
    def findings(self) -> tuple[CheckFinding, ...]:
        return tuple(f for r in self.files for f in r.findings)

    @property
    def failing(self) -> int:
        return sum(f.failing for f in self.findings)

    @property
    def questions(self) -> int:
        return sum(len(r.alignment.questions) for r in self.files)


def normalise(text: str) -> str:
    """Lowercase letters and digits only, so spacing, punctuation and hyphens do not count."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).lower() if ch.isalnum())


def fingerprint(kind: str, text: str) -> str:
    """sha256 of kind and normalised text: the same finding keeps it when lines move."""
    return hashlib.sha256(f"{kind}\0{normalise(text)}".encode()).hexdigest()


def one_line(text: str) -> str:
    return " ".join(text.split())


def where(f: CheckFinding) -> str:
    """Faction and section, e.g. "SP §2.1" (either may be missing)."""
    return " ".join(x for x in (f.faction, f"§{f.section}" if f.section else None) if x)


def headline(f: CheckFinding) -> str:
    """The finding for people: faction and section, then the text it is about."""
    body = one_line(f.text) if f.text and f.text != f.faction else f.message
    context = where(f)
    return f"{context}: {body}" if context else body


def description(f: CheckFinding) -> str:
    """The finding as one message for CI systems: what is wrong, then the text."""
    text = one_line(f.text)
    if not f.message or normalise(text) in normalise(f.message):
        return f.message or text
    return f"{f.message}: {text}"


def summary_line(report: Report) -> str:
    def count(n: int, noun: str) -> str:
        return f"{n} {noun}{'' if n == 1 else 's'}"

    extra = f", {report.baselined} in baseline" if report.baselined else ""
    unread = f"; {count(len(report.errors), 'file')} not read" if report.errors else ""
    return (
        f"{count(len(report.files), 'file')}, {count(report.questions, 'question')}, "
        f"{count(len(report.findings), 'finding')} ({report.failing} failing{extra}){unread}"
    )


def low_confidence(alignment: Alignment, threshold: float) -> tuple[Finding, ...]:
    """Answered questions whose best answer scored below `threshold`."""
    return tuple(
        Finding(
            kind="low_confidence",
            message=f"answer confidence {r.confidence:.2f} is below {threshold:g}",
            span=r.question.span,
            text=r.question.text,
            faction=r.question.faction,
            section=r.question.section,
            question_id=r.question.id,
            answer_id=r.answers[0].answer_id if r.answers else None,
        )
        for r in alignment.questions
        if r.status in ANSWERED and r.confidence < threshold
    )


def collect(
    alignment: Alignment,
    file: str,
    *,
    fail_on: Iterable[str] = DEFAULT_KINDS,
    min_confidence: float | None = None,
) -> list[CheckFinding]:
    """The findings of one alignment, located and sorted by position."""
    fail_on = frozenset(fail_on)
    found = list(alignment.findings)
    if min_confidence is not None:
        found += low_confidence(alignment, min_confidence)
    questions = {r.question.id: r.question for r in alignment.questions}
    answers = {a.id: a for a in alignment.answers}
    located = [_locate(f, file, questions, answers, fail_on) for f in found]
    return sorted(located, key=lambda f: (f.line, f.column, f.kind, f.text))


def _locate(
    f: Finding,
    file: str,
    questions: dict[str, Question],
    answers: dict[str, Answer],
    fail_on: frozenset[str],
) -> CheckFinding:
    """Fill in what the finding leaves open from its question or answer."""
    answer = answers.get(f.answer_id) if f.answer_id else None
    question = questions.get(f.question_id) if f.question_id else None
    if question is None and answer is not None and answer.question_ids:
        question = questions.get(answer.question_ids[0])
    span = (
        f.span
        or (question.span if question and f.question_id else None)
        or (answer.span if answer else None)
        or next((q.span for q in questions.values() if f.faction and q.faction == f.faction), None)
        or Span(page=None, line=1, column=1)
    )
    first = (answer, question)  # where the text sits, then the question it concerns
    return CheckFinding(
        file=file,
        line=span.line,
        column=span.column,
        page=span.page,
        kind=f.kind,
        message=f.message,
        text=f.text,
        faction=f.faction or next((x.faction for x in first if x and x.faction), None),
        section=f.section or next((x.section for x in first if x and x.section), None),
        question_id=question.id if question else None,
        question=question.text if question else None,
        answer_id=f.answer_id,
        reference_id=f.reference_id,
        failing=f.kind in fail_on,
    )


# --- baseline -------------------------------------------------------------------------------


def _file_key(file: str) -> str:
    return os.path.normpath(file).replace(os.sep, "/")


def baseline_data(findings: Iterable[CheckFinding]) -> dict[str, Any]:
    """Findings as a baseline: file, kind, normalised text (the key) and the text, sorted."""
    entries = [
        {"file": _file_key(f.file), "kind": f.kind, "key": f.key, "text": one_line(f.text)}
        for f in findings
    ]
    entries.sort(key=lambda e: (e["file"], e["kind"], e["key"], e["text"]))
    return {"schema": BASELINE_SCHEMA, "findings": entries}


def write_baseline(path: str, findings: Iterable[CheckFinding]) -> int:
    """Write the baseline file; returns how many findings it records."""
    data = baseline_data(findings)
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    except OSError as error:
        raise InputError(path, f"cannot write baseline ({error.strerror or error})") from None
    return len(data["findings"])


def read_baseline(path: str) -> Counter[tuple[str, str, str]]:
    """(file, kind, key) of every recorded finding, counted; InputError when unusable."""
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        raise InputError(path, "no such baseline file") from None
    except OSError as error:
        raise InputError(path, f"cannot read baseline ({error.strerror or error})") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InputError(path, "is not a baseline file (invalid JSON)") from None
    entries = data.get("findings") if isinstance(data, dict) else None
    valid = (
        isinstance(data, dict)
        and data.get("schema") == BASELINE_SCHEMA
        and isinstance(entries, list)
        and all(
            isinstance(e, dict) and all(isinstance(e.get(k), str) for k in ("file", "kind", "key"))
            for e in entries
        )
    )
    if not valid:
        raise InputError(path, f"is not a baseline file (expected schema {BASELINE_SCHEMA})")
    return Counter((e["file"], e["kind"], e["key"]) for e in entries)


def apply_baseline(
    findings: Sequence[CheckFinding], known: Counter[tuple[str, str, str]]
) -> list[CheckFinding]:
    """The findings not in the baseline; a key recorded n times covers n findings."""
    left = Counter(known)
    new = []
    for f in findings:
        key = (_file_key(f.file), f.kind, f.key)
        if left[key] > 0:
            left[key] -= 1
        else:
            new.append(f)
    return new


# --- text and JSON ------------------------------------------------------------------------


def render_text(report: Report) -> str:
    """`file:line:col: kind: text`, one finding a line, then the summary line."""
    lines = [f"{f.file}:{f.line}:{f.column}: {f.kind}: {headline(f)}" for f in report.findings]
    return "\n".join([*lines, summary_line(report)]) + "\n"


def render_json(report: Report) -> str:
    """Every field of every finding, the files checked, the errors and the counts."""
    data = {
        "schema": CHECK_SCHEMA,
        "fail_on": sorted(report.fail_on),
        "files": [
            {"file": r.file, "questions": len(r.alignment.questions), "findings": len(r.findings)}
            for r in report.files
        ],
        "errors": [{"file": file, "message": message} for file, message in report.errors],
        "findings": [
            {**attrs.asdict(f), "fingerprint": fingerprint(f.kind, f.text)} for f in report.findings
        ],
        "summary": {
            "files": len(report.files),
            "questions": report.questions,
            "findings": len(report.findings),
            "failing": report.failing,
            "baselined": report.baselined,
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render(report: Report, fmt: str) -> str:
    """The report in one of the formats of --format (XML and SARIF modules load on demand)."""
    if fmt == "json":
        return render_json(report)
    if fmt == "github":
        from reports import github

        return github.render(report)
    if fmt == "junit":
        from reports import junit

        return junit.render(report)
    if fmt == "sarif":
        from reports import sarif

        return sarif.render(report)
    return render_text(report)


# --- the command ------------------------------------------------------------------------


def load(path: str) -> Alignment:
    """Parse and align one file (imported here so the formats can be tested without them)."""
    from aligner import align
    from parsers import parse
    from reports.outline import warned

    return warned(align(parse(path)))


def _error(message: str) -> None:
    print(f"inbreng: error: {message}", file=sys.stderr)


def main(args: argparse.Namespace) -> int:
    """Run `inbreng check`; returns the exit code."""
    fail_on = args.fail_on
    if isinstance(fail_on, str):
        try:
            fail_on = fail_on_kinds(fail_on)
        except argparse.ArgumentTypeError as error:
            _error(f"--fail-on: {error}")
            return EXIT_INPUT
    known = None
    if args.baseline and not args.write_baseline:
        try:
            known = read_baseline(args.baseline)
        except InputError as error:
            _error(str(error))
            return EXIT_INPUT

    results, errors = [], []
    for file in args.files:
        try:
            alignment = load(file)
            found = collect(alignment, file, fail_on=fail_on, min_confidence=args.min_confidence)
        except Exception as error:  # a bug in a later stage, too: one line, no traceback
            message = (
                str(error)
                if isinstance(error, InputError)
                else (f"{file}: cannot be checked ({type(error).__name__}: {error})")
            )
            errors.append((file, one_line(message)))
            _error(errors[-1][1])
        else:
            results.append((file, alignment, found))

    if args.write_baseline:
        if errors:
            return EXIT_INPUT
        try:
            n = write_baseline(args.write_baseline, (f for *_, found in results for f in found))
        except InputError as error:
            _error(str(error))
            return EXIT_INPUT
        print(f"inbreng: wrote {n} findings to {args.write_baseline}", file=sys.stderr)
        return EXIT_OK

    baselined = 0
    files = []
    for file, alignment, found in results:
        new = found if known is None else apply_baseline(found, known)
        baselined += len(found) - len(new)
        files.append(FileResult(file=file, alignment=alignment, findings=tuple(new)))
    report = Report(files=tuple(files), fail_on=fail_on, errors=tuple(errors), baselined=baselined)
    sys.stdout.write(render(report, args.format))
    if errors:
        return EXIT_INPUT
    return EXIT_FINDINGS if report.failing else EXIT_OK
