"""Command-line arguments of `inbreng report` (kept apart so `--help` imports no Jinja2)."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file")
    parser.add_argument("-o", "--output", default="report.html", help="HTML file to write")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--stamp", action="store_true", help="add the time of rendering")
