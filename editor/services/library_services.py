"""`Services`: everything the GUI and the CLI do with one library, in one Qt-free façade.

Front ends never import `editor.storage`: they open a library through `Services.open`
and call its use cases (reading articles, browsing, searching, linking, sections,
importing). The methods are thread-safe per call, like the `Library` underneath, so the
GUI's library client may run them on its worker threads. Failures are the exceptions of
`editor.services.failures`.

Changes a user may undo are command values (`editor.services.commands`) run with
`Services.run`, which returns the command that undoes it; the methods those commands call
(`set_neighbours`, `relate`, `place_articles`, `move_to_trash`, ...) each run in one
transaction and return what the undo needs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from editor.domain.article import Article, ArticleRef, LinkKind, Section, Status
from editor.domain.listing import ListingCursor, ListingQuery, ListingRow
from editor.domain.sections import SectionPath, SectionPathError, SectionTree
from editor.domain.story_links import BodyLink, BrokenLink
from editor.storage import inline_links, links, section_edits, sections, trash
from editor.storage.file_import import ImportRequest, StoredImport
from editor.storage.library import Library
from editor.storage.links import NeighbourStep, StoredLink
from editor.storage.listing import listing_page
from editor.storage.records import ArticleSummary
from editor.storage.search import SearchHit
from editor.storage.search_cancellation import SearchCancellation
from editor.storage.section_counts import section_tree_with_counts
from editor.storage.section_edits import DeletedSection, SectionPlace
from editor.storage.trash import TrashedAt

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from editor.formats.export_links import ExportOptions
    from editor.services.commands import LibraryCommand
    from editor.services.folder_import import ImportReport, ProgressCallback
    from editor.services.importing import ImportedArticle

Placement = tuple[str, SectionPath | None]


class Services:
    """The use cases of one open library."""

    def __init__(self, library: Library) -> None:
        self.library = library

    @classmethod
    def open(cls, location: str | None = None, *, create: bool = True) -> Services:
        """Open (create, upgrade) the library at a path or URL; None is the default one.
        Raises the errors of `editor.services.failures` (NotALibraryError, ...). A
        library just upgraded to keep an index of body links gets it filled here."""
        from editor.services.linking import fill_pending_inline_links

        services = cls(Library.open(location, create=create))
        fill_pending_inline_links(services)
        return services

    # -- the library itself ------------------------------------------------------------
    @property
    def name(self) -> str:
        return self.library.name

    @property
    def location(self) -> str:
        return self.library.location

    @property
    def url(self) -> str:
        return self.library.url

    @property
    def path(self) -> Path | None:
        return self.library.path

    @property
    def read_only_reason(self) -> str | None:
        return self.library.read_only_reason

    def file_is_gone(self) -> bool:
        return self.library.file_is_gone()

    def save_copy_to(self, target: Path) -> None:
        self.library.save_copy_to(target)

    def close(self) -> None:
        self.library.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- articles ----------------------------------------------------------------------
    def get(self, article_id: str) -> Article:
        return self.library.get(article_id)

    def find(self, ref: str) -> Article:
        return self.library.find(ref)

    def find_by_headline(self, headline: str) -> Article | None:
        return self.library.find_by_headline(headline)

    def save(self, article: Article) -> Article:
        """Store an article (see `Library.save`) with the index of its body links."""
        from editor.services.linking import article_link_ids

        return self.library.save(article, article_link_ids(article.body))

    def list_page(
        self, query: ListingQuery, after: ListingCursor | None = None, limit: int = 100
    ) -> tuple[list[ListingRow], ListingCursor | None]:
        """One page of a listing after `after` (from the start for None) and the cursor of
        the next page (None after the last): keyset pages, see `editor.storage.listing`."""
        return self.library.read(lambda session: listing_page(session, query, after, limit))

    def list_articles(
        self,
        section: str | None = None,
        status: Status | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ArticleSummary]:
        return self.library.list_articles(section, status, limit, offset)

    def search(
        self, query: str, limit: int = 50, cancellation: SearchCancellation | None = None
    ) -> list[SearchHit]:
        return self.library.search(query, limit, cancellation)

    def import_many(self, articles: Iterable[Article]) -> int:
        """Insert many new articles fast (see `Library.import_many`), then index the
        links in their bodies."""
        from editor.services.linking import article_link_ids

        body_links: dict[str, list[str]] = {}

        def noting_links(items: Iterable[Article]) -> Iterator[Article]:
            for article in items:
                targets = article_link_ids(article.body)
                if targets:
                    body_links[article.id] = targets
                yield article

        def index(session: Session) -> None:
            for source, targets in body_links.items():
                inline_links.replace_inline_links(session, source, targets)

        count = self.library.import_many(noting_links(articles))
        if body_links:
            self.library.write(index)
        return count

    def import_article(self, request: ImportRequest) -> StoredImport:
        """Store one imported file's article with its links, placeholders and the index
        of its body links, in one transaction."""
        from editor.services.linking import article_link_ids

        return self.library.import_article(request, article_link_ids)

    def import_file(
        self, path: Path, section: str | None = None, *, allow_duplicate: bool = False
    ) -> ImportedArticle:
        """Import a text-layout, Markdown, Word or HTML file (`editor.services.importing`)."""
        from editor.services.importing import import_file

        return import_file(self, path, section, allow_duplicate=allow_duplicate)

    def import_paths(
        self,
        paths: Sequence[Path],
        section: str | None = None,
        *,
        allow_duplicate: bool = False,
        progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import files and folders (recursively), each file on its own; bad files are
        reported in the result, the rest imported (`editor.services.folder_import`)."""
        from editor.services.folder_import import import_paths

        return import_paths(
            self,
            paths,
            section,
            allow_duplicate=allow_duplicate,
            progress=progress,
            cancelled=cancelled,
        )

    def export_article(
        self, article: Article, format_name: str, options: ExportOptions | None = None
    ) -> str | bytes:
        """The article in a registered export format (`formats.registry`), with its
        stored links."""
        from editor.services.exporting import export_article

        return export_article(self, article, format_name, options)

    def article_details(self, article: Article) -> dict[str, Any]:
        """The article's fields, counts and links as plain data."""
        from editor.services.article_views import article_details

        return article_details(self, article)

    # -- changes that can be undone ----------------------------------------------------
    def run(self, command: LibraryCommand) -> LibraryCommand:
        """Perform a command; returns the command that undoes it."""
        return command.apply(self)

    def move_to_trash(self, entries: Sequence[TrashedAt]) -> None:
        """Put articles in the Trash, each at its time."""
        self.library.write(lambda session: trash.move_to_trash(session, entries))

    def restore_from_trash(self, article_ids: Sequence[str]) -> tuple[TrashedAt, ...]:
        """Take articles out of the Trash; returns when each was put there."""
        return self.library.write(lambda session: trash.restore_from_trash(session, article_ids))

    def empty_trash(self) -> int:
        """Delete every article in the Trash for good (not undoable); returns how many."""
        return self.library.write(trash.empty_trash)

    def chain_by_date(self, section: SectionPath) -> tuple[NeighbourStep, ...]:
        """Chain a section's articles by creation date (see ChainByDate); returns the
        steps that undo it."""

        def chain(session: Session) -> tuple[NeighbourStep, ...]:
            section_id = sections.existing_section_id(session, section)
            return links.apply_neighbour_steps(
                session, links.chain_by_date_steps(session, section_id)
            )

        return self.library.write(chain)

    def set_neighbours(self, steps: Sequence[NeighbourStep]) -> tuple[NeighbourStep, ...]:
        """Change previous/next neighbours in order; returns the steps that undo them."""
        return self.library.write(lambda session: links.apply_neighbour_steps(session, steps))

    def relate(self, a_id: str, b_id: str, original: Sequence[StoredLink] = ()) -> None:
        """Relate two unrelated articles (with the `original` rows when putting back)."""
        self.library.write(lambda session: links.link_related(session, a_id, b_id, original))

    def unrelate(self, a_id: str, b_id: str) -> tuple[StoredLink, ...]:
        """Remove the related link between two articles; returns the removed rows."""
        return self.library.write(lambda session: links.unlink_related(session, a_id, b_id))

    def place_articles(self, placements: Sequence[Placement]) -> tuple[Placement, ...]:
        """File articles in sections (None: unfiled); returns where each was before."""
        return self.library.write(lambda session: sections.place_articles(session, placements))

    def create_section(self, path: SectionPath, position: int | None = None) -> Section:
        """Create a new section (its parent must exist), last among its siblings or at
        `position`."""
        new_id = self.library.write(
            lambda session: sections.create_section(session, path, position)
        )
        return next(section for section in self.sections() if section.id == new_id)

    def remove_section(self, path: SectionPath) -> int:
        """Remove an empty section (LibraryError if it holds anything); returns the
        position it had."""
        return self.library.write(lambda session: sections.remove_empty_section(session, path))

    def rename_section(self, path: SectionPath, new_name: str) -> SectionPath:
        """Rename a section; returns its new path."""
        return self.library.write(
            lambda session: section_edits.rename_section(session, path, new_name)
        )

    def move_section(
        self, path: SectionPath, parent: SectionPath | None, position: int | None = None
    ) -> SectionPlace:
        """Move a section into `parent` (None: top level); returns where it was."""
        return self.library.write(
            lambda session: section_edits.move_section(session, path, parent, position)
        )

    def delete_section(self, path: SectionPath, destination: SectionPath | None) -> DeletedSection:
        """Delete a section, its articles and subsections going to `destination`."""
        return self.library.write(
            lambda session: section_edits.delete_section(session, path, destination)
        )

    def restore_section(self, deleted: DeletedSection, destination: SectionPath | None) -> None:
        """Undo `delete_section`."""
        self.library.write(
            lambda session: section_edits.restore_section(session, deleted, destination)
        )

    # -- sections and links ------------------------------------------------------------
    def sections(self) -> list[Section]:
        return self.library.sections()

    def ensure_section(self, name: str, parent: str | None = None) -> Section:
        return self.library.ensure_section(name, parent)

    def section_tree(self) -> SectionTree:
        """The section tree with article counts and the library's totals."""
        return self.library.read(section_tree_with_counts)

    def ensure_section_path(self, path: SectionPath) -> SectionPath:
        """The section at `path`, created with every missing part."""
        self.library.write(lambda session: sections.ensure_section_path(session, path))
        return path

    def section_named(self, name: str) -> SectionPath | None:
        """The section a person means by `name`: a path (`Politik/Inland`, exact, else
        ignoring case), or a single name (an exact match first, then ignoring case;
        top-level sections before nested ones), or None."""
        try:
            wanted = SectionPath.parse(name)
        except SectionPathError:
            return None
        known = [
            SectionPath.parse(
                f"{section.parent}/{section.name}" if section.parent else section.name
            )
            for section in self.sections()
        ]
        if len(wanted.parts) > 1:
            folded = [part.casefold() for part in wanted.parts]
            exact = [path for path in known if path == wanted]
            loose = [path for path in known if [part.casefold() for part in path.parts] == folded]
            matches = exact or loose
            return matches[0] if matches else None
        exact = [path for path in known if path.name == wanted.name]
        loose = [path for path in known if path.name.casefold() == wanted.name.casefold()]
        found = sorted(exact or loose, key=lambda path: len(path.parts))
        return found[0] if found else None

    def neighbour(self, article_id: str, kind: LinkKind) -> ArticleRef | None:
        return self.library.neighbour(article_id, kind)

    def related(self, article_id: str) -> list[ArticleRef]:
        return self.library.related(article_id)

    def backlinks(self, article_id: str) -> list[tuple[ArticleRef, LinkKind]]:
        """Articles outside the Trash linking to this one: by previous, next or related
        link, then by a link in their body (INLINE)."""
        inline = self.library.read(
            lambda session: inline_links.inline_backlinks(session, article_id)
        )
        return [*self.library.backlinks(article_id), *((ref, LinkKind.INLINE) for ref in inline)]

    def body_links(self, article: Article) -> list[BodyLink]:
        """The article links in the body, resolved to their targets (broken: missing or
        in the Trash)."""
        from editor.services.linking import article_link_ids

        targets = article_link_ids(article.body)
        return self.library.read(
            lambda session: inline_links.body_links(session, article.id, targets)
        )

    def broken_links(self) -> list[BrokenLink]:
        """Every link whose target is in the Trash or missing."""
        return self.library.read(inline_links.broken_links)

    def trashed_among(self, article_ids: Sequence[str]) -> set[str]:
        """Which of these articles are in the Trash."""
        return self.library.read(lambda session: links.trashed_among(session, article_ids))
