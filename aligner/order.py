"""Order: a faction's questions are answered in the order they were asked.

Inside a faction's own block of a section, and inside the block addressed to all factions,
the reactie mostly follows the questions. `in_order` finds, per faction, the assignment of
its questions to those blocks' paragraphs that never goes back and scores best: dynamic
programming over one lane per block, with skips. Paragraphs that name no faction (an agenda
answered point by point) take the section's questions left over, in order.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from aligner.model import Answer
from parsers.model import Question

ORDER_SKIP = 0.25  # what leaving a question out is worth to the in-order alignment
NEW_COLUMN = 0.25  # what answering one more paragraph of the block is worth to it


def in_order(
    questions: Sequence[Question],
    answers: Sequence[Answer],
    shared: Sequence[bool],
    base: np.ndarray,
) -> np.ndarray:
    """1 where an answer is the pick of a monotonic alignment of a faction's questions with
    a block of its section: the faction's own block, and apart from it the block addressed
    to several factions at once, which answers its part in order too. Questions of no known
    faction follow the shared block only. Questions left without a pick follow, in order,
    the section's paragraphs that name no faction."""
    picks = np.zeros_like(base)
    rows_of: dict[str, list[int]] = {}
    for i, q in enumerate(questions):
        rows_of.setdefault(q.faction or "", []).append(i)
    for faction, rows in rows_of.items():
        section = questions[rows[0]].section
        here = [j for j, a in enumerate(answers) if a.section == section]
        lanes = [
            (cols, bonus)
            for cols, bonus in (
                (
                    [j for j in here if faction in answers[j].factions and not shared[j]],
                    NEW_COLUMN,
                ),
                # a shared paragraph may answer other factions only: no bonus for using it
                ([j for j in here if shared[j]], 0.0),
            )
            if cols
        ]
        if not lanes:
            continue
        for i, j in zip(rows, monotonic(base[rows], lanes), strict=True):
            if j is not None:
                picks[i, j] = 1.0
    # paragraphs that name no faction (an agenda item answered point by point) follow the
    # section's questions in order, whoever asked them
    section = questions[0].section if questions else None
    loose = [
        j
        for j, a in enumerate(answers)
        if a.section == section and not a.factions and not shared[j]
    ]
    rows = [i for i in range(len(questions)) if not picks[i].any()]
    if loose and rows:
        for i, j in zip(rows, monotonic(base[rows], [(loose, NEW_COLUMN)]), strict=True):
            if j is not None:
                picks[i, j] = 1.0
    return picks


def monotonic(
    scores: np.ndarray, lanes: Sequence[tuple[Sequence[int], float]] = ()
) -> list[int | None]:
    """Best assignment of rows (questions) to columns (answers) that never goes back inside a
    lane: a block of paragraphs that answers in the questions' order, like a faction's own
    block, and beside it the block addressed to all factions. A row may be skipped or take
    one column of one lane. A lane's column earns the lane's bonus from its first row on: a
    faction's block seldom holds a paragraph that answers nothing. Returns a column or None
    per row. Without lanes, all columns form one.

    The state is the column each lane used last, as a grid with one axis per lane (0: none
    yet, k + 1: the lane's column k); each row updates the whole grid with a few numpy
    operations per lane, so a row costs about the grid's size.
    """
    lanes = list(lanes) or [(range(scores.shape[1]), NEW_COLUMN)]
    shape = tuple(len(cols) + 1 for cols, _ in lanes)
    best = np.full(shape, -np.inf)
    best[(0,) * len(lanes)] = 0.0
    steps: list[tuple[np.ndarray, np.ndarray]] = []  # per row: lane moved (-1: skipped), from
    for row in scores:
        new = best + ORDER_SKIP
        lane_of = np.full(shape, -1, dtype=np.int8)
        came = np.zeros(shape, dtype=np.int32)  # where the moved lane stood before
        for lane, (cols, bonus) in enumerate(lanes):
            was, now = np.moveaxis(best, lane, 0), np.moveaxis(new, lane, 0)
            moved, source = np.moveaxis(lane_of, lane, 0), np.moveaxis(came, lane, 0)
            # for each column k: the best total with this lane before k or at none (ahead),
            # and where the lane stood for it (the first such place)
            before = was[:-1]
            ahead = np.maximum.accumulate(before, axis=0)
            record = before > np.concatenate([np.full((1, *before.shape[1:]), -np.inf), ahead[:-1]])
            at = np.arange(len(cols)).reshape(-1, *[1] * (before.ndim - 1))
            ahead_at = np.maximum.accumulate(np.where(record, at, 0), axis=0)
            gain = row[list(cols)].reshape(at.shape)
            again, fresh = was[1:] + gain, ahead + gain + bonus
            value = np.maximum(again, fresh)
            better = value > now[1:]
            now[1:] = np.where(better, value, now[1:])
            moved[1:] = np.where(better, lane, moved[1:])
            source[1:] = np.where(better, np.where(fresh > again, ahead_at, at + 1), source[1:])
        best = new
        steps.append((lane_of, came))
    out: list[int | None] = [None] * len(steps)
    state = list(np.unravel_index(int(np.argmax(best)), shape))
    for i in range(len(steps) - 1, -1, -1):
        lane_of, came = steps[i]
        lane = int(lane_of[tuple(state)])
        if lane >= 0:
            out[i] = lanes[lane][0][state[lane] - 1]
            state[lane] = int(came[tuple(state)])
    return out
