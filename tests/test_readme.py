"""The README stays true: its commands parse, its outputs are real, its pictures exist.

Cheap and offline: commands go through the real argument parsers (reports.cli, and
tests/screenshot.py), the console examples are run and compared with what they print now,
the CI snippets are held against .pre-commit-hooks.yaml and the check's options.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from reports.check_args import FORMATS
from reports.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^( *)```(\w*)\n(.*?)^\1```$", re.M | re.S)
SHELL_STOP = {">", ">>", "|", "||", "&&", ";", "2>", "2>&1"}


def blocks(*langs: str) -> list[str]:
    """The README's fenced code blocks in these languages, dedented to their fence."""
    out = []
    for m in FENCE.finditer(README):
        indent, lang, body = m.groups()
        if lang in langs:
            out.append("".join(line.removeprefix(indent) for line in body.splitlines(True)))
    return out


def section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else None]


def command_lines(text: str) -> list[str]:
    """Shell command lines (continuations joined, `$ ` prompts and `run:` keys removed)."""
    text = text.replace("\\\n", " ")
    lines = []
    for raw in text.splitlines():
        line = raw.strip()
        line = line.removeprefix("$ ").removeprefix("- run: ").removeprefix("run: ")
        lines.append(line.split(" #")[0].strip())
    return lines


def argv_of(line: str, program: str) -> list[str] | None:
    """The arguments of `program` in a command line, up to the first shell operator."""
    words = shlex.split(line)
    names = [i for i, w in enumerate(words) if w == program or w.endswith(f"/{program}")]
    if not names:
        return None
    argv = []
    for word in words[names[0] + 1 :]:
        if word in SHELL_STOP:
            break
        argv.append(word)
    return argv


def is_synopsis(argv: list[str]) -> bool:
    return any(w.startswith("[") or w.startswith("FILE") for w in argv)


def parse_inbreng(argv: list[str]) -> argparse.Namespace:
    """Parse with the real parser; an argparse error becomes a test failure with its message."""
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            return build_parser().parse_args(argv)
    except SystemExit:
        pytest.fail(f"README command rejected: inbreng {shlex.join(argv)}\n{err.getvalue()}")


def inbreng_commands(text: str) -> list[list[str]]:
    found = [argv_of(line, "inbreng") for line in command_lines(text) if "inbreng " in line]
    return [argv for argv in found if argv and not is_synopsis(argv)]


def subparser(name: str) -> argparse.ArgumentParser:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return action.choices[name]


def test_quick_start_is_two_commands_and_the_first_makes_a_report():
    (quick,) = blocks("sh")[:1]
    lines = [line for line in quick.splitlines() if line.strip()]
    assert len(lines) == 2, lines
    assert lines[1] == "bash .ci/run" and (ROOT / ".ci" / "run").exists()
    argv = argv_of(lines[0].split("&&")[-1], "inbreng")
    assert argv is not None
    args = parse_inbreng(argv)
    expected = ("report", "tests/fixtures/example-so.txt", "report.html")
    assert (args.command, args.file, args.output) == expected
    assert (ROOT / args.file).exists()


def test_every_inbreng_command_in_the_readme_is_accepted():
    commands = [argv for text in blocks("sh", "console", "yaml") for argv in inbreng_commands(text)]
    assert {argv[0] for argv in commands} == {"parse", "align", "report", "check"}
    for argv in commands:
        parse_inbreng(argv)
    # and the options the prose names exist
    options = set(subparser("check")._option_string_actions)
    for option in ("--baseline", "--write-baseline", "--min-confidence", "--fail-on", "--format"):
        assert option in options
        assert f"`{option}" in README, option


def test_synopsis_matches_the_parsers():
    (synopsis,) = [b for b in blocks("sh") if "inbreng parse FILE" in b]
    text = synopsis.replace("\n              ", " ")
    for line in text.splitlines():
        words = line.split("#")[0].split()
        name = words[1]
        actions = subparser(name)._option_string_actions
        for option, value in re.findall(r"\[(-[-\w]+)(?: ([^\]]+))?\]", line):
            assert option in actions, (name, option)
            choices = actions[option].choices
            if choices:
                assert value.split("|") == list(choices), (name, option)
    assert f"--format {'|'.join(FORMATS)}" in synopsis


def test_github_actions_workflow_runs_real_check_commands():
    (workflow,) = [b for b in blocks("yaml") if "runs-on:" in b]
    checks = inbreng_commands(workflow)
    formats = [parse_inbreng(argv).format for argv in checks]
    assert formats == ["github", "sarif"]
    assert all(argv[0] == "check" for argv in checks)
    assert "python-version: \"3.11\"" in workflow
    # the SARIF file written is the one uploaded, and the upload may write security events
    assert "> inbreng.sarif" in workflow and "sarif_file: inbreng.sarif" in workflow
    assert "github/codeql-action/upload-sarif@" in workflow
    assert "security-events: write" in workflow


def hooks_file() -> dict[str, str]:
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    hook = dict(re.findall(r"^[- ] (id|entry|language|files): (.+)$", text, re.M))
    assert {"id", "entry", "language", "files"} <= hook.keys()
    return hook


