"""`inbreng check`: findings, exit codes, the five output formats, the baseline, pre-commit.

Unit tests run on alignments built here by hand (made-up sentences about libraries and dikes,
in the shape of a schriftelijk overleg); end-to-end tests run the real command.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from lxml import etree

from aligner.model import Alignment, Answer, AnswerLink, Finding, QuestionResult
from parsers.errors import InputError
from parsers.model import Document, Paragraph, Question, Segment, Span
from reports import check, github
from reports.check import collect, normalise
from reports.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS_DOC = ROOT.parent / "shared" / "corpus" / "002_fd62629c6358a78e.txt"

Q_ANSWERED = "Hoeveel bibliotheken zijn er sinds 2020 in kleine gemeenten gesloten?"
Q_OPEN = (
    "Waarom krijgen de waterschappen in het rivierengebied geen extra geld voor het versterken "
    "van de dijken?"
)
Q_WEAK = "Kan de minister toelichten hoe de uitleen van e-books wordt vergoed?"
Q_REF = "Welke afspraken zijn er met provincies gemaakt over leesbevordering?"
PLACEHOLDER = "pagina [nr.]"
ORPHAN = "Het kabinet dankt de commissie voor de vlotte behandeling van deze stukken."


def _question(qid: str, text: str, section: str, faction: str, line: int, column: int = 1):
    return Question(
        id=qid,
        text=text,
        kind="direct",
        section=section,
        span=Span(page=2, line=line, column=column),
        paragraph_id=f"p-{qid}",
        factions=(faction,),
    )


def _answer(aid: str, text: str, section: str, factions: tuple[str, ...], line: int, qids=()):
    paragraph = Paragraph(
        id=f"r-{aid}",
        text=text,
        span=Span(page=5, line=line, column=1),
        source=(Segment(line=line, start=1, end=len(text)),),
        factions=factions,
    )
    return Answer(
        id=aid, section=section, factions=factions, paragraph=paragraph, question_ids=qids
    )


def make_alignment(source: str = "so.txt", shift: int = 0) -> Alignment:
    """Four questions (answered, unanswered, weakly answered, answered by reference), three
    answers (one holding a placeholder, one answering nothing) and the aligner's findings.
    `shift` moves every line down, as an edit higher up in the document would."""
    q1 = _question("q1", Q_ANSWERED, "1", "VVD", 10 + shift, 5)
    q2 = _question("q2", Q_OPEN, "1", "SP", 14 + shift)
    q3 = _question("q3", Q_WEAK, "2", "D66", 20 + shift)
    q4 = _question("q4", Q_REF, "2", "CDA", 24 + shift)
    a1 = _answer(
        "a1", "Sinds 2020 zijn elf vestigingen gesloten.", "1", ("VVD",), 40 + shift, ("q1",)
    )
    a2 = _answer(
        "a2",
        f"Over e-books en leesbevordering verwijst het kabinet naar {PLACEHOLDER}.",
        "2",
        ("D66", "CDA"),
        50 + shift,
        ("q3", "q4"),
    )
    a3 = _answer("a3", ORPHAN, "2", (), 60 + shift)
    results = (
        QuestionResult(
            question=q1,
            status="answered",
            confidence=0.92,
            answers=(AnswerLink(answer_id="a1", score=0.92),),
        ),
        QuestionResult(
            question=q2,
            status="unanswered",
            confidence=0.3,
            nearest=AnswerLink(answer_id="a1", score=0.2),
        ),
        QuestionResult(
            question=q3,
            status="answered",
            confidence=0.41,
            answers=(AnswerLink(answer_id="a2", score=0.41),),
        ),
        QuestionResult(
            question=q4,
            status="by_reference",
            confidence=0.6,
            answers=(AnswerLink(answer_id="a2", score=0.6),),
        ),
    )
    findings = (
        Finding(
            kind="unanswered",
            message="no answer found",
            span=q2.span,
            text=Q_OPEN,
            faction="SP",
            section="1",
            question_id="q2",
        ),
        Finding(
            kind="faction_unanswered", message="never answered", span=None, text="SP", faction="SP"
        ),
        Finding(
            kind="placeholder",
            message="page number never filled in",
            span=Span(page=5, line=51 + shift, column=12),
            text=PLACEHOLDER,
            answer_id="a2",
            reference_id="x1",
        ),
        Finding(
            kind="orphan_answer",
            message="answers no question",
            span=a3.span,
            text=ORPHAN,
            answer_id="a3",
        ),
    )
    document = Document(kind="schriftelijk_overleg", source=source, questions=(q1, q2, q3, q4))
    return Alignment(
        document=document,
        questions=results,
        answers=(a1, a2, a3),
        cross_references=(),
        findings=findings,
    )


def run(monkeypatch, capsys, argv: list[str], docs: dict[str, Alignment] | None = None):
    """`inbreng check ARGV` in this process, with the pipeline replaced by `docs`."""
    docs = {"so.txt": make_alignment()} if docs is None else docs

    def load(path: str) -> Alignment:
        if path not in docs:
            raise InputError(path, "no such file")
        return docs[path]

    monkeypatch.setattr(check, "load", load)
    args = build_parser().parse_args(["check", *argv])
    code = check.main(args)
    out, err = capsys.readouterr()
    return code, out, err


# --- findings -----------------------------------------------------------------------------


def test_findings_are_located_sorted_and_failing_by_kind():
    found = collect(make_alignment(), "so.txt")
    assert [(f.kind, f.line, f.column) for f in found] == [
        ("faction_unanswered", 14, 1),  # no span of its own: the faction's first question
        ("unanswered", 14, 1),
        ("placeholder", 51, 12),
        ("orphan_answer", 60, 1),
    ]
    assert [f.failing for f in found] == [False, True, True, False]


def test_a_placeholder_takes_faction_section_and_question_from_its_answer():
    placeholder = next(f for f in collect(make_alignment(), "so.txt") if f.kind == "placeholder")
    assert (placeholder.faction, placeholder.section) == ("D66", "2")
    assert (placeholder.question_id, placeholder.question) == ("q3", Q_WEAK)


def test_min_confidence_adds_answered_questions_below_the_threshold_only():
    found = collect(make_alignment(), "so.txt", min_confidence=0.5)
    weak = [f for f in found if f.kind == "low_confidence"]
    assert [(f.question_id, f.line, f.faction, f.section) for f in weak] == [("q3", 20, "D66", "2")]
    assert "0.41" in weak[0].message
    # by_reference counts as answered; unanswered questions are never "low confidence"
    found = collect(make_alignment(), "so.txt", min_confidence=0.65)
    assert [f.question_id for f in found if f.kind == "low_confidence"] == ["q3", "q4"]


def test_normalise_keeps_lowercase_letters_and_digits_only():
    assert normalise("Pagina [nr.] –  Ψ 12,5 É") == "paginanrψ125é"
    assert normalise("ver-\nwezen") == normalise("verwezen")


# --- text format and exit codes -----------------------------------------------------------


def test_text_format_lists_file_line_col_kind_then_a_summary(monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, ["so.txt"])
    assert code == 1
    assert err == ""
    assert out.splitlines() == [
        "so.txt:14:1: faction_unanswered: SP: never answered",
        f"so.txt:14:1: unanswered: SP §1: {Q_OPEN}",
        f"so.txt:51:12: placeholder: D66 §2: {PLACEHOLDER}",
        f"so.txt:60:1: orphan_answer: §2: {ORPHAN}",
        "1 file, 4 questions, 4 findings (2 failing)",
    ]


def test_fail_on_chooses_the_kinds_that_fail(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, ["so.txt", "--fail-on", "orphan_answer"])
    assert code == 1
    assert out.splitlines()[-1] == "1 file, 4 questions, 4 findings (1 failing)"
    code, out, _ = run(monkeypatch, capsys, ["so.txt", "--fail-on", "low_confidence"])
    assert code == 0
    code, _, _ = run(
        monkeypatch, capsys, ["so.txt", "--fail-on", "low_confidence", "--min-confidence", "0.5"]
    )
    assert code == 1
    code, out, _ = run(monkeypatch, capsys, ["so.txt", "--fail-on", "all"])
    assert code == 1 and "(4 failing)" in out


def test_nothing_to_report_exits_0(monkeypatch, capsys):
    clean = attrs.evolve(make_alignment(), findings=())
    code, out, _ = run(monkeypatch, capsys, ["so.txt"], {"so.txt": clean})
    assert code == 0
    assert out == "1 file, 4 questions, 0 findings (0 failing)\n"


@pytest.mark.parametrize(
    ("option", "value", "problem"),
    [
        ("--fail-on", "unanswred", "unknown finding kind 'unanswred'"),
        ("--min-confidence", "2", "must lie between 0 and 1"),
        ("--min-confidence", "veel", "not a number"),
    ],
)
def test_usage_errors_exit_2(option, value, problem, capsys):
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(["check", "so.txt", option, value])
    assert exit_.value.code == 2
    assert problem in capsys.readouterr().err


def test_a_bad_file_is_one_stderr_line_and_the_others_are_still_checked(monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, ["gone.txt", "so.txt", "also-gone.txt"])
    assert code == 2
    assert err.splitlines() == [
        "inbreng: error: gone.txt: no such file",
        "inbreng: error: also-gone.txt: no such file",
    ]
    assert out.splitlines()[-1] == "1 file, 4 questions, 4 findings (2 failing); 2 files not read"


def test_a_crash_in_the_pipeline_is_one_line_not_a_traceback(monkeypatch, capsys):
    def broken(path: str) -> Alignment:
        raise ValueError("something\nunexpected")

    monkeypatch.setattr(check, "load", broken)
    code = check.main(build_parser().parse_args(["check", "so.txt"]))
    err = capsys.readouterr().err
    assert code == 2
    assert err == "inbreng: error: so.txt: cannot be checked (ValueError: something unexpected)\n"


def test_several_files_are_summed(monkeypatch, capsys):
    docs = {"a.txt": make_alignment("a.txt"), "b.txt": make_alignment("b.txt")}
    code, out, _ = run(monkeypatch, capsys, ["a.txt", "b.txt"], docs)
    assert code == 1
    lines = out.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == ["a.txt"] * 4 + ["b.txt"] * 4
    assert lines[-1] == "2 files, 8 questions, 8 findings (4 failing)"


def test_output_is_deterministic(monkeypatch, capsys):
    for fmt in ("text", "json", "github", "junit", "sarif"):
        first = run(monkeypatch, capsys, ["so.txt", "--format", fmt, "--min-confidence", "0.7"])
        again = run(monkeypatch, capsys, ["so.txt", "--format", fmt, "--min-confidence", "0.7"])
        assert first == again, fmt


# --- JSON ---------------------------------------------------------------------------------


def test_json_carries_every_field(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, ["so.txt", "--format", "json"])
    data = json.loads(out)
    assert code == 1
    assert data["summary"] == {
        "files": 1,
        "questions": 4,
        "findings": 4,
        "failing": 2,
        "baselined": 0,
    }
    unanswered = next(f for f in data["findings"] if f["kind"] == "unanswered")
    for key, value in {
        "file": "so.txt",
        "line": 14,
        "column": 1,
        "faction": "SP",
        "section": "1",
        "text": Q_OPEN,
        "question": Q_OPEN,
        "failing": True,
    }.items():
        assert unanswered[key] == value, key


# --- GitHub -------------------------------------------------------------------------------


def test_github_escaping_follows_the_workflow_command_rules():
    assert github.escape_data("50% klaar\r\nnu") == "50%25 klaar%0D%0Anu"
    assert github.escape_property("a,b: c%") == "a%2Cb%3A c%25"


def test_github_annotations_and_a_closing_summary_notice(monkeypatch, capsys):
    tricky = attrs.evolve(
        make_alignment("dir,x/so:1.txt"),
        findings=(
            Finding(
                kind="unanswered",
                message="no answer found",
                span=Span(page=1, line=3, column=7),
                text="Klopt 100% van de cijfers,\nof niet?",
                faction="GL-PvdA",
                section="1.2",
            ),
            Finding(
                kind="orphan_answer", message="", span=Span(page=1, line=9, column=1), text="Dank."
            ),
        ),
    )
    code, out, _ = run(
        monkeypatch, capsys, ["dir,x/so:1.txt", "--format", "github"], {"dir,x/so:1.txt": tricky}
    )
    assert code == 1
    assert out.splitlines() == [
        "::error file=dir%2Cx/so%3A1.txt,line=3,col=7,title=inbreng unanswered (GL-PvdA §1.2)"
        "::no answer found: Klopt 100%25 van de cijfers, of niet?",
        "::warning file=dir%2Cx/so%3A1.txt,line=9,col=1,title=inbreng orphan_answer::Dank.",
        "::notice title=inbreng check::1 file, 4 questions, 2 findings (1 failing)",
    ]


def test_github_summary_names_annotations_beyond_the_ten_shown(monkeypatch, capsys):
    many = tuple(
        Finding(
            kind="unanswered",
            message="open",
            span=Span(page=1, line=n, column=1),
            text=f"Vraag {n}?",
        )
        for n in range(1, 14)
    )
    docs = {"so.txt": attrs.evolve(make_alignment(), findings=many)}
    _, out, _ = run(monkeypatch, capsys, ["so.txt", "--format", "github"], docs)
    lines = out.splitlines()
    assert sum(line.startswith("::error ") for line in lines) == 13
    assert lines[-1] == (
        "::notice title=inbreng check::1 file, 4 questions, 13 findings (13 failing); "
        "GitHub shows 10 annotations per type, the other 3 are in the log"
    )


# --- JUnit --------------------------------------------------------------------------------


def junit_tree(monkeypatch, capsys, argv, docs=None):
    _, out, _ = run(monkeypatch, capsys, [*argv, "--format", "junit"], docs)
    assert out.startswith("<?xml version='1.0' encoding='UTF-8'?>")
    return etree.fromstring(out.encode())


def test_junit_has_the_required_structure_and_one_testcase_per_question(monkeypatch, capsys):
    docs = {"a.txt": make_alignment("a.txt"), "b.txt": make_alignment("b.txt")}
    root = junit_tree(monkeypatch, capsys, ["a.txt", "b.txt", "gone.txt"], docs)
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["a.txt", "b.txt", "gone.txt"]
    for suite in suites:
        for attribute in ("name", "tests", "failures", "errors", "skipped", "time"):
            assert suite.get(attribute) is not None, attribute
        cases = suite.findall("testcase")
        assert int(suite.get("tests")) == len(cases)
        assert int(suite.get("failures")) == len(suite.findall("testcase/failure"))
        assert int(suite.get("errors")) == len(suite.findall("testcase/error"))
        for case in cases:
            assert case.get("classname") and case.get("name")
    a = suites[0]
    questions = [c for c in a.findall("testcase") if re.match(r"q\d ", c.get("name"))]
    assert [(c.get("classname"), c.get("name")) for c in questions] == [
        ("a.txt/1", f"q1 {Q_ANSWERED}"),
        (
            "a.txt/1",
            "q2 Waarom krijgen de waterschappen in het rivierengebied geen extra geld voor het…",
        ),
        ("a.txt/2", f"q3 {Q_WEAK}"),
        ("a.txt/2", f"q4 {Q_REF}"),
    ]
    failed = [c.get("name").split()[0] for c in questions if c.find("failure") is not None]
    assert failed == ["q2"]  # the unanswered question, and only it
    extra = {c.get("name").split()[0]: c for c in a.findall("testcase") if c not in questions}
    assert extra["placeholder"].find("failure").get("type") == "placeholder"
    assert extra["orphan_answer"].find("skipped") is not None
    assert (a.get("tests"), a.get("failures"), a.get("skipped")) == ("7", "2", "2")
    assert suites[2].find("testcase/error").get("message") == "gone.txt: no such file"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("15", "4", "1")


def test_junit_failures_equal_the_unanswered_questions(monkeypatch, capsys):
    base = make_alignment()
    open_ = [r.question for r in base.questions[:3]]
    findings = tuple(
        Finding(kind="unanswered", message="open", span=q.span, text=q.text, question_id=q.id)
        for q in open_
    )
    root = junit_tree(
        monkeypatch, capsys, ["so.txt"], {"so.txt": attrs.evolve(base, findings=findings)}
    )
    suite = root.find("testsuite")
    assert int(suite.get("failures")) == 3 == len(suite.findall("testcase/failure"))
    assert int(suite.get("tests")) == 4


def test_junit_survives_control_characters(monkeypatch, capsys):
    odd = attrs.evolve(
        make_alignment(),
        findings=(Finding(kind="placeholder", message="x", span=None, text="pagina\x0c[nr.]\x01"),),
    )
    root = junit_tree(monkeypatch, capsys, ["so.txt"], {"so.txt": odd})
    failure = root.find("testsuite/testcase/failure").text
    assert "pagina [nr.]" in failure and "\x01" not in failure


# --- SARIF --------------------------------------------------------------------------------


def sarif(monkeypatch, capsys, alignment: Alignment) -> dict:
    _, out, _ = run(monkeypatch, capsys, ["so.txt", "--format", "sarif"], {"so.txt": alignment})
    return json.loads(out)


def test_sarif_has_the_required_fields_of_2_1_0(monkeypatch, capsys):
    log = sarif(monkeypatch, capsys, make_alignment())
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-2.1.0.json")
    (run_,) = log["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "inbreng"
    rule_ids = [r["id"] for r in driver["rules"]]
    assert len(rule_ids) == len(set(rule_ids)) == 6
    assert all(r["shortDescription"]["text"] for r in driver["rules"])
    results = run_["results"]
    assert len(results) == 4
    for result in results:
        assert result["message"]["text"]
        assert result["ruleId"] in rule_ids
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in ("error", "warning")
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == "so.txt"
        assert physical["region"]["startLine"] >= 1 and physical["region"]["startColumn"] >= 1
    placeholder = next(r for r in results if r["ruleId"] == "placeholder")
    assert placeholder["level"] == "error"
    assert placeholder["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 51,
        "startColumn": 12,
    }
    expected = hashlib.sha256(b"placeholder\0paginanr").hexdigest() + ":1"
    assert placeholder["partialFingerprints"] == {"inbrengFinding/v1": expected}


def test_sarif_fingerprints_stay_when_lines_move_and_differ_between_findings(monkeypatch, capsys):
    def prints(log: dict) -> list[tuple[str, str, int]]:
        return [
            (
                r["ruleId"],
                r["partialFingerprints"]["inbrengFinding/v1"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"],
            )
            for r in log["runs"][0]["results"]
        ]

    before = prints(sarif(monkeypatch, capsys, make_alignment()))
    after = prints(sarif(monkeypatch, capsys, make_alignment(shift=7)))
    assert [(k, p) for k, p, _ in before] == [(k, p) for k, p, _ in after]
    assert [line + 7 for *_, line in before] == [line for *_, line in after]
    assert len({p for _, p, _ in before}) == 4


# --- baseline -----------------------------------------------------------------------------


def test_baseline_round_trip_fails_only_on_the_new_finding(monkeypatch, capsys, tmp_path):
    baseline = tmp_path / "baseline.json"
    code, out, err = run(monkeypatch, capsys, ["so.txt", "--write-baseline", str(baseline)])
    assert (code, out) == (0, "")
    assert err == f"inbreng: wrote 4 findings to {baseline}\n"
    data = json.loads(baseline.read_text(encoding="utf-8"))
    keys = [(e["file"], e["kind"], e["key"]) for e in data["findings"]]
    assert keys == sorted(keys) and len(keys) == 4

    # the same findings, 30 lines further down: nothing new
    moved = {"so.txt": make_alignment(shift=30)}
    code, out, _ = run(monkeypatch, capsys, ["so.txt", "--baseline", str(baseline)], moved)
    assert code == 0
    assert out == "1 file, 4 questions, 0 findings (0 failing, 4 in baseline)\n"

    # one more placeholder (same text as the recorded one) and one more unanswered question
    base = make_alignment(shift=30)
    extra = (
        Finding(
            kind="placeholder", message="", span=Span(page=9, line=99, column=3), text=PLACEHOLDER
        ),
        Finding(
            kind="unanswered",
            message="",
            span=Span(page=2, line=27, column=1),
            text="Wanneer volgt de brief?",
        ),
    )
    docs = {"so.txt": attrs.evolve(base, findings=base.findings + extra)}
    code, out, _ = run(monkeypatch, capsys, ["so.txt", "--baseline", str(baseline)], docs)
    assert code == 1
    assert out.splitlines() == [
        "so.txt:27:1: unanswered: Wanneer volgt de brief?",
        f"so.txt:99:3: placeholder: {PLACEHOLDER}",
        "1 file, 4 questions, 2 findings (2 failing, 4 in baseline)",
    ]


def test_baseline_is_written_deterministically(monkeypatch, capsys, tmp_path):
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    run(monkeypatch, capsys, ["so.txt", "--write-baseline", str(first), "--min-confidence", "0.7"])
    run(monkeypatch, capsys, ["so.txt", "--write-baseline", str(second), "--min-confidence", "0.7"])
    assert first.read_bytes() == second.read_bytes()


def test_baseline_belongs_to_its_file(monkeypatch, capsys, tmp_path):
    baseline = tmp_path / "b.json"
    docs = {"a.txt": make_alignment("a.txt"), "b.txt": make_alignment("b.txt")}
    run(monkeypatch, capsys, ["a.txt", "--write-baseline", str(baseline)], docs)
    code, out, _ = run(monkeypatch, capsys, ["a.txt", "b.txt", "--baseline", str(baseline)], docs)
    assert code == 1
    assert {line.split(":")[0] for line in out.splitlines()[:-1]} == {"b.txt"}


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "no such baseline file"),
        ("{not json", "is not a baseline file (invalid JSON)"),
        ('{"schema": "other", "findings": []}', "is not a baseline file"),
        ('{"schema": "inbreng.baseline/1", "findings": [{"kind": 1}]}', "is not a baseline file"),
    ],
)
def test_an_unusable_baseline_is_an_input_error(monkeypatch, capsys, tmp_path, content, problem):
    baseline = tmp_path / "b.json"
    if content is not None:
        baseline.write_text(content, encoding="utf-8")
    code, out, err = run(monkeypatch, capsys, ["so.txt", "--baseline", str(baseline)])
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert err.startswith(f"inbreng: error: {baseline}: {problem}")


# --- pre-commit ---------------------------------------------------------------------------


def read_hooks(text: str) -> list[dict[str, object]]:
    """The small YAML subset .pre-commit-hooks.yaml uses: a list of flat mappings whose
    values are plain scalars or [flow, lists]."""
    hooks: list[dict[str, object]] = []
    for raw in text.splitlines():
        line = raw.split(" #")[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        m = re.fullmatch(r"(- |  )([a-z_]+): (.+)", line)
        assert m, f"not in the supported subset: {raw!r}"
        start, key, value = m.groups()
        if start == "- ":
            hooks.append({})
        assert hooks and key not in hooks[-1], raw
        if value.startswith("["):
            hooks[-1][key] = [v.strip() for v in value.strip("[]").split(",")]
        else:
            hooks[-1][key] = value.strip('"')
    return hooks


def test_pre_commit_hook_definition():
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    (hook,) = read_hooks(text)
    assert hook["id"] == "inbreng-check"
    assert hook["entry"] == "inbreng check"
    assert hook["language"] == "python"
    assert {"id", "name", "entry", "language"} <= hook.keys()
    files = re.compile(str(hook["files"]))
    assert files.search("stukken/schriftelijk-overleg.txt")
    assert not files.search("stukken/overleg.pdf") and not files.search("README.md")
    assert hook["types"] == ["text"]
    # the entry is the real console script
    scripts = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^inbreng = "reports\.cli:main"$', scripts, re.M)


# --- the real command ---------------------------------------------------------------------


def inbreng(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reports.cli", "check", *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_checking_imports_no_xml_library_unless_asked():
    code = "import sys, reports.cli, reports.check; print('lxml' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.strip() == "False", done.stderr


@pytest.mark.parametrize(
    ("name", "problem"),
    [("missing.txt", "no such file"), ("folder", "is a directory"), ("empty.txt", "is empty")],
)
def test_bad_input_exits_2_with_one_line_naming_the_file(tmp_path, name, problem):
    (tmp_path / "folder").mkdir()
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    target = str(tmp_path / name)
    done = inbreng(target)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [done.stderr.strip()]
    assert done.stderr.startswith(f"inbreng: error: {target}: {problem}")
    assert "Traceback" not in done.stderr


def test_an_all_answered_document_passes():
    fixture = FIXTURES / "all-answered.txt"
    if not fixture.exists():
        pytest.skip("fixture all-answered.txt not there yet")
    done = inbreng(str(fixture.relative_to(ROOT)))
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.fullmatch(
        r"1 file, \d+ questions, \d+ findings \(0 failing\)\n", done.stdout.splitlines(True)[-1]
    )


def test_a_placeholder_fails_and_is_named_at_its_line():
    fixture = FIXTURES / "placeholder.txt"
    expected_file = FIXTURES / "placeholder.expected.json"
    if not fixture.exists() or not expected_file.exists():
        pytest.skip("fixture placeholder.txt not there yet")
    line = json.loads(expected_file.read_text(encoding="utf-8"))["placeholder_line"]
    assert line == next(
        n
        for n, text in enumerate(fixture.read_text(encoding="utf-8").splitlines(), 1)
        if "[nr.]" in text
    )
    name = str(fixture.relative_to(ROOT))
    done = inbreng(name)
    assert done.returncode == 1, done.stdout + done.stderr
    assert re.search(rf"^{re.escape(name)}:{line}:\d+: placeholder: ", done.stdout, re.M)
    sarif_done = inbreng(name, "--format", "sarif")
    results = json.loads(sarif_done.stdout)["runs"][0]["results"]
    lines = [
        r["locations"][0]["physicalLocation"]["region"]["startLine"]
        for r in results
        if r["ruleId"] == "placeholder"
    ]
    assert line in lines


@pytest.mark.skipif(not CORPUS_DOC.exists(), reason="corpus not available")
def test_the_corpus_document_fails_on_its_placeholder_line():
    line = next(
        n
        for n, text in enumerate(CORPUS_DOC.read_text(encoding="utf-8").splitlines(), 1)
        if "pagina [nr.]" in text
    )
    assert line == 1472
    done = inbreng(str(CORPUS_DOC), "--format", "json")
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    placeholders = [f for f in data["findings"] if f["kind"] == "placeholder"]
    assert [f["line"] for f in placeholders] == [1472]
    assert all(f["failing"] for f in placeholders)
    assert data["summary"]["questions"] > 0
    text = inbreng(str(CORPUS_DOC))
    assert text.returncode == 1
    assert re.search(rf"^{re.escape(str(CORPUS_DOC))}:1472:\d+: placeholder: ", text.stdout, re.M)
    unanswered = sum(1 for f in data["findings"] if f["kind"] == "unanswered")
    assert text.stdout.count(": unanswered: ") == unanswered
