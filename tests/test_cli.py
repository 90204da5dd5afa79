"""`inbreng parse` as a process: text and JSON output, bad input, encodings, determinism."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLE = FIXTURES / "example-so.txt"


def inbreng(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "reports.cli", *map(str, args)], capture_output=True, timeout=60
    )


def test_parse_text_outline() -> None:
    run = inbreng("parse", EXAMPLE)
    assert run.returncode == 0, run.stderr
    out = run.stdout.decode()
    key = json.loads((FIXTURES / "example-so.expected.json").read_text(encoding="utf-8"))
    assert out.splitlines()[0].endswith(": schriftelijk_overleg")
    assert f"questions: {len(key['questions'])}" in out
    assert f"pages: {len(key['pages'])}" in out
    assert f"footnotes: {len(key['footnotes'])}" in out
    for section in key["sections"]["inbreng"]:
        count = sum(q["section"] == section for q in key["questions"])
        assert re.search(rf"^\s+{re.escape(section)} .*  {count} questions$", out, re.M), section
    assert run.stderr == b""


def test_parse_json_contract() -> None:
    run = inbreng("parse", EXAMPLE, "--format", "json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["kind"] == "schriftelijk_overleg"
    assert len(data["questions"]) == 41
    for q in data["questions"]:
        assert {"id", "section", "faction", "page", "line", "text"} <= q.keys()
        assert isinstance(q["line"], int) and isinstance(q["page"], int)
    assert len({q["id"] for q in data["questions"]}) == 41
    first = data["questions"][0]
    assert (first["section"], first["faction"], first["page"], first["line"]) == ("1", "PVV", 2, 11)


def test_align_json_names_every_faction_that_asks_together() -> None:
    # example-so.txt: "De leden van zowel de VVD- als de SP-fractie vragen ..." (line 144)
    # and D66 and GroenLinks asking together (their "Deze leden vragen" at line 83)
    run = inbreng("align", EXAMPLE, "--format", "json")
    assert run.returncode == 0, run.stderr
    by_line = {q["line"]: q for q in json.loads(run.stdout)["questions"]}
    assert (by_line[144]["faction"], by_line[144]["factions"]) == ("VVD", ["VVD", "SP"])
    assert by_line[83]["factions"] == ["D66", "GroenLinks"]
    assert by_line[11]["factions"] == ["PVV"]


def test_parse_letter_json() -> None:
    data = json.loads(inbreng("parse", FIXTURES / "letter.txt", "--format", "json").stdout)
    assert data["kind"] == "letter"
    assert data["questions"] == []


@pytest.mark.parametrize("command", ["align", "check"])
def test_a_document_without_questions_says_so(command: str) -> None:
    """Nothing to align is said on stderr, naming the file, never left as a silent blank."""
    run = inbreng(command, FIXTURES / "letter.txt")
    assert run.returncode == 0
    lines = run.stderr.decode().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"inbreng: warning: {FIXTURES / 'letter.txt'}: no questions found")
    assert inbreng(command, FIXTURES / "all-answered.txt").stderr == b""


def test_deterministic() -> None:
    runs = [inbreng("parse", EXAMPLE, "--format", "json") for _ in range(2)]
    assert runs[0].returncode == 0
    assert runs[0].stdout == runs[1].stdout
    text = [inbreng("parse", EXAMPLE) for _ in range(2)]
    assert text[0].stdout == text[1].stdout


def bad_inputs(tmp: Path) -> dict[str, Path]:
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.txt").write_bytes(b"  \n\n \t\n")
    (tmp / "binary.txt").write_bytes(b"abc\x00\x01\x02def\x00" * 50)
    (tmp / "scan.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (tmp / "stuk.xml").write_bytes(b'<?xml version="1.0"?>\n<officiele-publicatie/>\n')
    (tmp / "feed.xml").write_bytes(b'<?xml version="1.0"?>\n<rss><item>Vraag?</item></rss>\n')
    (tmp / "broken.xml").write_bytes(b"<officiele-publicatie><al>Vraag?</officiele-publicatie>")
    (tmp / "leeg.html").write_bytes(b"<!DOCTYPE html><html><body><script>x</script></body></html>")
    with zipfile.ZipFile(tmp / "archief.zip", "w") as archive:
        archive.writestr("vragen.txt", "Vraag 1\nHoe?\n")
    (tmp / "kapot.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    (tmp / "adir").mkdir()
    return {
        "xml": tmp / "stuk.xml",
        "other-xml": tmp / "feed.xml",
        "broken-xml": tmp / "broken.xml",
        "html": tmp / "leeg.html",
        "zip": tmp / "archief.zip",
        "docx": tmp / "kapot.docx",
        "missing": tmp / "no-such-file.txt",
        "directory": tmp / "adir",
        "empty": tmp / "empty.txt",
        "blank": tmp / "blank.txt",
        "binary": tmp / "binary.txt",
        "pdf": tmp / "scan.pdf",
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing", "directory", "empty", "blank", "binary", "pdf", "xml", "other-xml",
        "broken-xml", "html", "zip", "docx",
    ],
)  # fmt: skip
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_bad_input(tmp_path: Path, case: str, fmt: str) -> None:
    path = bad_inputs(tmp_path)[case]
    run = inbreng("parse", path, "--format", fmt)
    err = run.stderr.decode()
    assert run.returncode == 2
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert str(path) in err
    assert run.stdout == b""


def test_cp1252_input_warns_and_parses(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace("agrariërs", "agrariers")
    text = text.replace("\u2013", "-")  # the en dash in the footers, so every byte fits cp1252
    path = tmp_path / "oud.txt"
    path.write_bytes(text.encode("cp1252").replace(b"Achtergrond", b"Achtergr\xe9nd"))
    run = inbreng("parse", path, "--format", "json")
    assert run.returncode == 0
    err = run.stderr.decode()
    assert len(err.strip().splitlines()) == 1 and str(path) in err and "cp1252" in err
    data = json.loads(run.stdout)
    assert data["kind"] == "schriftelijk_overleg"
    assert len(data["questions"]) == 41
    titles = [s["title"] for part in data["parts"] for s in part["sections"]]
    assert "Achtergrénd" in titles