def test_pre_commit_snippet_uses_the_hook_this_repository_defines():
    hook = hooks_file()
    (config,) = [b for b in blocks("yaml") if "repos:" in b]
    ids = re.findall(r"- id: (\S+)", config)
    assert ids == [hook["id"]]
    assert f"`{hook['id']}`" in README
    assert hook["entry"] == "inbreng check" and f"runs `{hook['entry']}`" in README
    # the files the snippet narrows to are still ones the hook accepts
    files = re.search(r"files: (\S+)", config)
    assert files and re.compile(hook["files"]).search("docs/verslag.txt")
    assert re.compile(files.group(1)).search("docs/verslag.txt")
    args = re.search(r"args: \[(.*)\]", config)
    assert args, "the snippet shows how to pass options"
    argv = ["check", *[a.strip() for a in args.group(1).split(",")], "docs/verslag.txt"]
    assert parse_inbreng(argv).baseline == "inbreng-baseline.json"


def load_screenshot_script():
    spec = importlib.util.spec_from_file_location("screenshot", ROOT / "tests" / "screenshot.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # defines functions only; Playwright loads in main()
    return module


def test_report_pictures_exist_and_the_commands_that_made_them_parse():
    report = section("Report")
    pictures = re.findall(r"\((docs/[^)\s]+\.png)\)", report)
    assert "docs/report-desktop.png" in pictures and "docs/report-phone.png" in pictures
    for name in pictures:
        data = (ROOT / name).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n", name
        assert 10_000 < len(data) < 400_000, name
    (made,) = [b for b in blocks("sh") if "screenshot.py" in b]
    lines = command_lines(made)
    (report_argv,) = [argv_of(line, "inbreng") for line in lines if line.startswith("inbreng")]
    html = parse_inbreng(report_argv).output
    shot = [argv_of(line, "tests/screenshot.py") for line in lines if "screenshot.py" in line]
    args = load_screenshot_script().build_parser().parse_args(shot[0])
    assert str(args.report) == html
    assert [str(args.desktop), str(args.phone)] == pictures[:2]


def test_relative_links_lead_somewhere():
    for target in re.findall(r"\]\(([^)#\s]+)\)", README):
        if not re.match(r"[a-z]+:", target):
            assert (ROOT / target).exists(), target
    for anchor in re.findall(r"\]\(#([^)]+)\)", README):
        titles = re.findall(r"^#+ (.+)$", README, re.M)
        assert anchor in [t.lower().replace(" ", "-") for t in titles], anchor


# --- the console examples print what the README says ------------------------------------------


def examples() -> list[tuple[str, list[str]]]:
    """(command, expected output lines) for every `$ ` line of the console blocks."""
    out = []
    for block in blocks("console"):
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, *expected = chunk.rstrip("\n").split("\n")
            out.append((command, expected))
    return out


def same(expected: str, actual: str) -> bool:
    """Equal, or `expected` is `actual` cut short with `…`."""
    return actual == expected or (expected.endswith("…") and actual.startswith(expected[:-1]))


def matches(expected: list[str], actual: list[str]) -> bool:
    """`…` alone skips lines; a line ending in `…` is a cut line; the rest must be equal, in
    order, and without a `…` line the output must be exactly these lines."""
    if "…" not in expected:
        return len(actual) == len(expected) and all(map(same, expected, actual))
    i = 0
    for e in expected:
        if e == "…":
            continue
        while i < len(actual) and not same(e, actual[i]):
            i += 1
        if i == len(actual):
            return False
        i += 1
    return True


def test_console_examples_print_what_the_readme_shows(tmp_path):
    """Run in a scratch folder that sees the repository's tests/ (baselines are written there).
    When this fails after a change to the parser or aligner, paste the new output."""
    (tmp_path / "tests").symlink_to(ROOT / "tests", target_is_directory=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    last = 0
    seen = 0
    for command, expected in examples():
        if command == "echo $?":
            assert expected == [str(last)], f"exit code after the command before: {last}"
            continue
        argv = shlex.split(command)
        assert argv[0] == "inbreng", command
        done = subprocess.run(
            [sys.executable, "-m", "reports.cli", *argv[1:]],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=env,
            timeout=60,
        )
        last = done.returncode
        actual = done.stdout.splitlines() + done.stderr.splitlines()
        assert matches(expected, actual), (
            f"README shows for `{command}`:\n" + "\n".join(expected) + "\nbut it prints:\n"
            + "\n".join(actual)
        )
        seen += 1
    assert seen >= 5


def test_matching_of_cut_output():
    assert matches(["a", "b"], ["a", "b"]) and not matches(["a"], ["a", "b"])
    assert matches(["ab…", "…", "z"], ["abc", "x", "y", "z"])
    assert not matches(["ab…", "…", "q"], ["abc", "x", "z"])


def test_library_example_runs(monkeypatch, capsys):
    (code,) = [b for b in blocks("python") if "from parsers import parse" in b]
    monkeypatch.chdir(ROOT)
    exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 2 and printed[0].split()[2] in ("answered", "by_reference", "unanswered")
