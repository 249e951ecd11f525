"""The `copydesk` commands that change links and sections: `link`, `unlink`, `move`,
`chain`, `sections --add/--rename/--move/--delete`, and `links --broken`, which lists
the links to fix (the Trash's commands are in `editor.cli_trash`). Each builds one command value of
`editor.services.commands` and runs it through `Services.run`, as the app does for its
undo stack; what changed is printed as one line per article. Bad input is one
`copydesk: error:` line and exit status 1 (2 for usage errors), as for the other
commands.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from editor.cli_output import as_json, error_line, shown_in_line, write_stdout
from editor.domain.article import LinkKind

if TYPE_CHECKING:
    from editor.domain.article import Article
    from editor.domain.sections import SectionPath
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
        metavar="PATH",
        help='a section path such as Politik/Inland, created if missing; "" files them in none',
    )

    unlink = commands.add_parser(
        "unlink", help="remove a previous/next story (both ways) or a related article"
    )
    unlink.add_argument("article", metavar="ARTICLE", help=ARTICLE_HELP)
    which = unlink.add_mutually_exclusive_group(required=True)
    for kind in (*NEIGHBOUR_KINDS, LinkKind.RELATED):
        which.add_argument(f"--{kind}", metavar="OTHER", help=f"the {kind} story to unlink")

    chain = commands.add_parser(
        "chain", help="set previous/next stories of a section's articles by creation date"
    )
    chain.add_argument("--section", required=True, metavar="PATH", help="e.g. Politik/Inland")

    broken = commands.add_parser("links", help="list links whose target is trashed or missing")
    broken.add_argument("--broken", action="store_true", required=True)
    broken.add_argument("--json", action="store_true")


def article_line(article: Article) -> str:
    """An article in one line: short id and headline."""
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
            return SetNeighbours.one(article.id, kind, target.id), f"{kind}: {article_line(target)}"
    if args.related is not None:
        other = services.find(args.related)
        return AddRelated(article.id, other.id), f"related: {article_line(other)}"
    other = services.find(args.unlink_related)
    return RemoveRelated(article.id, other.id), f"no longer related: {article_line(other)}"


def cmd_link(args: argparse.Namespace) -> int:
    """Set or clear a neighbour, or add or remove a related article."""
    with open_services(args.library) as services:
        article = services.find(args.article)
        command, outcome = _link_command(services, article, args)
        services.run(command)
    write_stdout(f"{article_line(article)}\n    {outcome}\n")
    return 0


def cmd_unlink(args: argparse.Namespace) -> int:
    """Remove a neighbour (if it is the one named) or a related article."""
    from editor.services.commands import RemoveRelated, SetNeighbours
    from editor.services.failures import LibraryError

    with open_services(args.library) as services:
        article = services.find(args.article)
        if args.related is not None:
            other = services.find(args.related)
            services.run(RemoveRelated(article.id, other.id))
            outcome = f"no longer related: {article_line(other)}"
        else:
            kind = next(kind for kind in NEIGHBOUR_KINDS if getattr(args, str(kind)))
            other = services.find(getattr(args, str(kind)))
            current = services.neighbour(article.id, kind)
            if current is None or current.id != other.id:
                raise LibraryError(
                    f"{other.headline!r} is not the {kind} story of {article.headline!r}"
                )
            services.run(SetNeighbours.one(article.id, kind, None))
            outcome = f"{kind} story unlinked: {article_line(other)}"
    write_stdout(f"{article_line(article)}\n    {outcome}\n")
    return 0


def cmd_chain(args: argparse.Namespace) -> int:
    """Chain a section's articles by creation date; prints each link it set."""
    from editor.domain.sections import SectionPath
    from editor.services.commands import ChainByDate, SetNeighbours

    with open_services(args.library) as services:
        path = services.section_named(args.section) or SectionPath.parse(args.section)
        undo = services.run(ChainByDate(path))
        steps = undo.steps if isinstance(undo, SetNeighbours) else ()
        chained = []
        for step in steps:  # each undo step clears the previous story a chain set
            earlier = services.neighbour(step.article_id, LinkKind.PREVIOUS)
            if earlier is not None:
                chained.append((services.get(earlier.id), services.get(step.article_id)))
    for first, second in reversed(chained):
        write_stdout(f"{article_line(first)}\n    next: {article_line(second)}\n")
    if not chained:
        write_stdout(f"nothing to chain in {shown_in_line(str(path))}\n")
    return 0


