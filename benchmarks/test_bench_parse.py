"""Parse speed in MB/s next to a floor measured in the same run, and `inbreng parse` wall time.

The floor is one `re.findall(r"\\w+", text)` pass over the same text: the least any parser
must do. The issue's target is parsing within 20x of the floor and a whole process under
0.5 s; both are recorded in `extra_info` (and printed), not asserted, since timings depend on
the machine. Under `--benchmark-disable` every test still runs once as an ordinary test.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from bench_helpers import (
    CORPUS_SO,
    DOCUMENTS,
    EXAMPLE,
    FLOOR_ROUNDS,
    ROOT,
    best_time,
    floor,
    require,
)

from parsers.read import parse_bytes

PROCESS_RUNS = 5


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_bench_parse(benchmark, name: str) -> None:
    path = DOCUMENTS[name]
    require(path)
    data = path.read_bytes()
    text = data.decode("utf-8")
    megabytes = len(data) / 1e6

    doc = benchmark(parse_bytes, data, str(path))
    assert doc.kind == "schriftelijk_overleg" and doc.questions

    floor_s = best_time(lambda: floor(text), FLOOR_ROUNDS)
    # With --benchmark-disable there are no stats; time a few parses by hand instead.
    stats = benchmark.stats
    parse_s = stats.stats.min if stats else best_time(lambda: parse_bytes(data, str(path)), 3)
    info = {
        "bytes": len(data),
        "parse_s": parse_s,
        "parse_mb_s": megabytes / parse_s,
        "floor_s": floor_s,
        "floor_mb_s": megabytes / floor_s,
        "ratio_parse_to_floor": parse_s / floor_s,
    }
    benchmark.extra_info.update(info)
    print(
        f"\n{name}: parse {info['parse_mb_s']:.2f} MB/s, floor {info['floor_mb_s']:.1f} MB/s,"
        f" ratio {info['ratio_parse_to_floor']:.1f}x"
    )


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_bench_floor(benchmark, name: str) -> None:
    """The floor as its own benchmark, for the table pytest-benchmark prints."""
    path = DOCUMENTS[name]
    require(path)
    text = path.read_text(encoding="utf-8")
    words = benchmark(floor, text)
    assert words


def test_process_wall_time(benchmark) -> None:
    """`inbreng parse FILE --format json` from interpreter start to exit, best of 5."""
    path = CORPUS_SO if CORPUS_SO.exists() else EXAMPLE
    script = Path(sys.executable).with_name("inbreng")  # the console script, as CI runs it
    program = [str(script)] if script.exists() else [sys.executable, "-m", "reports.cli"]
    command = [*program, "parse", str(path), "--format", "json"]

    def run() -> None:
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)

    wall = best_time(run, PROCESS_RUNS)
    benchmark.extra_info.update(
        {"document": path.name, "command": " ".join(command[:-3]), "process_wall_s": wall}
    )
    benchmark.pedantic(run, rounds=1, iterations=1)
    print(f"\ninbreng parse {path.name} --format json: {wall:.3f} s (best of {PROCESS_RUNS})")


def test_bench_xml_against_text(benchmark) -> None:
    """The example as officielebekendmakingen XML, against the same example as PDF text in the
    same run: the ratio is what laying out the XML adds (`parsers.layout`)."""
    xml = EXAMPLE.with_suffix(".xml").read_bytes()
    text = EXAMPLE.read_bytes()
    doc = benchmark(parse_bytes, xml, "example-so.xml")
    assert len(doc.questions) == 41
    stats = benchmark.stats
    xml_s = stats.stats.min if stats else best_time(lambda: parse_bytes(xml, "x.xml"), 3)
    text_s = best_time(lambda: parse_bytes(text, "x.txt"), 10)
    benchmark.extra_info["ratio_xml_to_text"] = xml_s / text_s
    print(f"\nexample as XML: {xml_s * 1e3:.1f} ms, as text {text_s * 1e3:.1f} ms,"
          f" ratio {xml_s / text_s:.2f}")
