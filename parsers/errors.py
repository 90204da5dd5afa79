"""Errors about the input: a clear one-line message naming the file, never a traceback."""

from __future__ import annotations


class InputError(Exception):
    """The input cannot be read as a document; `str(error)` is the one-line message."""

    exit_code = 2

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
