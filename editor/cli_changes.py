"""The `copydesk` commands that change a library: `link`, `move`, `delete` and
`sections --add`. Each builds one command value of `editor.services.commands` and runs it
through `Services.run`, as the app does for its undo stack; what changed is printed as
one line per article. Bad input is one `copydesk: error:` line and exit status 1 (2 for
usage errors), as for the other commands.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from editor.cli_output import error_line, shown_in_line, write_stdout
from editor.domain.article import LinkKind

if TYPE_CHECKING:
    from editor.domain.article import Article
    from editor.services.commands import LibraryCommand
    from editor.services.library_services import Services

ARTICLE_HELP = "id, unique id prefix or slug"
NEIGHBOUR_KINDS = (LinkKind.PREVIOUS, LinkKind.NEXT)


def open_services(location: str | None, *, create: bool = False) -> Services:
    """Open the library; only `import` and `gui` may create a new one (a typo in
    `--library` must not leave an empty library behind)."""
    from editor.services.library_services import Services

    return Services.open(location, create=create)


def add_change_commands(commands: Any) -> None:
    """Add `link`, `move` and `delete` to the parser's subcommands (an argparse
    `_SubParsersAction`, whose class argparse keeps private)."""
    link = commands.add_parser(
        "link", help="set or clear an article's previous/next story, or relate two articles"
    )
    link.add_argument("article", metavar="ARTICLE", help=ARTICLE_HELP)
    change = link.add_mutually_exclusive_group(required=True)
    for kind in NEIGHBOUR_KINDS:
        change.add_argument(
            f"--{kind}", metavar="REF", help=f"make REF the {kind} story (both ways)"
        )
        change.add_argument(
            f"--clear-{kind}", action="store_true", help=f"clear the {kind} story (both ways)"
        )
    related = LinkKind.RELATED
    change.add_argument(f"--{related}", metavar="REF", help="relate REF to the article")
    change.add_argument(f"--unlink-{related}", metavar="REF", help="unrelate REF")

    move = commands.add_parser("move", help="file articles in a section")
    move.add_argument("articles", nargs="+", metavar="ARTICLE", help=ARTICLE_HELP)
    move.add_argument(
        "--section",
        required=True,
        metavar="NAME",
        help="an existing section (see 'copydesk sections'); \"\" files them in none",
    )

    delete = commands.add_parser("delete", help="delete an article with its tags and links")
    delete.add_argument("article", metavar="ARTICLE", help=ARTICLE_HELP)
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _line(article: Article) -> str:
    return f"{article.id[:8]}  {shown_in_line(article.headline)}"


def _link_command(
    services: Services, article: Article, args: argparse.Namespace
) -> tuple[LibraryCommand, str]:
    """The command value that `copydesk link` asks for, and what to print after it."""
    from editor.services.commands import AddRelated, RemoveRelated, SetNeighbours

    for kind in NEIGHBOUR_KINDS:
        if getattr(args, f"clear_{kind}"):
            return SetNeighbours.one(article.id, kind, None), f"{kind} story cleared"
        ref = getattr(args, str(kind))
        if ref is not None:
            target = services.find(ref)
            return SetNeighbours.one(article.id, kind, target.id), f"{kind}: {_line(target)}"
    if args.related is not None:
        other = services.find(args.related)
        return AddRelated(article.id, other.id), f"related: {_line(other)}"
    other = services.find(args.unlink_related)
    return RemoveRelated(article.id, other.id), f"no longer related: {_line(other)}"


def cmd_link(args: argparse.Namespace) -> int:
    """Set or clear a neighbour, or add or remove a related article."""
    with open_services(args.library) as services:
        article = services.find(args.article)
        command, outcome = _link_command(services, article, args)
        services.run(command)
    write_stdout(f"{_line(article)}\n    {outcome}\n")
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    """File articles in one existing section ("" for none)."""
    from editor.services.commands import MoveArticles

    with open_services(args.library) as services:
        section = None
        if args.section.strip():
            section = services.section_named(args.section)
            if section is None:
                error_line(
                    f"no section called {args.section!r} (see 'copydesk sections'; "
                    "'copydesk sections --add NAME' creates one)"
                )
                return 1
        articles = [services.find(ref) for ref in args.articles]
        services.run(MoveArticles.to_section([article.id for article in articles], section))
    where = str(section) if section is not None else "(no section)"
    shown = dict.fromkeys(_line(article) for article in articles)
    write_stdout("".join(f"{line}  -> {shown_in_line(where)}\n" for line in shown))
    return 0


def _confirmed(article: Article) -> bool:
    """Ask on the terminal whether to delete `article`; only "y" or "yes" confirms."""
    sys.stderr.write(f"Delete {_line(article)} with its links? [y/N] ")
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().casefold()
    return answer in ("y", "yes")


def cmd_delete(args: argparse.Namespace) -> int:
    """Delete an article after confirmation (or with --yes)."""
    from editor.services.commands import DeleteArticle

    with open_services(args.library) as services:
        article = services.find(args.article)
        if not args.yes:
            if not sys.stdin.isatty():
                error_line(
                    "not deleting without confirmation: stdin is not a terminal to ask on "
                    "(add --yes to delete anyway)"
                )
                return 1
            if not _confirmed(article):
                error_line("nothing was deleted")
                return 1
        services.run(DeleteArticle(article.id))
    write_stdout(f"deleted {_line(article)}\n")
    return 0


def add_section(args: argparse.Namespace) -> int:
    """`sections --add NAME [--parent NAME]`: create a section."""
    from editor.services.commands import CreateSection, SectionPath

    name = args.add.strip()
    if not name:
        error_line("a section needs a name")
        return 1
    with open_services(args.library) as services:
        parent = None
        if args.parent is not None:
            found = services.section_named(args.parent)
            if found is None or found.parent is not None:
                error_line(f"no top-level section called {args.parent!r} (see 'copydesk sections')")
                return 1
            parent = found.name
        services.run(CreateSection(SectionPath(name, parent)))
    write_stdout(shown_in_line(str(SectionPath(name, parent))) + "\n")
    return 0
