"""The alignment and the document model as plain JSON data (schema "inbreng.alignment/1")."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import attrs

from aligner.model import Alignment
from parsers.model import Document, Question

SCHEMA = "inbreng.alignment/1"
DOCUMENT_SCHEMA = "inbreng.document/1"


def dumps(data: Any) -> str:
    """Deterministic JSON text: same data, same bytes."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def question_data(q: Question) -> dict[str, Any]:
    return {
        "id": q.id,
        "section": q.section,
        "faction": q.faction,
        "factions": list(q.factions),
        "page": q.span.page,
        "line": q.span.line,
        "column": q.span.column,
        "kind": q.kind,
        "paragraph_id": q.paragraph_id,
        "text": q.text,
    }


def document_data(doc: Document) -> dict[str, Any]:
    """The whole document model; `questions` follows the contract evaluate.py reads."""
    data = attrs.asdict(doc, recurse=True)
    data = {"schema": DOCUMENT_SCHEMA, **data}
    data["questions"] = [question_data(q) for q in doc.questions]
    return data


def alignment_data(al: Alignment) -> dict[str, Any]:
    """The alignment as "inbreng.alignment/1"."""
    doc = al.document
    answers_by_id = {a.id: a for a in al.answers}
    questions = []
    for r in al.questions:
        item = question_data(r.question)
        item["status"] = r.status
        item["confidence"] = round(r.confidence, 3)
        item["answers"] = [
            {
                "id": link.answer_id,
                "text": answers_by_id[link.answer_id].text,
                "page": answers_by_id[link.answer_id].span.page,
                "line": answers_by_id[link.answer_id].span.line,
                "score": round(link.score, 3),
            }
            for link in r.answers
        ]
        item["nearest"] = (
            None
            if r.nearest is None
            else {"id": r.nearest.answer_id, "score": round(r.nearest.score, 3)}
        )
        questions.append(item)
    answers = [
        {
            "id": a.id,
            "section": a.section,
            "faction": a.faction,
            "factions": list(a.factions),
            "page": a.span.page,
            "line": a.span.line,
            "column": a.span.column,
            "text": a.text,
            "question_ids": list(a.question_ids),
        }
        for a in al.answers
    ]
    refs = [
        {
            "id": x.id,
            "kind": x.kind,
            "text": x.text,
            "sentence": x.sentence,
            "page": x.span.page,
            "line": x.span.line,
            "column": x.span.column,
            "answer_id": x.answer_id,
            "status": x.status,
            "target_answer_id": x.target_answer_id,
            "target_document": x.target_document,
        }
        for x in al.cross_references
    ]
    findings = [
        {
            "kind": f.kind,
            "message": f.message,
            "page": f.span.page if f.span else None,
            "line": f.span.line if f.span else None,
            "column": f.span.column if f.span else None,
            "faction": f.faction,
            "section": f.section,
            "question_id": f.question_id,
            "answer_id": f.answer_id,
            "reference_id": f.reference_id,
            "text": f.text,
        }
        for f in al.findings
    ]
    return {
        "schema": SCHEMA,
        "source": doc.source,
        "kind": doc.kind,
        "title": doc.title,
        "date": doc.date,
        "questions": questions,
        "answers": answers,
        "cross_references": refs,
        "findings": findings,
        "summary": summary(al),
    }


def summary(al: Alignment) -> dict[str, Any]:
    """Counts per status, and per faction per status."""
    by_status = Counter(r.status for r in al.questions)
    per_faction: dict[str, Counter[str]] = {}
    for r in al.questions:
        per_faction.setdefault(r.question.faction or "", Counter())[r.status] += 1
    statuses = ("answered", "by_reference", "unanswered")
    return {
        "questions": len(al.questions),
        "answers": len(al.answers),
        "cross_references": len(al.cross_references),
        "findings": len(al.findings),
        "by_status": {s: by_status.get(s, 0) for s in statuses},
        "by_faction": {
            f: {s: c.get(s, 0) for s in statuses} for f, c in sorted(per_faction.items())
        },
    }
