"""The `inbreng` command: parse -> align -> report. Wiring only; the logic lives elsewhere."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from parsers.errors import InputError

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def _parse_cmd(args: argparse.Namespace) -> int:
    from parsers import parse
    from reports.json import document_data, dumps
    from reports.outline import outline

    doc = parse(args.file)
    sys.stdout.write(dumps(document_data(doc)) if args.format == "json" else outline(doc))
    return EXIT_OK


def _text_cmd(args: argparse.Namespace) -> int:
    from parsers.read import read_text

    sys.stdout.write(read_text(args.file))
    return EXIT_OK


def _align_cmd(args: argparse.Namespace) -> int:
    from aligner import align
    from parsers import parse
    from reports.json import alignment_data, dumps
    from reports.outline import alignment_text, warned

    alignment = warned(align(parse(args.file)))
    if args.format == "json":
        sys.stdout.write(dumps(alignment_data(alignment)))
    else:
        sys.stdout.write(alignment_text(alignment))
    return EXIT_OK


def _report_cmd(args: argparse.Namespace) -> int:
    from reports.html import main as report_main

    return report_main(args)


def _check_cmd(args: argparse.Namespace) -> int:
    from reports.check import main as check_main

    return check_main(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inbreng",
        description="Show, question by question, what the government answered.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="outline of a document, or its whole model as JSON")
    p.add_argument("file")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=_parse_cmd)

    p = sub.add_parser(
        "text", help="the text inbreng reads from a PDF, DOCX, HTML or XML file, line by line"
    )
    p.add_argument("file")
    p.set_defaults(run=_text_cmd)

    p = sub.add_parser("align", help="pair every question with its answer")
    p.add_argument("file")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=_align_cmd)

    p = sub.add_parser("report", help="side-by-side HTML report")
    from reports.html_args import add_arguments as add_report_arguments

    add_report_arguments(p)
    p.set_defaults(run=_report_cmd)

    p = sub.add_parser("check", help="CI gate: list unanswered questions and broken pointers")
    from reports.check_args import add_arguments as add_check_arguments

    add_check_arguments(p)
    p.set_defaults(run=_check_cmd)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except InputError as error:
        print(f"inbreng: error: {error}", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
