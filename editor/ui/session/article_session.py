"""`ArticleSession`: the article being edited, apart from the widgets that show it.

The session owns the current article and its stored version, the library it belongs to
(through the `LibraryClient`), autosave, and what happens on open, new, save and delete.
It shows articles through an `ArticleView` (the main window), so the window only lays
out and wires; a test can hand it any other view.

Start-up: the library may arrive after the window is shown (`attach_library`), so the
view first holds a provisional untitled article that takes typing at once. If anything
is typed into it, it becomes a new article of the library when the library arrives (and
is saved then); if not, the last article opened in THAT library is reopened in its
place (remembered per library location, `last_article_preference`), else the newest
written one.

Deleting moves the article to the Trash with a `DeleteArticle` command pushed on the
library's undo stack: it queues behind the save of what was typed, and once the library
has trashed it (`trashed`, from the events hub) the next listed article opens.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from editor.domain import Article, Status
from editor.ui.article.snapshot import Snapshot
from editor.ui.qt import settings as prefs
from editor.ui.session.autosave import Autosaver
from editor.ui.workers.library_client import LibraryClient

if TYPE_CHECKING:
    from editor.services.commands import LibraryCommand
    from editor.services.library_services import Services
    from editor.ui.body.html_loading import PreparedBody

OPEN_CHANNEL = "open"

LAST_ARTICLE_GROUP = "session/last_article"


def last_article_preference(location: str) -> prefs.Preference[str]:
    """The preference remembering the article last opened in the library at `location`
    (hashed: locations hold slashes and colons that settings files read as structure)."""
    digest = hashlib.sha256(location.encode("utf-8")).hexdigest()[:24]
    return prefs.Preference(f"{LAST_ARTICLE_GROUP}/{digest}", "")


class ArticleView(Protocol):
    """What the session needs from whoever shows the article (the main window)."""

    def show_article(
        self, article: Article, provisional: bool, prepared: PreparedBody | None
    ) -> None: ...

    def snapshot(self, article: Article) -> Snapshot: ...

    def show_library(self, library: Services) -> None: ...

    def show_empty_library(self, location: str) -> None: ...

    def listed_article_ids(self) -> tuple[str | None, str | None]:
        """The newest written article's id and the first listed one's (None: none)."""
        ...

    def show_status(self, message: str) -> None: ...

    def show_save_problem(self, text: str) -> None: ...


class ArticleSession(QObject):
    """The current article, its library and its saving (see the module docstring)."""

    article_opened = Signal(str)  # the id of the article now shown

    def __init__(
        self,
        view: ArticleView,
        preferences: prefs.Preferences,
        client: LibraryClient,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.preferences = preferences
        self.client = client
        self.library: Services | None = None
        self.article = Article(status=Status.DRAFT)
        self.autosaver = Autosaver(lambda: self.view.snapshot(self.article), client, self)
        client.events.article_saved.connect(self._on_saved)

    # -- the library -------------------------------------------------------------------

    def attach_library(self, library: Services) -> None:
        """Work in `library`: keep what was typed into the provisional article (it is
        saved there), else reopen this library's last article or start a new one."""
        self.library = library
        self.client.adopt(library)
        self.autosaver.set_sink(library)  # queues what was typed so far
        self.view.show_library(library)
        if self.autosaver.is_dirty:
            self._remember(self.article)
            return
        last_id = self.preferences.get(last_article_preference(library.location))
        newest_id, _first_id = self.view.listed_article_ids()
        for candidate in (last_id, newest_id):
            if candidate and self.open(candidate):
                return
        self.new_article()
        if self.view.listed_article_ids()[1] is None:
            self.view.show_empty_library(library.location)

    def use_library(self, library: Services) -> None:
        """Go on in `library` (the same library saved elsewhere): queued saves go there.
        The old one is closed."""
        old, self.library = self.library, library
        self.client.adopt(library)
        self.autosaver.set_sink(library)
        self.view.show_library(library)
        if old is not None and old is not library:
            old.close()

    # -- articles ----------------------------------------------------------------------

    def current_article_id(self) -> str:
        return self.article.id

    def start_provisional(self) -> None:
        """The blank article of start-up, before any library is there."""
        self._show(self.article, dirty=False, provisional=True)

    def request_open(self, article_id: str) -> None:
        """Open an article without waiting for it (choosing in the list): reading,
        rendering and sanitizing run in the client's read pool, a newer request
        supersedes this one, and only the document build runs on the GUI thread. A body
        that cannot be prepared there is loaded (or shown read-only) as by `open`."""
        if self.library is None:
            return
        self._leave_current()
        if self.autosaver.has_unsaved(article_id):
            self.open(article_id)  # its own save is still queued: read it after that
            return

        def read(services: Services) -> tuple[Article, PreparedBody | None]:
            from editor.ui.body.body_io import prepare_body

            article = services.get(article_id)
            try:
                return article, prepare_body(article.body)
            except Exception:  # loaded on the GUI thread instead, read-only if it fails
                return article, None

        def arrived(result: tuple[Article, PreparedBody | None]) -> None:
            self._leave_current()  # typed into meanwhile
            self._show(result[0], dirty=False, prepared=result[1])

        self.client.read(OPEN_CHANNEL, read, arrived, self._not_opened)

    def _not_opened(self, error: BaseException) -> None:
        self.view.show_status(self.tr("Could not open the article: ") + str(error))

    def open(self, article_id: str) -> bool:
        """Show an article of the library (the one left is saved in the background);
        False if it cannot be read."""
        if self.library is None:
            return False
        self.client.cancel(OPEN_CHANNEL)
        self._leave_current()
        if self.autosaver.has_unsaved(article_id):
            self.autosaver.flush()  # reopened before its own save landed: read it after
        return self._show_stored(article_id)

    def reload_article(self, article_id: str) -> None:
        """Show the stored version of the article (after someone else saved it)."""
        self._show_stored(article_id)

    def _show_stored(self, article_id: str) -> bool:
        from editor.services.failures import LibraryError

        if self.library is None:
            return False
        try:
            article = self.library.get(article_id)
        except LibraryError as error:
            self._not_opened(error)
            return False
        self._show(article, dirty=False)
        return True

    def new_article(self, section: str = "") -> None:
        """Start an untitled article in the current article's language (filed in
        `section`, "" for none); it is stored as soon as anything is typed."""
        self.client.cancel(OPEN_CHANNEL)
        self._leave_current()
        language = self.article.language if self.library is not None else Article().language
        self._show(Article(language=language, status=Status.DRAFT, section=section), dirty=False)

    def _leave_current(self) -> None:
        """Queue the save of the article being left; the GUI thread does not wait for
        it (the write queue keeps it before anything written later)."""
        self.autosaver.save_now()

    def _show(
        self,
        article: Article,
        dirty: bool,
        provisional: bool = False,
        prepared: PreparedBody | None = None,
    ) -> None:
        self.article = article
        self.view.show_article(article, provisional, prepared)
        self.autosaver.start_article(article.id, dirty=dirty)
        if not provisional:
            self._remember(article)
        self.article_opened.emit(article.id)

    def _remember(self, article: Article) -> None:
        if self.library is not None:
            self.preferences.set(last_article_preference(self.library.location), article.id)

    # -- saving ------------------------------------------------------------------------

    def note_edit(self) -> None:
        self.autosaver.note_change()

    def save_now(self, has_content: bool) -> None:
        """Ctrl+S: queue a save even without changes, if there is anything to store."""
        if self.library is None:
            return
        if self.autosaver.is_dirty or has_content or self.article.version:
            if not self.autosaver.is_dirty:
                self.autosaver.note_change()
            self.autosaver.save_now()

    def persist_blocking(self) -> None:
        """Store everything now; failures are reported and stay queued for a retry."""
        self.autosaver.flush()

    def _on_saved(self, saved: Article) -> None:
        if saved.id != self.article.id:
            return
        self.article = dataclasses.replace(
            self.article,
            slug=saved.slug,
            version=saved.version,
            created_at=saved.created_at,
            updated_at=saved.updated_at,
        )

    def show_save_problem(self, text: str) -> None:
        self.view.show_save_problem(text)

    # -- deleting ----------------------------------------------------------------------

    def delete_current(self, push: Callable[[LibraryCommand], object]) -> None:
        """Move the article to the Trash through `push` (the library's undo stack); the
        next one opens once the library has put it there (`trashed`). An article never
        stored is just left for a new one."""
        if self.library is None or not self.article.version:
            self.new_article()
            return
        from editor.services.commands import DeleteArticle

        self.autosaver.save_now()  # what was typed goes with it, and comes back with it
        push(DeleteArticle.of([self.article.id]))

    def trashed(self, article_ids: Sequence[str]) -> None:
        """Articles went to the Trash: the open one gives way to the first listed."""
        if self.article.id not in article_ids:
            return
        self.autosaver.forget(self.article.id)
        _newest_id, next_id = self.view.listed_article_ids()
        if next_id is None or next_id in article_ids or not self.open(next_id):
            self.new_article()

    def restored(self, article_ids: Sequence[str]) -> None:
        """Articles came back from the Trash: their saves count again."""
        for article_id in article_ids:
            self.autosaver.remember(article_id)
