"""`BodyLinks`: the links in the article's body as the story links feature handles them.

- Link to Article: the article picker opens at the cursor; the chosen article becomes an
  ordinary body link `copydesk:article/<id>` on the selected text, or, with nothing
  selected, with the target's headline as its text (one undo step of the body).
- Following: Ctrl+click on a link, or Follow Link on the link at the cursor. An article
  link asks the controller to open the article; any other link opens in the browser
  (`QDesktopServices`).
- Broken links: once the library has said which targets are missing or in the Trash (on
  opening and after every save), links to them are struck through and greyed by extra
  selections, which leave the document, its undo history and its Markdown untouched; the
  tooltip of an article link names its target or says why it is broken.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QHelpEvent,
    QMouseEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolTip

from editor.domain.article import shown_headline
from editor.formats.link_policy import ARTICLE_LINK_PREFIX
from editor.ui.editing import link_commands
from editor.ui.editing.format_state import link_url
from editor.ui.editing.selection_ranges import fragments_in_span

if TYPE_CHECKING:
    from editor.domain.story_links import BodyLink
    from editor.ui.article.body_editor import BodyEditor

BROKEN_MARK = QTextFormat.Property.UserProperty + 71  # tags this feature's selections


def article_link_id(url: str) -> str | None:
    """The article id of a `copydesk:article/<id>` link, else None."""
    if not url.startswith(ARTICLE_LINK_PREFIX):
        return None
    return url[len(ARTICLE_LINK_PREFIX) :].strip("/") or None


def article_link(article_id: str) -> str:
    return f"{ARTICLE_LINK_PREFIX}{article_id}"


class BodyLinks(QObject):
    """Link to Article, following links and showing broken ones in one body editor."""

    article_requested = Signal(str)  # an article link was followed: open this article
    broken_shown = Signal()  # the body's broken links are marked as the library says

    def __init__(self, body: BodyEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.body = body
        self._targets: dict[str, BodyLink] = {}
        body.viewport().installEventFilter(self)

    # -- inserting ---------------------------------------------------------------------

    def link_span(self) -> link_commands.LinkSpan:
        """What Link to Article will link: the selection, the link at the cursor, or an
        empty span at the caret."""
        return link_commands.link_span_at(self.body.textCursor())

    def insert_article_link(
        self, span: link_commands.LinkSpan, article_id: str, headline: str
    ) -> None:
        """Make `span` a link to the article; an empty span gets the headline as text."""
        text = span.text if span.start != span.end else shown_headline(headline)
        self.body.apply_link(span, text, article_link(article_id))
        self.body.setFocus()

    def picker_position(self) -> QPoint:
        """Where the picker opens: just under the cursor, in global coordinates."""
        return self.body.viewport().mapToGlobal(self.body.cursorRect().bottomLeft())

    # -- following ---------------------------------------------------------------------

    def url_at_cursor(self) -> str:
        return self.link_span().url

    def follow(self, url: str) -> None:
        """Open an article link's article, or a web link in the browser."""
        article_id = article_link_id(url)
        if article_id is not None:
            self.article_requested.emit(article_id)
        elif url:
            QDesktopServices.openUrl(QUrl(url))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body.viewport():
            if isinstance(event, QMouseEvent) and self._is_ctrl_click(event):
                url = self.body.anchorAt(event.position().toPoint())
                if url:
                    if event.type() == QEvent.Type.MouseButtonRelease:
                        self.follow(url)
                    return True  # the press neither moves the caret nor selects
            if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
                return self._show_tooltip(event)
        return super().eventFilter(watched, event)

    @staticmethod
    def _is_ctrl_click(event: QMouseEvent) -> bool:
        return (
            event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease)
            and event.button() == Qt.MouseButton.LeftButton
            and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        )

    def _show_tooltip(self, event: QHelpEvent) -> bool:
        url = self.body.anchorAt(event.pos())
        if not url:
            return False
        QToolTip.showText(event.globalPos(), self.describe(url), self.body)
        return True

    def describe(self, url: str) -> str:
        """What a link's tooltip says."""
        article_id = article_link_id(url)
        if article_id is None:
            return self.tr("{url}\nCtrl+click to open").replace("{url}", url)
        target = self._targets.get(article_id)
        if target is None:
            return self.tr("Link to an article\nCtrl+click to open")
        if target.broken and target.headline:
            words = self.tr("Broken link: “{headline}” is in the Trash")
            return words.replace("{headline}", target.headline)
        if target.broken:
            return self.tr("Broken link: the article does not exist")
        return self.tr("“{headline}”\nCtrl+click to open").replace(
            "{headline}", shown_headline(target.headline)
        )

    # -- broken links ------------------------------------------------------------------

    def show_targets(self, targets: list[BodyLink]) -> None:
        """The library's word on the body's article links: mark the broken ones."""
        self._targets = {target.id: target for target in targets}
        broken = {target.id for target in targets if target.broken}
        kept = [
            selection
            for selection in self.body.extraSelections()
            if not selection.format.hasProperty(BROKEN_MARK)
        ]
        marks = [self._broken_selection(start, end) for start, end, _ in self._links(broken)]
        self.body.setExtraSelections(kept + marks)
        self.broken_shown.emit()

    def broken_ranges(self) -> list[tuple[int, int]]:
        """Where broken links are marked, as (start, end) in the document."""
        return [
            (selection.cursor.selectionStart(), selection.cursor.selectionEnd())
            for selection in self.body.extraSelections()
            if selection.format.hasProperty(BROKEN_MARK)
        ]

    def _broken_selection(self, start: int, end: int) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        char_format = QTextCharFormat()
        char_format.setFontStrikeOut(True)
        # Greyed like dead text: the links' own colour is the theme's (red) accent.
        char_format.setForeground(self.body.palette().brush(QPalette.ColorRole.PlaceholderText))
        char_format.setProperty(BROKEN_MARK, True)
        selection.cursor = cursor
        selection.format = char_format
        return selection

    def _links(self, wanted: set[str]) -> Iterator[tuple[int, int, str]]:
        """(start, end, article id) of each fragment linking to one of `wanted`."""
        if not wanted:
            return
        block = self.body.document().begin()
        while block.isValid():
            end = block.position() + block.length()
            for start, stop, char_format in fragments_in_span(block, block.position(), end):
                article_id = article_link_id(link_url(char_format) or "")
                if article_id in wanted:
                    yield start, stop, article_id
            block = block.next()

    def remove_links_to(self, article_id: str) -> int:
        """Turn every body link to the article into plain text; how many went."""
        url = article_link(article_id)
        pieces = [(start, end) for start, end, _ in self._links({article_id})]
        cursor = self.body.textCursor()
        for start, end in reversed(pieces):
            link_commands.remove_link(cursor, link_commands.LinkSpan(start, end, "", url))
        return len(pieces)
