"""The `copydesk` command line: open the app, or import, export, show, list and search
articles in a library (the commands that change one live in `editor.cli_changes`). It
reaches the library only through `editor.services`; Qt is imported only for `gui`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from editor.cli_changes import (
    ARTICLE_HELP,
    add_change_commands,
    add_section_edits,
    cmd_chain,
    cmd_link,
    cmd_links,
    cmd_move,
    cmd_unlink,
    edit_section,
    open_services,
)
from editor.cli_export import EXPORT_COMMANDS, add_export_commands
from editor.cli_output import (
    PROG,
    as_json,
    error_line,
    shown_in_line,
    write_stdout,
)
from editor.cli_trash import (
    add_trash_commands,
    cmd_delete,
    cmd_empty_trash,
    cmd_restore,
    list_trash,
)
from editor.domain.article import Status


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

    importer = commands.add_parser(
        "import", help="import article files (.docx, .html, .txt layout, .md) and folders"
    )
    importer.add_argument("files", nargs="+", metavar="FILE_OR_FOLDER")
    importer.add_argument("--section", metavar="NAME")
    importer.add_argument(
        "--new",
        action="store_true",
        help="import a file even when an article with its headline exists (a second copy)",
    )

    add_export_commands(commands)

    show = commands.add_parser("show", help="show one article and its links")
    show.add_argument("article", metavar="ARTICLE", help=ARTICLE_HELP)
    show.add_argument("--json", action="store_true")

    lister = commands.add_parser("list", help="list articles, placeholders included")
    lister.add_argument("--section", metavar="PATH", help="e.g. Politik/Inland")
    lister.add_argument("--trash", action="store_true", help="list the articles in the Trash")
    lister.add_argument("--status", choices=[str(status) for status in Status])
    lister.add_argument("--json", action="store_true")

    search = commands.add_parser("search", help="full-text search, best match first")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--json", action="store_true")

    sections = commands.add_parser(
        "sections", help="list the library's sections, or add, rename, move or delete one"
    )
    sections.add_argument("--json", action="store_true")
    add_section_edits(sections)
    add_change_commands(commands)
    add_trash_commands(commands)
    return parser


def _print_json(data: Any) -> None:
    write_stdout(as_json(data) + "\n")


def cmd_import(args: argparse.Namespace) -> int:
    """Import files and folders (recursively), each file in its own transaction; report
    each failure in one line naming the file and go on with the rest."""
    from editor.services.folder_import import ImportProgress

    with open_services(args.library, create=True) as services:
        if services.read_only_reason is not None:
            where = args.library or services.url
            error_line(
                f"cannot import into {where}: {services.read_only_reason}; nothing was imported"
            )
            return 1
        shown_failures: set[Path] = set()

        def show(step: ImportProgress) -> None:  # as each file is done
            if step.imported is not None:
                article = step.imported.article
                write_stdout(f"{article.id}\t{shown_in_line(article.headline)}\n")
            else:
                error_line(f"{step.path}: {step.failure}")
                shown_failures.add(step.path)

        paths = [Path(name) for name in args.files]
        report = services.import_paths(paths, args.section, allow_duplicate=args.new, progress=show)
    for failure in report.failures:  # folders that could not be read
        if failure.path not in shown_failures:
            error_line(f"{failure.path}: {failure.reason}")
    return 1 if report.failures else 0


def cmd_show(args: argparse.Namespace) -> int:
    """Show one article's fields and links."""
    with open_services(args.library) as services:
        details = services.article_details(services.find(args.article))
    if args.json:
        _print_json(details)
        return 0
    lines = [f"{key}: {shown_in_line(_human(value))}" for key, value in details.items()]
    write_stdout("\n".join(lines) + "\n")
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
    from editor.services.article_views import summary_view

    status = Status(args.status) if args.status else None
    with open_services(args.library) as services:
        if args.trash:
            return list_trash(services, args.json)
        section = args.section
        if section:  # "" lists unfiled articles
            found = services.section_named(section)
            if found is None:
                error_line(f"no section called {section!r} (see 'copydesk sections')")
                return 1
            section = str(found)
        rows = [summary_view(s) for s in services.list_articles(section=section, status=status)]
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        marker = " (placeholder)" if row["placeholder"] else ""
        section_name = shown_in_line(row["section"]) or "-"
        line = f"{row['id'][:8]}  {row['status']:<10} {section_name:<16} "
        write_stdout(f"{line}{shown_in_line(row['headline'])}{marker}\n")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Full-text search."""
    with open_services(args.library) as services:
        hits = services.search(args.query)
    rows = [{"id": hit.id, "headline": hit.headline, "snippet": hit.snippet} for hit in hits]
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        headline, snippet = shown_in_line(row["headline"]), shown_in_line(row["snippet"])
        write_stdout(f"{row['id'][:8]}  {headline}\n    {snippet}\n")
    return 0


def cmd_sections(args: argparse.Namespace) -> int:
    """List sections, or add, rename, move or delete one."""
    edited = edit_section(args)
    if edited is not None:
        return edited
    with open_services(args.library) as services:
        sections = services.sections()
    rows = [{"name": s.name, "parent": s.parent, "position": s.position} for s in sections]
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        prefix = f"{row['parent']}/" if row["parent"] else ""
        write_stdout(shown_in_line(f"{prefix}{row['name']}") + "\n")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the app."""
    problem = missing_display()
    if problem is not None:
        error_line(
            f"no display is available ({problem}); start Copydesk in a desktop session, or "
            "use its commands (see 'copydesk --help')"
        )
        return 1
    from editor.app import run_gui

    return run_gui(args.library)


