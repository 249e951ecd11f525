"""`FeatureContext`: what a feature folder receives when it installs itself.

A feature (editor/ui/library/, later transfer/ and review/) enters the window through
one `install(context: FeatureContext)` function: it creates its widgets and docks through
`context.window`, connects its actions from `context.registry` by id, reads and writes the
library only through `context.client` (whose `events` tell it what changed), follows the
article being edited through `context.session`, and pushes its library changes on
`context.library_undo`. The window lists its features in editor/ui/shell/features.py and
knows nothing else about them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QWidget

if TYPE_CHECKING:
    from editor.domain import Article
    from editor.services.library_services import Services
    from editor.ui.actions.registry import ActionRegistry
    from editor.ui.article.body_editor import BodyEditor
    from editor.ui.qt.settings import Preferences
    from editor.ui.session.article_session import ArticleSession
    from editor.ui.workers.library_client import LibraryClient


class ArticleListing(Protocol):
    """What the window asks of the article list the library feature puts in its sidebar."""

    @property
    def view(self) -> QAbstractItemView:
        """The list widget itself (keys, focus, the Edit menu's routing)."""
        ...

    def show_library(self, library: Services) -> None:
        """List a library just attached (its first page is there when this returns)."""
        ...

    def listed_article_ids(self) -> tuple[str | None, str | None]:
        """The newest written article's id and the first listed one's (None: none)."""
        ...

    def select_article(self, article_id: str) -> None:
        """Highlight the article the page shows, without opening anything."""
        ...

    def show_saved(self, article: Article, word_count: int) -> None:
        """An article was stored: its row follows (or joins the list)."""
        ...

    def chosen_section(self) -> str:
        """The section chosen in the sidebar, for a new article ("" for none)."""
        ...


class FeatureWindow(Protocol):
    """What a feature may ask of the window: places to put its widgets, and the few
    window-wide acts every feature shares."""

    def add_dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """A dock (objectName `<name>Dock`) whose visibility and place the window
        remembers with its layout."""
        ...

    def add_page_footer(self, widget: QWidget) -> None:
        """Put `widget` in the article page, under the body (and above the find bar)."""
        ...

    def article_body(self) -> BodyEditor:
        """The body editor of the article page (its text, cursor and links)."""
        ...

    def show_status(self, message: str) -> None:
        """A transient message in the status bar ("" clears it)."""
        ...

    def open_article(self, article_id: str) -> bool:
        """Open an article in the page (saving the current one first); False if gone."""
        ...

    def enter_article(self, article_id: str) -> bool:
        """Open an article and put the cursor in its body."""
        ...

    def choose_article(self, article_id: str) -> None:
        """Open an article in the background, leaving the focus where it is (browsing)."""
        ...

    def place_sidebar(self, widget: QWidget, listing: ArticleListing) -> QDockWidget:
        """Put the library's panel in the sidebar dock; the window lists, selects and
        updates articles through `listing`."""
        ...


@dataclass(frozen=True)
class FeatureContext:
    """Everything a feature's `install` may use."""

    window: FeatureWindow
    registry: ActionRegistry
    session: ArticleSession
    client: LibraryClient
    preferences: Preferences
    library_undo: QUndoStack
