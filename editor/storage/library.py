"""The Library: one Copydesk library (an SQLite file or a database URL) and its unit of work.

Every public method runs in its own short Session, so a Library may be shared between the
GUI thread and workers. Writes on SQLite take the write lock at BEGIN (see engine.py).

A library in an SQLite file also keeps the file it opened: before every write it checks
that the file at the path is still that one (same device and inode), so a library moved or
deleted while open is never written to (LibraryFileGoneError), and `save_copy_to` can still
copy everything, through the connection opened with it, into a file the user chooses.
Closing checkpoints the write-ahead log, so a closed library is one file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from sqlalchemy import select, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import Session, sessionmaker

from editor.domain.article import Article, ArticleRef, LinkKind, Section, Status
from editor.storage import links
from editor.storage.article_store import load_article, load_row, save_article
from editor.storage.bulk_import import import_articles
from editor.storage.errors import (
    AmbiguousArticleError,
    ArticleNotFoundError,
    LibraryError,
    ReadOnlyLibraryError,
)
from editor.storage.file_import import ImportRequest, StoredImport, store_import
from editor.storage.inline_links import replace_inline_links
from editor.storage.library_file import OpenedFile
from editor.storage.location import sqlite_file_of
from editor.storage.models import ArticleRow
from editor.storage.opening import prepare_library
from editor.storage.records import ArticleSummary
from editor.storage.search import SearchHit, search_articles
from editor.storage.search_cancellation import SearchCancellation
from editor.storage.sections import (
    SectionPath,
    ensure_section_path,
    section_id_at,
    section_paths,
    section_tree,
)

DEFAULT_IMPORT_BATCH = 2000
Result = TypeVar("Result")


class Library:
    """A Copydesk library. Open it with `Library.open(...)`; use it as a context manager."""

    def __init__(
        self,
        url: URL,
        reader: Engine,
        writer: Engine,
        *,
        read_only_reason: str | None = None,
    ) -> None:
        self._url = url
        self._read_only_reason = read_only_reason
        self._reader = reader
        self._writer = writer
        path = sqlite_file_of(url)
        # A read-only library is never written, so it needs no guard against a moved file
        # (and holding it read-write would fail on the full disk that made it read-only).
        writable_file = path is not None and read_only_reason is None
        self._file = OpenedFile.open(path) if writable_file and path is not None else None
        self._read_sessions = sessionmaker(reader, expire_on_commit=False)
        self._write_sessions = sessionmaker(writer, expire_on_commit=False)

    # ----------------------------------------------------------------- opening, closing
    @classmethod
    def open(cls, location: str | None = None, *, create: bool = True) -> Library:
        """Open (and if needed create or upgrade) the library at a path or URL.

        None means the default library. An existing file that is not a Copydesk library
        raises NotALibraryError and is left untouched; a library written by a newer Copydesk
        raises LibrarySchemaTooNewError; an older one is backed up beside itself, then
        upgraded. With `create=False` a missing library raises LibraryError.
        """
        prepared = prepare_library(location, create=create)
        return cls(
            prepared.url,
            prepared.reader,
            prepared.writer,
            read_only_reason=prepared.read_only_reason,
        )

    @property
    def url(self) -> str:
        """The library's SQLAlchemy URL (password hidden)."""
        return self._url.render_as_string(hide_password=True)

    @property
    def location(self) -> str:
        """Where the library lives, for people: the absolute file path of an SQLite
        library, else its URL (password hidden)."""
        database = self._url.database or ""
        if self._url.get_backend_name() == "sqlite" and database and database != ":memory:":
            return str(Path(database).resolve())
        return self.url

    @property
    def read_only(self) -> bool:
        """True when the library was opened read-only (its file or folder is not
        writable, e.g. an archive on read-only media, or its disk is full): every change
        is refused with `read_only_reason`."""
        return self._read_only_reason is not None

    @property
    def read_only_reason(self) -> str | None:
        """Why changes are refused, in words ("the library is read-only", "the disk is
        full"), or None for a writable library."""
        return self._read_only_reason

    @property
    def name(self) -> str:
        """A short name for titles: the file stem (`news` for news.sqlite) or database name."""
        database = self._url.database or ""
        if self._url.get_backend_name() == "sqlite":
            return Path(database).stem if database and database != ":memory:" else "memory"
        return database or (self._url.host or "library")

    @property
    def path(self) -> Path | None:
        """The SQLite file this library was opened from (None for other engines)."""
        return self._file.path if self._file is not None else None

    def file_is_gone(self) -> bool:
        """True if the file at the library's path is no longer the one that was opened
        (moved, deleted or replaced). Always False for libraries that are not files."""
        return self._file is not None and not self._file.still_there()

    def save_copy_to(self, target: Path) -> None:
        """Write the whole library, as stored now, into the SQLite file `target` (an
        existing file there is replaced only once the copy is complete). Works after the
        library's own file was moved or deleted."""
        if self._file is None:
            raise LibraryError("only a library in a file can be saved elsewhere")
        self._file.copy_to(target)

    def close(self) -> None:
        """Release every connection. On SQLite, the write-ahead log is checkpointed into
        the file first (unless the file was moved or deleted), so it is one file again."""
        self._reader.dispose()
        if self._writer is not self._reader:
            self._writer.dispose()
        if self._file is not None:
            self._file.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Library({self.url!r})"

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with self._read_sessions.begin() as session:
            yield session

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        if self._read_only_reason is not None:
            raise ReadOnlyLibraryError(self._read_only_reason)
        if self._file is not None:
            self._file.check_still_there()
        with self._write_sessions.begin() as session:
            yield session

    def write(self, change: Callable[[Session], Result]) -> Result:
        """Run `change` (a storage function) in one write transaction: all or nothing."""
        with self._writing() as session:
            return change(session)

    def read(self, query: Callable[[Session], Result]) -> Result:
        """Run `query` (a storage function) in one read transaction."""
        with self._reading() as session:
            return query(session)

    # ----------------------------------------------------------------- articles
    def get(self, article_id: str) -> Article:
        """The article with this id, or ArticleNotFoundError."""
        with self._reading() as session:
            return load_article(session, load_row(session, article_id))

    def find(self, ref: str) -> Article:
        """An article by exact id, slug, or unique id prefix."""
        ref = ref.strip()
        if not ref:
            raise ArticleNotFoundError("no article given")
        with self._reading() as session:
            row = session.get(ArticleRow, ref) or session.scalar(
                select(ArticleRow).where(ArticleRow.slug == ref)
            )
            if row is None:
                pattern = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                matches = list(
                    session.scalars(
                        select(ArticleRow)
                        .where(ArticleRow.id.like(f"{pattern}%", escape="\\"))
                        .limit(2)
                    )
                )
                if len(matches) > 1:
                    raise AmbiguousArticleError(f"{ref!r} matches more than one article id")
                if not matches:
                    raise ArticleNotFoundError(f"no article with id, id prefix or slug {ref!r}")
                row = matches[0]
            return load_article(session, row)

    def find_by_headline(self, headline: str) -> Article | None:
        """The article with exactly this headline outside the Trash (real articles before
        placeholders, then the oldest), or None."""
        with self._reading() as session:
            row = session.scalar(
                select(ArticleRow)
                .where(ArticleRow.headline == headline, ArticleRow.trashed_at.is_(None))
                .order_by(ArticleRow.placeholder, ArticleRow.created_at, ArticleRow.seq)
                .limit(1)
            )
            return load_article(session, row) if row is not None else None

    def save(self, article: Article, inline_targets: Sequence[str] | None = None) -> Article:
        """Insert or update an article and return the stored copy (version + 1, updated_at
        now, unique slug chosen on first save, section created on demand, search index
        updated in the same transaction). The argument itself is not modified.

        `article.version` is the version the change started from (0 for a new article): if
        the library holds another one, ArticleConflictError is raised and nothing is
        written; if the library file was moved or deleted, LibraryFileGoneError.
        `inline_targets`, the ids the body links to, replace the article's entries in the
        index of body links in the same transaction (None leaves them)."""
        with self._writing() as session:
            stored = save_article(session, article)
            if inline_targets is not None:
                replace_inline_links(session, article.id, inline_targets)
            return stored

    def delete(self, article_id: str) -> None:
        """Delete an article for good, with its tags and every link to or from it (the
        services' DeleteArticle command moves it to the Trash instead)."""
        with self._writing() as session:
            session.delete(load_row(session, article_id))

    def list_articles(
        self,
        section: str | None = None,
        status: Status | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ArticleSummary]:
        """Summaries of the articles outside the Trash, most recently updated first.
        `section` is a path (`Politik/Inland`, its own articles only); "" lists unfiled
        articles."""
        with self._reading() as session:
            paths = section_paths(session)
            query = select(
                ArticleRow.id,
                ArticleRow.slug,
                ArticleRow.headline,
                ArticleRow.section_id,
                ArticleRow.status,
                ArticleRow.placeholder,
                ArticleRow.updated_at,
                ArticleRow.word_count,
            )
            query = query.where(ArticleRow.trashed_at.is_(None))
            if section is not None:
                if section == "":
                    query = query.where(ArticleRow.section_id.is_(None))
                else:
                    section_id = section_id_at(session, SectionPath.parse(section))
                    if section_id is None:
                        return []
                    query = query.where(ArticleRow.section_id == section_id)
            if status is not None:
                query = query.where(ArticleRow.status == Status(status).value)
            query = query.order_by(ArticleRow.updated_at.desc(), ArticleRow.seq.desc())
            if limit is not None:
                query = query.limit(limit)
            if offset:
                query = query.offset(offset)
            return [
                ArticleSummary(
                    id=row.id,
                    slug=row.slug,
                    headline=row.headline,
                    section=str(paths[row.section_id]) if row.section_id is not None else "",
                    status=Status(row.status),
                    placeholder=row.placeholder,
                    updated_at=row.updated_at,
                    word_count=row.word_count,
                )
                for row in session.execute(query)
            ]

    def search(
        self, query: str, limit: int = 50, cancellation: SearchCancellation | None = None
    ) -> list[SearchHit]:
        """Full-text search over kicker, headline, teaser and body; best match first. Any
        text is a valid query; one without letters or digits finds nothing. Calling
        `cancellation.cancel()` from another thread stops it with SearchCancelledError."""
        with self._reading() as session:
            return search_articles(session, query, limit, cancellation)

    def import_many(
        self, articles: Iterable[Article], batch_size: int = DEFAULT_IMPORT_BATCH
    ) -> int:
        """Insert many new articles fast (one transaction per batch); returns how many.
        Ids must be new; timestamps are kept as given."""
        return import_articles(self._writing, articles, batch_size)

    def import_article(
        self, request: ImportRequest, link_targets: Callable[[str], Sequence[str]] | None = None
    ) -> StoredImport:
        """Store one imported file's article with its links and placeholders in one
        transaction (see file_import.store_import); `link_targets`, which reads the ids
        an article body links to, fills the index of body links in the same one."""
        with self._writing() as session:
            stored = store_import(session, request)
            if link_targets is not None:
                targets = link_targets(stored.article.body)
                replace_inline_links(session, stored.article.id, targets)
            return stored

    # ----------------------------------------------------------------- sections
    def sections(self) -> list[Section]:
        """The section tree, depth first."""
        with self._reading() as session:
            return section_tree(session)

    def ensure_section(self, name: str, parent: str | None = None) -> Section:
        """The section `name` below the section at path `parent` (top level if None),
        created with any missing parent if missing."""
        name = name.strip()
        if not name:
            raise LibraryError("a section needs a name")
        path = SectionPath.parse(f"{parent}/{name}" if parent else name)
        with self._writing() as session:
            section_id = ensure_section_path(session, path)
            return next(s for s in section_tree(session) if s.id == section_id)

    # ----------------------------------------------------------------- links
    def set_neighbour(self, article_id: str, kind: LinkKind, target_id: str | None) -> None:
        """Set (or clear, with None) the previous/next neighbour, reciprocally."""
        links.reverse_kind(kind)
        if target_id == article_id:
            raise LibraryError("an article cannot be its own previous or next article")
        with self._writing() as session:
            load_row(session, article_id)
            if target_id is not None:
                load_row(session, target_id)
            links.set_neighbour(session, article_id, kind, target_id)

    def neighbour(self, article_id: str, kind: LinkKind) -> ArticleRef | None:
        """The previous or next article, if set."""
        with self._reading() as session:
            return links.neighbour(session, article_id, kind)

    def add_related(self, a_id: str, b_id: str) -> None:
        """Mark two articles as related to each other."""
        if a_id == b_id:
            raise LibraryError("an article cannot be related to itself")
        with self._writing() as session:
            load_row(session, a_id)
            load_row(session, b_id)
            links.add_related(session, a_id, b_id)

    def remove_related(self, a_id: str, b_id: str) -> None:
        """Remove the related link between two articles (both directions)."""
        with self._writing() as session:
            links.remove_related(session, a_id, b_id)

    def related(self, article_id: str) -> list[ArticleRef]:
        """Articles related to this one."""
        with self._reading() as session:
            return links.related(session, article_id)

    def backlinks(self, article_id: str) -> list[tuple[ArticleRef, LinkKind]]:
        """Articles that link to this one, with their link kind."""
        with self._reading() as session:
            return links.backlinks(session, article_id)

    # ----------------------------------------------------------------- maintenance
    def optimize_search_index(self) -> None:
        """Merge the full-text index into one segment (worth doing after a bulk import)."""
        if self._url.get_backend_name() != "sqlite":
            return
        with self._writing() as session:
            session.execute(text("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')"))
