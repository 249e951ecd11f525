"""The `copydesk` commands of the Trash: `delete` (moves articles to the Trash, which
`restore` undoes), `restore` and `empty-trash` (deletes the Trash's articles for good);
`list --trash` shows what it holds. Deleting and emptying ask for confirmation on a
terminal, or need `--yes`."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from editor.cli_changes import ARTICLE_HELP, article_line, open_services
from editor.cli_output import as_json, error_line, shown_in_line, write_stdout

if TYPE_CHECKING:
    from editor.domain.article import Article
    from editor.services.library_services import Services

TRASH_PAGE = 500


def add_trash_commands(commands: Any) -> None:
    """Add `delete`, `restore` and `empty-trash` to the subcommands (an argparse
    `_SubParsersAction`)."""
    delete = commands.add_parser("delete", help="move articles to the Trash")
    delete.add_argument("articles", nargs="+", metavar="ARTICLE", help=ARTICLE_HELP)
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore = commands.add_parser("restore", help="take articles out of the Trash")
    restore.add_argument("articles", nargs="+", metavar="ARTICLE", help=ARTICLE_HELP)
    empty = commands.add_parser(
        "empty-trash", help="delete the articles in the Trash for good (cannot be undone)"
    )
    empty.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def confirmed(question: str) -> bool:
    """Ask `question` on the terminal (only "y" or "yes" confirms); without a terminal,
    or on any other answer, say that nothing was changed and refuse."""
    if not sys.stdin.isatty():
        error_line(
            "nothing was changed without confirmation: stdin is not a terminal to ask on "
            "(add --yes to go ahead)"
        )
        return False
    sys.stderr.write(f"{question} [y/N] ")
    sys.stderr.flush()
    if sys.stdin.readline().strip().casefold() in ("y", "yes"):
        return True
    error_line("nothing was changed")
    return False


def _articles(services: Services, refs: list[str]) -> list[Article]:
    return list({article.id: article for article in map(services.find, refs)}.values())


def cmd_delete(args: argparse.Namespace) -> int:
    """Move articles to the Trash after confirmation (or with --yes), naming the
    articles that link to them."""
    from editor.services.commands import DeleteArticle

    with open_services(args.library) as services:
        articles = _articles(services, args.articles)
        if not args.yes:
            linking = {
                ref.headline
                for article in articles
                for ref, _ in services.backlinks(article.id)
                if ref.id not in {each.id for each in articles}
            }
            named = "; ".join(article_line(article) for article in articles)
            warning = (
                f" (linked from: {shown_in_line(', '.join(sorted(linking)))})" if linking else ""
            )
            if not confirmed(f"Move {named} to the Trash{warning}?"):
                return 1
        services.run(DeleteArticle.of(article.id for article in articles))
    write_stdout("".join(f"moved to the Trash: {article_line(article)}\n" for article in articles))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Take articles out of the Trash."""
    from editor.services.commands import RestoreArticles

    with open_services(args.library) as services:
        articles = _articles(services, args.articles)
        services.run(RestoreArticles(tuple(article.id for article in articles)))
    write_stdout("".join(f"restored: {article_line(article)}\n" for article in articles))
    return 0


def cmd_empty_trash(args: argparse.Namespace) -> int:
    """Delete every article in the Trash for good, after confirmation (or with --yes)."""
    from editor.domain.listing import ListingNode, ListingQuery

    with open_services(args.library) as services:
        held, _ = services.list_page(ListingQuery(node=ListingNode.TRASH), None, 1)
        if held and not args.yes and not confirmed("Delete every article in the Trash for good?"):
            return 1
        count = services.empty_trash()
    write_stdout(f"deleted {count} article(s) for good\n")
    return 0


def list_trash(services: Services, as_json_output: bool) -> int:
    """`list --trash`: the articles in the Trash, most recently updated first."""
    from editor.domain.listing import ListingNode, ListingQuery
    from editor.services.article_views import listing_row_view

    query = ListingQuery(node=ListingNode.TRASH)
    rows, cursor = services.list_page(query, None, TRASH_PAGE)
    while cursor is not None:
        more, cursor = services.list_page(query, cursor, TRASH_PAGE)
        rows.extend(more)
    views = [listing_row_view(row) for row in rows]
    if as_json_output:
        write_stdout(as_json(views) + "\n")
        return 0
    for view in views:
        section = shown_in_line(view["section"]) or "-"
        write_stdout(
            f"{view['id'][:8]}  {view['status']:<10} {section:<16} "
            f"{shown_in_line(view['headline'])}\n"
        )
    return 0
