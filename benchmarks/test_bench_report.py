"""HTML report: render time next to parse + align of the same document, and the report's size.

Rendering should cost little beside the work it shows: the target is render time under 0.2 of
parse + align (both measured in the same run) and a report well under 1 MB for the corpus
document. Both are recorded in `extra_info` (and printed), not asserted, since timings depend
on the machine; what is asserted is that a page comes out. Under `--benchmark-disable` every
test still runs once as an ordinary test.
"""

from __future__ import annotations

import pytest
from bench_helpers import DOCUMENTS, best_time, parse_align, require

from reports.html import render_html

PARSE_ALIGN_ROUNDS = 3
RENDER_ROUNDS = 5
TARGET_RATIO = 0.2
TARGET_BYTES = 1_000_000


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_bench_render_html(benchmark, name: str) -> None:
    path = DOCUMENTS[name]
    require(path)
    data = path.read_bytes()
    alignment = parse_align(data, str(path))

    html = benchmark(render_html, alignment)
    assert html
    assert html.startswith("<!DOCTYPE html")

    # With --benchmark-disable there are no stats; time a few renders by hand instead.
    stats = benchmark.stats
    if stats:
        render_s = stats.stats.min
    else:
        render_s = best_time(lambda: render_html(alignment), RENDER_ROUNDS)
    parse_align_s = best_time(lambda: parse_align(data, str(path)), PARSE_ALIGN_ROUNDS)
    size = len(html.encode("utf-8"))
    info = {
        "questions": len(alignment.questions),
        "answers": len(alignment.answers),
        "render_s": render_s,
        "parse_align_s": parse_align_s,
        "ratio_render_to_parse_align": render_s / parse_align_s,
        "report_bytes": size,
        "target_ratio": TARGET_RATIO,
        "target_bytes": TARGET_BYTES,
    }
    benchmark.extra_info.update(info)
    print(
        f"\n{name}: render {render_s * 1000:.1f} ms, parse+align {parse_align_s * 1000:.0f} ms,"
        f" ratio {info['ratio_render_to_parse_align']:.3f} (target < {TARGET_RATIO});"
        f" report {size / 1000:.0f} kB (target well under {TARGET_BYTES // 1_000_000} MB)"
    )