def cmd_links(args: argparse.Namespace) -> int:
    """List every link whose target is in the Trash or missing."""
    from editor.services.article_views import broken_link_view

    with open_services(args.library) as services:
        rows = [broken_link_view(link) for link in services.broken_links()]
    if args.json:
        write_stdout(as_json(rows) + "\n")
        return 0
    for row in rows:
        source, target = row["source"], row["target"]
        shown = shown_in_line(target["headline"]) or target["id"]
        write_stdout(
            f"{source['id'][:8]}  {shown_in_line(source['headline'])}\n"
            f"    {row['kind']} -> {shown} ({row['reason']})\n"
        )
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    """File articles in one section, creating its path if missing ("" for none)."""
    from editor.domain.sections import SectionPath
    from editor.services.commands import MoveArticles

    with open_services(args.library) as services:
        articles = [services.find(ref) for ref in args.articles]
        section = None
        if args.section.strip():
            section = services.section_named(args.section) or services.ensure_section_path(
                SectionPath.parse(args.section)
            )
        services.run(MoveArticles.to_section([article.id for article in articles], section))
    where = str(section) if section is not None else "(no section)"
    shown = dict.fromkeys(article_line(article) for article in articles)
    write_stdout("".join(f"{line}  -> {shown_in_line(where)}\n" for line in shown))
    return 0


def add_section_edits(sections: argparse.ArgumentParser) -> None:
    """The options of `copydesk sections` that change sections."""
    edit = sections.add_mutually_exclusive_group()
    edit.add_argument("--add", metavar="PATH", help="create a section (e.g. Politik/Inland)")
    edit.add_argument("--rename", metavar="PATH", help="rename a section (with --to NAME)")
    edit.add_argument(
        "--move", metavar="PATH", help='move a section (with --into PATH, "" for the top level)'
    )
    edit.add_argument(
        "--delete",
        metavar="PATH",
        help='delete a section; its articles and sections go --into PATH ("" for none)',
    )
    sections.add_argument("--parent", metavar="PATH", help="with --add: the section to hold it")
    sections.add_argument("--to", metavar="NAME", help="with --rename: the new name")
    sections.add_argument("--into", metavar="PATH", help="with --move or --delete")


SECTION_OPTIONS = {"parent": ("add",), "to": ("rename",), "into": ("move", "delete")}
SECTION_EDITS_NEED = {"rename": "to", "move": "into", "delete": "into"}


def _misuse(args: argparse.Namespace) -> str | None:
    """What is wrong with the options of a section edit, in words; None if nothing."""
    for option, edits in SECTION_OPTIONS.items():
        if getattr(args, option) is not None and all(getattr(args, e) is None for e in edits):
            return f"--{option} goes only with " + " or ".join(f"--{edit}" for edit in edits)
    for edit, option in SECTION_EDITS_NEED.items():
        if getattr(args, edit) is not None and getattr(args, option) is None:
            return f"--{edit} needs --{option}"
    return None


def edit_section(args: argparse.Namespace) -> int | None:
    """Run the section edit `copydesk sections` was given; None when it was given none
    (then it lists the sections)."""
    problem = _misuse(args)
    if problem is not None:
        error_line(f"{problem} (see 'copydesk sections --help')")
        return 2
    if args.add is not None:
        return _add_section(args)
    if args.rename is None and args.move is None and args.delete is None:
        return None
    from editor.domain.sections import child_path
    from editor.services.commands import DeleteSection, MoveSection, RenameSection

    with open_services(args.library) as services:
        path = _known_section(services, args.rename or args.move or args.delete)
        if args.rename is not None:
            services.run(RenameSection(path, args.to))
            outcome = f"{path} -> {child_path(path.parent, args.to.strip())}"
        else:
            into = _known_section(services, args.into) if args.into.strip() else None
            if args.move is not None:
                services.run(MoveSection(path, into))
                outcome = f"{path} -> {child_path(into, path.name)}"
            else:
                services.run(DeleteSection(path, into))
                outcome = f"deleted {path}; what it held -> {into or '(no section)'}"
    write_stdout(shown_in_line(outcome) + "\n")
    return 0


def _known_section(services: Services, name: str) -> SectionPath:
    from editor.services.failures import LibraryError

    found = services.section_named(name)
    if found is None:
        raise LibraryError(f"no section called {name!r} (see 'copydesk sections')")
    return found


def _add_section(args: argparse.Namespace) -> int:
    """`sections --add PATH [--parent PATH]`: create a section (its parent must exist)."""
    from editor.domain.sections import SectionPath
    from editor.services.commands import CreateSection

    if not args.add.strip():
        error_line("a section needs a name")
        return 1
    with open_services(args.library) as services:
        path = SectionPath.parse(args.add)
        if args.parent is not None:
            path = SectionPath((*_known_section(services, args.parent).parts, *path.parts))
        services.run(CreateSection(path))
    write_stdout(shown_in_line(str(path)) + "\n")
    return 0