GRAPHICAL_PLATFORMS = ("xcb", "wayland")


def missing_display() -> str | None:
    """Why Qt could not show a window here (it would abort), or None. Only X11 and
    Wayland need a display server; Qt on Windows and macOS, and Qt's offscreen or
    framebuffer platforms, do not."""
    if sys.platform in ("win32", "darwin"):
        return None
    requested = [name for name in os.environ.get("QT_QPA_PLATFORM", "").split(";") if name]
    if any(not name.startswith(GRAPHICAL_PLATFORMS) for name in requested):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    display = os.environ.get("DISPLAY", "")
    if not display:
        return "DISPLAY is not set"
    if not _x_display_reachable(display):
        return f"cannot connect to the X display {display}"
    return None


def _x_display_reachable(display: str) -> bool:
    """False only for a local X display (`:1`, `unix:1.0`) whose socket answers nobody."""
    import socket  # only `gui` needs it

    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if host not in ("", "unix") or not number.isdigit():
        return True  # a remote display: let Qt try it
    path = f"/tmp/.X11-unix/X{number}"
    for address in (path, f"\0{path}"):  # the socket file, Linux's abstract socket
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(1.0)
            try:
                probe.connect(address)
            except OSError:
                continue
            return True
    return False


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": cmd_gui,
    "import": cmd_import,
    **EXPORT_COMMANDS,
    "show": cmd_show,
    "list": cmd_list,
    "search": cmd_search,
    "sections": cmd_sections,
    "link": cmd_link,
    "move": cmd_move,
    "delete": cmd_delete,
    "restore": cmd_restore,
    "empty-trash": cmd_empty_trash,
    "unlink": cmd_unlink,
    "links": cmd_links,
    "chain": cmd_chain,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; errors become one line on stderr and exit status 1."""
    args = build_parser().parse_args(argv)
    command = COMMANDS[args.command or "gui"]
    try:
        return command(args)
    except KeyboardInterrupt:
        error_line("interrupted")
        return 130
    except BrokenPipeError:
        return 1
    except Exception as error:
        error_line(_describe(error))
        return 1


def _describe(error: Exception) -> str:
    """A readable one-line reason for any failure: storage and file failures in words
    (never SQL or article text), our own errors as they are."""
    from editor.services.failures import failure_in_words

    words = failure_in_words(error)
    if words is None:
        return str(error) or type(error).__name__
    filename = getattr(error, "filename", None)
    return f"{filename}: {words}" if isinstance(error, OSError) and filename else words
