"""The export commands of `copydesk`: `export` (one article in any registered format) and
`export-site` (the library, or one section, as a static web site in a folder).

The `--format` choices come from the export registry (`editor.formats.registry`), so a
format registered there is offered here and in the app's menus alike. A binary format
(`binary=True`, such as DOCX or PDF) is never written to the terminal: it needs `-o`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from editor.cli_changes import ARTICLE_HELP, open_services
from editor.cli_output import error_line, shown_as_text, stdout_is_terminal, write_stdout
from editor.formats import registry
from editor.formats.export_links import ExportOptions


def _columns(value: str) -> int:
    """A wrap width: a whole number of at least 10 columns."""
    try:
        columns = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of columns: {value!r}") from None
    if columns < 10:
        raise argparse.ArgumentTypeError(f"wrap at 10 columns or more, not {columns}")
    return columns


def add_export_commands(commands: Any) -> None:
    """Add `export` and `export-site` to the parser's subcommands (an argparse
    `_SubParsersAction`, whose class argparse keeps private)."""
    exporter = commands.add_parser("export", help="export an article")
    exporter.add_argument("article", metavar="ARTICLE", help=ARTICLE_HELP)
    exporter.add_argument("--format", required=True, choices=list(registry.EXPORTS))
    exporter.add_argument("-o", "--output", metavar="PATH", type=Path)
    exporter.add_argument(
        "--wrap", metavar="N", type=_columns, help="text: wrap paragraphs at N columns"
    )
    exporter.add_argument(
        "--no-navigation",
        action="store_true",
        help="text: leave out the Read Previous / Read Next blocks",
    )
    _add_site_command(commands)


def _add_site_command(commands: Any) -> None:
    site = commands.add_parser(
        "export-site", help="export the library (or a section) as a static web site"
    )
    site.add_argument("folder", metavar="DIR", type=Path, help="the site folder")
    site.add_argument(
        "--section", metavar="PATH", help="only this section (NAME or PARENT/NAME) and below"
    )


def cmd_export(args: argparse.Namespace) -> int:
    """Export one article to stdout or, atomically, to a file."""
    from editor.services.exporting import write_bytes_atomically

    spec = registry.export_spec(args.format)
    if spec.binary and args.output is None:
        error_line(f"{spec.label} is a binary format: give a file with -o PATH")
        return 2
    if (args.wrap is not None or args.no_navigation) and spec.name != "text":
        error_line("--wrap and --no-navigation apply to --format text only")
        return 2
    options = ExportOptions(wrap=args.wrap, navigation=not args.no_navigation)
    with open_services(args.library) as services:
        article = services.find(args.article)
        output = services.export_article(article, spec.name, options)
    if args.output is not None:
        data = output if isinstance(output, bytes) else output.encode("utf-8")
        write_bytes_atomically(args.output, data)
    elif isinstance(output, bytes):
        error_line(f"{spec.label} is a binary format: give a file with -o PATH")
        return 2
    elif stdout_is_terminal():
        write_stdout(shown_as_text(output))
    else:
        write_stdout(output)
    return 0


def cmd_export_site(args: argparse.Namespace) -> int:
    """Write (or bring up to date) a static site; one summary line at the end."""
    from editor.services.site_export import SiteExportError, export_site

    with open_services(args.library) as services:
        try:
            result = export_site(services, args.folder, args.section)
        except SiteExportError as error:
            error_line(str(error))
            return 1
    write_stdout(
        f"{result.pages} pages in {args.folder}: {result.written} written, "
        f"{result.unchanged} unchanged, {result.removed} removed ({result.seconds:.1f} s)\n"
    )
    return 0


EXPORT_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "export": cmd_export,
    "export-site": cmd_export_site,
}
