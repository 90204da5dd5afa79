"""The side-by-side HTML report: every question beside its answer, in one self-contained file.

`render_html(alignment)` builds a small view of the alignment (rows per section, answer text
cut into plain pieces and cross-references) and renders templates/report.html.j2 with
autoescaping on. No markup is ever built from document text here: the template escapes every
piece. The inline CSS and JavaScript are allowed by a Content-Security-Policy that names their
sha256 hashes, computed at render time from the exact text placed in the page.
"""

from __future__ import annotations

import argparse
import base64
import functools
import hashlib
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import attrs
import jinja2
from markupsafe import Markup

from aligner.model import Alignment, Answer, AnswerLink, CrossReference, QuestionResult
from parsers import headings
from reports.json import summary
from reports.labels import KIND, LABELS, LANGUAGES, STATUS

STATUSES = ("answered", "by_reference", "unanswered")
LONG_ANSWER = 450  # characters; longer answers start collapsed to their first lines
EXCERPT = 220  # characters shown for a repeated or nearest answer
# The aligner lists a question's chosen answer first, then the paragraphs that carry it on or
# that it points to, then the next-best candidates. Beside the question the report shows the
# first and every link scoring at least MAIN_SCORE (the aligner's "clear match") and at least
# MAIN_SHARE of the first, plus what the first answer refers to; the rest go under "possibly
# also relevant", collapsed, so a weak 9% candidate does not look like an answer.
MAIN_SCORE = 0.30
MAIN_SHARE = 0.5
STAMP_FORMAT = "%Y-%m-%d %H:%M"


@attrs.frozen
class Piece:
    """A run of answer text; `ref` is set when the run is a cross-reference."""

    text: str
    ref: CrossReference | None = None
    target: str | None = None  # anchor of the answer a resolved reference points to


@attrs.frozen
class AnswerView:
    """An answer as shown beside a question: in full (owning the anchor) or as an excerpt."""

    answer: Answer
    anchor: str
    full: bool
    pieces: tuple[Piece, ...]
    excerpt: str
    long: bool
    score: float | None
    references: tuple[CrossReference, ...]
    stray: tuple[Piece, ...] = ()  # references whose text was not found in the answer


@attrs.frozen
class Row:
    """One row of a section: a question with its answers, or an answer without a question."""

    anchor: str
    status: str  # a question status, or "orphan"
    faction_keys: tuple[str, ...]
    factions: tuple[str, ...]
    result: QuestionResult | None
    answers: tuple[AnswerView, ...]
    nearest: AnswerView | None = None
    low_confidence: bool = False
    others: tuple[AnswerView, ...] = ()  # weaker candidates, shown collapsed


@attrs.frozen
class SectionView:
    number: str
    title: str
    anchor: str
    rows: tuple[Row, ...]


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("templates", ""),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _asset(name: str) -> str:
    """The raw text of a static file in templates/ (CSS, JS), exactly as it goes in the page.

    They are named *.j2 only so that the wheel's package data (templates/*.j2) carries them.
    """
    env = _environment()
    assert env.loader is not None
    return env.loader.get_source(env, name)[0].strip() + "\n"


def csp_hash(text: str) -> str:
    """The CSP source expression allowing exactly this inline script or style text."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def anchor(kind: str, ident: str) -> str:
    """A stable element id, e.g. `answer-a12`; ids from the aligner contain no spaces."""
    return f"{kind}-{'-'.join(ident.split())}"


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """The first `limit` characters of a text, cut at a word boundary."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"


def locate_references(
    text: str, refs: list[CrossReference]
) -> list[tuple[int, int, CrossReference]]:
    """Where each reference's text lies in the answer text, in order, without overlaps.

    A reference is looked for inside its own sentence first (the same words may occur
    earlier in the paragraph), then anywhere after the previous reference. References whose
    text is not found are left out; the caller lists them beside the answer instead.
    """
    found = []
    cursor = 0
    for ref in sorted(refs, key=lambda r: (r.span.line, r.span.column)):
        if not ref.text:
            continue
        pos = -1
        start = text.find(ref.sentence) if ref.sentence else -1
        while start != -1 and pos == -1:
            pos = text.find(ref.text, max(start, cursor), start + len(ref.sentence))
            start = text.find(ref.sentence, start + 1)
        if pos == -1:
            pos = text.find(ref.text, cursor)
        if pos != -1:
            found.append((pos, pos + len(ref.text), ref))
            cursor = pos + len(ref.text)
    return found


