"""A page object for the story links tests: `LinksDriver` works the real main window's
story links as a user does (keys, clicks on the footer and the panels, typing into the
article picker) and reads back what a user sees. Only this module knows the feature's
widgets, found by object name.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QListWidget, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from editor.domain.article import LinkKind
from editor.services.library_services import Services
from editor.ui.article.body_editor import BodyEditor
from editor.ui.links.article_picker import ArticlePicker
from editor.ui.links.broken_links_dialog import BrokenLinksDialog
from editor.ui.links.related_panel import RelatedStoriesPanel
from editor.ui.links.story_footer import StoryFooter
from editor.ui.links.story_links import StoryLinks
from editor.ui.shell.main_window import MainWindow

WAIT_MS = 5000


@dataclass
class Stories:
    """The test library and its stories' ids by short name."""

    services: Services
    ids: dict[str, str]

    def name_of(self, article_id: str) -> str:
        return next(name for name, known in self.ids.items() if known == article_id)


class LinksDriver:
    """The main window's story links, as a user works them."""

    def __init__(self, window: MainWindow, qtbot: QtBot, stories: Stories) -> None:
        self.window = window
        self.qtbot = qtbot
        self.stories = stories

    # -- the library and the window ----------------------------------------------------

    @property
    def services(self) -> Services:
        return self.stories.services

    def id(self, name: str) -> str:
        return self.stories.ids[name]

    @property
    def shown(self) -> str:
        """The short name of the article the page shows."""
        return self.stories.name_of(self.window.article.id)

    @property
    def body(self) -> BodyEditor:
        return self.window.form.body

    @property
    def controller(self) -> StoryLinks:
        found = self.window.findChild(StoryLinks)
        assert isinstance(found, StoryLinks)
        return found

    def settle(self) -> None:
        """Let every queued write land and the reads it set off arrive."""
        client = self.window.client
        for _round in range(3):
            assert client.drain(WAIT_MS / 1000)
            assert client.wait_for_reads(WAIT_MS / 1000)
            QApplication.processEvents()

    def open(self, name: str) -> None:
        assert self.window.open_article(self.id(name))
        self.settle()

    def focus_body(self) -> None:
        self.focus(self.body)

    def focus(self, widget: QWidget) -> None:
        self.window.activateWindow()
        widget.setFocus()
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=WAIT_MS)

    def press(self, sequence: str, into: QWidget | None = None) -> None:
        """Press a shortcut such as "Alt+PgDown" on `into` (default: the focus)."""
        combination = QKeySequence(sequence)[0]  # type: ignore[index]
        target = into or QApplication.focusWidget()
        assert target is not None
        QTest.keyClick(target, combination.key(), combination.keyboardModifiers())

    def press_and_settle(self, sequence: str, into: QWidget | None = None) -> None:
        self.press(sequence, into)
        self.settle()

    def undo_library(self) -> None:
        self.window.library_undo.undo()
        self.settle()

    def status(self) -> str:
        return self.window.statusBar().currentMessage()

    # -- the footer --------------------------------------------------------------------

    @property
    def footer(self) -> StoryFooter:
        found = self.window.findChild(StoryFooter)
        assert isinstance(found, StoryFooter)
        return found

    def footer_headline(self, kind: LinkKind) -> str:
        return self.footer.shown_headline(kind)

    def footer_button(self, name: str) -> QPushButton:
        found = self.footer.findChild(QPushButton, name)
        assert isinstance(found, QPushButton)
        return found

    def click(self, widget: QWidget) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())

    def click_and_settle(self, widget: QWidget) -> None:
        self.click(widget)
        self.settle()

    # -- the article picker ------------------------------------------------------------

    def picker(self) -> ArticlePicker:
        self.qtbot.waitUntil(
            lambda: isinstance(QApplication.activePopupWidget(), ArticlePicker), timeout=WAIT_MS
        )
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, ArticlePicker)
        return popup

    def pick(self, typed: str) -> None:
        """Type into the open picker, wait for its list, and press Enter."""
        picker = self.picker()
        with self.qtbot.waitSignal(picker.results_shown, timeout=WAIT_MS):
            QTest.keyClicks(picker.query, typed)
        QTest.keyClick(picker.query, Qt.Key.Key_Return)
        self.settle()

    # -- the body ----------------------------------------------------------------------

    def select_in_body(self, text: str) -> None:
        found = self.body.document().find(text)
        assert not found.isNull(), f"{text!r} is not in the body"
        self.body.setTextCursor(found)

    def caret_in_body(self, text: str) -> None:
        """The caret inside the first occurrence of `text` (after its first character)."""
        found = self.body.document().find(text)
        assert not found.isNull(), f"{text!r} is not in the body"
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(found.selectionStart() + 1)
        self.body.setTextCursor(cursor)

    def ctrl_click_body(self, text: str) -> None:
        """Ctrl+click in the middle of `text` in the body."""
        found = self.body.document().find(text)
        assert not found.isNull(), f"{text!r} is not in the body"
        cursor = QTextCursor(self.body.document())
        cursor.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
        point: QPoint = self.body.cursorRect(cursor).center()
        QTest.mouseClick(
            self.body.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            point,
        )
        self.settle()

    def broken_texts(self) -> list[str]:
        """The body texts shown as broken links."""
        text = self.body.document().toPlainText()
        return [text[start:end] for start, end in self.controller.body_links.broken_ranges()]

    # -- the panels --------------------------------------------------------------------

    def dock(self, name: str) -> QDockWidget:
        found = self.window.findChild(QDockWidget, f"{name}Dock")
        assert isinstance(found, QDockWidget)
        return found

    def list_widget(self, name: str) -> QListWidget:
        found = self.window.findChild(QListWidget, name)
        assert isinstance(found, QListWidget)
        return found

    def rows(self, name: str) -> list[str]:
        widget = self.list_widget(name)
        return [widget.item(row).text() for row in range(widget.count())]

    @property
    def related_panel(self) -> RelatedStoriesPanel:
        found = self.window.findChild(RelatedStoriesPanel)
        assert isinstance(found, RelatedStoriesPanel)
        return found

    def related_names(self) -> list[str]:
        return [self.stories.name_of(other) for other in self.related_panel.related_ids()]

    def stored_related_names(self) -> list[str]:
        return [
            self.stories.name_of(ref.id) for ref in self.services.related(self.window.article.id)
        ]

    def click_row(self, list_name: str, row: int) -> None:
        widget = self.list_widget(list_name)
        rect = widget.visualItemRect(widget.item(row))
        QTest.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        self.settle()

    def broken_links_dialog(self) -> BrokenLinksDialog:
        self.qtbot.waitUntil(
            lambda: isinstance(self.window.findChild(BrokenLinksDialog), BrokenLinksDialog),
            timeout=WAIT_MS,
        )
        found = self.window.findChild(BrokenLinksDialog)
        assert isinstance(found, BrokenLinksDialog)
        return found
