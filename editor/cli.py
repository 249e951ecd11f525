"""The `copydesk` command line: open the app, or import, export, show, list and search
articles in a library. Qt is imported only for the `gui` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from editor.storage.library import Library

PROG = "copydesk"
STATUS_CHOICES = ("draft", "in_review", "approved", "published", "spiked")
FORMAT_CHOICES = ("text", "markdown", "html")


class CommandError(Exception):
    """A failure worth one line on stderr and exit status 1."""


class _ArgumentParser(argparse.ArgumentParser):
    """argparse with a single-line usage error (exit 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{PROG}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    from editor import __version__

    parser = _ArgumentParser(
        prog=PROG,
        description="Copydesk: write, link and export news articles offline.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--library",
        metavar="LIB",
        help="library file path or SQLAlchemy URL (default: $COPYDESK_LIBRARY, "
        "else the library in your user data folder)",
    )
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_ArgumentParser
    )
    commands.add_parser("gui", help="open the app (the default)")

    importer = commands.add_parser("import", help="import article files (.txt layout or .md)")
    importer.add_argument("files", nargs="+", metavar="FILE")
    importer.add_argument("--section", metavar="NAME")

    exporter = commands.add_parser("export", help="export an article")
    exporter.add_argument("article", metavar="ARTICLE", help="id, unique id prefix or slug")
    exporter.add_argument("--format", required=True, choices=FORMAT_CHOICES)
    exporter.add_argument("-o", "--output", metavar="PATH", type=Path)

    show = commands.add_parser("show", help="show one article and its links")
    show.add_argument("article", metavar="ARTICLE", help="id, unique id prefix or slug")
    show.add_argument("--json", action="store_true")

    lister = commands.add_parser("list", help="list articles, placeholders included")
    lister.add_argument("--section", metavar="NAME")
    lister.add_argument("--status", choices=STATUS_CHOICES)
    lister.add_argument("--json", action="store_true")

    search = commands.add_parser("search", help="full-text search, best match first")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--json", action="store_true")

    sections = commands.add_parser("sections", help="list the library's sections")
    sections.add_argument("--json", action="store_true")
    return parser


def _open_library(location: str | None) -> Library:
    from editor.storage.library import Library

    return Library.open(location)


def _print_json(data: Any) -> None:
    import json  # only the --json commands need it

    _write_stdout(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _write_stdout(text: str) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def _error_line(message: str) -> None:
    first_line = " ".join(str(message).split()) or "unknown error"
    sys.stderr.write(f"{PROG}: error: {first_line}\n")


def cmd_import(args: argparse.Namespace) -> int:
    """Import each file; report failures one line each and go on with the rest."""
    from editor.formats.errors import FormatError
    from editor.services.importing import import_file
    from editor.storage.errors import LibraryError

    failed = False
    with _open_library(args.library) as library:
        for name in args.files:
            try:
                result = import_file(library, Path(name), args.section)
            except (FormatError, LibraryError, OSError) as error:
                failed = True
                reason = _describe(error)
                _error_line(reason if name in reason else f"{name}: {reason}")
                continue
            _write_stdout(f"{result.article.id}\t{result.article.headline}\n")
    return 1 if failed else 0


def cmd_export(args: argparse.Namespace) -> int:
    """Export one article to stdout or, atomically, to a file."""
    from editor.services.exporting import ExportFormat, export_article, write_file_atomically

    with _open_library(args.library) as library:
        article = library.find(args.article)
        text = export_article(library, article, ExportFormat(args.format))
    if args.output is None:
        _write_stdout(text)
    else:
        write_file_atomically(args.output, text)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Show one article's fields and links."""
    from editor.services.article_views import article_details

    with _open_library(args.library) as library:
        details = article_details(library, library.find(args.article))
    if args.json:
        _print_json(details)
        return 0
    lines = [f"{key}: {_human(value)}" for key, value in details.items()]
    _write_stdout("\n".join(lines) + "\n")
    return 0


def _human(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, dict):
        return str(value.get("headline", ""))
    if isinstance(value, list):
        return ", ".join(_human(item) for item in value) or "-"
    return str(value)


def cmd_list(args: argparse.Namespace) -> int:
    """List articles, newest first."""
    from editor.domain import Status
    from editor.services.article_views import summary_view

    status = Status(args.status) if args.status else None
    with _open_library(args.library) as library:
        rows = [summary_view(s) for s in library.list_articles(section=args.section, status=status)]
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        marker = " (placeholder)" if row["placeholder"] else ""
        line = f"{row['id'][:8]}  {row['status']:<10} {row['section'] or '-':<16} "
        _write_stdout(f"{line}{row['headline']}{marker}\n")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Full-text search."""
    with _open_library(args.library) as library:
        hits = library.search(args.query)
    rows = [{"id": hit.id, "headline": hit.headline, "snippet": hit.snippet} for hit in hits]
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        _write_stdout(f"{row['id'][:8]}  {row['headline']}\n    {row['snippet']}\n")
    return 0


def cmd_sections(args: argparse.Namespace) -> int:
    """List sections."""
    with _open_library(args.library) as library:
        sections = library.sections()
    rows = [{"name": s.name, "parent": s.parent, "position": s.position} for s in sections]
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        prefix = f"{row['parent']} / " if row["parent"] else ""
        _write_stdout(f"{prefix}{row['name']}\n")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the app."""
    from editor.app import run_gui

    return run_gui(args.library)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": cmd_gui,
    "import": cmd_import,
    "export": cmd_export,
    "show": cmd_show,
    "list": cmd_list,
    "search": cmd_search,
    "sections": cmd_sections,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; errors become one line on stderr and exit status 1."""
    args = build_parser().parse_args(argv)
    command = COMMANDS[args.command or "gui"]
    try:
        return command(args)
    except KeyboardInterrupt:
        _error_line("interrupted")
        return 130
    except BrokenPipeError:
        return 1
    except Exception as error:
        _error_line(_describe(error))
        return 1


def _describe(error: Exception) -> str:
    """A readable one-line reason for any failure."""
    if isinstance(error, OSError) and error.strerror:
        where = f" {error.filename}" if error.filename else ""
        return f"{error.strerror}:{where}" if where else error.strerror
    text = str(error)
    return text if text else type(error).__name__