def pieces(text: str, refs: list[CrossReference], targets: set[str]) -> tuple[Piece, ...]:
    """The answer text cut into plain runs and reference runs (all still unescaped text)."""
    out: list[Piece] = []
    cursor = 0
    for start, end, ref in locate_references(text, refs):
        if start > cursor:
            out.append(Piece(text[cursor:start]))
        resolved = ref.status == "resolved" and ref.target_answer_id in targets
        target = (
            anchor("answer", ref.target_answer_id) if resolved and ref.target_answer_id else None
        )
        out.append(Piece(text[start:end], ref, target))
        cursor = end
    if cursor < len(text):
        out.append(Piece(text[cursor:]))
    return tuple(out)


def _section_order(al: Alignment) -> tuple[list[str], dict[str, str]]:
    """Section numbers in document order (inbreng first, then the reactie), with titles."""
    order: list[str] = []
    titles: dict[str, str] = {}
    for kind in ("inbreng", "reactie", "body"):
        part = al.document.part(kind)
        for section in part.sections if part else ():
            if section.number not in titles:
                order.append(section.number)
                titles[section.number] = section.title
    for number in [r.question.section for r in al.questions] + [a.section for a in al.answers]:
        if number not in titles:
            order.append(number)
            titles[number] = ""
    return order, titles


def split_links(
    result: QuestionResult, refs_by_answer: dict[str, list[CrossReference]]
) -> tuple[list[AnswerLink], list[AnswerLink]]:
    """A question's answer links as (shown as its answers, other candidates); see MAIN_SCORE."""
    if not result.answers:
        return [], []
    first, *rest = result.answers
    pointed = {
        ref.target_answer_id
        for ref in refs_by_answer.get(first.answer_id, [])
        if ref.status == "resolved" and ref.target_answer_id
    }
    floor = max(MAIN_SCORE, MAIN_SHARE * first.score)
    main, others = [first], []
    for link in rest:
        (main if link.score >= floor or link.answer_id in pointed else others).append(link)
    return main, others


def build_view(al: Alignment) -> dict[str, object]:
    """Everything the template shows, in document order."""
    answers = {a.id: a for a in al.answers}
    refs_by_answer: dict[str, list[CrossReference]] = defaultdict(list)
    for ref in al.cross_references:
        refs_by_answer[ref.answer_id].append(ref)
    low = {f.question_id for f in al.findings if f.kind == "low_confidence" and f.question_id}

    factions: list[str] = []
    for r in al.questions:
        for name in r.question.factions or ("",):
            if name not in factions:
                factions.append(name)
    for a in al.answers:
        for name in a.factions or ("",):
            if name not in factions:
                factions.append(name)
    factions.sort()
    keys = {name: f"f{i}" for i, name in enumerate(factions)}

    linked = {link.answer_id for r in al.questions for link in r.answers}
    order, titles = _section_order(al)
    by_section: dict[str, list[QuestionResult]] = defaultdict(list)
    for r in al.questions:
        by_section[r.question.section].append(r)
    orphans_by_section: dict[str, list[Answer]] = defaultdict(list)
    for a in al.answers:
        if a.id not in linked:
            orphans_by_section[a.section].append(a)

    # Where each answer is shown in full: beside the first question it answers, else in the
    # "possibly also relevant" list of the first question that has it as a candidate.
    ordered = [r for number in order for r in by_section.get(number, [])]
    split = {r.question.id: split_links(r, refs_by_answer) for r in ordered}
    home: dict[str, str] = {}
    for which in (0, 1):
        for r in ordered:
            for link in split[r.question.id][which]:
                home.setdefault(link.answer_id, r.question.id)

    targets = set(answers)
    placed: set[str] = set()  # answers already shown in full: other places show an excerpt

    def view(answer_id: str, score: float | None, *, own: bool) -> AnswerView | None:
        answer = answers.get(answer_id)
        if answer is None:
            return None
        full = own and answer.id not in placed
        if full:
            placed.add(answer.id)
        refs = refs_by_answer.get(answer.id, [])
        cut = pieces(answer.text, refs, targets) if full else ()
        shown = {p.ref.id for p in cut if p.ref}
        stray = [r for r in refs if full and r.id not in shown and r.text]
        return AnswerView(
            answer=answer,
            anchor=anchor("answer", answer.id),
            full=full,
            pieces=cut,
            stray=tuple(pieces(r.text, [r], targets)[0] for r in stray),
            excerpt=excerpt(answer.text),
            long=len(answer.text) > LONG_ANSWER,
            score=score,
            references=tuple(refs),
        )

    def views(links: list[AnswerLink], qid: str) -> tuple[AnswerView, ...]:
        out = (view(x.answer_id, x.score, own=home.get(x.answer_id) == qid) for x in links)
        return tuple(v for v in out if v)

    sections = []
    for number in order:
        rows = []
        for r in by_section.get(number, []):
            q = r.question
            names = q.factions or ("",)
            main, others = split[q.id]
            nearest = None
            if r.nearest and not r.answers:
                nearest = view(r.nearest.answer_id, r.nearest.score, own=False)
            rows.append(
                Row(
                    anchor=anchor("question", q.id),
                    status=r.status,
                    faction_keys=tuple(keys[n] for n in names),
                    factions=tuple(n for n in names if n),
                    result=r,
                    answers=views(main, q.id),
                    nearest=nearest,
                    low_confidence=q.id in low,
                    others=views(others, q.id),
                )
            )
        for a in orphans_by_section.get(number, []):
            own = view(a.id, None, own=True)
            assert own is not None
            rows.append(
                Row(
                    anchor=anchor("orphan", a.id),
                    status="orphan",
                    faction_keys=tuple(keys[n] for n in a.factions or ("",)),
                    factions=a.factions,
                    result=None,
                    answers=(own,),
                )
            )
        if rows:
            slug = headings.slug(number) or "none"
            shown = "" if number == titles[number] else number  # "Oekraïne": a title only
            sections.append(
                SectionView(
                    number=shown, title=titles[number], anchor=f"section-{slug}", rows=tuple(rows)
                )
            )

    rows = [row for s in sections for row in s.rows]
    return {
        "sections": sections,
        "factions": [(keys[name], name) for name in factions],
        "unanswered": [row for row in rows if row.status == "unanswered"],
        "orphans": [row for row in rows if row.status == "orphan"],
        "reference_findings": [
            ref for ref in al.cross_references if ref.status in ("placeholder", "unresolved")
        ],
        "factions_unanswered": [f for f in al.findings if f.kind == "faction_unanswered"],
        "counts": summary(al),
    }


