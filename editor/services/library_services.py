"""`Services`: everything the GUI and the CLI do with one library, in one Qt-free façade.

Front ends never import `editor.storage`: they open a library through `Services.open`
and call its use cases (reading articles, browsing, searching, linking, sections,
importing). The methods are thread-safe per call, like the `Library` underneath, so the
GUI's library client may run them on its worker threads. Failures are the exceptions of
`editor.services.failures`.

Changes a user may undo are command values (`editor.services.commands`) run with
`Services.run`, which returns the command that undoes it; the methods those commands call
(`set_neighbours`, `relate`, `place_articles`, `delete_article`, ...) each run in one
transaction and return what the undo needs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from editor.domain.article import Article, ArticleRef, LinkKind, Section, Status
from editor.storage import article_removal, links, sections
from editor.storage.article_removal import DeletedArticle
from editor.storage.file_import import ImportRequest, StoredImport
from editor.storage.library import Library
from editor.storage.links import NeighbourStep, StoredLink
from editor.storage.records import ArticleSummary
from editor.storage.search import SearchHit
from editor.storage.search_cancellation import SearchCancellation
from editor.storage.sections import SectionPath

if TYPE_CHECKING:
    from editor.formats.export_links import ExportOptions
    from editor.services.commands import LibraryCommand
    from editor.services.importing import ImportedArticle

Placement = tuple[str, SectionPath | None]


class Services:
    """The use cases of one open library."""

    def __init__(self, library: Library) -> None:
        self.library = library

    @classmethod
    def open(cls, location: str | None = None, *, create: bool = True) -> Services:
        """Open (create, upgrade) the library at a path or URL; None is the default one.
        Raises the errors of `editor.services.failures` (NotALibraryError, ...)."""
        return cls(Library.open(location, create=create))

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
        return self.library.save(article)

    def delete(self, article_id: str) -> None:
        self.library.delete(article_id)

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
        return self.library.import_many(articles)

    def import_article(self, request: ImportRequest) -> StoredImport:
        """Store one imported file's article with its links and placeholders."""
        return self.library.import_article(request)

    def import_file(
        self, path: Path, section: str | None = None, *, allow_duplicate: bool = False
    ) -> ImportedArticle:
        """Import a text-layout or Markdown file (see `editor.services.importing`)."""
        from editor.services.importing import import_file

        return import_file(self, path, section, allow_duplicate=allow_duplicate)

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

    def delete_article(self, article_id: str) -> DeletedArticle:
        """Delete an article, keeping all it held so `restore_article` can put it back."""
        return self.library.write(
            lambda session: article_removal.delete_article(session, article_id)
        )

    def restore_article(self, deleted: DeletedArticle) -> Article:
        """Store a deleted article again exactly as it was (same id, slug, links)."""
        return self.library.write(lambda session: article_removal.restore_article(session, deleted))

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

    # -- sections and links ------------------------------------------------------------
    def sections(self) -> list[Section]:
        return self.library.sections()

    def ensure_section(self, name: str, parent: str | None = None) -> Section:
        return self.library.ensure_section(name, parent)

    def section_named(self, name: str) -> SectionPath | None:
        """The section called `name` (an exact match first, then ignoring case; top-level
        sections before nested ones), or None."""
        wanted = name.strip()
        known = self.sections()
        exact = [section for section in known if section.name == wanted]
        folded = [section for section in known if section.name.casefold() == wanted.casefold()]
        found = sorted(exact or folded, key=lambda section: section.parent is not None)
        return SectionPath(found[0].name, found[0].parent) if found else None

    def neighbour(self, article_id: str, kind: LinkKind) -> ArticleRef | None:
        return self.library.neighbour(article_id, kind)

    def related(self, article_id: str) -> list[ArticleRef]:
        return self.library.related(article_id)

    def backlinks(self, article_id: str) -> list[tuple[ArticleRef, LinkKind]]:
        return self.library.backlinks(article_id)
