"""`inbreng check --format junit`: JUnit XML for Jenkins and GitLab test dashboards.

One <testsuite> per file and one <testcase> per question, failing when the question has a
finding of a --fail-on kind (an unanswered question, by default). Findings not about a
question (placeholders, broken references, ...) become extra test cases: failing when their
kind fails the run, skipped otherwise. A file that cannot be read is a suite with one error.
"""

from __future__ import annotations

import re
from collections import defaultdict

from lxml import etree

from reports.check import QUESTION_KINDS, CheckFinding, FileResult, Report, description, one_line

SHORT = 80  # characters of a question kept in a test case's name
# Characters XML 1.0 cannot hold (PDF text sometimes carries form feeds and the like).
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return NOT_XML.sub("", text)


def _short(text: str) -> str:
    text = one_line(text)
    return text if len(text) <= SHORT else text[: SHORT - 1].rstrip() + "…"


def _classname(file: str, section: str | None) -> str:
    return f"{file}/{section}" if section else file


def _testcase(parent: etree._Element, classname: str, name: str) -> etree._Element:
    # No file/line attributes: Jenkins' JUnit schema (junit-10.xsd) does not allow them;
    # the location is in the name and in the failure text.
    return etree.SubElement(
        parent, "testcase", classname=_clean(classname), name=_clean(name), time="0"
    )


def _failure(case: etree._Element, findings: list[CheckFinding]) -> None:
    f = findings[0]
    failure = etree.SubElement(
        case,
        "failure",
        message=_clean(description(f)),
        type=",".join(sorted({x.kind for x in findings})),
    )
    failure.text = _clean(
        "\n".join(f"{x.file}:{x.line}:{x.column}: {x.kind}: {description(x)}" for x in findings)
    )


def _suite(parent: etree._Element, result: FileResult) -> dict[str, int]:
    suite = etree.SubElement(parent, "testsuite", name=_clean(result.file))
    ids = {r.question.id for r in result.alignment.questions}
    by_question: dict[str, list[CheckFinding]] = defaultdict(list)
    others = []
    for f in result.findings:
        if f.kind in QUESTION_KINDS and f.question_id in ids:
            by_question[f.question_id].append(f)
        else:
            others.append(f)
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for r in result.alignment.questions:
        q = r.question
        name = f"{q.id} {_short(q.text)}"
        case = _testcase(suite, _classname(result.file, q.section), name)
        counts["tests"] += 1
        findings = by_question.get(q.id, [])
        failing = [f for f in findings if f.failing]
        if failing:
            _failure(case, failing)
            counts["failures"] += 1
        notes = [f for f in findings if not f.failing]
        if notes:
            etree.SubElement(case, "system-out").text = _clean(
                "\n".join(f"{f.kind}: {description(f)}" for f in notes)
            )
    for f in others:
        name = f"{f.kind} at line {f.line}: {_short(f.text or f.message)}"
        case = _testcase(suite, _classname(result.file, f.section), name)
        counts["tests"] += 1
        if f.failing:
            _failure(case, [f])
            counts["failures"] += 1
        else:
            etree.SubElement(case, "skipped", message=_clean(f"{f.kind}: {description(f)}"))
            counts["skipped"] += 1
    _set_counts(suite, counts)
    return counts


def _error_suite(parent: etree._Element, file: str, message: str) -> dict[str, int]:
    suite = etree.SubElement(parent, "testsuite", name=_clean(file))
    case = _testcase(suite, file, "read and align")
    etree.SubElement(case, "error", message=_clean(message), type="input_error")
    counts = {"tests": 1, "failures": 0, "errors": 1, "skipped": 0}
    _set_counts(suite, counts)
    return counts


def _set_counts(element: etree._Element, counts: dict[str, int]) -> None:
    for key, value in counts.items():
        if key != "skipped" or element.tag == "testsuite":  # <testsuites> has no "skipped"
            element.set(key, str(value))
    element.set("time", "0")


def render(report: Report) -> str:
    root = etree.Element("testsuites", name="inbreng check")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    suites = [_suite(root, r) for r in report.files]
    suites += [_error_suite(root, file, message) for file, message in report.errors]
    for counts in suites:
        for key in totals:
            totals[key] += counts[key]
    _set_counts(root, totals)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode()