def chart(counts: dict[str, object], labels: dict[str, str]) -> dict[str, object]:
    """Geometry of the horizontal stacked bar chart: one bar per faction."""
    by_faction = counts["by_faction"]
    assert isinstance(by_faction, dict)
    # Labels get the room the longest name needs (about 7.5 units a character at font size
    # 13), so the chart is no wider than it must be and its text stays readable on a phone.
    names = [faction or labels["no_faction"] for faction in by_faction] or [""]
    label_w = min(170, max(60, round(7.5 * max(map(len, names))) + 12))
    bar_w, row_h = 220, 24
    most = max((sum(c.values()) for c in by_faction.values()), default=0) or 1
    bars = []
    for i, (faction, c) in enumerate(by_faction.items()):
        x = float(label_w)
        segments = []
        for status in STATUSES:
            width = round(c[status] * bar_w / most, 2)
            if c[status]:
                segments.append(
                    {"status": status, "x": round(x, 2), "width": width, "count": c[status]}
                )
            x += width
        bars.append(
            {
                "y": 10 + i * row_h,
                "faction": faction or labels["no_faction"],
                "segments": segments,
                "total": sum(c.values()),
                "end": round(x, 2),
            }
        )
    return {
        "label_w": label_w,
        "bars": bars,
        "height": 20 + len(bars) * row_h,
        "width": label_w + bar_w + 40,
        "row_h": row_h,
    }


def render_html(alignment: Alignment, *, lang: str = "nl", stamp: str | None = None) -> str:
    """The report as one self-contained HTML page; same alignment, same text."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose from {', '.join(LANGUAGES)}")
    css, js = _asset("report.css.j2"), _asset("report.js.j2")
    csp = "; ".join(
        (
            "default-src 'none'",
            f"script-src {csp_hash(js)}",
            f"style-src {csp_hash(css)}",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    view = build_view(alignment)
    doc = alignment.document
    labels = LABELS[lang]
    template = _environment().get_template("report.html.j2")
    return template.render(
        lang=lang,
        l=labels,
        status_label=STATUS[lang],
        statuses=STATUSES,
        kind=KIND[lang].get(doc.kind, doc.kind),
        doc=doc,
        title=doc.title or Path(doc.source).name,
        source=Path(doc.source).name,
        stamp=stamp,
        csp=csp,
        css=Markup(css),
        js=Markup(js),
        chart=chart(view["counts"], labels),  # type: ignore[arg-type]
        percent=lambda x: f"{round(100 * x)}%",
        anchor=anchor,
        **view,
    )


def main(args: argparse.Namespace) -> int:
    """`inbreng report FILE -o OUT`: parse, align, render and write the page (UTF-8)."""
    from aligner import align
    from parsers import parse
    from reports.outline import warned

    alignment = warned(align(parse(args.file)))
    stamp = datetime.now().astimezone().strftime(STAMP_FORMAT) if args.stamp else None
    html = render_html(alignment, lang=args.lang, stamp=stamp)
    Path(args.output).write_text(html, encoding="utf-8")
    return 0
